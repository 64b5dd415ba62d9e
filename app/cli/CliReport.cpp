#include "CliReport.h"

#include "flow/FlowRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace nv {

namespace {
QString stateName(StageState state)
{
    switch (state) {
    case StageState::Waiting:
        return QStringLiteral("skipped");
    case StageState::Running:
        return QStringLiteral("running");
    case StageState::Done:
        return QStringLiteral("done");
    case StageState::Cancelled:
        return QStringLiteral("cancelled");
    case StageState::Failed:
        break;
    }
    return QStringLiteral("failed");
}
} // namespace

CliReport::CliReport(bool json, QTextStream &out, QTextStream &err)
    : m_json(json)
    , m_out(out)
    , m_err(err)
{}

void CliReport::header(const QString &text)
{
    if (!m_json)
        m_out << text << Qt::endl;
}

void CliReport::watch(FlowRun *run)
{
    watchDeviceNumber(run);
    QObject::connect(run, &FlowRun::exchangeRecorded, run, [this](const HttpExchange &e) {
        if (e.step == Step::DevicePhoneNumber)
            return; // watchDeviceNumber()
        const FlowStage stage = e.step == Step::Authorize ? FlowStage::Authorize
                                : e.step == Step::Token   ? FlowStage::Token
                                                          : FlowStage::Verify;
        StepRecord &record = m_steps[int(stage)];
        record.status = e.status;
        if (stage == FlowStage::Authorize)
            ++record.hops;
        if (!m_json && stage == FlowStage::Authorize) {
            m_out << QStringLiteral("    %1 %2%3  %4\n")
                         .arg(QString::fromLatin1(e.method), e.url.host() + e.url.path(),
                              e.status ? QStringLiteral(" → %1").arg(e.status) : QString(), e.note);
            m_out.flush();
        }
    });
    QObject::connect(run, &FlowRun::stageChanged, run,
                     [this](FlowStage stage, StageState state, const QString &detail, qint64 ms) {
                         StepRecord &record = m_steps[int(stage)];
                         record.state = state;
                         record.detail = detail;
                         if (state == StageState::Running)
                             return;
                         record.durationMs = ms;
                         if (m_json)
                             return;
                         m_out << QStringLiteral("  %1 %2 %3 ms  %4\n")
                                      .arg(state == StageState::Done ? QStringLiteral("✓")
                                                                     : QStringLiteral("✗"))
                                      .arg(flowStageName(stage), -10)
                                      .arg(ms, 5)
                                      .arg(detail);
                         for (const QString &note : m_echoNotes.take(int(stage)))
                             m_out << QStringLiteral("    ! %1\n").arg(note);
                         m_out.flush();
                     });
}

void CliReport::watchDeviceNumber(FlowRun *run)
{
    QObject::connect(
        run, &FlowRun::correlatorEchoChecked, run,
        [this](const QString &step, const CorrelatorEcho &echo) {
            if (!echo.isProblem())
                return;
            m_warnings << QStringLiteral("%1: %2").arg(step, echo.describe());
            if (step != Step::DevicePhoneNumber)
                m_echoNotes[int(step == Step::Token ? FlowStage::Token : FlowStage::Verify)]
                    << echo.describe();
        });
    QObject::connect(run, &FlowRun::exchangeRecorded, run, [this](const HttpExchange &e) {
        if (e.step != Step::DevicePhoneNumber)
            return;
        m_deviceNumberStep.status = e.status;
        m_deviceNumberStep.durationMs = e.durationMs();
    });
    QObject::connect(
        run, &FlowRun::devicePhoneNumberFinished, run,
        [this](const DevicePhoneNumberResponse &response) {
            m_deviceNumberAsked = true;
            StepRecord &record = m_deviceNumberStep;
            record.state = response.kind == DevicePhoneNumberResponse::Kind::Number
                               ? StageState::Done
                               : StageState::Failed;
            record.detail = response.describe();
            if (m_json)
                return;
            m_out << QStringLiteral("  %1 %2 %3 ms  %4\n")
                         .arg(record.state == StageState::Done ? QStringLiteral("✓")
                                                               : QStringLiteral("✗"),
                              Step::DevicePhoneNumber)
                         .arg(record.durationMs, 5)
                         .arg(record.detail);
            if (response.correlatorEcho.isProblem())
                m_out << QStringLiteral("    ! %1\n").arg(response.correlatorEcho.describe());
            m_out.flush();
        });
}

