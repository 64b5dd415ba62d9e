#pragma once

#include "CliReport.h"
#include "profile/Profile.h"

#include <QObject>
#include <memory>

class QCommandLineParser;

namespace nv {

class FlowRun;
class RequestLog;
class SandboxHost;
class SecretStore;

// `nv-cli flow` and `nv-cli verify`: builds the profile from a stored profile, a profile file
// and flags, finds the client secret, runs the flow (or the verify call alone) and reports.
class FlowCommand : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Flow,
        VerifyOnly
    };

    FlowCommand(Mode mode, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~FlowCommand() override;

    static void addOptions(Mode mode, QCommandLineParser &parser);
    // Returns an exit code right away for bad usage, or -1 and emits done() later.
    int start(const QCommandLineParser &parser);

signals:
    void done(int exitCode);

private:
    int buildProfile(const QCommandLineParser &parser);
    void resolveSecretThenRun();
    void run(const QString &clientSecret);

    Mode m_mode;
    QTextStream &m_out;
    CliReport m_report;
    Profile m_profile;
    QString m_phone;
    bool m_hashed = false;
    bool m_allowInvalid = false;
    QString m_correlationId;
    QString m_accessToken;
    QString m_secretFromEnv;
    bool m_offscreenBrowser = false;
    int m_timeoutMs = 30000;
    QString m_sandboxMsisdn;
    std::unique_ptr<RequestLog> m_log;
    SandboxHost *m_sandbox = nullptr;
    SecretStore *m_secrets = nullptr;
    FlowRun *m_run = nullptr;
};

} // namespace nv
