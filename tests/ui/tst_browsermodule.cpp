// The embedded browser is a module: the programs do not link Qt WebEngine, and without the
// module (NV_PLUGIN_DIR pointing at an empty folder) the window and nv-cli run every other way
// and say plainly that the embedded browser is not installed. The number advice
// (libphonenumber) is a module too, and the window says when it is missing.

#include "CliProcess.h"
#include "ElfNeeded.h"
#include "WindowDriver.h"
#include "sandbox/SandboxConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace nv;
using namespace nvtest;

namespace {
QString emptyPluginDir()
{
    return testHome() + QStringLiteral("/no-plugins");
}

// The shared libraries this process has mapped, as the kernel lists them.
bool processHasMapped(const QByteArray &libraryName)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(libraryName);
}

QStringList webEngineEntries(const QStringList &needed)
{
    QStringList found;
    for (const QString &library : needed)
        if (library.startsWith(QLatin1String("libQt6WebEngine")))
            found << library;
    return found;
}
} // namespace

class TestBrowserModule : public QObject
{
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    void open()
    {
        m_window = openWindow({QStringLiteral("--profile"), Profile::builtInSandbox().name});
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
    }
    void runWith(const QString &number)
    {
        auto *phone = child<QLineEdit>(m_window.get(), "phoneNumber");
        QVERIFY(phone);
        typeInto(phone, number);
        click(child<QPushButton>(m_window.get(), "runButton"));
    }
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_PLUGIN_DIR"), emptyPluginDir());
        return env;
    }
    static QStringList cliFlow(const char *browser)
    {
        return {QStringLiteral("flow"),          QStringLiteral("--json"),
                QStringLiteral("--no-log"),      QStringLiteral("--browser"),
                QString::fromLatin1(browser),    QStringLiteral("--phone"),
                SandboxConfig::defaults().msisdn};
    }

public:
    // Before the application object exists, as nv-console's main() runs: the module is looked
    // for in an empty folder only.
    static void initMain()
    {
        QDir().mkpath(emptyPluginDir());
        qputenv("NV_PLUGIN_DIR", emptyPluginDir().toLocal8Bit());
        prepareApplication();
    }

