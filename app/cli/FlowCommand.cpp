#include "FlowCommand.h"

#include "SandboxHost.h"
#include "WebEngineCapture.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "log/RequestLog.h"
#include "phone/PhoneNumberCheck.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace nv {

FlowCommand::FlowCommand(Mode mode, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_out(out)
    , m_report(false, out, err)
{}

FlowCommand::~FlowCommand()
{
    if (m_log)
        m_log->waitForIdle(5000); // every exchange of the run is on disk before we exit
}

void FlowCommand::addOptions(Mode mode, QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("phone"), QStringLiteral("The number to verify, E.164 (+34666666666)."),
         QStringLiteral("E164")},
        {QStringLiteral("hashed"), QStringLiteral("Send hashedPhoneNumber (SHA-256) instead.")},
        {QStringLiteral("allow-invalid"),
         QStringLiteral(
             "Send a number that is not E.164 anyway, to see how the operator answers.")},
        {QStringLiteral("verify-url"), QStringLiteral("Verify endpoint URL."),
         QStringLiteral("URL")},
        {QStringLiteral("correlation-id"),
         QStringLiteral("Correlation id for the run (default: a fresh UUID v4)."),
         QStringLiteral("ID")},
        {QStringLiteral("correlation-header"),
         QStringLiteral("Correlation header name: x-correlation-id (default) or x-correlator."),
         QStringLiteral("NAME")},
        {QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each answer (default 30)."),
         QStringLiteral("S")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON object instead of a transcript.")},
        {QStringLiteral("log-db"),
         QStringLiteral("Request log database (default: the console's own)."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-log"),
         QStringLiteral("Do not record the exchanges in the request log.")},
    });
    if (mode == Mode::VerifyOnly) {
        parser.addOption({QStringLiteral("token-env"),
                          QStringLiteral("Environment variable holding the access token."),
                          QStringLiteral("VAR")});
        return;
    }
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("A stored profile, by name."),
         QStringLiteral("NAME")},
        {QStringLiteral("profile-file"),
         QStringLiteral("A profile export file (JSON); the first profile, or --profile in it."),
         QStringLiteral("FILE")},
        {QStringLiteral("base-url"),
         QStringLiteral("Operator origin; the PXG paths are appended (e.g. an nv-sandbox URL)."),
         QStringLiteral("URL")},
        {QStringLiteral("authorize-url"), QStringLiteral("Authorize endpoint URL."),
         QStringLiteral("URL")},
        {QStringLiteral("token-url"), QStringLiteral("Token endpoint URL."), QStringLiteral("URL")},
        {QStringLiteral("client-id"), QStringLiteral("OAuth client id."), QStringLiteral("ID")},
        {QStringLiteral("client-secret-env"),
         QStringLiteral("Environment variable holding the client secret (never a flag: flags "
                        "show up in process lists and shell history)."),
         QStringLiteral("VAR")},
        {QStringLiteral("redirect-uri"), QStringLiteral("Registered redirect URI."),
         QStringLiteral("URI")},
        {QStringLiteral("scope"),
         QStringLiteral("Scope (default: %1).").arg(Profile::defaultScope()), QStringLiteral("S")},
        {QStringLiteral("login-hint"), QStringLiteral("login_hint, e.g. tel:+34666666666."),
         QStringLiteral("H")},
        {QStringLiteral("prompt"), QStringLiteral("prompt (default none)."), QStringLiteral("P")},
        {QStringLiteral("konera-context"), QStringLiteral("konera_context IP hints."),
         QStringLiteral("C")},
        {QStringLiteral("pkce"), QStringLiteral("Use PKCE S256 (on|off)."),
         QStringLiteral("on|off")},
        {QStringLiteral("token-auth"),
         QStringLiteral("Token endpoint authentication: post (credentials in the body, Konera's "
                        "way) or basic."),
         QStringLiteral("post|basic")},
        {QStringLiteral("browser"),
         QStringLiteral("How to walk the authorize redirects: none (plain HTTP, default) or "
                        "offscreen (the embedded browser, headless)."),
         QStringLiteral("none|offscreen")},
        {QStringLiteral("sandbox-msisdn"),
         QStringLiteral("Subscriber number of the in-process sandbox (default +34666666666)."),
         QStringLiteral("E164")},
    });
}

