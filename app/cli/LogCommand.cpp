#include "LogCommand.h"

#include "CliGraphicsLoader.h"
#include "CliGraphicsModule.h"
#include "log/HarExporter.h"
#include "log/JsonLinesExporter.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"
#include "report/ReportFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>
#include <optional>

namespace nv {

namespace {

// "2026-11-25T14:02:07Z", "2026-11-25", or relative: "90s", "15m", "2h", "7d".
QDateTime parseSince(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([smhd])$"));
    const QRegularExpressionMatch m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('s')   ? n
                               : unit == QLatin1Char('m') ? n * 60
                               : unit == QLatin1Char('h') ? n * 3600
                                                          : n * 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            when = day.startOfDay();
    }
    return when;
}

std::optional<LogQuery::StatusClass> parseStatus(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("failed"))
        return LogQuery::StatusClass::Failed;
    if (t.size() == 3 && t.endsWith(QLatin1String("xx")) && t.at(0) >= QLatin1Char('1') &&
        t.at(0) <= QLatin1Char('5'))
        return LogQuery::StatusClass(t.at(0).digitValue());
    return std::nullopt;
}

QString statusText(const HttpExchange &e)
{
    if (!e.error.isEmpty())
        return QStringLiteral("failed");
    return e.status > 0 ? QString::number(e.status) : QStringLiteral("-");
}

QString headersText(const HttpHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QLatin1String("  ") + QString::fromLatin1(name) + QLatin1String(": ") +
                QString::fromUtf8(value) + QLatin1Char('\n');
    return text;
}

QString bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return QCoreApplication::translate("nv::LogCommand", "  (no body)\n");
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    QString text = error.error == QJsonParseError::NoError
                       ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                       : QString::fromUtf8(body);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

QJsonObject summary(const HttpExchange &e)
{
    return {
        {QStringLiteral("id"), QString::number(e.id)},
        {QStringLiteral("startedAt"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("correlationId"), e.correlationId},
        {QStringLiteral("runId"), e.runId},
        {QStringLiteral("step"), e.step},
        {QStringLiteral("method"), QString::fromLatin1(e.method)},
        {QStringLiteral("url"), QString::fromUtf8(e.url.toEncoded())},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("durationMs"), e.durationMs()},
        {QStringLiteral("error"), e.error},
    };
}

} // namespace

LogCommand::LogCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

void LogCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("log-db"),
         QCoreApplication::translate("nv::LogCommand",
                                     "The request log file (default: the console's)."),
         QStringLiteral("FILE")},
        {QStringLiteral("correlation-id"),
         QCoreApplication::translate("nv::LogCommand", "Only this correlation id."),
         QStringLiteral("ID")},
        {QStringLiteral("since"),
         QCoreApplication::translate(
             "nv::LogCommand",
             "Only exchanges started at or after T (ISO 8601, or 30m, 2h, 7d ago)."),
         QStringLiteral("T")},
        {QStringLiteral("step"),
         QCoreApplication::translate("nv::LogCommand",
                                     "Only this step (authorize, token, verify, ...)."),
         QStringLiteral("STEP")},
        {QStringLiteral("status"),
         QCoreApplication::translate("nv::LogCommand",
                                     "Only this status class: 2xx, 3xx, 4xx, 5xx, failed."),
         QStringLiteral("CLASS")},
        {QStringLiteral("search"),
         QCoreApplication::translate("nv::LogCommand", "Words in the URL or the bodies."),
         QStringLiteral("TEXT")},
        {QStringLiteral("limit"),
         QCoreApplication::translate("nv::LogCommand",
                                     "At most N rows (list; default 100, 0: all)."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("json"),
         QCoreApplication::translate("nv::LogCommand", "Machine-readable output.")},
        {QStringLiteral("har"),
         QCoreApplication::translate("nv::LogCommand",
                                     "export: write HAR 1.2 to FILE (- for stdout)."),
         QStringLiteral("FILE")},
        {QStringLiteral("jsonl"),
         QCoreApplication::translate("nv::LogCommand",
                                     "export: write JSON Lines to FILE (- for stdout)."),
         QStringLiteral("FILE")},
        {QStringLiteral("html"),
         QCoreApplication::translate(
             "nv::LogCommand",
             "report: write a self-contained HTML report to FILE (- for stdout)."),
         QStringLiteral("FILE")},
        {QStringLiteral("pdf"),
         QCoreApplication::translate("nv::LogCommand", "report: write a PDF report to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("palette"),
         QCoreApplication::translate("nv::LogCommand",
                                     "report: light (screen, print) or presentation (projector)."),
         QStringLiteral("light|presentation"), QStringLiteral("light")},
        {QStringLiteral("paper"),
         QCoreApplication::translate("nv::LogCommand",
                                     "report: a4 or letter (default: the locale's)."),
         QStringLiteral("a4|letter")},
    });
}

