#include "SendCommand.h"

#include "NetworkOptions.h"
#include "common/Duration.h"
#include "http/NetworkEnvironment.h"
#include "log/HarExporter.h"
#include "log/JsonLinesExporter.h"
#include "log/Redactor.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"
#include "report/ExchangeComparison.h"
#include "report/ManualResend.h"
#include "report/RedactionKey.h"
#include "report/ReportText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <tuple>

namespace nv {

namespace {
QString logPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("log-db")) ? parser.value(QStringLiteral("log-db"))
                                                  : RequestLog::defaultDatabasePath();
}

// Where in a request the log's markers are, in words ("the Authorization header").
QStringList redactedPlaces(const HttpRequest &request)
{
    QStringList places;
    if (!RedactionKey::markersIn(QString::fromUtf8(request.url.toEncoded())).isEmpty())
        places << QCoreApplication::translate("nv::SendCommand", "the URL");
    for (const auto &[name, value] : request.headers) {
        if (!RedactionKey::markersIn(QString::fromUtf8(value)).isEmpty())
            places << QCoreApplication::translate("nv::SendCommand", "the %1 header")
                          .arg(QString::fromLatin1(name));
    }
    if (!RedactionKey::markersIn(QString::fromUtf8(request.body)).isEmpty())
        places << QCoreApplication::translate("nv::SendCommand", "the body");
    return places;
}
} // namespace

SendCommand::SendCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

SendCommand::~SendCommand() = default;

void SendCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("from-log"),
         QCoreApplication::translate("nv::SendCommand",
                                     "The exchange id to send again (nv-cli log list)."),
         QStringLiteral("ID")},
        {QStringLiteral("url"),
         QCoreApplication::translate("nv::SendCommand",
                                     "Send to this URL instead (http or https)."),
         QStringLiteral("URL")},
        {QStringLiteral("method"),
         QCoreApplication::translate("nv::SendCommand", "Use this method instead."),
         QStringLiteral("M")},
        {QStringLiteral("set-header"),
         QCoreApplication::translate(
             "nv::SendCommand", "Set a header, \"Name: value\" (repeatable). Not for secrets."),
         QStringLiteral("H:V")},
        {QStringLiteral("remove-header"),
         QCoreApplication::translate("nv::SendCommand", "Leave a header out (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("header-env"),
         QCoreApplication::translate("nv::SendCommand",
                                     "Set header NAME to the value of environment variable VAR "
                                     "(repeatable), e.g. Authorization=NV_AUTH."),
         QStringLiteral("NAME=VAR")},
        {QStringLiteral("token-env"),
         QCoreApplication::translate("nv::SendCommand",
                                     "Authorization: Bearer <the value of VAR>."),
         QStringLiteral("VAR")},
        {QStringLiteral("body-json"),
         QCoreApplication::translate("nv::SendCommand",
                                     "Send this JSON as the body (Content-Type application/json)."),
         QStringLiteral("JSON")},
        {QStringLiteral("body"),
         QCoreApplication::translate("nv::SendCommand", "Send this text as the body."),
         QStringLiteral("TEXT")},
        {QStringLiteral("send-redacted"),
         QCoreApplication::translate(
             "nv::SendCommand",
             "Send the log's [redacted:…] placeholders as they are, on purpose.")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("nv::SendCommand",
                                     "Seconds to wait for the answer (default 30)."),
         QStringLiteral("S"), QStringLiteral("30")},
        {QStringLiteral("json"),
         QCoreApplication::translate("nv::SendCommand", "Machine-readable output.")},
        {QStringLiteral("log-db"),
         QCoreApplication::translate("nv::SendCommand",
                                     "The request log file (default: the console's)."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-log"),
         QCoreApplication::translate("nv::SendCommand", "Do not record the resend.")},
    });
    NetworkOptions::addOptions(parser);
}

int SendCommand::usage(const QString &message)
{
    m_err << "nv-cli send: " << message << Qt::endl;
    return 2;
}

