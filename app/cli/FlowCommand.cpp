#include "FlowCommand.h"

#include "FlowRepeat.h"
#include "NetworkOptions.h"
#include "PhonePrompt.h"
#include "RunSession.h"
#include "common/Duration.h"
#include "flow/CorrelatorRule.h"
#include "flow/FlowRun.h"
#include "flow/OperatorDiscovery.h"
#include "http/NetworkEnvironment.h"
#include "jose/ClientKey.h"
#include "jose/KeyFile.h"
#include "log/RequestLog.h"
#include "network/NetworkPathProbe.h"
#include "profile/ProfilePresets.h"
#include "profile/ProfileStore.h"
#include "relay/CrossDeviceDriver.h"
#include "sandbox/SandboxHost.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

namespace nv {

namespace {
QString flagFor(ProfileProblem::Field field)
{
    switch (field) {
    case ProfileProblem::Field::AuthorizeUrl:
        return QStringLiteral("--authorize-url");
    case ProfileProblem::Field::TokenUrl:
        return QStringLiteral("--token-url");
    case ProfileProblem::Field::VerifyUrl:
        return QStringLiteral("--verify-url");
    case ProfileProblem::Field::ClientId:
        return QStringLiteral("--client-id");
    case ProfileProblem::Field::RedirectUri:
        return QStringLiteral("--redirect-uri");
    case ProfileProblem::Field::Scope:
        return QStringLiteral("--scope");
    case ProfileProblem::Field::Network:
        return QStringLiteral("--proxy, --ca-file, --client-cert, --client-key");
    case ProfileProblem::Field::Prompt:
        break;
    }
    return QStringLiteral("--prompt");
}

// How long the request log may take to write the last exchanges (or to fail on a locked file).
constexpr int LogSettleMs = 10000;

QString envValue(const QString &variable)
{
    return variable.isEmpty() ? QString()
                              : qEnvironmentVariable(variable.toLocal8Bit().constData());
}

// --token-auth, --alg and --assertion-audience onto the profile; the problem in words, or
// empty when every one was understood.
QString applyClientAuthFlags(const QCommandLineParser &p, Profile *profile)
{
    if (p.isSet(QStringLiteral("token-auth"))) {
        const QString v = p.value(QStringLiteral("token-auth"));
        if (v == QLatin1String("post"))
            profile->tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
        else if (v == QLatin1String("basic"))
            profile->tokenAuthMethod = TokenAuthMethod::ClientSecretBasic;
        else if (const auto named = tokenAuthMethodFromName(v))
            profile->tokenAuthMethod = *named;
        else
            return FlowCommand::tr("--token-auth takes post, basic or private_key_jwt.");
    }
    if (p.isSet(QStringLiteral("alg"))) {
        const QString alg = p.value(QStringLiteral("alg"));
        if (!ClientKey::assertionAlgorithms().contains(alg))
            return FlowCommand::tr("--alg takes %1.")
                .arg(ClientKey::assertionAlgorithms().join(QLatin1String(" or ")));
        profile->clientKeyAlg = alg;
    }
    if (p.isSet(QStringLiteral("assertion-audience"))) {
        const auto audience =
            assertionAudienceFromName(p.value(QStringLiteral("assertion-audience")));
        if (!audience)
            return FlowCommand::tr("--assertion-audience takes token or issuer.");
        profile->assertionAudience = *audience;
    }
    const bool usesKey = profile->tokenAuthMethod == TokenAuthMethod::PrivateKeyJwt;
    for (const char *flag :
         {"key-file", "key-env", "alg", "assertion-audience", "assertion-clock-offset"}) {
        if (!usesKey && p.isSet(QLatin1String(flag)))
            return FlowCommand::tr("--%1 is for --token-auth private_key_jwt.")
                .arg(QLatin1String(flag));
    }
    if (usesKey && p.isSet(QStringLiteral("client-secret-env")))
        return FlowCommand::tr("private_key_jwt sends no client secret: use --key-file or "
                               "--key-env instead of --client-secret-env.");
    return {};
}

// --api-version, --issuer and --device-phone-number (presets and the device's number).
void addPresetOptions(QCommandLineParser &parser)
{
    const auto option = [&parser](const char *name, const QString &help, const char *value) {
        parser.addOption({QLatin1String(name), help, QLatin1String(value)});
    };
    option("api-version",
           FlowCommand::tr("Number Verification API version of the verify URL that --base-url, "
                           "--issuer or the built-in sandbox build: v1 (default; --base-url: "
                           "/camara/api/number-verification/v1/verify, Konera PXG's) or v2 "
                           "(/camara/number-verification/v2/verify)."),
           "v1|v2");
    option("issuer",
           FlowCommand::tr("CAMARA operator (discovery): read the authorize, token and JWKS URLs "
                           "from URL/.well-known/openid-configuration (its issuer must be URL; "
                           "the exchanges go to the request log). Verify URL: the issuer's origin "
                           "+ /camara/number-verification/<--api-version>/verify unless "
                           "--verify-url; correlation header x-correlator unless "
                           "--correlation-header. Needs --client-id etc. as usual."),
           "URL");
    parser.addOption(
        {QStringLiteral("device-phone-number"),
         FlowCommand::tr("After verify, ask the operator which number the device's SIM has (GET "
                         "device-phone-number, with the same token). Adds the scope "
                         "number-verification:device-phone-number:read to the request. The exit "
                         "code stays verify's; --json adds devicePhoneNumber (null when the "
                         "operator did not say, with devicePhoneNumberError).")});
}

// --issuer, --api-version and --device-phone-number, checked against the options they cannot
// go with; the problem in words, or empty.
QString readPresetOptions(const QCommandLineParser &p, QUrl *issuer, std::optional<ApiVersion> *api,
                          bool *deviceNumber)
{
    *deviceNumber = p.isSet(QStringLiteral("device-phone-number"));
    if (p.isSet(QStringLiteral("api-version"))) {
        *api = apiVersionFromName(p.value(QStringLiteral("api-version")));
        if (!*api)
            return FlowCommand::tr("--api-version takes v1 or v2.");
        if (p.isSet(QStringLiteral("profile")) || p.isSet(QStringLiteral("profile-file")))
            return FlowCommand::tr("--api-version goes with --base-url, --issuer or the built-in "
                                   "sandbox; a stored profile has its own verify URL.");
    }
    if (!p.isSet(QStringLiteral("issuer")))
        return {};
    for (const char *flag : {"profile", "profile-file", "base-url", "authorize-url", "token-url"}) {
        if (p.isSet(QLatin1String(flag)))
            return FlowCommand::tr("--issuer reads the endpoints from the operator's discovery "
                                   "document: leave out --%1.")
                .arg(QLatin1String(flag));
    }
    *issuer = QUrl(p.value(QStringLiteral("issuer")), QUrl::StrictMode);
    if (const QString problem = DiscoveryDocument::checkIssuer(*issuer); !problem.isEmpty())
        return QStringLiteral("--issuer: %1").arg(problem);
    return {};
}

// --key-file (a bounded read of a regular file) or --key-env: the private key text, checked
// against the profile's key (ClientKey::load) before anything is sent.
QString readClientKey(const QCommandLineParser &p, const Profile &profile, QString *key)
{
    const bool fromFile = p.isSet(QStringLiteral("key-file"));
    if (fromFile && p.isSet(QStringLiteral("key-env")))
        return FlowCommand::tr("Give the private key once: --key-file or --key-env.");
    QByteArray text;
    QString where;
    if (fromFile) {
        QString error;
        where = p.value(QStringLiteral("key-file"));
        const auto read = KeyFile::read(where, &error);
        if (!read)
            return FlowCommand::tr("--key-file: %1.").arg(error);
        text = *read;
    } else {
        const QString variable = p.value(QStringLiteral("key-env"));
        text = envValue(variable).toUtf8();
        where = QStringLiteral("$%1").arg(variable);
        if (text.isEmpty())
            return FlowCommand::tr("The variable %1 is not set or empty.").arg(variable);
    }
    const ClientKey loaded = ClientKey::load(text, profile.clientKeyAlg, profile.clientKeyId);
    if (!loaded.ok())
        return QStringLiteral("%1: %2").arg(where, loaded.problem);
    *key = QString::fromUtf8(text);
    text.fill('\0');
    return {};
}
} // namespace

FlowCommand::FlowCommand(Mode mode, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_report(false, out, err)
    , m_out(out)
    , m_err(err)
{}

FlowCommand::~FlowCommand()
{
    if (m_session && m_session->log())
        m_session->log()->waitForIdle(LogSettleMs); // everything is on disk before we exit
}

void FlowCommand::addOptions(Mode mode, QCommandLineParser &parser)
{
    addCommonOptions(parser);
    if (mode == Mode::VerifyOnly) {
        parser.addOption({QStringLiteral("token-env"),
                          FlowCommand::tr("Environment variable holding the access token."),
                          QStringLiteral("VAR")});
        return;
    }
    addFlowOptions(parser);
}

void FlowCommand::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("phone"), FlowCommand::tr("The number to verify, E.164 (+34666666666)."),
         QStringLiteral("E164")},
        {QStringLiteral("hashed"), FlowCommand::tr("Send hashedPhoneNumber (SHA-256) instead.")},
        {QStringLiteral("allow-invalid"),
         FlowCommand::tr(
             "Send a number that is not E.164 anyway, to see how the operator answers.")},
        {QStringLiteral("verify-url"), FlowCommand::tr("Verify endpoint URL."),
         QStringLiteral("URL")},
        {QStringLiteral("correlation-id"),
         FlowCommand::tr("Correlation id for the run (default: a fresh UUID v4)."),
         QStringLiteral("ID")},
        {QStringLiteral("correlation-header"),
         FlowCommand::tr("Correlation header name: x-correlation-id (default) or x-correlator."),
         QStringLiteral("NAME")},
        {QStringLiteral("timeout"),
         FlowCommand::tr("Seconds to wait for each answer (default 30, at most 86400)."),
         QStringLiteral("S")},
        {QStringLiteral("json"), FlowCommand::tr("Print one JSON object instead of a transcript.")},
        {QStringLiteral("log-db"),
         FlowCommand::tr("Request log database (default: the console's own)."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-log"),
         FlowCommand::tr("Do not record the exchanges in the request log.")},
    });
    NetworkOptions::addOptions(parser);
}