void CliReport::addDeviceNumber(const FlowRun &run, QJsonObject *o, QJsonArray *steps) const
{
    const DevicePhoneNumberResponse &response = run.devicePhoneNumber();
    steps->append(
        QJsonObject{{QStringLiteral("step"), Step::DevicePhoneNumber},
                    {QStringLiteral("state"), stateName(m_deviceNumberStep.state)},
                    {QStringLiteral("durationMs"), m_deviceNumberStep.durationMs},
                    {QStringLiteral("status"), m_deviceNumberStep.status},
                    {QStringLiteral("correlatorEcho"), response.correlatorEcho.toJson()}});
    const bool known = response.kind == DevicePhoneNumberResponse::Kind::Number;
    o->insert(QStringLiteral("devicePhoneNumber"),
              known ? QJsonValue(response.devicePhoneNumber) : QJsonValue());
    if (known)
        return;
    o->insert(QStringLiteral("devicePhoneNumberError"),
              QJsonObject{{QStringLiteral("status"), response.httpStatus},
                          {QStringLiteral("code"),
                           response.error ? QJsonValue(response.error->code) : QJsonValue()},
                          {QStringLiteral("message"), response.describe()}});
}

QJsonObject CliReport::json(const FlowRun &run, const FlowOutcome &outcome) const
{
    QJsonArray steps;
    for (FlowStage stage :
         {FlowStage::Authorize, FlowStage::Code, FlowStage::Token, FlowStage::Verify}) {
        const StepRecord record = m_steps.value(int(stage));
        QJsonObject step{{QStringLiteral("step"), flowStageName(stage)},
                         {QStringLiteral("state"), stateName(record.state)},
                         {QStringLiteral("durationMs"), record.durationMs}};
        if (stage != FlowStage::Code)
            step.insert(QStringLiteral("status"), record.status);
        if (stage == FlowStage::Authorize)
            step.insert(QStringLiteral("hops"), record.hops);
        if (stage == FlowStage::Token || stage == FlowStage::Verify)
            step.insert(QStringLiteral("correlatorEcho"),
                        run.correlatorEcho(stage == FlowStage::Token ? Step::Token : Step::Verify)
                            .toJson());
        steps.append(step);
    }
    QJsonObject extra = m_extra;
    if (m_deviceNumberAsked)
        addDeviceNumber(run, &extra, &steps);
    extra.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings));
    QJsonObject o{{QStringLiteral("correlationId"), run.correlationId()},
                  {QStringLiteral("logError"),
                   outcome.logError.isEmpty() ? QJsonValue() : QJsonValue(outcome.logError)},
                  {QStringLiteral("runId"), run.runId()},
                  {QStringLiteral("profile"), run.profile().name},
                  {QStringLiteral("outcome"), outcome.kindName()},
                  {QStringLiteral("steps"), steps}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    if (outcome.kind == FlowOutcome::Kind::Verified ||
        outcome.kind == FlowOutcome::Kind::NotVerified) {
        o.insert(QStringLiteral("devicePhoneNumberVerified"),
                 outcome.kind == FlowOutcome::Kind::Verified);
        const auto &assessed = run.verifyResponse().assessedAt;
        o.insert(QStringLiteral("assessedAt"),
                 assessed ? QJsonValue(assessed->toUTC().toString(Qt::ISODate)) : QJsonValue());
    } else {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("step"), flowStageName(outcome.stage)},
                             {QStringLiteral("status"), outcome.httpStatus},
                             {QStringLiteral("code"), outcome.code.isEmpty()
                                                          ? outcome.kindName().toUpper().replace(
                                                                QLatin1Char('-'), QLatin1Char('_'))
                                                          : outcome.code},
                             {QStringLiteral("message"), outcome.message},
                             {QStringLiteral("explanation"), outcome.explanation},
                             {QStringLiteral("networkPath"), outcome.networkPath}});
    }
    return o;
}

