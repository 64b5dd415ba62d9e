#include "SandboxOptions.h"

#include "ClientSpec.h"
#include "ListenAddress.h"
#include "SandboxScenario.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
using Option = QCommandLineOption;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

bool parseNonNegative(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return false;
    *out = value;
    return true;
}

QString scenarioHelp()
{
    QString text = QCoreApplication::translate(
        "nv-sandbox", "Scenarios (--scenario, or per flow with login_hint=tel:<test number>, or "
                      "per call with the test number as phoneNumber):\n");
    for (const nv::SandboxScenario &scenario : nv::SandboxScenario::all())
        text += QStringLiteral("  %1  %2\n      %3\n")
                    .arg(scenario.id, -30)
                    .arg(scenario.testNumber, scenario.translatedDescription());
    text += QCoreApplication::translate(
        "nv-sandbox", "Any other +990 number: even last digit verifies true, odd false.\n");
    return text;
}

const nv::SandboxConfig &defaults()
{
    static const nv::SandboxConfig config = nv::SandboxConfig::defaults();
    return config;
}
} // namespace

SandboxOptions::SandboxOptions()
    : listen(s("listen"),
             tr("Address and port to listen on; port 0 picks a free one. Anything but loopback "
                "exposes a sandbox with a well-known secret to the network."),
             s("host:port"), s("127.0.0.1:0"))
    , msisdn(s("msisdn"), tr("Phone number (E.164) of the subscriber the network identifies."),
             s("number"), defaults().msisdn)
    , clientId(s("client-id"), tr("Registered client id."), s("id"),
               nv::SandboxConfig::defaultClientId())
    , clientSecret(s("client-secret"),
                   tr("Registered client secret (default: the well-known sandbox secret). Visible "
                      "to every user of this machine in the process list: prefer "
                      "--client-secret-env or --client-secret-file for a secret of your own."),
                   s("secret"))
    , clientSecretEnv(s("client-secret-env"),
                      tr("Read the client secret from this environment variable (recommended)."),
                      s("var"))
    , clientSecretFile(s("client-secret-file"),
                       tr("Read the client secret from this regular file, at most 4 KiB; one "
                          "trailing newline is dropped (recommended)."),
                       s("file"))
    , redirectUri(s("redirect-uri"),
                  tr("Registered redirect URI, matched exactly; repeat for several. Default: %1")
                      .arg(nv::SandboxConfig::defaultRedirectUri().toString()),
                  s("uri"))
    , codeTtl(s("code-ttl"), tr("Authorization code lifetime in seconds."), s("seconds"),
              QString::number(defaults().codeTtlSeconds))
    , tokenTtl(s("token-ttl"), tr("Access token lifetime in seconds."), s("seconds"),
               QString::number(defaults().tokenTtlSeconds))
    , quiet(s("quiet"), tr("Print only the NV_SANDBOX_URL line."))
    , scenario(s("scenario"),
               tr("Behaviour of the operator (see the list above). Default: %1.")
                   .arg(nv::SandboxScenario::defaultId()),
               s("name"), nv::SandboxScenario::defaultId())
    , listScenarios(s("list-scenarios"),
                    tr("Print the scenarios (id, test number, title) and exit."))
    , delay(s("delay-ms"), tr("Delay every authorization hop and every API call (any scenario)."),
            s("ms"))
    , hopDelay(s("hop-delay-ms"),
               tr("Delay each authorization hop (authorize, network login, consent, token)."),
               s("ms"))
    , callDelay(s("call-delay-ms"), tr("Delay each Number Verification API call."), s("ms"))
    , earlyExpiry(s("early-expiry"),
                  tr("Seconds after which tokens die in the token-expires-early scenario."),
                  s("seconds"), QString::number(defaults().earlyExpirySeconds))
    , singleUse(s("single-use-tokens"),
                tr("Every access token serves one API call, lives at most 300 s and comes "
                   "without a refresh token (the next CAMARA rule)."))
    , retryAfter(s("retry-after"), tr("Retry-After seconds on 429 and 503 answers."), s("seconds"),
                 QString::number(defaults().retryAfterSeconds))
    , client(s("client"),
             tr("Register another client; repeat for several. ID,secret-file=FILE or "
                "ID,secret-env=VAR (recommended; ID,secret=SECRET also works but shows in the "
                "process list) for client_secret_post/basic; ID,key=FILE for private_key_jwt "
                "(RS256 or ES256; FILE is a PEM \"BEGIN PUBLIC KEY\" RSA or EC P-256 key, a JWK "
                "or a JWKS); add ,redirect=URI (repeatable; default %1). A strict client adds "
                "auth=post|basic|private_key_jwt (the only token auth method accepted), "
                "pkce=S256 (every authorize request needs an S256 code_challenge) and/or "
                "number=plain|hashed (the only verify body form accepted).")
                 .arg(nv::SandboxConfig::defaultRedirectUri().toString()),
             s("spec"))
    , headerTimeout(s("header-timeout-ms"),
                    tr("A request's header block must arrive within this long of its first byte; "
                       "then 408 and the connection is closed."),
                    s("ms"), QString::number(defaults().headerTimeoutMs))
    , idleTimeout(s("idle-timeout-ms"),
                  tr("A half-sent request that stops sending gets 408 after this long; an idle "
                     "keep-alive connection is closed."),
                  s("ms"), QString::number(defaults().idleTimeoutMs))
    , maxConnections(s("max-connections"),
                     tr("Open connections at most; one more gets 503 and is closed."), s("n"),
                     QString::number(defaults().maxConnections))
    , testClockEndpoint(s("test-clock-endpoint"),
                        tr("Test only: serve POST /nv-sandbox/test/clock (form advance=SECONDS, "
                           "loopback clients only), which moves the sandbox clock forward so "
                           "codes and tokens expire without waiting."))
{}