void FlowCommand::addFlowOptions(QCommandLineParser &parser)
{
    const auto option = [&parser](const char *name, const QString &help, const char *value) {
        parser.addOption({QLatin1String(name), help, QLatin1String(value)});
    };
    option("profile", FlowCommand::tr("A stored profile, by name."), "NAME");
    option("profile-file",
           FlowCommand::tr("A profile export file (JSON); the first profile, or --profile in it."),
           "FILE");
    option("base-url",
           FlowCommand::tr("Operator origin; the PXG paths are appended (e.g. an nv-sandbox URL)."),
           "URL");
    addPresetOptions(parser);
    option("authorize-url", FlowCommand::tr("Authorize endpoint URL."), "URL");
    option("token-url", FlowCommand::tr("Token endpoint URL."), "URL");
    option("client-id", FlowCommand::tr("OAuth client id."), "ID");
    option("client-secret-env",
           FlowCommand::tr("Environment variable holding the client secret (never a flag: flags "
                           "show up in process lists and shell history)."),
           "VAR");
    option("redirect-uri", FlowCommand::tr("Registered redirect URI."), "URI");
    option("scope", FlowCommand::tr("Scope (default: %1).").arg(Profile::defaultScope()), "S");
    option("login-hint", FlowCommand::tr("login_hint, e.g. tel:+34666666666."), "H");
    option("prompt", FlowCommand::tr("prompt (default none)."), "P");
    option("konera-context", FlowCommand::tr("konera_context IP hints."), "C");
    option("pkce", FlowCommand::tr("Use PKCE S256 (on|off)."), "on|off");
    option("token-auth",
           FlowCommand::tr("Token endpoint authentication: post (client_secret_post, credentials "
                           "in the body, Konera's way), basic (client_secret_basic) or "
                           "private_key_jwt (a client assertion signed with --key-file or "
                           "--key-env, CAMARA's ICM profile)."),
           "post|basic|private_key_jwt");
    option("key-file",
           FlowCommand::tr("private_key_jwt: the client's private key, PEM (PKCS#8, or "
                           "traditional RSA/EC) or a JWK; e.g. from nv-cli key new."),
           "FILE");
    option("key-env",
           FlowCommand::tr("private_key_jwt: environment variable holding the private key PEM "
                           "(instead of --key-file)."),
           "VAR");
    option("alg",
           FlowCommand::tr("private_key_jwt: the assertion's algorithm, RS256 or ES256 (default: "
                           "the profile's, else the key's: RSA RS256, EC P-256 ES256); a key of "
                           "the other type is refused."),
           "RS256|ES256");
    option("assertion-audience",
           FlowCommand::tr("private_key_jwt: the assertion's aud, the token endpoint URL "
                           "(token, default) or the operator's issuer (issuer: the authorize "
                           "URL's origin)."),
           "token|issuer");
    option("assertion-clock-offset",
           FlowCommand::tr("private_key_jwt: sign the assertion as if this computer's clock were S "
                           "seconds ahead (negative: behind), to see how the operator treats "
                           "clock skew (at most 86400)."),
           "S");
    option("browser",
           FlowCommand::tr("How to walk the authorize redirects: none (plain HTTP, default), "
                           "offscreen (the embedded browser, headless) or system (the desktop's "
                           "browser, back through a loopback redirect URI such as "
                           "http://127.0.0.1:8765/callback, or http://127.0.0.1/callback for any "
                           "free port), or phone (the authorize URL as a QR code for a phone on "
                           "mobile data; see --relay)."),
           "none|offscreen|system|phone");
    option("relay",
           FlowCommand::tr("--browser phone: the relay (nv-relay) whose /callback is the redirect "
                           "URI registered with the operator. Without it, paste the address the "
                           "phone ended on into standard input."),
           "URL");
    option("sandbox-msisdn",
           FlowCommand::tr("Subscriber number of the in-process sandbox (default +34666666666)."),
           "E164");
    option("repeat",
           FlowCommand::tr("Run N whole flows one after another: a line per run (--json: a JSON "
                           "object per line), then the p50, p90, p99 and max of the whole run and "
                           "of each step. With --correlation-id ID, run n sends ID-n. Exit code: "
                           "the worst run's (4 > 3 > 5 > 1 > 0)."),
           "N");
}