int CliReport::finish(const FlowRun &run, const FlowOutcome &outcome)
{
    if (!outcome.logError.isEmpty())
        m_err << QCoreApplication::translate("nv::CliReport",
                                             "nv-cli: the request log lost this run: ")
              << outcome.logError << Qt::endl;
    if (m_json) {
        m_out << QJsonDocument(json(run, outcome)).toJson(QJsonDocument::Indented);
        m_out.flush();
        return outcome.exitCode();
    }
    m_out << Qt::endl;
    switch (outcome.kind) {
    case FlowOutcome::Kind::Verified:
    case FlowOutcome::Kind::NotVerified: {
        const auto &assessed = run.verifyResponse().assessedAt;
        m_out << (outcome.kind == FlowOutcome::Kind::Verified
                      ? QCoreApplication::translate("nv::CliReport", "VERIFIED")
                      : QCoreApplication::translate("nv::CliReport", "NOT VERIFIED"))
              << QStringLiteral(": %1 · ").arg(run.phoneNumber()) << outcome.message;
        if (assessed)
            m_out << QCoreApplication::translate("nv::CliReport", " (assessed at %1)")
                         .arg(assessed->toUTC().toString(Qt::ISODate));
        m_out << Qt::endl;
        break;
    }
    default:
        m_out << QCoreApplication::translate("nv::CliReport", "FAILED at %1")
                     .arg(flowStageName(outcome.stage));
        if (outcome.httpStatus)
            m_out << QStringLiteral(" (HTTP %1)").arg(outcome.httpStatus);
        if (!outcome.code.isEmpty())
            m_out << QStringLiteral(" %1").arg(outcome.code);
        m_out << QStringLiteral(": ") << outcome.message << Qt::endl;
        if (!outcome.explanation.isEmpty())
            m_out << outcome.explanation << Qt::endl;
        if (!outcome.networkPath.isEmpty())
            m_out << QCoreApplication::translate("nv::CliReport", "When the run started: %1")
                         .arg(outcome.networkPath)
                  << Qt::endl;
        break;
    }
    if (m_deviceNumberAsked)
        m_out << QCoreApplication::translate("nv::CliReport", "device's number: %1")
                     .arg(run.devicePhoneNumber().kind == DevicePhoneNumberResponse::Kind::Number
                              ? run.devicePhoneNumber().devicePhoneNumber
                              : QCoreApplication::translate("nv::CliReport", "not known (%1)")
                                    .arg(run.devicePhoneNumber().describe()))
              << Qt::endl;
    m_out << QCoreApplication::translate("nv::CliReport", "correlation id: %1")
                 .arg(run.correlationId())
          << Qt::endl;
    return outcome.exitCode();
}

void CliReport::warn(const QString &message)
{
    m_warnings << message;
    humanStream() << QCoreApplication::translate("nv::CliReport", "nv-cli: warning: ") << message
                  << Qt::endl;
}

int CliReport::failedBeforeRun(const QString &step, int status, const QString &code,
                               const QString &message, int exitCode)
{
    if (m_json) {
        QJsonObject o = m_extra;
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings));
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("step"), step},
                                                      {QStringLiteral("status"), status},
                                                      {QStringLiteral("code"), code},
                                                      {QStringLiteral("message"), message}});
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
    }
    m_err << QCoreApplication::translate("nv::CliReport", "nv-cli: %1 failed: ").arg(step)
          << message << Qt::endl;
    return exitCode;
}

int CliReport::usageError(const QString &message)
{
    if (m_json) {
        m_out << QJsonDocument(
                     QJsonObject{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("step"), QStringLiteral("input")},
                                              {QStringLiteral("status"), 0},
                                              {QStringLiteral("code"), QStringLiteral("BAD_INPUT")},
                                              {QStringLiteral("message"), message}}}})
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
    }
    m_err << QStringLiteral("nv-cli: ") << message << Qt::endl;
    return 2;
}

} // namespace nv
