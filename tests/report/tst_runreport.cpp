#include "CliProcess.h"
#include "FileScan.h"
#include "RecordedRuns.h"
#include "log/RequestLogStore.h"
#include "report/ReportHtml.h"
#include "report/ReportSource.h"
#include "report/SequenceDiagram.h"
#include "report/pdf/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// Reports of real runs: three runs through RunSession against the built-in sandbox (verified,
// not verified, and refused by the API), written as HTML and PDF, then read back the way a
// partner would: pdftotext for the words, pdftoppm for the page, and a scan for every secret
// and token of the runs in every form a leak could take.
class TestRunReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;
    std::unique_ptr<RunSession> m_session;
    QList<nvtest::RecordedRun> m_runs; // verified, not verified, API error

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess process;
        process.start(program, args);
        process.waitForFinished(60000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    ReportWriter::Result write(const QStringList &ids, ReportWriter::Format format,
                               const QString &file, const ReportOptions &options = {},
                               const ReportSource::Extras &extras = {})
    {
        ReportWriter::Request request;
        request.logPath = m_log;
        request.correlationIds = ids;
        request.format = format;
        request.outputPath = file;
        request.options = options;
        request.extras = extras;
        return ReportWriter::write(request);
    }

    QStringList allSecrets() const
    {
        QStringList secrets;
        for (const nvtest::RecordedRun &r : m_runs)
            secrets << r.secrets;
        return secrets;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<IdTokenCheck>();
        QVERIFY(m_dir.isValid());
        m_log = path(QStringLiteral("log.sqlite"));
        m_session = std::make_unique<RunSession>(nvtest::loggingSession(m_log));
        const QList<QPair<QString, QString>> wanted = {
            {QStringLiteral("+34666666666"), QStringLiteral("report-verified-7f3c")},
            {QStringLiteral("+34600000001"), QStringLiteral("report-not-verified-91d2")},
            {QStringLiteral("+9900000002"), QStringLiteral("report-api-error-c04e")}};
        for (const auto &[number, id] : wanted) {
            const auto recorded = nvtest::recordRun(*m_session, number, id);
            QVERIFY2(recorded, qPrintable(id));
            m_runs << *recorded;
        }
        QCOMPARE(m_runs.at(0).outcome.kind, FlowOutcome::Kind::Verified);
        QCOMPARE(m_runs.at(1).outcome.kind, FlowOutcome::Kind::NotVerified);
        QCOMPARE(m_runs.at(2).outcome.kind, FlowOutcome::Kind::ApiError);
        QVERIFY(!allSecrets().isEmpty());
        QVERIFY(m_runs.at(0).idTokenCheck.has_value());
    }

    void theVerdictIsReadBackFromTheLog_data()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("headline");
        QTest::newRow("verified") << 0 << int(RunVerdict::Kind::Verified) << "Verified";
        QTest::newRow("not verified") << 1 << int(RunVerdict::Kind::NotVerified) << "Not verified";
        QTest::newRow("api error") << 2 << int(RunVerdict::Kind::ApiError) << "API error 403";
    }
    void theVerdictIsReadBackFromTheLog()
    {
        QFETCH(int, run);
        QFETCH(int, kind);
        QFETCH(QString, headline);
        QString error;
        const auto runs = ReportSource::load(m_log, {m_runs.at(run).correlationId}, {}, &error);
        QVERIFY2(runs, qPrintable(error));
        const RunReport &report = runs->first();
        QCOMPARE(int(report.verdict.kind), kind);
        QCOMPARE(report.verdict.headline, headline);
        QStringList steps;
        for (const ReportStep &s : report.steps)
            steps << s.name;
        QVERIFY2(steps.contains(Step::Authorize) && steps.contains(Step::Token) &&
                     steps.contains(Step::Verify),
                 qPrintable(steps.join(QLatin1Char(','))));
        if (kind == int(RunVerdict::Kind::ApiError))
            QCOMPARE(
                report.verdict.code,
                QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK"));
        QVERIFY(report.profile.has_value()); // the built-in sandbox, resolved
        QVERIFY(
            report.profile->verifyUrl.toString().startsWith(QLatin1String("http://127.0.0.1:")));
    }

    void theSequenceDiagramPutsEachExchangeBetweenItsParties()
    {
        QString error;
        const auto runs = ReportSource::load(m_log, {m_runs.at(0).correlationId}, {}, &error);
        QVERIFY2(runs, qPrintable(error));
        const QList<SequenceMessage> messages = SequenceDiagram::messages(runs->first());
        bool deviceToAuthorize = false, handoff = false, backendToToken = false, toApi = false;
        for (const SequenceMessage &m : messages) {
            deviceToAuthorize |=
                m.from == SequenceDiagram::Device && m.to == SequenceDiagram::Authorize;
            handoff |= m.kind == SequenceMessage::Kind::Handoff;
            backendToToken |= m.from == SequenceDiagram::Backend && m.to == SequenceDiagram::Token;
            toApi |= m.from == SequenceDiagram::Backend && m.to == SequenceDiagram::Api &&
                     m.kind == SequenceMessage::Kind::Request;
        }
        QVERIFY(deviceToAuthorize);
        QVERIFY(handoff);
        QVERIFY(backendToToken);
        QVERIFY(toApi);
    }

    void eachReportSaysItsVerdictCorrelationIdAndSteps_data()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("verified") << 0 << "✓ Verified";
        QTest::newRow("not verified") << 1 << "✗ Not verified";
        QTest::newRow("api error") << 2 << "✗ API error 403";
    }
    void eachReportSaysItsVerdictCorrelationIdAndSteps()
    {
        QFETCH(int, run);
        QFETCH(QString, verdict);
        const QString id = m_runs.at(run).correlationId;
        const QString pdf = path(id + QStringLiteral(".pdf"));
        const QString html = path(id + QStringLiteral(".html"));
        const ReportWriter::Result made = write({id}, ReportWriter::Format::Pdf, pdf);
        QVERIFY2(made.ok, qPrintable(made.error));
        QVERIFY(made.pages >= 2);
        QVERIFY(write({id}, ReportWriter::Format::Html, html).ok);

        int code = -1;
        const QString text =
            runTool(QStringLiteral(NV_PDFTOTEXT), {pdf, QStringLiteral("-")}, &code);
        QCOMPARE(code, 0);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        for (const QString &expected :
             {verdict, id, Step::Authorize, Step::Token, Step::Verify,
              QStringLiteral("Device / browser"), QStringLiteral("App back end"),
              QStringLiteral("Operator authorize")}) {
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("PDF lacks ") + expected));
            QVERIFY2(page.contains(expected.toHtmlEscaped()),
                     qPrintable(QStringLiteral("HTML lacks ") + expected));
        }
        // The text is text: words are searchable as they read (no "ﬁ" ligature).
        QVERIFY(!text.contains(QChar(0xFB01)));
    }

    void noSecretOrTokenOfTheRunsReachesAReport()
    {
        // Every report, both formats, both palettes, and what pdftotext reads from each PDF
        // (the PDF's own streams are compressed: the text is where a leak would be read).
        QTemporaryDir out;
        QVERIFY(out.isValid());
        QStringList ids;
        for (const nvtest::RecordedRun &r : m_runs)
            ids << r.correlationId;
        ReportOptions presentation;
        presentation.palette = ReportPalette::Kind::Presentation;
        // The id_token check goes in too, as the window exports it.
        const ReportSource::Extras extras{{}, [this](const QString &id) {
                                              ReportFacts facts;
                                              if (id == m_runs.at(0).correlationId)
                                                  facts.idTokenCheck = m_runs.at(0).idTokenCheck;
                                              return facts;
                                          }};
        for (const auto &[name, options] :
             {std::pair{QStringLiteral("light"), ReportOptions{}},
              std::pair{QStringLiteral("presentation"), presentation}}) {
            const QString pdf = out.filePath(name + QStringLiteral(".pdf"));
            QVERIFY(write(ids, ReportWriter::Format::Pdf, pdf, options, extras).ok);
            QVERIFY(write(ids, ReportWriter::Format::Html,
                          out.filePath(name + QStringLiteral(".html")), options, extras)
                        .ok);
            QFile text(out.filePath(name + QStringLiteral(".txt")));
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(runTool(QStringLiteral(NV_PDFTOTEXT), {pdf, QStringLiteral("-")}).toUtf8());
        }
        const nvtest::FileScan scan =
            nvtest::scanFiles(out.path(), allSecrets(), QByteArrayLiteral("[redacted:"));
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(QLatin1Char('\n'))));
        QCOMPARE(scan.filesRead, 6);
        // Proof the exchanges' redacted values are there at all: the markers made it in.
        QVERIFY(scan.sawMarker);
    }

    void theHtmlFetchesNothing()
    {
        const QString html = path(QStringLiteral("fetch.html"));
        QVERIFY(write({m_runs.at(0).correlationId, m_runs.at(2).correlationId},
                      ReportWriter::Format::Html, html)
                    .ok);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        // No attribute that loads or links anything outside the file; URLs appear as text only.
        static const QRegularExpression reference(
            QStringLiteral("\\b(src|href|xlink:href|action|srcset|poster|data)\\s*=\\s*[\"']?\\s*"
                           "(https?:|//|file:|ftp:)"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!reference.match(page).hasMatch(), qPrintable(reference.match(page).captured()));
        for (const char *never :
             {"<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url("})
            QVERIFY2(!page.contains(QLatin1String(never), Qt::CaseInsensitive), never);
        QVERIFY(page.contains(QLatin1String("<svg")));
        QVERIFY(page.contains(QLatin1String("http://127.0.0.1:"))); // as text
    }

    void theFirstPageRendersAndIsLookedAt_data()
    {
        QTest::addColumn<int>("run");
        QTest::addColumn<int>("palette");
        QTest::addColumn<QString>("paper");
        QTest::newRow("verified-light-a4") << 0 << int(ReportPalette::Kind::Light) << "a4";
        QTest::newRow("not-verified-presentation-letter")
            << 1 << int(ReportPalette::Kind::Presentation) << "letter";
        QTest::newRow("api-error-light-letter") << 2 << int(ReportPalette::Kind::Light) << "letter";
    }
    void theFirstPageRendersAndIsLookedAt()
    {
        QFETCH(int, run);
        QFETCH(int, palette);
        QFETCH(QString, paper);
        ReportOptions options;
        options.palette = ReportPalette::Kind(palette);
        options.paper = *ReportOptions::paperFromName(paper);
        const QString name =
            QStringLiteral("report-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
        const QString pdf = path(name + QStringLiteral(".pdf"));
        QVERIFY(write({m_runs.at(run).correlationId}, ReportWriter::Format::Pdf, pdf, options).ok);
        // The paper is what was asked: 595 × 842 pt for A4, 612 × 792 pt for Letter.
        const QString info = runTool(QStringLiteral(NV_PDFINFO), {pdf});
        QVERIFY2(info.contains(paper == QLatin1String("a4") ? QLatin1String("595 x 842")
                                                            : QLatin1String("612 x 792")),
                 qPrintable(info));
        const QString prefix = QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(name);
        int code = -1;
        runTool(QStringLiteral(NV_PDFTOPPM),
                {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("100"),
                 QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix},
                &code);
        QCOMPARE(code, 0);
        const QImage image(prefix + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        // Not a blank page: a share of the pixels is ink.
        int ink = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                ink += qGray(image.pixel(x, y)) < 160;
        }
        QVERIFY2(ink > image.width() * image.height() / 16 / 100, qPrintable(QString::number(ink)));
    }

    void aSelectionOfRunsIsOneReport()
    {
        const QString pdf = path(QStringLiteral("three.pdf"));
        QStringList ids;
        for (const nvtest::RecordedRun &r : m_runs)
            ids << r.correlationId;
        const ReportWriter::Result made = write(ids, ReportWriter::Format::Pdf, pdf);
        QVERIFY2(made.ok, qPrintable(made.error));
        QCOMPARE(made.runs, 3);
        QCOMPARE(made.verdicts, QStringLiteral("verified, not-verified, api-error"));
        const QString text = runTool(QStringLiteral(NV_PDFTOTEXT), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QLatin1String("3 runs")));
        for (const QString &id : std::as_const(ids))
            QVERIFY(text.count(id) >= 2); // the summary and its own section
    }

    void theIdTokenCheckIsShownWhenTheExporterHasIt()
    {
        const QString id = m_runs.at(0).correlationId;
        QString error;
        const ReportSource::Extras extras{{}, [this](const QString &) {
                                              ReportFacts facts;
                                              facts.idTokenCheck = m_runs.at(0).idTokenCheck;
                                              facts.networkPath = QStringLiteral(
                                                  "Wi-Fi, no VPN: cannot carry network auth");
                                              return facts;
                                          }};
        const auto with = ReportSource::load(m_log, {id}, extras, &error);
        QVERIFY2(with, qPrintable(error));
        const QString html = ReportHtml::render(*with, {}).html;
        QVERIFY(html.contains(QLatin1String("Checked claims")));
        QVERIFY(html.contains(m_runs.at(0)
                                  .idTokenCheck->claims.value(QLatin1String("iss"))
                                  .toString()
                                  .toHtmlEscaped()));
        QVERIFY(html.contains(QLatin1String("Wi-Fi, no VPN")));
        const auto without = ReportSource::load(m_log, {id}, {}, &error);
        const QString bare = ReportHtml::render(*without, {}).html;
        QVERIFY(!bare.contains(QLatin1String("Checked claims")));
        QVERIFY(bare.contains(QLatin1String("not part of the request log")));
        QVERIFY(bare.contains(QLatin1String("not recorded for this run")));
    }

    void whatAServerSentIsTextNeverMarkup()
    {
        // A hostile answer in the log: markup, SVG, a control character, a bogus status.
        const QString log = path(QStringLiteral("hostile.sqlite"));
        {
            RequestLogStore store;
            QVERIFY(store.open(log));
            HttpExchange e;
            e.correlationId = QStringLiteral("hostile-1");
            e.step = Step::Verify;
            e.method = "POST";
            e.url = QUrl(QStringLiteral("https://operator.example/verify?x=<b>"));
            e.startedAt = QDateTime::currentDateTimeUtc();
            e.finishedAt = e.startedAt.addMSecs(5);
            e.status = 200;
            e.responseHeaders = {{"X-Evil", "<script>alert(1)</script>"}};
            e.responseBody = QByteArray("</pre></svg><script src=\"https://evil.example/x.js\">"
                                        "</script>\x01<img src=x onerror=alert(1)>");
            QVERIFY(store.insert(e) > 0);
        }
        ReportWriter::Request request;
        request.logPath = log;
        request.correlationIds = {QStringLiteral("hostile-1")};
        request.outputPath = path(QStringLiteral("hostile.html"));
        QVERIFY(ReportWriter::write(request).ok);
        QFile file(request.outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        QVERIFY(!page.contains("<script"));
        QVERIFY(!page.contains("<img"));
        QVERIFY(!page.contains('\x01'));
        QVERIFY(page.contains("&lt;script&gt;"));
        request.format = ReportWriter::Format::Pdf;
        request.outputPath = path(QStringLiteral("hostile.pdf"));
        QVERIFY(ReportWriter::write(request).ok);
    }

    void nvCliWritesTheReportAndRefusesWhatItCannot()
    {
        const QString id = m_runs.at(1).correlationId;
        const QString pdf = path(QStringLiteral("cli.pdf"));
        const QString cli = QStringLiteral(NV_CLI_BINARY);
        const QStringList base{QStringLiteral("log"), QStringLiteral("report"),
                               QStringLiteral("--log-db"), m_log};
        nvtest::CliResult r = nvtest::runCli(
            cli, base + QStringList{QStringLiteral("--correlation-id"), id, QStringLiteral("--pdf"),
                                    pdf, QStringLiteral("--paper"), QStringLiteral("letter")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("not-verified"));
        QVERIFY(runTool(QStringLiteral(NV_PDFTOTEXT), {pdf, QStringLiteral("-")}).contains(id));
        r = nvtest::runCli(cli, base + QStringList{QStringLiteral("--correlation-id"), id,
                                                   QStringLiteral("--html"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        r = nvtest::runCli(cli, base + QStringList{QStringLiteral("--correlation-id"),
                                                   QStringLiteral("no-such-run"),
                                                   QStringLiteral("--pdf"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no exchange with correlation id no-such-run"));
        r = nvtest::runCli(cli, base + QStringList{QStringLiteral("--correlation-id"), id,
                                                   QStringLiteral("--pdf"), pdf,
                                                   QStringLiteral("--html"), pdf});
        QCOMPARE(r.exitCode, 2);
        r = nvtest::runCli(cli, base + QStringList{QStringLiteral("--pdf"), pdf});
        QCOMPARE(r.exitCode, 2);
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_MAIN(TestRunReport)
#include "tst_runreport.moc"