// --- the request, from the options ---------------------------------------------------------

int FlowCommand::loadProfile(const QCommandLineParser &p)
{
    Profile &profile = m_request.profile;
    if (m_mode == Mode::VerifyOnly) {
        profile.name = QStringLiteral("command line");
        profile.correlationHeader = Profile::defaultCorrelationHeader();
        profile.verifyUrl = QUrl(p.value(QStringLiteral("verify-url")), QUrl::StrictMode);
        return -1;
    }
    if (const QString problem = readPresetOptions(p, &m_issuer, &m_api, &m_deviceNumber);
        !problem.isEmpty())
        return m_report.usageError(problem);
    if (!m_issuer.isEmpty()) {
        profile = ProfilePresets::camaraOperator(m_issuer, m_api.value_or(ApiVersion::V1));
        return -1;
    }
    if (p.isSet(QStringLiteral("profile-file")))
        return loadProfileFromFile(p);
    if (p.isSet(QStringLiteral("profile"))) {
        const auto found = ProfileStore().find(p.value(QStringLiteral("profile")));
        if (!found)
            return m_report.usageError(FlowCommand::tr("No stored profile \"%1\".")
                                           .arg(p.value(QStringLiteral("profile"))));
        profile = *found;
        return -1;
    }
    const bool endpointFlags =
        p.isSet(QStringLiteral("base-url")) || p.isSet(QStringLiteral("authorize-url")) ||
        p.isSet(QStringLiteral("token-url")) || p.isSet(QStringLiteral("verify-url"));
    if (!endpointFlags) {
        profile = Profile::builtInSandbox(); // works offline out of the box
        if (m_api) {
            profile.apiVersion = *m_api;
            profile.verifyUrl = QUrl(ProfilePresets::koneraVerifyPath(*m_api));
        }
        return -1;
    }
    profile.name = QStringLiteral("command line");
    profile.scope = Profile::defaultScope();
    profile.prompt = QStringLiteral("none");
    profile.correlationHeader = Profile::defaultCorrelationHeader();
    return -1;
}

