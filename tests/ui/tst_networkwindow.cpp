#include "ExchangeDetailView.h"
#include "TinyProxy.h"
#include "WindowDriver.h"
#include "log/RequestLogStore.h"
#include "profile/ProfileStore.h"
#include "sandbox/OperatorSandbox.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;
using namespace nvtest;

// The profile's network settings in the real window: the proxy typed into the profile editor
// (mode, URL, user, password), saved with the profile but the password kept apart (memory
// here: the test has no keychain, and the editor says so), then a run through tinyproxy with
// Basic authentication, verified, with the proxy's log showing the token and verify calls and
// the request log naming the proxy of each exchange.
//
// The operator is addressed as 0.0.0.0: Qt never proxies localhost or 127.x.
class TestNetworkWindow : public QObject
{
    Q_OBJECT
    static constexpr const char *Password = "window-pr0xy-pa55";
    QTemporaryDir m_dir;
    std::unique_ptr<OperatorSandbox> m_operator;
    std::unique_ptr<MainWindow> m_window;
    TinyProxy m_proxy;

    QString text(const char *name) const { return labelText(m_window.get(), name); }
    static void typeAndEnter(QLineEdit *edit, const QString &value)
    {
        typeInto(edit, value);
        QTest::keyClick(edit, Qt::Key_Return); // editingFinished
    }