int SendCommand::start(const QCommandLineParser &parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    if (const int code = readOriginal(parser); code >= 0)
        return code;
    if (const int code = applyEdits(parser); code >= 0)
        return code;
    if (const QStringList places = redactedPlaces(m_request);
        !places.isEmpty() && !parser.isSet(QStringLiteral("send-redacted")))
        return refuseRedacted(places);
    const std::optional<int> timeout =
        millisecondsFromSeconds(parser.value(QStringLiteral("timeout")), 600);
    if (!timeout)
        return usage(QCoreApplication::translate("nv::SendCommand",
                                                 "--timeout: expected seconds, at most 600"));
    NetworkSettings network;
    NetworkSecrets networkSecrets;
    if (const QString problem = NetworkOptions::read(parser, &network, &networkSecrets);
        !problem.isEmpty())
        return usage(problem);
    if (QString why; !NetworkEnvironment::apply(network, networkSecrets, &why))
        return usage(why);
    if (!parser.isSet(QStringLiteral("no-log")))
        m_log = new RequestLog(logPath(parser), this, RequestLogStore::Check::None);
    m_resend = new ManualResend(m_log, this);
    m_resend->setTimeoutMs(*timeout);
    connect(m_resend, &ManualResend::finished, this, &SendCommand::onFinished);
    if (!m_json)
        m_err << QCoreApplication::translate(
                     "nv::SendCommand",
                     "nv-cli send: %1 %2  (exchange %3 again, correlation id %4)")
                     .arg(QString::fromLatin1(m_request.method),
                          QString::fromUtf8(Redactor::redactUrl(m_request.url).toEncoded()),
                          QString::number(m_original.id), m_original.correlationId)
              << Qt::endl;
    m_resend->send(m_request, m_original, m_secrets);
    return -1;
}

int SendCommand::readOriginal(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("from-log")))
        return usage(QCoreApplication::translate(
            "nv::SendCommand", "--from-log ID is required (an exchange id from nv-cli log "
                               "list)"));
    bool numeric = false;
    const qint64 id = parser.value(QStringLiteral("from-log")).toLongLong(&numeric);
    if (!numeric)
        return usage(QCoreApplication::translate("nv::SendCommand",
                                                 "--from-log: expected an exchange id (a number)"));
    RequestLogStore store;
    if (!store.open(logPath(parser), RequestLogStore::Access::ReadOnly)) {
        m_err << "nv-cli send: " << store.lastError() << Qt::endl;
        return 1;
    }
    const std::optional<HttpExchange> found = store.find(id);
    if (!store.lastError().isEmpty()) {
        m_err << "nv-cli send: " << store.lastError() << Qt::endl;
        return 1;
    }
    if (!found) {
        m_err << QCoreApplication::translate("nv::SendCommand", "nv-cli send: no exchange %1 in %2")
                     .arg(QString::number(id), store.path())
              << Qt::endl;
        return 1;
    }
    m_original = *found;
    m_request = ManualResend::requestOf(m_original);
    return -1;
}

int SendCommand::applyEdits(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("url"))) {
        const QUrl url(parser.value(QStringLiteral("url")), QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return usage(QCoreApplication::translate("nv::SendCommand",
                                                     "--url: expected an http or https URL"));
        m_request.url = url;
    }
    if (parser.isSet(QStringLiteral("method"))) {
        const QByteArray method = parser.value(QStringLiteral("method")).toUpper().toLatin1();
        static const QByteArray token("!#$%&'*+-.^_`|~");
        const bool valid =
            !method.isEmpty() && std::all_of(method.cbegin(), method.cend(), [](char c) {
                return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || token.contains(c);
            });
        if (!valid)
            return usage(
                QCoreApplication::translate("nv::SendCommand", "--method: not an HTTP method"));
        m_request.method = method;
    }
    if (const int code = applyHeaders(parser); code >= 0)
        return code;
    return applyBody(parser);
}