int FlowCommand::loadProfileFromFile(const QCommandLineParser &p)
{
    QString error;
    const QList<Profile> profiles =
        ProfileStore::importFrom(p.value(QStringLiteral("profile-file")), &error);
    if (profiles.isEmpty())
        return m_report.usageError(error.isEmpty() ? FlowCommand::tr("The profile file holds no "
                                                                     "profile.")
                                                   : error);
    m_request.profile = profiles.first();
    if (!p.isSet(QStringLiteral("profile")))
        return -1;
    const QString name = p.value(QStringLiteral("profile"));
    const auto it = std::find_if(profiles.begin(), profiles.end(),
                                 [&](const Profile &x) { return x.name == name; });
    if (it == profiles.end())
        return m_report.usageError(FlowCommand::tr("No profile \"%1\" in the file.").arg(name));
    m_request.profile = *it;
    return -1;
}

int FlowCommand::applyEndpointFlags(const QCommandLineParser &p)
{
    Profile &profile = m_request.profile;
    if (p.isSet(QStringLiteral("base-url"))) {
        const QUrl base(p.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!base.isValid() || base.isRelative())
            return m_report.usageError(FlowCommand::tr("--base-url needs an absolute URL."));
        const Profile paths = Profile::builtInSandbox();
        profile.apiVersion = m_api.value_or(ApiVersion::V1);
        profile.authorizeUrl = base.resolved(paths.authorizeUrl);
        profile.tokenUrl = base.resolved(paths.tokenUrl);
        profile.verifyUrl =
            base.resolved(QUrl(ProfilePresets::koneraVerifyPath(profile.apiVersion)));
        profile.sandbox = false;
    }
    for (const auto &[flag, target] :
         {std::pair{"authorize-url", &profile.authorizeUrl},
          std::pair{"token-url", &profile.tokenUrl}, std::pair{"verify-url", &profile.verifyUrl},
          std::pair{"redirect-uri", &profile.redirectUri}}) {
        if (p.isSet(QLatin1String(flag))) {
            *target = QUrl(p.value(QLatin1String(flag)), QUrl::StrictMode);
            if (target != &profile.redirectUri)
                profile.sandbox = false;
        }
    }
    return -1;
}