private slots:
    void cleanup() { m_window.reset(); }

    void programsDoNotLinkTheBrowserEngine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("nv-console") << QStringLiteral(NV_CONSOLE_BINARY);
        QTest::newRow("nv-cli") << QStringLiteral(NV_CLI_BINARY);
    }
    void programsDoNotLinkTheBrowserEngine()
    {
        QFETCH(QString, file);
        const QStringList needed = neededLibraries(file);
        QVERIFY2(needed.contains(QLatin1String("libQt6Core.so.6")), qPrintable(needed.join(' ')));
        QVERIFY2(webEngineEntries(needed).isEmpty(),
                 qPrintable(webEngineEntries(needed).join(' ')));
    }

    // The same check sees the engine where it is: in the module.
    void theModuleLinksIt()
    {
        const QStringList needed = neededLibraries(QStringLiteral(NV_BROWSER_MODULE));
        QVERIFY2(needed.contains(QLatin1String("libQt6WebEngineCore.so.6")),
                 qPrintable(needed.join(' ')));
    }

    void windowSaysTheEmbeddedBrowserIsNotInstalled()
    {
        open();
        QCOMPARE(child<QComboBox>(m_window.get(), "authorizeWith")->currentText(),
                 QStringLiteral("Embedded browser"));
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(m_window.get(), "flowMessage")
                                     .contains(QLatin1String("embedded browser is not installed")),
                                 20000);
        QVERIFY2(labelText(m_window.get(), "flowMessage").contains(QLatin1String("Authorize with")),
                 qPrintable(labelText(m_window.get(), "flowMessage")));
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("browserView")));
        QVERIFY(!processHasMapped("libQt6WebEngineCore"));
    }

    // libphonenumber (with protobuf and abseil) is the number-advice module's: the window does
    // not link it, and without the module the number is still checked, and says why it has
    // no region.
    void consoleDoesNotLinkLibphonenumber()
    {
        const QStringList needed = neededLibraries(QStringLiteral(NV_CONSOLE_BINARY));
        QVERIFY2(needed.contains(QLatin1String("libQt6Widgets.so.6")),
                 qPrintable(needed.join(' ')));
        for (const QString &library : needed)
            QVERIFY2(!library.startsWith(QLatin1String("libphonenumber")) &&
                         !library.startsWith(QLatin1String("libprotobuf")),
                     qPrintable(library));
        const QStringList module = neededLibraries(QStringLiteral(NV_NUMBER_ADVICE_MODULE));
        QVERIFY2(std::any_of(module.cbegin(), module.cend(),
                             [](const QString &library) {
                                 return library.startsWith(QLatin1String("libphonenumber"));
                             }),
                 qPrintable(module.join(' ')));
    }

    void windowSaysTheNumberAdviceIsNotInstalled()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(m_window.get(), "phoneCheck")
                .contains(QLatin1String("number advice module is not installed")),
            20000);
        QVERIFY2(labelText(m_window.get(), "phoneCheck").startsWith(QStringLiteral("✓ E.164")),
                 qPrintable(labelText(m_window.get(), "phoneCheck")));
        QVERIFY(!processHasMapped("libphonenumber"));
    }

    void windowRunsPlainHttpWithoutTheEngine()
    {
        open();
        QVERIFY(choose(child<QComboBox>(m_window.get(), "authorizeWith"),
                       QStringLiteral("Plain HTTP (no browser)")));
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(m_window.get(), "verdictLabel"),
                                  QStringLiteral("Verified"), 45000);
        QVERIFY(!processHasMapped("libQt6WebEngineCore"));
    }

    void installedLayoutFindsTheModule();

    void cliSaysTheEmbeddedBrowserIsNotInstalled()
    {
        const CliResult offscreen =
            runCli(QStringLiteral(NV_CLI_BINARY), cliFlow("offscreen"), cliEnvironment(), 60000);
        QCOMPARE(offscreen.exitCode, 2);
        QVERIFY2(offscreen.err.contains("The embedded browser is not installed"),
                 offscreen.err.constData());
        QVERIFY2(offscreen.err.contains("--browser none, system or phone"),
                 offscreen.err.constData());

        const CliResult plain =
            runCli(QStringLiteral(NV_CLI_BINARY), cliFlow("none"), cliEnvironment(), 60000);
        // Standard error on a failure: a sanitizer's report, or why the run stopped.
        QVERIFY2(plain.exitCode == 0, qPrintable(QStringLiteral("exit %1, stderr: %2")
                                                     .arg(plain.exitCode)
                                                     .arg(QString::fromUtf8(plain.err))));
        QCOMPARE(plain.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
    }
};

// nv-cli as a package installs it: the program in bin/, the module in NV_INSTALL_PLUGINDIR
// under the same prefix, found relative to the program; a program outside the build tree
// never looks into the build tree.
void TestBrowserModule::installedLayoutFindsTheModule()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QString bin = prefix.filePath(QStringLiteral("bin"));
    const QString plugins = prefix.filePath(QStringLiteral(NV_INSTALL_PLUGINDIR));
    QVERIFY(QDir().mkpath(bin));
    const QString cli = bin + QStringLiteral("/nv-cli");
    QVERIFY(QFile::copy(QStringLiteral(NV_CLI_BINARY), cli));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NV_PLUGIN_DIR"));

    const CliResult without = runCli(cli, cliFlow("offscreen"), env, 60000);
    QCOMPARE(without.exitCode, 2);
    QVERIFY2(without.err.contains("The embedded browser is not installed"),
             without.err.constData());
    QVERIFY2(without.err.contains(QDir::cleanPath(plugins).toLocal8Bit()), without.err.constData());

    QVERIFY(QDir().mkpath(plugins));
    // nv-cli's graphics module (Qt GUI, which nv-cli does not link) makes the application the
    // engine runs in; the nv-cli package installs it there.
    for (const QString &module :
         {QStringLiteral(NV_BROWSER_MODULE), QStringLiteral(NV_CLI_GRAPHICS_MODULE)})
        QVERIFY(QFile::copy(module, plugins + QLatin1Char('/') + QFileInfo(module).fileName()));
    const CliResult with = runCli(cli, cliFlow("offscreen"), env, 180000);
    QVERIFY2(with.exitCode == 0, with.err.constData());
    QCOMPARE(with.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
}

QTEST_MAIN(TestBrowserModule)
#include "tst_browsermodule.moc"