int SendCommand::applyHeaders(const QCommandLineParser &parser)
{
    for (const QString &name : parser.values(QStringLiteral("remove-header"))) {
        m_request.headers.removeIf([&name](const auto &header) {
            return header.first.compare(name.toLatin1(), Qt::CaseInsensitive) == 0;
        });
    }
    for (const QString &pair : parser.values(QStringLiteral("set-header"))) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        const QByteArray name = pair.left(colon).trimmed().toLatin1();
        if (colon <= 0 || name.contains(' '))
            return usage(
                QCoreApplication::translate("nv::SendCommand",
                                            "--set-header: expected \"Name: value\", got \"%1\"")
                    .arg(pair.left(40)));
        m_request.setHeader(name, pair.mid(colon + 1).trimmed().toUtf8());
    }
    // name, variable, and whether the value is a bearer token (--token-env)
    QList<std::tuple<QString, QString, bool>> fromEnv;
    for (const QString &pair : parser.values(QStringLiteral("header-env"))) {
        fromEnv.append({pair.section(QLatin1Char('='), 0, 0).trimmed(),
                        pair.section(QLatin1Char('='), 1).trimmed(), false});
    }
    if (parser.isSet(QStringLiteral("token-env")))
        fromEnv.append(
            {QStringLiteral("Authorization"), parser.value(QStringLiteral("token-env")), true});
    for (const auto &[name, variable, bearer] : std::as_const(fromEnv)) {
        if (name.isEmpty() || variable.isEmpty())
            return usage(
                QCoreApplication::translate("nv::SendCommand", "--header-env: expected NAME=VAR"));
        const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (value.isEmpty())
            return usage(QCoreApplication::translate("nv::SendCommand",
                                                     "the environment variable %1 is not set")
                             .arg(variable));
        m_request.setHeader(name.toLatin1(),
                            (bearer ? QStringLiteral("Bearer ") + value : value).toUtf8());
        m_secrets << value;
    }
    return -1;
}

int SendCommand::applyBody(const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("body-json"));
    if (json && parser.isSet(QStringLiteral("body")))
        return usage(
            QCoreApplication::translate("nv::SendCommand", "give --body-json or --body, not both"));
    if (json) {
        const QByteArray body = parser.value(QStringLiteral("body-json")).toUtf8();
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return usage(QCoreApplication::translate("nv::SendCommand",
                                                     "--body-json: not JSON (%1 at offset %2)")
                             .arg(error.errorString())
                             .arg(error.offset));
        m_request.body = body;
        m_request.setHeader("Content-Type", "application/json");
    } else if (parser.isSet(QStringLiteral("body"))) {
        m_request.body = parser.value(QStringLiteral("body")).toUtf8();
    }
    return -1;
}

int SendCommand::refuseRedacted(const QStringList &where)
{
    m_err << (where.size() == 1
                  ? tr("nv-cli send: the request log keeps secrets redacted, and %1 holds a "
                       "[redacted:…] placeholder instead of the value that was sent. nv-cli cannot "
                       "send it again from the log.")
                  : tr("nv-cli send: the request log keeps secrets redacted, and %1 hold a "
                       "[redacted:…] placeholder instead of the value that was sent. nv-cli cannot "
                       "send it again from the log."))
                 .arg(where.join(QStringLiteral(", ")))
          << "\n"
          << tr("Supply the value from an environment variable (never on the command line):\n"
                "  --token-env VAR            Authorization: Bearer $VAR\n"
                "  --header-env NAME=VAR      any header from $VAR\n"
                "  --body-json JSON | --body TEXT   a body without the placeholder\n"
                "or send the placeholders as they are, to see the operator refuse them: "
                "--send-redacted.\n"
                "(The console window can resend with the real values of its own session: "
                "Request log > Edit and resend.)")
          << Qt::endl;
    return 2;
}

