#include "PhoneFollower.h"
#include "QrScan.h"
#include "WindowDriver.h"
#include "flow/FlowRun.h"
#include "sandbox/SandboxHost.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace nv;
using namespace nvtest;

// The phone (cross-device) mode in the real window, offscreen, against the built-in sandbox and
// its relay: the QR code is grabbed from the window and read back with zbarimg, a plain HTTP
// client plays the phone with the decoded URL, and the window reaches its verdict with no other
// input; the same with the phone's last address pasted back.
class TestPhoneMode : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    QString text(const char *name) const { return labelText(m_window.get(), name); }

    static void save(QWidget *widget, const char *name)
    {
        QTest::qWait(300); // let the last layout and paint settle
        const QString path = QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(QLatin1String(name));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

    // Opens the window on the built-in sandbox and chooses the phone for the next run.
    void openInPhoneMode(QStringList arguments = {})
    {
        m_window = openWindow(arguments);
        m_window->resize(1600, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
        QVERIFY(choose(child<QComboBox>(m_window.get(), "authorizeWith"),
                       QStringLiteral("Phone (QR code)")));
    }

    // Runs the flow and reads the authorize URL from the QR code on screen, as a phone would.
    QUrl runAndScan()
    {
        click(child<QPushButton>(m_window.get(), "runButton"));
        auto *tabs = child<QTabWidget>(m_window.get(), "detailTabs");
        if (!QTest::qWaitFor(
                [&] { return tabs->currentWidget()->objectName() == QLatin1String("phonePane"); },
                20000))
            return {};
        QTest::qWait(300); // the code paints
        QString error;
        const QString scanned =
            scanQr(child<QWidget>(m_window.get(), "phoneQrCode")->grab().toImage(), &error);
        if (scanned.isEmpty())
            qWarning("%s", qPrintable(error));
        return QUrl(scanned, QUrl::StrictMode);
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(NV_SCREENSHOT_DIR))); }
    void cleanup() { m_window.reset(); }

    void thePhoneScansTheCodeAndTheWindowReachesItsVerdict()
    {
        openInPhoneMode();
        const QUrl url = runAndScan();
        QVERIFY2(url.isValid() && url.path().endsWith(QLatin1String("/authorize")),
                 qPrintable(url.toString()));
        QCOMPARE(child<QLineEdit>(m_window.get(), "phoneAuthorizeUrl")->text(),
                 url.toString(QUrl::FullyEncoded));
        QVERIFY(text("phoneCountdown").startsWith(QLatin1String("Expires in")));
        save(m_window.get(), "phone-mode-waiting.png");
        QCOMPARE(walkAsPhone(url).finalStatus, 200); // the relay's "done" page
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Verified"), 30000);
        save(m_window.get(), "phone-mode-verified.png");
    }

    void thePhonesLastAddressPastedBack()
    {
        openInPhoneMode();
        const QUrl url = runAndScan();
        QVERIFY(url.isValid());
        const QString callback =
            m_window->sandbox()->relayUrl().toString() + QStringLiteral("/callback");
        const PhoneWalk walk = walkAsPhone(url, callback);
        QVERIFY2(walk.stoppedAt.isValid(), "the phone stops on the relay's callback");
        auto *paste = child<QLineEdit>(m_window.get(), "phonePastedRedirect");
        typeInto(paste, QStringLiteral("https://elsewhere.example/cb?code=x&state=y"));
        click(child<QPushButton>(m_window.get(), "phoneUsePasted"));
        QVERIFY2(!text("phonePasteProblem").isEmpty(), "a foreign address is refused in words");
        QCOMPARE(text("stageState_authorize"), QStringLiteral("running…"));
        typeInto(paste, walk.stoppedAt.toString(QUrl::FullyEncoded));
        click(child<QPushButton>(m_window.get(), "phoneUsePasted"));
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Verified"), 30000);
    }

    void theDarkThemeKeepsTheCodeReadable()
    {
        openInPhoneMode();
        QAction *dark = m_window->findChild<QAction *>(QStringLiteral("actionThemeDark"));
        QVERIFY(dark);
        dark->trigger();
        const QUrl url = runAndScan();
        QVERIFY2(url.isValid(), "zbarimg reads the code in the dark theme");
        save(m_window.get(), "phone-mode-dark.png");
        m_window->findChild<QAction *>(QStringLiteral("actionThemeLight"))->trigger();
    }
};

QTEST_MAIN(TestPhoneMode)
#include "tst_phonemode.moc"
