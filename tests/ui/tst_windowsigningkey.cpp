// The window has its built-in sandbox's signing key made ahead, on a worker thread, once the
// sandbox is ready: the first run's token step then does not carry an RSA key generation (a
// few hundred milliseconds that later runs do not have). A process of its own, because the key
// is made once per process.

#include "WindowDriver.h"
#include "sandbox/IdTokenSigner.h"
#include "sandbox/SandboxHost.h"

#include <QTest>
#include <QThread>

using namespace nv;
using namespace nvtest;

class TestWindowSigningKey : public QObject
{
    Q_OBJECT
public:
    static void initMain() { prepareApplication(); }

private slots:
    void keyIsMadeAheadOffTheWindowThread();
};

void TestWindowSigningKey::keyIsMadeAheadOffTheWindowThread()
{
    QVERIFY(!IdTokenSigner::keyMade());
    const auto window = openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->sandbox()->isReady(), 20000);
    // No run, no request to the sandbox: the window asked for it.
    QTRY_VERIFY_WITH_TIMEOUT(IdTokenSigner::keyMade(), 20000);
    QVERIFY(IdTokenSigner::keyThread() != window->thread());
}

QTEST_MAIN(TestWindowSigningKey)
#include "tst_windowsigningkey.moc"