int LogCommand::usage(const QString &message)
{
    m_err << "nv-cli log: " << message << Qt::endl;
    return 2;
}

QString LogCommand::databasePath(const QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("log-db")) ? parser.value(QStringLiteral("log-db"))
                                                  : RequestLog::defaultDatabasePath();
}

int LogCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addOptions(parser);
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action == QLatin1String("list") && words.size() == 1)
        return list(parser);
    if (action == QLatin1String("show") && words.size() == 2)
        return show(parser, words.at(1));
    if (action == QLatin1String("export") && words.size() == 1)
        return exportLog(parser);
    if (action == QLatin1String("report") && words.size() == 1)
        return report(parser);
    return usage(QCoreApplication::translate(
        "nv::LogCommand", "expected: log list [options] | log show ID | log export --har "
                          "FILE [options] | log report --correlation-id ID --html FILE"));
}

namespace {

// Read-only: listing or exporting never needs write access, so a log in a read-only folder,
// on a full disk or next to a running window is read as it is. The file is checked first
// (PRAGMA quick_check), and every read after that checks its own errors.
struct OpenedStore
{
    RequestLogStore store;
    QString error;
    bool open(const QString &path)
    {
        if (store.open(path, RequestLogStore::Access::ReadOnly, RequestLogStore::Check::Quick))
            return true;
        error = explained(store);
        return false;
    }
    // A read that failed half-way: said as clearly as one that failed at once.
    static QString explained(const RequestLogStore &store)
    {
        switch (store.lastProblem()) {
        case RequestLogStore::Problem::Missing:
            return QCoreApplication::translate("nv::LogCommand", "no request log at %1")
                .arg(store.path());
        case RequestLogStore::Problem::Corrupt:
            return QCoreApplication::translate(
                       "nv::LogCommand",
                       "%1\nThe file is damaged, so nothing is listed rather than a "
                       "part that looks whole. NV Console (or nv-cli flow) moves it "
                       "aside and starts a new log the next time it writes. To get "
                       "back what can still be read: %2")
                .arg(store.lastError(), RequestLogStore::recoverCommand(store.path()));
        default:
            return store.lastError();
        }
    }
};

} // namespace

// The filter options list and export share: --correlation-id, --step, --search, --since,
// --status. Returns the problem in words, or nothing when every option was understood.
QString LogCommand::filterFromOptions(const QCommandLineParser &parser, LogQuery *q)
{
    q->correlationId = parser.value(QStringLiteral("correlation-id"));
    q->step = parser.value(QStringLiteral("step"));
    q->text = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("since"))) {
        q->since = parseSince(parser.value(QStringLiteral("since")));
        if (!q->since.isValid())
            return QCoreApplication::translate("nv::LogCommand", "--since: not a time: %1")
                .arg(parser.value(QStringLiteral("since")));
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const auto status = parseStatus(parser.value(QStringLiteral("status")));
        if (!status)
            return QCoreApplication::translate("nv::LogCommand",
                                               "--status: expected 1xx..5xx or failed");
        q->statusClass = *status;
    }
    return {};
}

int LogCommand::readFailed(const RequestLogStore &store)
{
    m_err << "nv-cli log: " << OpenedStore::explained(store) << Qt::endl;
    return 1;
}

int LogCommand::list(const QCommandLineParser &parser)
{
    LogQuery q;
    if (const QString problem = filterFromOptions(parser, &q); !problem.isEmpty())
        return usage(problem);
    bool ok = false;
    q.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || q.limit < 0)
        return usage(QCoreApplication::translate("nv::LogCommand", "--limit: expected a number"));
    q.summariesOnly = true;
    q.newestFirst = true;

    OpenedStore db;
    if (!db.open(databasePath(parser))) {
        m_err << "nv-cli log: " << db.error << Qt::endl;
        return 1;
    }
    // Newest rows are selected, then printed oldest first like a transcript.
    QList<HttpExchange> rows = db.store.page(q);
    if (!db.store.lastError().isEmpty())
        return readFailed(db.store);
    std::reverse(rows.begin(), rows.end());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HttpExchange &e : std::as_const(rows))
            array.append(summary(e));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const HttpExchange &e : std::as_const(rows))
        m_out << listLine(e) << Qt::endl;
    if (rows.isEmpty())
        m_err << QCoreApplication::translate("nv::LogCommand", "nv-cli log: no exchanges match")
              << Qt::endl;
    return 0;
}