int FlowCommand::applyRequestFlags(const QCommandLineParser &p)
{
    Profile &profile = m_request.profile;
    for (const auto &[flag, target] :
         {std::pair{"client-id", &profile.clientId}, std::pair{"scope", &profile.scope},
          std::pair{"login-hint", &profile.loginHint}, std::pair{"prompt", &profile.prompt},
          std::pair{"konera-context", &profile.koneraContext}}) {
        if (p.isSet(QLatin1String(flag)))
            *target = p.value(QLatin1String(flag));
    }
    if (m_deviceNumber)
        profile.scope =
            ProfilePresets::withScope(profile.scope, ProfilePresets::devicePhoneNumberScope());
    if (p.isSet(QStringLiteral("pkce"))) {
        const QString v = p.value(QStringLiteral("pkce"));
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return m_report.usageError(FlowCommand::tr("--pkce takes on or off."));
        profile.usePkce = v == QLatin1String("on");
    }
    if (const QString problem = applyClientAuthFlags(p, &profile); !problem.isEmpty())
        return m_report.usageError(problem);
    const auto driver = driverKindFromCliName(p.value(QStringLiteral("browser")));
    if (!driver)
        return m_report.usageError(
            FlowCommand::tr("--browser takes none, offscreen, system or phone."));
    m_request.driver = *driver;
    if (p.isSet(QStringLiteral("relay"))) {
        if (*driver != DriverKind::Phone)
            return m_report.usageError(FlowCommand::tr("--relay goes with --browser phone."));
        m_request.driverOptions.relayUrl = QUrl(p.value(QStringLiteral("relay")), QUrl::StrictMode);
    }
    m_request.driverOptions.unattended = true; // nobody can answer a page from a terminal
    return -1;
}

int FlowCommand::readNumberAndTimeout(const QCommandLineParser &p)
{
    m_request.phoneNumber = p.value(QStringLiteral("phone")).trimmed();
    m_request.hashed = p.isSet(QStringLiteral("hashed"));
    m_request.allowInvalidNumber = p.isSet(QStringLiteral("allow-invalid"));
    m_request.correlationId = p.value(QStringLiteral("correlation-id"));
    if (p.isSet(QStringLiteral("correlation-header")))
        m_request.profile.correlationHeader = p.value(QStringLiteral("correlation-header"));
    if (const QString problem = CorrelatorRule::problem(m_request.correlationId);
        !problem.isEmpty())
        m_report.warn(problem + FlowCommand::tr(" Sent as given."));
    if (auto problem = RunSession::checkNumber(m_request.phoneNumber, m_request.allowInvalidNumber))
        return m_report.usageError(describe(*problem));
    int timeoutMs = 30000;
    if (p.isSet(QStringLiteral("timeout"))) {
        const auto ms = millisecondsFromSeconds(p.value(QStringLiteral("timeout")));
        if (!ms)
            return m_report.usageError(
                FlowCommand::tr("--timeout takes a number of seconds, more than 0 and at most "
                                "86400."));
        timeoutMs = *ms;
    }
    m_request.requestTimeoutMs = timeoutMs;
    m_request.driverOptions.timeoutMs = timeoutMs;
    m_request.authorizeTimeoutMs = std::max(timeoutMs, 10000);
    return -1;
}

