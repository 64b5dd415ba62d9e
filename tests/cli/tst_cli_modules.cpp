// nv-cli's default path loads no Qt GUI and no libphonenumber: the program links neither
// (readelf -d). The two commands that need Qt GUI (the PDF report, the offscreen embedded browser)
// load nv-cli's graphics module. Without that module they say so plainly, and everything else still
// works: a flow against the built-in sandbox and the HTML report, with NV_PLUGIN_DIR pointing at a
// folder that holds no graphics module.

#include "CliProcess.h"
#include "ElfNeeded.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nvtest;

namespace {
QStringList entriesStartingWith(const QStringList &needed, const QStringList &prefixes)
{
    QStringList found;
    for (const QString &library : needed)
        for (const QString &prefix : prefixes)
            if (library.startsWith(prefix))
                found << library;
    return found;
}

// What only the graphics module may bring: Qt GUI and everything under it.
const QStringList GuiLibraries{QStringLiteral("libQt6Gui"),    QStringLiteral("libQt6Widgets"),
                               QStringLiteral("libQt6OpenGL"), QStringLiteral("libGL"),
                               QStringLiteral("libEGL"),       QStringLiteral("libQt6WebEngine")};
// nv-cli applies the E.164 rule only (PhoneNumberCheck::check); libphonenumber's advice is the
// window's, and the library brings protobuf and abseil with it.
const QStringList PhoneNumberLibraries{QStringLiteral("libphonenumber"),
                                       QStringLiteral("libprotobuf")};
} // namespace

