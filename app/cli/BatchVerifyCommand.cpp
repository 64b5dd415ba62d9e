#include "BatchVerifyCommand.h"

#include "NetworkOptions.h"
#include "RunTally.h"
#include "common/Duration.h"
#include "flow/CorrelatorRule.h"
#include "http/NetworkEnvironment.h"
#include "io/BoundedFile.h"
#include "log/RequestLog.h"
#include "profile/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

namespace {
// How long the request log may take to write the last exchanges (or to fail on a locked file).
constexpr int LogSettleMs = 10000;

// Standard input, bounded like a file: at most maxBytes, refused beyond.
std::optional<QByteArray> readStandardInput(qint64 maxBytes, QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("nv::BatchVerifyCommand", "cannot read standard input: %1")
                .arg(in.errorString());
        return std::nullopt;
    }
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = in.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > maxBytes) {
        *error = QCoreApplication::translate("nv::BatchVerifyCommand",
                                             "standard input is too large (at most %1 is read)")
                     .arg(BoundedFile::describeSize(maxBytes));
        return std::nullopt;
    }
    return bytes;
}

QString outcomeWords(FlowOutcome::Kind kind)
{
    switch (kind) {
    case FlowOutcome::Kind::Verified:
        return QCoreApplication::translate("nv::BatchVerifyCommand", "verified");
    case FlowOutcome::Kind::NotVerified:
        return QCoreApplication::translate("nv::BatchVerifyCommand", "not verified");
    case FlowOutcome::Kind::ApiError:
        return QCoreApplication::translate("nv::BatchVerifyCommand", "API error");
    default:
        break;
    }
    return QCoreApplication::translate("nv::BatchVerifyCommand", "no answer");
}

int exitCodeOf(FlowOutcome::Kind kind)
{
    FlowOutcome outcome;
    outcome.kind = kind;
    return outcome.exitCode();
}
} // namespace

BatchVerifyCommand::BatchVerifyCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

BatchVerifyCommand::~BatchVerifyCommand()
{
    m_settings.accessToken.fill(QLatin1Char('\0'));
    if (m_log)
        m_log->waitForIdle(LogSettleMs); // everything is on disk before we exit
}

void BatchVerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("phones"),
         QCoreApplication::translate(
             "nv::BatchVerifyCommand",
             "Verify every number of FILE (\"-\": standard input) with the one token, "
             "over one keep-alive connection: one E.164 number per line, or CSV with "
             "a phoneNumber column. Prints a line per answer as it arrives (--json: a "
             "JSON object per line) and a summary on standard error."),
         QStringLiteral("FILE")},
        {QStringLiteral("concurrency"),
         QCoreApplication::translate("nv::BatchVerifyCommand",
                                     "--phones: calls in flight at once, 1 to %1 (default 1).")
             .arg(BatchVerifySettings::MaxConcurrency),
         QStringLiteral("N")},
        {QStringLiteral("strict"),
         QCoreApplication::translate(
             "nv::BatchVerifyCommand",
             "--phones: a bad line stops the batch before anything is sent (default: "
             "it is reported with its line number and skipped).")},
    });
}

int BatchVerifyCommand::usageError(const QString &message)
{
    if (m_json) {
        const QJsonObject error{{QStringLiteral("step"), QStringLiteral("input")},
                                {QStringLiteral("status"), 0},
                                {QStringLiteral("code"), QStringLiteral("BAD_INPUT")},
                                {QStringLiteral("message"), message}};
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    m_err << QStringLiteral("nv-cli: ") << message << Qt::endl;
    return 2;
}

int BatchVerifyCommand::readSettings(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("phone")))
        return usageError(QCoreApplication::translate(
            "nv::BatchVerifyCommand", "Give the numbers once: --phone or --phones."));
    Profile profile;
    profile.verifyUrl = QUrl(p.value(QStringLiteral("verify-url")), QUrl::StrictMode);
    for (const ProfileProblem &problem : blockingProblems(profile.problems())) {
        if (problem.field == ProfileProblem::Field::VerifyUrl)
            return usageError(QStringLiteral("%1 (--verify-url)").arg(problem.message));
    }
    m_settings.verifyUrl = profile.verifyUrl;
    m_settings.profileName = QStringLiteral("command line");
    m_settings.correlationHeader = p.isSet(QStringLiteral("correlation-header"))
                                       ? p.value(QStringLiteral("correlation-header"))
                                       : Profile::defaultCorrelationHeader();
    m_settings.correlationId = p.value(QStringLiteral("correlation-id"));
    if (!m_settings.correlationId.isEmpty()) {
        const QString problem =
            CorrelatorRule::problem(m_settings.correlationId + QStringLiteral("-1"));
        if (!problem.isEmpty())
            m_err << QCoreApplication::translate("nv::BatchVerifyCommand", "nv-cli: warning: ")
                  << problem
                  << QCoreApplication::translate("nv::BatchVerifyCommand", " Sent as given.")
                  << Qt::endl;
    }
    m_settings.hashed = p.isSet(QStringLiteral("hashed"));
    if (p.isSet(QStringLiteral("timeout"))) {
        const auto ms = millisecondsFromSeconds(p.value(QStringLiteral("timeout")));
        if (!ms)
            return usageError(QCoreApplication::translate(
                "nv::BatchVerifyCommand",
                "--timeout takes a number of seconds, more than 0 and at most 86400."));
        m_settings.timeoutMs = *ms;
    }
    if (p.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        m_settings.concurrency = p.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || m_settings.concurrency < 1 ||
            m_settings.concurrency > BatchVerifySettings::MaxConcurrency)
            return usageError(
                QCoreApplication::translate("nv::BatchVerifyCommand",
                                            "--concurrency takes a whole number from 1 to %1.")
                    .arg(BatchVerifySettings::MaxConcurrency));
    }
    const QString variable = p.value(QStringLiteral("token-env"));
    m_settings.accessToken =
        variable.isEmpty() ? QString() : qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (m_settings.accessToken.isEmpty())
        return usageError(QCoreApplication::translate(
            "nv::BatchVerifyCommand",
            "--token-env must name a variable holding the access token."));
    return -1;
}