QString LogCommand::listLine(const HttpExchange &e)
{
    const QString hostPath =
        e.url.host() + (e.url.port() > 0 ? QStringLiteral(":%1").arg(e.url.port()) : QString()) +
        e.url.path();
    return e.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
           QLatin1String("  ") + QString::number(e.id) + QLatin1String("  ") +
           e.correlationId.leftJustified(36) + QLatin1String("  ") + e.step.leftJustified(19) +
           QLatin1String("  ") + QString::fromLatin1(e.method).leftJustified(6) +
           QLatin1String("  ") + statusText(e).rightJustified(6) + QLatin1String("  ") +
           QString::number(e.durationMs()).rightJustified(6) + QLatin1String(" ms  ") + hostPath;
}

void LogCommand::printExchange(const HttpExchange &e)
{
    m_out << QCoreApplication::translate("nv::LogCommand", "#%1  %2  correlation id %3  run %4  "
                                                           "profile %5")
                 .arg(QString::number(e.id), e.step, e.correlationId, e.runId, e.profileName)
          << "\n"
          << QCoreApplication::translate("nv::LogCommand", "started %1  finished %2  (%3 ms)")
                 .arg(e.startedAt.toUTC().toString(Qt::ISODateWithMs),
                      e.finishedAt.toUTC().toString(Qt::ISODateWithMs),
                      QString::number(e.durationMs()))
          << "\n\n"
          << QString::fromLatin1(e.method) << " " << QString::fromUtf8(e.url.toEncoded()) << "\n"
          << headersText(e.requestHeaders) << bodyText(e.requestBody) << "\n"
          << "-> " << statusText(e) << " " << HarExporter::statusText(e.status) << "\n"
          << headersText(e.responseHeaders) << bodyText(e.responseBody);
    if (!e.error.isEmpty())
        m_out << QCoreApplication::translate("nv::LogCommand", "error: %1").arg(e.error) << "\n";
    if (!e.note.isEmpty())
        m_out << QCoreApplication::translate("nv::LogCommand", "note: %1").arg(e.note) << "\n";
    m_out << "\n";
}

int LogCommand::show(const QCommandLineParser &parser, const QString &id)
{
    OpenedStore db;
    if (!db.open(databasePath(parser))) {
        m_err << "nv-cli log: " << db.error << Qt::endl;
        return 1;
    }
    // An exchange id, or a correlation id: then every exchange of that run, in order.
    QList<HttpExchange> rows;
    bool numeric = false;
    const qint64 rowId = id.toLongLong(&numeric);
    if (numeric) {
        if (const auto e = db.store.find(rowId))
            rows << *e;
        if (!db.store.lastError().isEmpty())
            return readFailed(db.store);
    }
    if (rows.isEmpty()) {
        LogQuery q;
        q.correlationId = id;
        q.newestFirst = false;
        q.limit = 0;
        rows = db.store.page(q);
        if (!db.store.lastError().isEmpty())
            return readFailed(db.store);
    }
    if (rows.isEmpty()) {
        m_err << QCoreApplication::translate("nv::LogCommand",
                                             "nv-cli log: no exchange or correlation id %1")
                     .arg(id)
              << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HttpExchange &e : std::as_const(rows))
            array.append(JsonLinesExporter::toJson(e));
        m_out << QJsonDocument(rows.size() == 1 ? QJsonDocument(array.at(0).toObject())
                                                : QJsonDocument(array))
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const HttpExchange &e : std::as_const(rows))
        printExchange(e);
    m_out.flush();
    return 0;
}

int LogCommand::exportLog(const QCommandLineParser &parser)
{
    const bool har = parser.isSet(QStringLiteral("har"));
    const bool jsonl = parser.isSet(QStringLiteral("jsonl"));
    if (har == jsonl)
        return usage(QCoreApplication::translate(
            "nv::LogCommand", "export needs exactly one of --har FILE or --jsonl FILE"));
    LogQuery q;
    if (const QString problem = filterFromOptions(parser, &q); !problem.isEmpty())
        return usage(problem);
    q.newestFirst = false;
    q.limit = 0;

    OpenedStore db;
    if (!db.open(databasePath(parser))) {
        m_err << "nv-cli log: " << db.error << Qt::endl;
        return 1;
    }
    const QString target = parser.value(har ? QStringLiteral("har") : QStringLiteral("jsonl"));
    QFile stdoutFile;
    QSaveFile file(target);
    QIODevice *device = nullptr;
    if (target == QLatin1String("-")) {
        m_out.flush();
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return 1;
        device = &stdoutFile;
    } else {
        if (!file.open(QIODevice::WriteOnly)) {
            m_err << QCoreApplication::translate("nv::LogCommand",
                                                 "nv-cli log: cannot write %1: %2")
                         .arg(target, file.errorString())
                  << Qt::endl;
            return 1;
        }
        device = &file;
    }
    return writeExport(db.store, q, har, device, device == &file ? &file : nullptr);
}