int FlowCommand::buildProfile(const QCommandLineParser &p)
{
    const auto urlOption = [&p](const char *name) {
        return QUrl(p.value(QLatin1String(name)), QUrl::StrictMode);
    };
    const bool endpointFlags =
        p.isSet(QStringLiteral("base-url")) || p.isSet(QStringLiteral("authorize-url")) ||
        p.isSet(QStringLiteral("token-url")) || p.isSet(QStringLiteral("verify-url"));

    if (m_mode == Mode::VerifyOnly) {
        m_profile.name = QStringLiteral("command line");
        m_profile.correlationHeader = Profile::defaultCorrelationHeader();
        m_profile.verifyUrl = urlOption("verify-url");
        if (!m_profile.verifyUrl.isValid() || m_profile.verifyUrl.isRelative())
            return m_report.usageError(QStringLiteral("--verify-url needs an absolute URL."));
    } else if (p.isSet(QStringLiteral("profile-file"))) {
        QString error;
        const QList<Profile> profiles =
            ProfileStore::importFrom(p.value(QStringLiteral("profile-file")), &error);
        if (profiles.isEmpty())
            return m_report.usageError(
                error.isEmpty() ? QStringLiteral("The profile file holds no profile.") : error);
        m_profile = profiles.first();
        if (p.isSet(QStringLiteral("profile"))) {
            const auto it = std::find_if(profiles.begin(), profiles.end(), [&](const Profile &x) {
                return x.name == p.value(QStringLiteral("profile"));
            });
            if (it == profiles.end())
                return m_report.usageError(QStringLiteral("No profile \"%1\" in the file.")
                                               .arg(p.value(QStringLiteral("profile"))));
            m_profile = *it;
        }
    } else if (p.isSet(QStringLiteral("profile"))) {
        const ProfileStore store;
        const auto found = store.find(p.value(QStringLiteral("profile")));
        if (!found)
            return m_report.usageError(QStringLiteral("No stored profile \"%1\".")
                                           .arg(p.value(QStringLiteral("profile"))));
        m_profile = *found;
    } else if (endpointFlags) {
        m_profile.name = QStringLiteral("command line");
        m_profile.scope = Profile::defaultScope();
        m_profile.prompt = QStringLiteral("none");
        m_profile.correlationHeader = Profile::defaultCorrelationHeader();
    } else {
        m_profile = Profile::builtInSandbox(); // works offline out of the box
    }

    if (m_mode == Mode::Flow) {
        if (p.isSet(QStringLiteral("base-url"))) {
            const QUrl base = urlOption("base-url");
            if (!base.isValid() || base.isRelative())
                return m_report.usageError(QStringLiteral("--base-url needs an absolute URL."));
            const Profile paths = Profile::builtInSandbox();
            m_profile.authorizeUrl = base.resolved(paths.authorizeUrl);
            m_profile.tokenUrl = base.resolved(paths.tokenUrl);
            m_profile.verifyUrl = base.resolved(paths.verifyUrl);
            m_profile.sandbox = false;
        }
        for (const auto &[flag, target] : {std::pair{"authorize-url", &m_profile.authorizeUrl},
                                           std::pair{"token-url", &m_profile.tokenUrl},
                                           std::pair{"verify-url", &m_profile.verifyUrl}}) {
            if (p.isSet(QLatin1String(flag))) {
                *target = urlOption(flag);
                m_profile.sandbox = false;
            }
        }
        if (p.isSet(QStringLiteral("client-id")))
            m_profile.clientId = p.value(QStringLiteral("client-id"));
        if (p.isSet(QStringLiteral("redirect-uri")))
            m_profile.redirectUri = urlOption("redirect-uri");
        if (p.isSet(QStringLiteral("scope")))
            m_profile.scope = p.value(QStringLiteral("scope"));
        if (p.isSet(QStringLiteral("login-hint")))
            m_profile.loginHint = p.value(QStringLiteral("login-hint"));
        if (p.isSet(QStringLiteral("prompt")))
            m_profile.prompt = p.value(QStringLiteral("prompt"));
        if (p.isSet(QStringLiteral("konera-context")))
            m_profile.koneraContext = p.value(QStringLiteral("konera-context"));
        if (p.isSet(QStringLiteral("pkce"))) {
            const QString v = p.value(QStringLiteral("pkce"));
            if (v != QLatin1String("on") && v != QLatin1String("off"))
                return m_report.usageError(QStringLiteral("--pkce takes on or off."));
            m_profile.usePkce = v == QLatin1String("on");
        }
        if (p.isSet(QStringLiteral("token-auth"))) {
            const QString v = p.value(QStringLiteral("token-auth"));
            if (v != QLatin1String("post") && v != QLatin1String("basic"))
                return m_report.usageError(QStringLiteral("--token-auth takes post or basic."));
            m_profile.tokenAuthMethod = v == QLatin1String("basic")
                                            ? TokenAuthMethod::ClientSecretBasic
                                            : TokenAuthMethod::ClientSecretPost;
        }
        const QString browser = p.value(QStringLiteral("browser"));
        if (!browser.isEmpty() && browser != QLatin1String("none") &&
            browser != QLatin1String("offscreen"))
            return m_report.usageError(QStringLiteral("--browser takes none or offscreen."));
        m_offscreenBrowser = browser == QLatin1String("offscreen");
        m_sandboxMsisdn = p.value(QStringLiteral("sandbox-msisdn"));

        if (!m_profile.sandbox) {
            QStringList missing;
            for (const auto &[flag, url] : {std::pair{"--authorize-url", m_profile.authorizeUrl},
                                            std::pair{"--token-url", m_profile.tokenUrl},
                                            std::pair{"--verify-url", m_profile.verifyUrl},
                                            std::pair{"--redirect-uri", m_profile.redirectUri}}) {
                if (!url.isValid() || url.isRelative())
                    missing << QLatin1String(flag);
            }
            if (m_profile.clientId.isEmpty())
                missing << QStringLiteral("--client-id");
            if (!missing.isEmpty())
                return m_report.usageError(QStringLiteral("Missing or not an absolute URL: %1.")
                                               .arg(missing.join(QStringLiteral(", "))));
        }
    }
    if (p.isSet(QStringLiteral("correlation-header")))
        m_profile.correlationHeader = p.value(QStringLiteral("correlation-header"));
    return -1;
}