int BatchVerifyCommand::readList(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("phones"));
    QString error;
    const std::optional<QByteArray> bytes =
        path == QLatin1String("-") ? readStandardInput(PhoneList::MaxBytes, &error)
                                   : BoundedFile::readAll(path, PhoneList::MaxBytes, &error);
    if (!bytes)
        return usageError(QStringLiteral("--phones: %1.").arg(error));
    const QString source =
        path == QLatin1String("-")
            ? QCoreApplication::translate("nv::BatchVerifyCommand", "standard input")
            : path;
    m_list = PhoneList::parse(*bytes, p.isSet(QStringLiteral("allow-invalid")));
    if (!m_list.error.isEmpty())
        return usageError(
            QCoreApplication::translate("nv::BatchVerifyCommand", "%1 cannot be read: %2.")
                .arg(source, m_list.error));
    if (m_list.isEmpty())
        return usageError(
            QCoreApplication::translate("nv::BatchVerifyCommand", "%1 holds no number to verify.")
                .arg(source));
    for (const PhoneListProblem &problem : m_list.problems)
        m_err << QCoreApplication::translate("nv::BatchVerifyCommand", "nv-cli: %1 line %2: %3%4")
                     .arg(source)
                     .arg(problem.line)
                     .arg(problem.problem, p.isSet(QStringLiteral("strict"))
                                               ? QString()
                                               : QStringLiteral(" (skipped)"))
              << Qt::endl;
    if (!m_list.problems.isEmpty() && p.isSet(QStringLiteral("strict")))
        return usageError(
            QCoreApplication::translate("nv::BatchVerifyCommand",
                                        "--strict: %1 bad line(s) in %2; nothing was sent.")
                .arg(m_list.problems.size())
                .arg(source));
    if (m_list.numbers.isEmpty())
        return usageError(QCoreApplication::translate("nv::BatchVerifyCommand",
                                                      "%1 holds no valid number to verify.")
                              .arg(source));
    if (!m_list.problems.isEmpty())
        m_exitCode = 1; // a number was left out: not every number was verified
    return -1;
}

int BatchVerifyCommand::start(const QCommandLineParser &p)
{
    m_json = p.isSet(QStringLiteral("json"));
    if (const int code = readSettings(p); code >= 0)
        return code;
    if (const int code = readList(p); code >= 0)
        return code;
    NetworkSettings network;
    NetworkSecrets networkSecrets;
    QString why = NetworkOptions::read(p, &network, &networkSecrets);
    if (why.isEmpty())
        NetworkEnvironment::apply(network, networkSecrets, &why);
    if (!why.isEmpty()) {
        m_err << QStringLiteral("nv-cli: ") << why << Qt::endl;
        return 2;
    }
    if (!p.isSet(QStringLiteral("no-log"))) {
        m_log = new RequestLog(p.value(QStringLiteral("log-db")), this,
                               RequestLogStore::Check::None); // see RequestLog
        connect(m_log, &RequestLog::writeFailed, this, [this](const QString &whatToDo) {
            m_err << QCoreApplication::translate("nv::BatchVerifyCommand",
                                                 "nv-cli: the request log: ")
                  << whatToDo << Qt::endl;
        });
    }
    m_batch = new BatchVerify(m_settings, m_list.numbers, this);
    connect(m_batch, &BatchVerify::exchangeRecorded, this, [this](const HttpExchange &raw) {
        if (m_log)
            m_log->record(raw, m_batch->secrets());
    });
    connect(m_batch, &BatchVerify::answered, this, &BatchVerifyCommand::onAnswered);
    connect(m_batch, &BatchVerify::finished, this, &BatchVerifyCommand::onFinished);
    m_err << QCoreApplication::translate(
                 "nv::BatchVerifyCommand",
                 "nv-cli: verifying %1 number(s) at %2, %3 at a time, run id %4")
                 .arg(m_list.numbers.size())
                 .arg(m_settings.verifyUrl.toString(QUrl::RemoveQuery))
                 .arg(m_settings.concurrency)
                 .arg(m_batch->runId())
          << Qt::endl;
    m_clock.start();
    m_batch->start();
    return -1;
}