// Streams the rows into the device; a read error leaves no file behind (QSaveFile) and, on
// standard output, says that what was printed is incomplete.
int LogCommand::writeExport(const RequestLogStore &store, const LogQuery &q, bool har,
                            QIODevice *device, QSaveFile *file)
{
    HarExporter harOut(device);
    JsonLinesExporter linesOut(device);
    bool written = har ? harOut.begin() : true;
    const bool read = store.visit(q, [&](const HttpExchange &e) {
        written = written && (har ? harOut.add(e) : linesOut.add(e));
        return written;
    });
    if (!read) {
        if (file)
            file->cancelWriting();
        else
            m_err << QCoreApplication::translate(
                         "nv::LogCommand",
                         "nv-cli log: the export on standard output is incomplete")
                  << Qt::endl;
        return readFailed(store);
    }
    if (har)
        written = written && harOut.finish();
    if (file)
        written = written && file->commit();
    else if (auto *out = qobject_cast<QFileDevice *>(device))
        written = written && out->flush();
    if (!written) {
        m_err << QCoreApplication::translate("nv::LogCommand", "nv-cli log: the export failed: %1")
                     .arg(device->errorString())
              << Qt::endl;
        return 1;
    }
    m_err << QCoreApplication::translate("nv::LogCommand", "nv-cli log: exported %1 exchanges")
                 .arg(har ? harOut.count() : linesOut.count())
          << Qt::endl;
    return 0;
}

// A run report: every exchange of each --correlation-id (repeat it for several runs), as the
// log stores them (redacted), with the verdict, steps, timeline and sequence diagram.
int LogCommand::report(const QCommandLineParser &parser)
{
    const bool html = parser.isSet(QStringLiteral("html"));
    const bool pdf = parser.isSet(QStringLiteral("pdf"));
    if (html == pdf)
        return usage(QCoreApplication::translate(
            "nv::LogCommand", "report needs exactly one of --html FILE or --pdf FILE"));
    ReportFile::Request request;
    request.correlationIds = parser.values(QStringLiteral("correlation-id"));
    if (request.correlationIds.isEmpty())
        return usage(QCoreApplication::translate(
            "nv::LogCommand", "report needs --correlation-id ID (once per run)"));
    const auto palette = ReportPalette::fromName(parser.value(QStringLiteral("palette")));
    if (!palette)
        return usage(QCoreApplication::translate("nv::LogCommand",
                                                 "--palette: expected light or presentation"));
    request.options.palette = *palette;
    request.options.paper = ReportOptions::localPaper();
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = ReportOptions::paperFromName(parser.value(QStringLiteral("paper")));
        if (!paper)
            return usage(
                QCoreApplication::translate("nv::LogCommand", "--paper: expected a4 or letter"));
        request.options.paper = *paper;
    }
    request.format = pdf ? ReportFile::Format::Pdf : ReportFile::Format::Html;
    request.outputPath = parser.value(pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    request.logPath = databasePath(parser);
    m_out.flush();
    // The PDF is drawn by nv-cli's graphics module (Qt GUI), loaded by main() for this command.
    ReportFile::PdfRenderer renderPdf;
    if (CliGraphicsModule *graphics = CliGraphicsLoader::module())
        renderPdf = [graphics](const QList<RunReport> &runs, const ReportOptions &options,
                               int *pageCount) {
            return graphics->renderPdf(runs, options, pageCount);
        };
    const ReportFile::Result result =
        ReportFile::write(request, renderPdf,
                          QCoreApplication::translate("nv::LogCommand", "the PDF report needs %1")
                              .arg(CliGraphicsLoader::whyUnavailable()));
    if (!result.ok) {
        m_err << "nv-cli log: " << result.error << Qt::endl;
        return 1;
    }
    m_err << (result.runs == 1 ? QCoreApplication::translate("nv::LogCommand",
                                                             "nv-cli log: report of %1 run (%2)")
                               : QCoreApplication::translate("nv::LogCommand",
                                                             "nv-cli log: report of %1 runs (%2)"))
                 .arg(QString::number(result.runs), result.verdicts);
    if (pdf)
        m_err << (result.pages == 1 ? QCoreApplication::translate("nv::LogCommand", ", %1 page")
                                    : QCoreApplication::translate("nv::LogCommand", ", %1 pages"))
                     .arg(result.pages);
    if (request.outputPath != QLatin1String("-"))
        m_err << QCoreApplication::translate("nv::LogCommand", " written to %1")
                     .arg(request.outputPath);
    m_err << Qt::endl;
    return 0;
}

} // namespace nv