    QString resultText() const
    {
        return text("resultHeadline") + '\n' + text("resultExplanation") + '\n' +
               text("resultAdvice");
    }
    // The proxy password dialog, once it is up (a new one each time it opens, or the same).
    QDialog *waitForPasswordDialog()
    {
        QDialog *dialog = nullptr;
        const bool up = QTest::qWaitFor(
            [&] {
                dialog = child<QDialog>(m_window.get(), "proxyPasswordDialog");
                return dialog && dialog->isVisible();
            },
            30000);
        return up ? dialog : nullptr;
    }
    static void answer(QDialog *dialog, const QString &password)
    {
        typeInto(child<QLineEdit>(dialog, "proxyDialogPassword"), password);
        click(child<QPushButton>(dialog, "proxyDialogRunAgain"));
        QTRY_VERIFY(!dialog->isVisible());
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_proxy.start(m_dir.path(), "window-proxy", "alice", Password),
                 "tinyproxy did not start (Debian package tinyproxy, in NV_PACKAGES)");
        m_operator = std::make_unique<OperatorSandbox>(SandboxConfig::defaults());
        QVERIFY(m_operator->listen());
        QUrl base = m_operator->baseUrl();
        base.setHost(QStringLiteral("0.0.0.0"));
        Profile partner = Profile::builtInSandbox().resolvedAgainst(base);
        partner.name = QStringLiteral("Partner behind a proxy");
        partner.builtIn = false;
        partner.sandbox = false;
        partner.authorizeWith = DriverKind::PlainHttp;
        QVERIFY(ProfileStore().upsert(partner));
        // The same proxy with its user name and no password anywhere.
        Profile asked = partner;
        asked.name = QStringLiteral("Partner, password asked");
        asked.network.proxyMode = NetworkSettings::ProxyMode::Manual;
        asked.network.proxyUrl = QUrl(m_proxy.url());
        asked.network.proxyUser = QStringLiteral("alice");
        QVERIFY(ProfileStore().upsert(asked));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_operator.reset();
        m_proxy.stop();
    }

    void proxyTypedInTheEditorCarriesTheRun()
    {
        m_window =
            openWindow({QStringLiteral("--profile"), QStringLiteral("Partner behind a proxy")});
        QVERIFY(
            choose(child<QComboBox>(m_window.get(), "proxyMode"), QStringLiteral("This proxy:")));
        typeAndEnter(child<QLineEdit>(m_window.get(), "proxyUrl"), m_proxy.url());
        typeAndEnter(child<QLineEdit>(m_window.get(), "proxyUser"), QStringLiteral("alice"));
        typeAndEnter(child<QLineEdit>(m_window.get(), "proxyPassword"), QLatin1String(Password));
        QTRY_VERIFY_WITH_TIMEOUT(
            text("networkSecretStatus").contains(QLatin1String("Proxy password known")), 10000);
        // No keychain in this test: the editor says the password lives in memory only.
        QTRY_VERIFY2_WITH_TIMEOUT(text("networkSecretStatus").contains(QLatin1String("memory")),
                                  qPrintable(text("networkSecretStatus")), 10000);
        QVERIFY(child<QLineEdit>(m_window.get(), "proxyPassword")->text().isEmpty());
        // For a look at the editor (build/screenshots), not compared with anything.
        auto *editor = child<QWidget>(m_window.get(), "networkSettings");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(editor->grab().save(
            QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath("profile-network-settings.png")));

        const auto saved = ProfileStore().find(QStringLiteral("Partner behind a proxy"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->network.proxyMode, NetworkSettings::ProxyMode::Manual);
        QCOMPARE(saved->network.proxyUrl.toString(), m_proxy.url());
        QCOMPARE(saved->network.proxyUser, QStringLiteral("alice"));
        // The password is in no file of the profile store (nor anywhere under the test's home).
        QDirIterator files(testHome(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(Password), qPrintable(file.fileName()));
        }

        typeAndEnter(child<QLineEdit>(m_window.get(), "clientSecret"),
                     SandboxConfig::defaultClientSecret());
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), QStringLiteral("+34666666666"));
        click(child<QPushButton>(m_window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Verified"), 30000);
        QVERIFY2(m_proxy.log().contains("/camara/api/auth/v1/token"), m_proxy.log());
        QVERIFY2(m_proxy.log().contains("/camara/api/number-verification/"), m_proxy.log());
    }

    // A run with the proxy's user name but no password: the proxy's 407 ends the run with the
    // reason, and the window asks for the password in a dialog that leaves the event loop
    // running (open(), not exec(): this test's own QTRY loops are what drive it). A wrong
    // password is said as the proxy's refusal (tinyproxy answers it with 401), the right one
    // carries the run through the proxy.
    void proxyPasswordAskedInTheWindow()
    {
        m_window.reset();
        m_window =
            openWindow({QStringLiteral("--profile"), QStringLiteral("Partner, password asked")});
        // The secret field opens once the keychain has answered (none here).
        auto *secret = child<QLineEdit>(m_window.get(), "clientSecret");
        QTRY_VERIFY_WITH_TIMEOUT(secret->isEnabled(), 20000);
        typeAndEnter(secret, SandboxConfig::defaultClientSecret());
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), QStringLiteral("+34666666666"));
        const qsizetype tokensBefore = m_proxy.log().count("/camara/api/auth/v1/token");
        click(child<QPushButton>(m_window.get(), "runButton"));

        auto *dialog = waitForPasswordDialog();
        QVERIFY2(dialog, qPrintable(resultText() + " / " + text("flowMessage") + " / " +
                                    text("stageDetail_authorize")));
        QVERIFY2(text("proxyDialogMessage")
                     .contains(QStringLiteral("The proxy %1 needs the password of the user "
                                              "\"alice\"")
                                   .arg(m_proxy.url())),
                 qPrintable(text("proxyDialogMessage")));
        QVERIFY2(resultText().contains(QLatin1String("asks for a user name and password (407)")),
                 qPrintable(resultText()));
        QVERIFY(text("verdictLabel") != QLatin1String("Verified"));
        // No keychain in this test: the dialog says the password stays in memory.
        QVERIFY(text("proxyDialogKeepNote").contains(QLatin1String("memory")));

        answer(dialog, QStringLiteral("not-the-password"));
        dialog = waitForPasswordDialog();
        QVERIFY2(dialog, qPrintable(resultText() + " / " + text("flowMessage") + " / " +
                                    text("stageDetail_authorize")));
        const QString refused = QStringLiteral("The proxy %1 refused the credentials given: the "
                                               "user name \"alice\" or its password is wrong.")
                                    .arg(m_proxy.url());
        QVERIFY2(text("proxyDialogMessage").contains(refused),
                 qPrintable(text("proxyDialogMessage")));
        QVERIFY2(resultText().contains(refused), qPrintable(resultText()));
        // For a look at the dialog (build/screenshots), not compared with anything.
        QVERIFY(dialog->grab().save(
            QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath("proxy-password-dialog.png")));

        answer(dialog, QLatin1String(Password));
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Verified"), 30000);
        QVERIFY(!dialog->isVisible());
        QVERIFY2(m_proxy.log().count("/camara/api/auth/v1/token") > tokensBefore, m_proxy.log());
    }

    void theLogNamesTheProxy()
    {
        RequestLogStore store;
        QTRY_VERIFY_WITH_TIMEOUT(store.open(logDatabasePath(), RequestLogStore::Access::ReadOnly) &&
                                     store.count() > 0,
                                 10000);
        bool sawToken = false;
        for (const HttpExchange &e : store.query({})) {
            if (e.step != Step::Token)
                continue;
            sawToken = true;
            QCOMPARE(e.proxy, m_proxy.url());
            QVERIFY(ExchangeDetailView::overviewText(e).contains(m_proxy.url()));
        }
        QVERIFY(sawToken);
    }
};

QTEST_MAIN(TestNetworkWindow)
#include "tst_networkwindow.moc"
