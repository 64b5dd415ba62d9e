// A front end that knows a run is coming (the window, once its sandbox is ready) has the ID
// token signing key made ahead, on a worker thread: asked for, the key is made without any
// request, off the caller's thread, and the sandbox then publishes and signs with that key. A
// process of its own, because the key is made once per process.

#include "IdTokenSigner.h"
#include "SandboxHost.h"
#include "SandboxProbe.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using nv::IdTokenSigner;
using nv::SandboxHost;

class TestSandboxPreparedKey : public QObject
{
    Q_OBJECT

private slots:
    void keyAskedForAheadIsMadeOnAWorkerAndUsed();
};

void TestSandboxPreparedKey::keyAskedForAheadIsMadeOnAWorkerAndUsed()
{
    SandboxHost host;
    QSignalSpy ready(&host, &SandboxHost::ready);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    QVERIFY2(!IdTokenSigner::keyMade(), "starting the sandbox made the signing key");

    SandboxHost::prepareSigningKey();
    SandboxHost::prepareSigningKey(); // once is enough; a second call starts nothing
    QTRY_VERIFY_WITH_TIMEOUT(IdTokenSigner::keyMade(), 15000);
    QVERIFY(IdTokenSigner::keyThread() != QThread::currentThread());

    SandboxProbe probe(host.baseUrl());
    const QStringList published = probe.publishedKeyIds();
    QCOMPARE(published.size(), 1);
    QCOMPARE(probe.idTokenKeyId(), published.first());
}

QTEST_GUILESS_MAIN(TestSandboxPreparedKey)
#include "tst_sandbox_preparedkey.moc"
