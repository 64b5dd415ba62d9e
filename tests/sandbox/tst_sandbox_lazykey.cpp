// The ID token signing key costs CPU: a sandbox that starts must not make it, and when it is
// needed it is made on the sandbox's own thread, never on the thread that started the sandbox.
// A process of its own, because the key is made once per process.

#include "IdTokenSigner.h"
#include "SandboxHost.h"
#include "SandboxProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using nv::IdTokenSigner;
using nv::SandboxHost;

class TestSandboxLazyKey : public QObject
{
    Q_OBJECT

private slots:
    void keyIsMadeWhenFirstNeededOnTheSandboxThread();
};

void TestSandboxLazyKey::keyIsMadeWhenFirstNeededOnTheSandboxThread()
{
    SandboxHost host;
    QSignalSpy ready(&host, &SandboxHost::ready);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    QVERIFY2(!IdTokenSigner::keyMade(), "starting the sandbox made the signing key");

    SandboxProbe probe(host.baseUrl());
    const QJsonObject discovery =
        probe.get(QStringLiteral("/.well-known/openid-configuration")).json();
    QCOMPARE(discovery.value(QStringLiteral("jwks_uri")).toString(),
             host.baseUrl().toString() + QStringLiteral("/camara/api/auth/v1/jwks"));
    QVERIFY2(!IdTokenSigner::keyMade(), "the discovery document made the signing key");

    const QStringList published = probe.publishedKeyIds();
    QCOMPARE(published.size(), 1);
    QVERIFY(IdTokenSigner::keyMade());
    QVERIFY(IdTokenSigner::keyThread() != QThread::currentThread());

    // The ID token is signed with the published key.
    QCOMPARE(probe.idTokenKeyId(), published.first());
}

QTEST_GUILESS_MAIN(TestSandboxLazyKey)
#include "tst_sandbox_lazykey.moc"