int FlowCommand::readCredentials(const QCommandLineParser &p)
{
    if (m_mode == Mode::VerifyOnly) {
        m_request.accessToken = envValue(p.value(QStringLiteral("token-env")));
        if (m_request.accessToken.isEmpty())
            return m_report.usageError(
                FlowCommand::tr("--token-env must name a variable holding the access token."));
        return -1;
    }
    if (m_request.profile.tokenAuthMethod == TokenAuthMethod::PrivateKeyJwt) {
        if (p.isSet(QStringLiteral("assertion-clock-offset"))) {
            bool ok = false;
            const int offset = p.value(QStringLiteral("assertion-clock-offset")).toInt(&ok);
            if (!ok || qAbs(offset) > 86400)
                return m_report.usageError(FlowCommand::tr(
                    "--assertion-clock-offset takes whole seconds, at most 86400 either way."));
            m_request.assertionClockOffsetSeconds = offset;
        }
        if (!p.isSet(QStringLiteral("key-file")) && !p.isSet(QStringLiteral("key-env")))
            return -1; // the keychain's, for a stored profile that names its key
        const QString problem = readClientKey(p, m_request.profile, &m_request.clientKey);
        return problem.isEmpty() ? -1 : m_report.usageError(problem);
    }
    if (!p.isSet(QStringLiteral("client-secret-env")))
        return -1; // the built-in sandbox's own, or the keychain's for a stored profile
    const QString variable = p.value(QStringLiteral("client-secret-env"));
    m_request.clientSecret = envValue(variable);
    if (m_request.clientSecret.isEmpty())
        return m_report.usageError(
            FlowCommand::tr("The variable %1 is not set or empty.").arg(variable));
    return -1;
}

int FlowCommand::readNetwork(const QCommandLineParser &p)
{
    const QString problem =
        NetworkOptions::read(p, &m_request.profile.network, &m_request.networkSecrets);
    if (!problem.isEmpty())
        return m_report.usageError(problem);
    // Now, not at the run's start: --issuer's discovery goes out before the run and must take
    // the same way. A file that cannot be used stops here, before anything is sent.
    QString why;
    if (!NetworkEnvironment::apply(m_request.profile.network, m_request.networkSecrets, &why))
        return m_report.usageError(why);
    return -1;
}

// --- the run ---------------------------------------------------------------------------------

int FlowCommand::start(const QCommandLineParser &p)
{
    m_report.setJson(p.isSet(QStringLiteral("json")));
    for (const auto step : {&FlowCommand::loadProfile, &FlowCommand::applyEndpointFlags,
                            &FlowCommand::applyRequestFlags, &FlowCommand::readNumberAndTimeout,
                            &FlowCommand::readCredentials, &FlowCommand::readNetwork}) {
        if (m_mode == Mode::VerifyOnly &&
            (step == &FlowCommand::applyEndpointFlags || step == &FlowCommand::applyRequestFlags))
            continue; // verify takes none of these options
        if (const int code = (this->*step)(p); code >= 0)
            return code;
    }
    if (const int code = readRepeat(p); code >= 0)
        return code;
    createSession(p);
    if (!m_issuer.isEmpty()) {
        discoverThenStart();
        return -1;
    }
    startRun();
    return -1;
}

void FlowCommand::discoverThenStart()
{
    // One correlation id for the discovery and the run, so the log shows them together.
    if (m_request.correlationId.isEmpty())
        m_request.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *discovery = new OperatorDiscovery(this);
    discovery->setTimeoutMs(m_request.requestTimeoutMs);
    connect(discovery, &OperatorDiscovery::exchangeRecorded, this, [this](const HttpExchange &e) {
        if (RequestLog *log = m_session->log())
            log->record(e);
        m_report.header(QStringLiteral("    %1 %2%3 → %4")
                            .arg(QString::fromLatin1(e.method), e.url.host(), e.url.path())
                            .arg(e.status ? QString::number(e.status) : e.error));
    });
    connect(discovery, &OperatorDiscovery::finished, this, &FlowCommand::onDiscovered);
    m_report.header(FlowCommand::tr("Discovery · %1").arg(m_issuer.toString()));
    discovery->start(m_issuer,
                     ExchangeContext{{}, m_request.correlationId, {}, m_request.profile.name});
}