int FlowCommand::start(const QCommandLineParser &p)
{
    m_report.setJson(p.isSet(QStringLiteral("json")));
    if (const int code = buildProfile(p); code >= 0)
        return code;

    m_phone = p.value(QStringLiteral("phone")).trimmed();
    m_hashed = p.isSet(QStringLiteral("hashed"));
    m_allowInvalid = p.isSet(QStringLiteral("allow-invalid"));
    m_correlationId = p.value(QStringLiteral("correlation-id"));
    if (m_phone.isEmpty())
        return m_report.usageError(QStringLiteral("--phone is required."));
    const PhoneNumberCheck check = PhoneNumberCheck::check(m_phone);
    if (!check.isE164 && !m_allowInvalid)
        return m_report.usageError(
            QStringLiteral(
                "\"%1\" is not an E.164 number: %2. Use --allow-invalid to send it anyway.")
                .arg(m_phone, check.problem));
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0)
            return m_report.usageError(QStringLiteral("--timeout takes a number of seconds."));
        m_timeoutMs = int(seconds * 1000);
    }
    if (m_mode == Mode::VerifyOnly) {
        const QString var = p.value(QStringLiteral("token-env"));
        m_accessToken =
            var.isEmpty() ? QString() : qEnvironmentVariable(var.toLocal8Bit().constData());
        if (m_accessToken.isEmpty())
            return m_report.usageError(
                QStringLiteral("--token-env must name a variable holding the access token."));
    } else if (p.isSet(QStringLiteral("client-secret-env"))) {
        const QString var = p.value(QStringLiteral("client-secret-env"));
        m_secretFromEnv = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (m_secretFromEnv.isEmpty())
            return m_report.usageError(
                QStringLiteral("The variable %1 is not set or empty.").arg(var));
    }
    if (!p.isSet(QStringLiteral("no-log")))
        m_log = std::make_unique<RequestLog>(p.value(QStringLiteral("log-db")));

    if (m_profile.sandbox) {
        SandboxConfig config = SandboxConfig::defaults();
        if (!m_sandboxMsisdn.isEmpty())
            config.msisdn = m_sandboxMsisdn;
        m_sandbox = new SandboxHost(config, this);
        connect(m_sandbox, &SandboxHost::failed, this,
                [this](const QString &reason) { emit done(m_report.usageError(reason)); });
        connect(m_sandbox, &SandboxHost::ready, this, [this](const QUrl &baseUrl) {
            m_profile = m_profile.resolvedAgainst(baseUrl);
            m_report.header(QStringLiteral("Built-in sandbox at %1").arg(baseUrl.toString()));
            run(m_secretFromEnv.isEmpty() ? SandboxConfig::defaultClientSecret() : m_secretFromEnv);
        });
        m_sandbox->start();
    } else {
        QTimer::singleShot(0, this, &FlowCommand::resolveSecretThenRun);
    }
    return -1;
}

