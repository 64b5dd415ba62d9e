#include "NmMock.h"
#include "ProfilePanel.h"
#include "WindowDriver.h"
#include "profile/ProfileStore.h"
#include "sandbox/OperatorSandbox.h"
#include "sandbox/SandboxHost.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace nv;
using namespace nvtest;

// The network path in the real window, against a NetworkManager double on a private system
// bus: the status bar says the laptop is on Wi-Fi; a run against a real (non-sandbox) operator
// says so before it starts; and the operator's 403 for a run that did not come over mobile
// data quotes the path seen when the run started.
class TestWindowNetworkPath : public QObject
{
    Q_OBJECT
    NmMock m_manager;
    std::unique_ptr<OperatorSandbox> m_operator; // the "real" operator, apart from the window
    std::unique_ptr<MainWindow> m_window;

    QString text(const char *name) const { return labelText(m_window.get(), name); }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS"));
        QVERIFY2(NmMock::available(), "python3-dbusmock is missing (scripts/lib.sh)");
        QVERIFY(m_manager.start());
        QVERIFY(m_manager.scenario(QStringLiteral("wifi")));
        // An operator of its own (not the window's built-in sandbox) that refuses what did not
        // come over mobile data, and a partner profile for it, stored before the window reads
        // its profiles.
        SandboxConfig config = SandboxConfig::defaults();
        config.scenario = QStringLiteral("not-on-mobile-network");
        m_operator = std::make_unique<OperatorSandbox>(config);
        QVERIFY(m_operator->listen());
        Profile partner = Profile::builtInSandbox().resolvedAgainst(m_operator->baseUrl());
        partner.name = QStringLiteral("Partner on Wi-Fi");
        partner.builtIn = false;
        partner.sandbox = false;
        partner.authorizeWith = DriverKind::PlainHttp;
        QVERIFY(ProfileStore().upsert(partner));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_operator.reset();
        m_manager.stop();
    }

    void theStatusBarSaysWhereTheLaptopIs()
    {
        m_window = openWindow();
        m_window->resize(1600, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(text("statusNetwork").contains(QLatin1String("Wi-Fi")), 20000);
        QVERIFY(child<QLabel>(m_window.get(), "statusNetwork")
                    ->toolTip()
                    .contains(QLatin1String("Use Phone")));
    }

    void aRunAgainstARealOperatorIsWarnedAndItsRefusalExplained()
    {
        child<ProfilePanel>(m_window.get(), "profilePanel")
            ->selectProfile(QStringLiteral("Partner on Wi-Fi"));
        auto *secret = child<QLineEdit>(m_window.get(), "clientSecret");
        QTRY_VERIFY_WITH_TIMEOUT(secret->isEnabled(), 10000); // the keychain has answered
        typeInto(secret, QStringLiteral("nv-sandbox-secret-3f9a"));
        QTest::keyClick(secret, Qt::Key_Tab);
        // No keychain in this test: the secret is kept for the session, and the line says so.
        QTRY_VERIFY_WITH_TIMEOUT(text("secretStatus").contains(QLatin1String("session")), 10000);

        click(child<QPushButton>(m_window.get(), "runButton"));
        // Checked below, with what the window showed instead.
        (void)QTest::qWaitFor([&] { return text("stageState_verify") == QLatin1String("failed"); },
                              30000);
        QVERIFY2(text("stageState_verify") == QLatin1String("failed"),
                 qPrintable(text("flowMessage").replace(QLatin1Char(0x0a), QLatin1Char(0x20)) +
                            QLatin1Char('|') + text("stageState_authorize") + QLatin1Char(0x7c) +
                            text("resultHeadline") + text("resultExplanation") + QLatin1Char('|') +
                            child<QComboBox>(m_window.get(), "authorizeWith")->currentText()));
        // Said before the run, and kept beside where it stopped.
        QVERIFY2(text("flowMessage")
                     .contains(QLatin1String("Network path: This laptop is on "
                                             "Wi-Fi")),
                 qPrintable(text("flowMessage")));
        QTRY_VERIFY_WITH_TIMEOUT(text("resultExplanation")
                                     .contains(QLatin1String("When the run "
                                                             "started")),
                                 5000);
        QVERIFY(text("resultExplanation").contains(QLatin1String("Wi-Fi")));
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(QStringLiteral(NV_SCREENSHOT_DIR))
                                          .filePath(QStringLiteral("network-wifi-403.png"))));
    }
};

QTEST_MAIN(TestWindowNetworkPath)
#include "tst_windownetworkpath.moc"