void BatchVerifyCommand::onAnswered(const BatchVerifyResult &result)
{
    m_ms << result.ms;
    ++m_counts[result.kind];
    m_exitCode = worseExitCode(m_exitCode, exitCodeOf(result.kind));
    printLine(result);
}

void BatchVerifyCommand::printLine(const BatchVerifyResult &r)
{
    const bool answered =
        r.kind == FlowOutcome::Kind::Verified || r.kind == FlowOutcome::Kind::NotVerified;
    if (m_json) {
        QJsonObject o{
            {QStringLiteral("line"), r.line},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("verified"),
             answered ? QJsonValue(r.kind == FlowOutcome::Kind::Verified) : QJsonValue()},
            {QStringLiteral("assessedAt"),
             r.assessedAt ? QJsonValue(r.assessedAt->toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("status"), r.httpStatus},
            {QStringLiteral("correlationId"), r.correlationId},
            {QStringLiteral("ms"), r.ms},
            {QStringLiteral("outcome"), FlowOutcome{r.kind}.kindName()},
            {QStringLiteral("correlatorEcho"), r.correlatorEcho.kindName()}};
        if (!answered)
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"),
                                  r.code.isEmpty() ? QJsonValue() : QJsonValue(r.code)},
                                 {QStringLiteral("message"), r.message}});
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    QString line =
        QCoreApplication::translate("nv::BatchVerifyCommand", "line %1  %2  %3  %4  %5 ms  %6")
            .arg(r.line, -5)
            .arg(r.number, -16)
            .arg(outcomeWords(r.kind), -12)
            .arg(r.httpStatus, 3)
            .arg(r.ms, 5)
            .arg(r.correlationId);
    if (!answered)
        line += QStringLiteral("  %1%2").arg(
            r.code.isEmpty() ? QString() : r.code + QStringLiteral(": "), r.message);
    if (r.correlatorEcho.isProblem())
        line += QStringLiteral("  ! %1").arg(r.correlatorEcho.describe());
    m_out << line << Qt::endl;
}

void BatchVerifyCommand::onFinished()
{
    if (m_log) {
        m_log->waitForIdle(LogSettleMs);
        if (const QString problem = m_log->writeProblem(); !problem.isEmpty())
            m_err << QCoreApplication::translate(
                         "nv::BatchVerifyCommand",
                         "nv-cli: the request log lost exchanges of this batch: ")
                  << problem << Qt::endl;
    }
    printSummary();
    emit done(m_exitCode);
}

void BatchVerifyCommand::printSummary()
{
    const qint64 wallMs = m_clock.elapsed();
    m_err << QCoreApplication::translate(
                 "nv::BatchVerifyCommand",
                 "nv-cli: %1 number(s): %2 verified, %3 not verified, %4 API error(s), "
                 "%5 without an answer; %6 line(s) skipped, %7 not sent")
                 .arg(m_list.numbers.size())
                 .arg(m_counts.value(FlowOutcome::Kind::Verified))
                 .arg(m_counts.value(FlowOutcome::Kind::NotVerified))
                 .arg(m_counts.value(FlowOutcome::Kind::ApiError))
                 .arg(m_counts.value(FlowOutcome::Kind::NetworkFailure))
                 .arg(m_list.problems.size())
                 .arg(m_batch->notSent())
          << Qt::endl;
    if (!m_batch->stopReason().isEmpty())
        m_err << QCoreApplication::translate(
                     "nv::BatchVerifyCommand",
                     "nv-cli: stopped early: %1; the numbers after it were not sent.")
                     .arg(m_batch->stopReason())
              << Qt::endl;
    const Percentiles p = Percentiles::of(m_ms);
    m_err << QCoreApplication::translate(
                 "nv::BatchVerifyCommand",
                 "nv-cli: %1 call(s) in %2 ms (%3 /s); per call %4; exit %5")
                 .arg(p.count)
                 .arg(wallMs)
                 .arg(wallMs > 0 ? double(p.count) * 1000.0 / double(wallMs) : 0.0, 0, 'f', 1)
                 .arg(p.describe())
                 .arg(m_exitCode)
          << Qt::endl;
}

} // namespace nv
