// A front end that runs at once (nv-cli) has the in-process sandbox make its ID token signing
// key before it is ready: the key is made on a worker thread beside the server's start, it is
// there when ready() comes, and the sandbox publishes and signs with it. A process of its own,
// because the key is made once per process.

#include "IdTokenSigner.h"
#include "SandboxHost.h"
#include "SandboxProbe.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using nv::IdTokenSigner;
using nv::SandboxConfig;
using nv::SandboxHost;

class TestSandboxPreparedKey : public QObject
{
    Q_OBJECT

private slots:
    void keyIsThereWhenTheSandboxIsReady();
};

void TestSandboxPreparedKey::keyIsThereWhenTheSandboxIsReady()
{
    QVERIFY(!IdTokenSigner::keyMade());
    SandboxConfig config = SandboxConfig::defaults();
    config.signingKey = SandboxConfig::SigningKey::BeforeReady;
    SandboxHost host(config);
    bool keyThereAtReady = false;
    connect(&host, &SandboxHost::ready, this,
            [&keyThereAtReady] { keyThereAtReady = IdTokenSigner::prepareKey().isFinished(); });
    QSignalSpy ready(&host, &SandboxHost::ready);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    QVERIFY2(keyThereAtReady, "the sandbox was ready before its signing key");
    QVERIFY(IdTokenSigner::keyThread() != QThread::currentThread());
    SandboxHost::prepareSigningKey(); // once made, asking again starts nothing

    SandboxProbe probe(host.baseUrl());
    const QStringList published = probe.publishedKeyIds();
    QCOMPARE(published.size(), 1);
    QCOMPARE(probe.idTokenKeyId(), published.first());
}

QTEST_GUILESS_MAIN(TestSandboxPreparedKey)
#include "tst_sandbox_preparedkey.moc"