void FlowCommand::onDiscovered(const DiscoveryResult &result)
{
    if (!result.ok()) {
        // No answer at all is the network's (5); an answer that is not a usable document is
        // the operator's side of the authorization (3).
        emit done(m_report.failedBeforeRun(QStringLiteral("discovery"), result.status,
                                           QStringLiteral("DISCOVERY_FAILED"), result.problem,
                                           result.status == 0 ? 5 : 3));
        return;
    }
    Profile &profile = m_request.profile;
    ProfilePresets::applyDiscovery(result.document, &profile);
    m_report.addJson(QStringLiteral("discovery"),
                     QJsonObject{{QStringLiteral("issuer"), profile.issuer.toString()},
                                 {QStringLiteral("authorizeUrl"), profile.authorizeUrl.toString()},
                                 {QStringLiteral("tokenUrl"), profile.tokenUrl.toString()},
                                 {QStringLiteral("jwksUrl"), profile.jwksUrl.toString()},
                                 {QStringLiteral("jwksKeys"), result.jwksKeys},
                                 {QStringLiteral("verifyUrl"), profile.verifyUrl.toString()}});
    m_report.header(FlowCommand::tr("  authorize %1\n  token     %2\n  JWKS      %3 (keys: %4)\n"
                                    "  verify    %5")
                        .arg(profile.authorizeUrl.toString(), profile.tokenUrl.toString(),
                             profile.jwksUrl.toString())
                        .arg(result.jwksKeys)
                        .arg(profile.verifyUrl.toString()));
    if (!result.jwksProblem.isEmpty())
        m_report.warn(result.jwksProblem);
    startRun();
}

void FlowCommand::createSession(const QCommandLineParser &p)
{
    SessionOptions options;
    options.recordLog = !p.isSet(QStringLiteral("no-log"));
    options.logDatabase = p.value(QStringLiteral("log-db"));
    // The whole-file check would be paid in every call (see RequestLog).
    options.logCheckAtOpen = RequestLogStore::Check::None;
    options.checkIdToken = false; // the transcript has no place for it yet
    options.waitForSecret = true; // a stored profile's secret comes from the keychain
    if (m_mode == Mode::Flow && p.isSet(QStringLiteral("sandbox-msisdn")))
        options.sandbox.msisdn = p.value(QStringLiteral("sandbox-msisdn"));
    // A flow starts as soon as the built-in sandbox is ready: its key is made first, so the
    // token step shows what a token costs, not a key generation (the sandbox starts only for
    // a run against it).
    options.sandbox.signingKey = SandboxConfig::SigningKey::BeforeReady;
    m_session = new RunSession(options, this);
    connect(m_session, &RunSession::sandboxReady, this, [this] {
        m_report.header(FlowCommand::tr("Built-in sandbox at %1")
                            .arg(m_session->sandbox()->baseUrl().toString()));
    });
    connect(m_session, &RunSession::runCreated, this, [this](FlowRun *run) { onRunCreated(run); });
    connect(m_session, &RunSession::notStarted, this, [this](const RunProblem &problem) {
        if (!problem.willStartLater())
            emit done(m_report.usageError(describe(problem)));
    });
}

void FlowCommand::watchNetworkPath()
{
    // Against a real operator from this machine: say so when the path cannot carry a SIM's
    // authentication (what nv-cli doctor says), without holding the run back.
    NetworkPathProbe *probe = m_session->networkPath();
    connect(
        probe, &NetworkPathProbe::checked, this,
        [this, probe] {
            const NetworkPathVerdict verdict = probe->verdict();
            if (verdict.kind == NetworkPathVerdict::Kind::Cannot)
                m_report.humanStream() << FlowCommand::tr("network path: %1 — %2")
                                              .arg(verdict.headline, verdict.sentence)
                                       << Qt::endl;
        },
        Qt::SingleShotConnection);
}

FlowOutcome FlowCommand::withLogState(FlowOutcome outcome) const
{
    // Every exchange of the run is written (or known lost) before the verdict is printed. A log
    // locked by another program can take its whole busy timeout to fail.
    if (RequestLog *log = m_session->log()) {
        log->waitForIdle(LogSettleMs);
        outcome.logError = log->writeProblem();
    }
    return outcome;
}

void FlowCommand::onRunCreated(FlowRun *run)
{
    run->setFetchDevicePhoneNumberAfterVerify(m_deviceNumber);
    if (m_repeat) {
        m_repeat->watch(run);
        return;
    }
    m_report.watch(run);
    if (auto *phone = qobject_cast<CrossDeviceDriver *>(run->driver()))
        new PhonePrompt(phone, m_report.humanStream(), run);
    connect(run, &FlowRun::finished, this, [this, run](const FlowOutcome &outcome) {
        emit done(m_report.finish(*run, withLogState(outcome)));
    });
    m_report.header(
        FlowCommand::tr("%1 · correlation id %2")
            .arg(m_mode == Mode::Flow ? FlowCommand::tr("Flow") : FlowCommand::tr("Verify"),
                 run->correlationId()));
}

// --- --repeat N ------------------------------------------------------------------------------