QString SandboxOptions::description()
{
    return tr("A fake mobile operator for the CAMARA Number Verification API, on loopback.\n\n"
              "Serves the authorization endpoint (with a silent network-login redirect chain that "
              "needs a cookie), the token endpoint, the Number Verification API (v1 and v2 "
              "paths), a JWKS and an OpenID discovery document.\n\n"
              "The first line of standard output is NV_SANDBOX_URL=<base URL>; then one line per "
              "request: method, path, status (000 when the connection was closed without an "
              "answer), correlation id, milliseconds. SIGINT or SIGTERM stop it.\n\n") +
           scenarioHelp();
}

void SandboxOptions::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({listen,         msisdn,           clientId,
                       clientSecret,   clientSecretEnv,  clientSecretFile,
                       redirectUri,    codeTtl,          tokenTtl,
                       quiet,          scenario,         listScenarios,
                       delay,          hopDelay,         callDelay,
                       earlyExpiry,    singleUse,        retryAfter,
                       client,         headerTimeout,    idleTimeout,
                       maxConnections, testClockEndpoint});
}

QString SandboxOptions::read(const QCommandLineParser &parser, Setup *setup) const
{
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument \"%1\"; see --help")
            .arg(parser.positionalArguments().constFirst());
    if (!nv::parseListenAddress(parser.value(listen), &setup->address, &setup->port))
        return tr("--listen wants host:port, e.g. 127.0.0.1:0 or [::1]:8080");
    setup->quiet = parser.isSet(quiet);
    nv::SandboxConfig &config = setup->config;
    config = defaults();
    config.msisdn = parser.value(msisdn);
    static const QRegularExpression e164(s("^\\+[1-9][0-9]{4,14}$"));
    if (!e164.match(config.msisdn).hasMatch())
        return tr("--msisdn must be E.164, e.g. +34666666666");
    for (const auto &step : {&SandboxOptions::readDefaultClient, &SandboxOptions::readLifetimes,
                             &SandboxOptions::readBehaviour, &SandboxOptions::readConnections,
                             &SandboxOptions::readClients}) {
        const QString problem = (this->*step)(parser, &config);
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

QString SandboxOptions::readDefaultClient(const QCommandLineParser &parser,
                                          nv::SandboxConfig *config) const
{
    nv::SandboxClient &first = config->clients.first();
    first.id = parser.value(clientId);
    const int sources = int(parser.isSet(clientSecret)) + int(parser.isSet(clientSecretEnv)) +
                        int(parser.isSet(clientSecretFile));
    if (sources > 1)
        return tr("give the secret once: --client-secret, --client-secret-env or "
                  "--client-secret-file");
    if (parser.isSet(clientSecret))
        first.secret = parser.value(clientSecret);
    QString problem;
    if (parser.isSet(clientSecretEnv))
        problem = ClientSpec::readSecretEnv(parser.value(clientSecretEnv), &first.secret);
    if (parser.isSet(clientSecretFile))
        problem = ClientSpec::readSecretFile(parser.value(clientSecretFile), &first.secret);
    if (!problem.isEmpty())
        return s("--client-secret-env/--client-secret-file: ") + problem;
    if (first.id.isEmpty() || first.secret.isEmpty())
        return tr("--client-id and --client-secret must not be empty");
    if (parser.isSet(redirectUri)) {
        first.redirectUris.clear();
        for (const QString &value : parser.values(redirectUri)) {
            const QUrl uri(value, QUrl::StrictMode);
            if (!uri.isValid() || uri.isRelative() || uri.hasFragment())
                return tr("--redirect-uri \"%1\" must be an absolute URI without a fragment")
                    .arg(value);
            first.redirectUris.append(uri);
        }
    }
    return QString();
}

QString SandboxOptions::readLifetimes(const QCommandLineParser &parser,
                                      nv::SandboxConfig *config) const
{
    bool ok = false;
    config->codeTtlSeconds = parser.value(codeTtl).toInt(&ok);
    if (!ok || config->codeTtlSeconds <= 0)
        return tr("--code-ttl must be a positive number of seconds");
    config->tokenTtlSeconds = parser.value(tokenTtl).toInt(&ok);
    if (!ok || config->tokenTtlSeconds <= 0)
        return tr("--token-ttl must be a positive number of seconds");
    if (!parseNonNegative(parser.value(earlyExpiry), &config->earlyExpirySeconds) ||
        config->earlyExpirySeconds == 0)
        return tr("--early-expiry must be a positive number of seconds");
    if (!parseNonNegative(parser.value(retryAfter), &config->retryAfterSeconds))
        return tr("--retry-after must be a number of seconds >= 0");
    config->singleUseTokens = parser.isSet(singleUse);
    config->testClockEndpoint = parser.isSet(testClockEndpoint);
    return QString();
}

QString SandboxOptions::readBehaviour(const QCommandLineParser &parser,
                                      nv::SandboxConfig *config) const
{
    config->scenario = parser.value(scenario);
    if (!nv::SandboxScenario::fromId(config->scenario)) {
        QStringList ids;
        for (const nv::SandboxScenario &known : nv::SandboxScenario::all())
            ids.append(known.id);
        return tr("unknown --scenario \"%1\"; one of: %2")
            .arg(config->scenario, ids.join(QLatin1String(", ")));
    }
    if (parser.isSet(delay)) {
        if (!parseNonNegative(parser.value(delay), &config->hopDelayMs))
            return tr("--delay-ms must be a number of milliseconds >= 0");
        config->callDelayMs = config->hopDelayMs;
    }
    if (parser.isSet(hopDelay) && !parseNonNegative(parser.value(hopDelay), &config->hopDelayMs))
        return tr("--hop-delay-ms must be a number of milliseconds >= 0");
    if (parser.isSet(callDelay) && !parseNonNegative(parser.value(callDelay), &config->callDelayMs))
        return tr("--call-delay-ms must be a number of milliseconds >= 0");
    return QString();
}

QString SandboxOptions::readConnections(const QCommandLineParser &parser,
                                        nv::SandboxConfig *config) const
{
    if (!parseNonNegative(parser.value(headerTimeout), &config->headerTimeoutMs) ||
        config->headerTimeoutMs == 0)
        return tr("--header-timeout-ms must be a positive number of milliseconds");
    if (!parseNonNegative(parser.value(idleTimeout), &config->idleTimeoutMs) ||
        config->idleTimeoutMs == 0)
        return tr("--idle-timeout-ms must be a positive number of milliseconds");
    if (!parseNonNegative(parser.value(maxConnections), &config->maxConnections) ||
        config->maxConnections == 0)
        return tr("--max-connections must be a positive number");
    return QString();
}

QString SandboxOptions::readClients(const QCommandLineParser &parser,
                                    nv::SandboxConfig *config) const
{
    for (const QString &spec : parser.values(client)) {
        nv::SandboxClient extra;
        const QString problem = ClientSpec::parse(spec, &extra);
        if (!problem.isEmpty())
            return problem;
        if (config->findClient(extra.id))
            return tr("--client %1 is registered twice").arg(extra.id);
        config->clients.append(extra);
    }
    return QString();
}