void FlowCommand::resolveSecretThenRun()
{
    if (m_mode == Mode::VerifyOnly || !m_secretFromEnv.isEmpty()) {
        run(m_secretFromEnv);
        return;
    }
    // A stored profile's secret comes from the keychain, asynchronously.
    m_secrets = new SecretStore(this);
    connect(m_secrets, &SecretStore::loaded, this, [this](const QString &, const QString &secret) {
        if (secret.isEmpty()) {
            emit done(m_report.usageError(
                QStringLiteral("No client secret for \"%1\" (%2). Pass --client-secret-env VAR.")
                    .arg(m_profile.name, m_secrets->storageDescription())));
            return;
        }
        run(secret);
    });
    m_secrets->load(m_profile.name);
}

void FlowCommand::run(const QString &clientSecret)
{
    AuthorizeDriver *driver = nullptr;
    if (m_offscreenBrowser) {
        auto *capture = new WebEngineCapture;
        capture->setUnattended(true);
        driver = capture;
    } else {
        auto *follower = new RedirectFollower;
        follower->setTimeoutMs(m_timeoutMs);
        driver = follower;
    }
    m_run = new FlowRun(m_profile, clientSecret, driver, this);
    m_run->setCorrelationId(m_correlationId);
    m_run->setPhoneNumber(m_phone, m_hashed);
    m_run->setAllowInvalidNumber(m_allowInvalid);
    m_run->setRequestTimeoutMs(m_timeoutMs);
    m_run->setAuthorizeTimeoutMs(std::max(m_timeoutMs, 10000));
    m_report.watch(m_run);
    if (m_log) {
        connect(m_run, &FlowRun::exchangeRecorded, this,
                [this](const HttpExchange &raw) { m_log->record(raw, m_run->secrets()); });
    }
    connect(m_run, &FlowRun::finished, this,
            [this](const FlowOutcome &outcome) { emit done(m_report.finish(*m_run, outcome)); });
    m_report.header(
        QStringLiteral("%1 · correlation id %2")
            .arg(m_mode == Mode::Flow ? QStringLiteral("Flow") : QStringLiteral("Verify"),
                 m_run->correlationId()));
    if (m_mode == Mode::VerifyOnly) {
        m_run->useAccessToken(m_accessToken);
        m_run->verify();
    } else {
        m_run->start();
    }
}

} // namespace nv