int FlowCommand::readRepeat(const QCommandLineParser &p)
{
    if (m_mode != Mode::Flow || !p.isSet(QStringLiteral("repeat")))
        return -1;
    bool ok = false;
    const int runs = p.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || runs < 1 || runs > FlowRepeat::MaxRuns)
        return m_report.usageError(FlowCommand::tr("--repeat takes a whole number from 1 to %1.")
                                       .arg(FlowRepeat::MaxRuns));
    if (m_request.driver == DriverKind::Phone)
        return m_report.usageError(
            FlowCommand::tr("--repeat runs without a person: not with --browser phone."));
    m_repeat = new FlowRepeat(runs, p.isSet(QStringLiteral("json")), m_out, m_err, this);
    m_baseCorrelationId = m_request.correlationId;
    connect(m_repeat, &FlowRepeat::runFinished, this, &FlowCommand::onRepeatedRunFinished);
    return -1;
}

void FlowCommand::startRun()
{
    if (m_interrupted)
        return; // a --repeat run queued just before the signal
    if (m_repeat)
        m_request.correlationId = m_repeat->nextCorrelationId(m_baseCorrelationId);
    m_session->start(m_request, m_mode == Mode::Flow ? RunSession::Mode::WholeFlow
                                                     : RunSession::Mode::VerifyWithToken);
}

void FlowCommand::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    FlowRun *run = m_session ? m_session->currentRun() : nullptr;
    if (run && run->isBusy()) {
        m_session->cancel(); // the run finishes as cancelled and is reported like any outcome
        return;
    }
    // Nothing in flight (the sandbox or discovery still on its way, or between --repeat runs).
    if (m_session)
        m_session->cancel();
    if (RequestLog *log = m_session ? m_session->log() : nullptr)
        log->waitForIdle(LogSettleMs);
    emit done(FlowOutcome{}.exitCode()); // a default outcome is a cancelled one: 130
}

void FlowCommand::onRepeatedRunFinished()
{
    if (m_interrupted) {
        m_repeat->summarize(m_session->log() ? m_session->log()->writeProblem() : QString());
        emit done(FlowOutcome{}.exitCode());
        return;
    }
    if (m_repeat->hasMoreRuns()) {
        // Not from inside the run's own signal: the next start deletes the run that emits it.
        QTimer::singleShot(0, this, &FlowCommand::startRun);
        return;
    }
    QString logProblem;
    if (RequestLog *log = m_session->log()) {
        log->waitForIdle(LogSettleMs);
        logProblem = log->writeProblem();
    }
    emit done(m_repeat->summarize(logProblem));
}

QString FlowCommand::describe(const RunProblem &problem) const
{
    switch (problem.kind) {
    case RunProblem::Kind::NoNumber:
        return FlowCommand::tr("--phone is required.");
    case RunProblem::Kind::BadNumber:
        return FlowCommand::tr(
                   "\"%1\" is not an E.164 number: %2. Use --allow-invalid to send it anyway.")
            .arg(m_request.phoneNumber, problem.detail);
    case RunProblem::Kind::ProfileInvalid: {
        if (problem.profileProblems.isEmpty()) // the client key does not fit the profile
            return problem.detail;
        QStringList lines;
        for (const ProfileProblem &each : problem.profileProblems)
            lines << QStringLiteral("%1 (%2)").arg(each.message, flagFor(each.field));
        return FlowCommand::tr("The profile cannot run: %1").arg(lines.join(QLatin1Char(' ')));
    }
    case RunProblem::Kind::NoSecret:
        if (m_request.profile.tokenAuthMethod == TokenAuthMethod::PrivateKeyJwt)
            return FlowCommand::tr("No private key for \"%1\" (%2). Pass --key-file FILE or "
                                   "--key-env VAR.")
                .arg(m_request.profile.name, problem.detail);
        return FlowCommand::tr("No client secret for \"%1\" (%2). Pass --client-secret-env VAR.")
            .arg(m_request.profile.name, problem.detail);
    case RunProblem::Kind::DriverUnavailable:
        if (m_request.driver == DriverKind::EmbeddedBrowser)
            return FlowCommand::tr("%1 Use --browser none, system or phone, or install the "
                                   "nv-console package, which carries the embedded browser.")
                .arg(problem.detail);
        return problem.detail;
    case RunProblem::Kind::SandboxFailed:
    case RunProblem::Kind::RelayProblem:
        return problem.detail;
    case RunProblem::Kind::SandboxStarting:
    case RunProblem::Kind::SecretLoading:
    case RunProblem::Kind::Busy:
    case RunProblem::Kind::NoToken:
        break;
    }
    return FlowCommand::tr("The run could not start.");
}

} // namespace nv