class TestCliModules : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_log;
    QString m_runId;

    QString pluginDir(const QString &name) const { return m_dir.filePath(name); }
    // nv-cli with its modules looked for in one folder only.
    static QProcessEnvironment withModulesIn(const QString &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_PLUGIN_DIR"), dir);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }
    CliResult cli(const QStringList &args, const QString &modules, int timeoutMs = 60000) const
    {
        return runCli(QStringLiteral(NV_CLI_BINARY), args, withModulesIn(modules), timeoutMs);
    }
    QStringList report(const QString &format, const QString &file) const
    {
        return {QStringLiteral("log"),
                QStringLiteral("report"),
                QStringLiteral("--log-db"),
                m_log,
                QStringLiteral("--correlation-id"),
                m_runId,
                QStringLiteral("--") + format,
                file};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(pluginDir(QStringLiteral("none"))));
        m_log = m_dir.filePath(QStringLiteral("log.sqlite"));
        m_runId = QStringLiteral("modules-test-run");
    }

    void nvCliDoesNotLinkQtGui()
    {
        const QStringList needed = neededLibraries(QStringLiteral(NV_CLI_BINARY));
        QVERIFY2(needed.contains(QLatin1String("libQt6Core.so.6")), qPrintable(needed.join(' ')));
        QVERIFY2(needed.contains(QLatin1String("libQt6Network.so.6")),
                 qPrintable(needed.join(' ')));
        QVERIFY2(entriesStartingWith(needed, GuiLibraries).isEmpty(),
                 qPrintable(entriesStartingWith(needed, GuiLibraries).join(' ')));
    }

    void nvCliDoesNotLinkLibphonenumber()
    {
        const QStringList needed = neededLibraries(QStringLiteral(NV_CLI_BINARY));
        QVERIFY2(entriesStartingWith(needed, PhoneNumberLibraries).isEmpty(),
                 qPrintable(entriesStartingWith(needed, PhoneNumberLibraries).join(' ')));
    }

    // A verify over plain HTTP loads no TLS: neither Qt's TLS plugins nor libssl (the dynamic
    // linker's own list of what it loads, LD_DEBUG=files). Over https the same list has them.
    void plainHttpVerifyLoadsNoTls_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("loadsTls");
        QTest::newRow("http") << QStringLiteral("http") << false;
        QTest::newRow("https") << QStringLiteral("https") << true;
    }
    void plainHttpVerifyLoadsNoTls()
    {
        QFETCH(QString, scheme);
        QFETCH(bool, loadsTls);
        QProcessEnvironment env = withModulesIn(pluginDir(QStringLiteral("none")));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        env.insert(QStringLiteral("NV_TEST_TOKEN"), QStringLiteral("token"));
        // Port 1 on loopback: nothing listens, the call fails at once (exit 5), after the run
        // request and the network settings are made.
        const CliResult run =
            runCli(QStringLiteral(NV_CLI_BINARY),
                   {QStringLiteral("verify"), QStringLiteral("--verify-url"),
                    scheme + QStringLiteral("://127.0.0.1:1/verify"), QStringLiteral("--token-env"),
                    QStringLiteral("NV_TEST_TOKEN"), QStringLiteral("--phone"),
                    QStringLiteral("+34666666666"), QStringLiteral("--no-log")},
                   env);
        QCOMPARE(run.exitCode, 5);
        QStringList tls;
        for (const QByteArray &line : run.err.split('\n')) {
            if (line.contains("file=") && (line.contains("/tls/") || line.contains("libssl")))
                tls << QString::fromLocal8Bit(line.trimmed());
        }
        QVERIFY2(tls.isEmpty() != loadsTls, qPrintable(tls.join('\n')));
    }

    // The same check sees Qt GUI where it is: in the module.
    void theGraphicsModuleLinksIt()
    {
        const QStringList needed = neededLibraries(QStringLiteral(NV_CLI_GRAPHICS_MODULE));
        QVERIFY2(needed.contains(QLatin1String("libQt6Gui.so.6")), qPrintable(needed.join(' ')));
    }

    // Without any module: the default path runs (a whole flow against the built-in sandbox,
    // its request log written) and the HTML report is written.
    void everythingElseRunsWithoutTheModule()
    {
        const CliResult flow =
            cli({QStringLiteral("flow"), QStringLiteral("--phone"), QStringLiteral("+34666666666"),
                 QStringLiteral("--json"), QStringLiteral("--correlation-id"), m_runId,
                 QStringLiteral("--log-db"), m_log},
                pluginDir(QStringLiteral("none")), 120000);
        QVERIFY2(flow.exitCode == 0, flow.err.constData());
        QCOMPARE(flow.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));

        const QString html = m_dir.filePath(QStringLiteral("run.html"));
        const CliResult written =
            cli(report(QStringLiteral("html"), html), pluginDir(QStringLiteral("none")));
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(m_runId.toUtf8()));
    }

    void thePdfReportSaysTheModuleIsMissing()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("run.pdf"));
        const QString none = pluginDir(QStringLiteral("none"));
        const CliResult missing = cli(report(QStringLiteral("pdf"), pdf), none);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("the PDF report needs nv-cli's graphics module, which is "
                                      "not installed (no nv-cli-graphics module in " +
                                      QDir::toNativeSeparators(none).toLocal8Bit() + ")"),
                 missing.err.constData());
        QVERIFY(!QFileInfo::exists(pdf));

        // With the module in the folder, the same command writes the PDF.
        const QString with = pluginDir(QStringLiteral("graphics"));
        QVERIFY(QDir().mkpath(with));
        const QString module = QStringLiteral(NV_CLI_GRAPHICS_MODULE);
        QVERIFY(QFile::copy(module, with + QLatin1Char('/') + QFileInfo(module).fileName()));
        const CliResult written = cli(report(QStringLiteral("pdf"), pdf), with, 120000);
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    // The embedded browser's module is there, nv-cli's graphics module is not: the run says why
    // it cannot show the browser, and which module is missing.
    void theOffscreenBrowserSaysTheModuleIsMissing()
    {
        const QString browserOnly = pluginDir(QStringLiteral("browser-only"));
        QVERIFY(QDir().mkpath(browserOnly));
        const QString module = QStringLiteral(NV_BROWSER_MODULE);
        QVERIFY(QFile::copy(module, browserOnly + QLatin1Char('/') + QFileInfo(module).fileName()));
        const CliResult run = cli({QStringLiteral("flow"), QStringLiteral("--phone"),
                                   QStringLiteral("+34666666666"), QStringLiteral("--no-log"),
                                   QStringLiteral("--browser"), QStringLiteral("offscreen")},
                                  browserOnly, 120000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("The embedded browser needs nv-cli's graphics module, which is "
                                  "not installed (no nv-cli-graphics module in"),
                 run.err.constData());
    }
};

QTEST_MAIN(TestCliModules)
#include "tst_cli_modules.moc"