void SendCommand::onFinished(const HttpExchange &answer, qint64 id, const QString &explanation)
{
    if (m_log && !m_log->waitForIdle(10000))
        m_err << QCoreApplication::translate(
                     "nv::SendCommand",
                     "nv-cli send: the log is still writing; the resend may be missing from it")
              << Qt::endl;
    const QString logProblem = m_log ? m_log->writeProblem() : QString();
    if (m_json)
        printJson(answer, id, explanation);
    else
        printAnswer(answer, id, explanation);
    if (!logProblem.isEmpty())
        m_err << "nv-cli send: " << logProblem << Qt::endl;
    m_out.flush();
    emit done(!answer.error.isEmpty() ? 5 : (answer.status >= 200 && answer.status < 300 ? 0 : 4));
}

namespace {
QString headerLines(const HttpHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text +=
            QStringLiteral("  %1: %2\n").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    return text;
}

QString statusOf(int status, const QString &error)
{
    return !error.isEmpty()
               ? QCoreApplication::translate("nv::SendCommand", "no answer")
               : QStringLiteral("%1 %2").arg(status).arg(HarExporter::statusText(status));
}
} // namespace

void SendCommand::printAnswer(const HttpExchange &answer, qint64 id, const QString &explanation)
{
    if (!answer.error.isEmpty()) {
        m_out << QCoreApplication::translate("nv::SendCommand", "no answer: %1").arg(explanation)
              << "\n";
    } else {
        m_out << "-> " << statusOf(answer.status, answer.error) << "\n"
              << headerLines(answer.responseHeaders);
        const QString body =
            ReportText::prettyBody(answer.responseBody, answer.responseHeader("Content-Type"));
        m_out << (body.isEmpty() ? QCoreApplication::translate("nv::SendCommand", "(no body)")
                                 : body)
              << "\n";
    }
    const ExchangeComparison c = ExchangeComparison::compare(m_original, answer);
    m_out << "\n"
          << (c.statusChanged() ? tr("beside exchange %1: status %2 -> %3")
                                : tr("beside exchange %1: status %2 -> %3 (same)"))
                 .arg(QString::number(m_original.id), statusOf(c.statusBefore, c.errorBefore),
                      statusOf(c.statusAfter, c.errorAfter))
          << "\n";
    for (const ExchangeComparison::Header &h : c.headers) {
        if (h.kind == ExchangeComparison::Header::Kind::Changed)
            m_out << "  ~ " << h.name << ": " << h.before << " -> " << h.after << "\n";
        else if (h.kind == ExchangeComparison::Header::Kind::Added)
            m_out << "  + " << h.name << ": " << h.after << "\n";
        else if (h.kind == ExchangeComparison::Header::Kind::Removed)
            m_out << "  - " << h.name << ": " << h.before << "\n";
    }
    if (c.bodyChanged()) {
        m_out << tr("  body:") << "\n";
        for (const TextDiff::Line &line : c.body)
            m_out << (line.kind == TextDiff::Line::Kind::Same      ? "    "
                      : line.kind == TextDiff::Line::Kind::Removed ? "  - "
                                                                   : "  + ")
                  << line.text << "\n";
    } else {
        m_out << tr("  body: the same") << "\n";
    }
    if (id > 0)
        m_out << tr("recorded as exchange %1 (step manual, correlation id %2)")
                     .arg(QString::number(id), m_original.correlationId)
              << "\n";
}

void SendCommand::printJson(const HttpExchange &answer, qint64 id, const QString &explanation)
{
    const ExchangeComparison c = ExchangeComparison::compare(m_original, answer);
    QJsonObject out = JsonLinesExporter::toJson(answer);
    out.insert(QStringLiteral("recordedId"), QString::number(id));
    out.insert(QStringLiteral("originalId"), QString::number(m_original.id));
    if (!explanation.isEmpty())
        out.insert(QStringLiteral("explanation"), explanation);
    out.insert(QStringLiteral("comparison"),
               QJsonObject{{QStringLiteral("statusBefore"), c.statusBefore},
                           {QStringLiteral("statusAfter"), c.statusAfter},
                           {QStringLiteral("statusChanged"), c.statusChanged()},
                           {QStringLiteral("headersChanged"), c.headersChanged()},
                           {QStringLiteral("bodyChanged"), c.bodyChanged()}});
    m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace nv
