#include "AuthorizeEndpoint.h"

#include "ConsentPage.h"
#include "OAuthErrors.h"
#include "SandboxConfig.h"
#include "SandboxPaths.h"
#include "VerifyApi.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace nv {

using namespace sandboxhttp;

namespace {
const QString ResponseTypeCode = QStringLiteral("code");
// The pages' texts (PageLanguage): the browser's language, not the process's.
constexpr char Context[] = "nv::AuthorizeEndpoint";

bool isPkceString(const QString &value)
{
    // RFC 7636 4.1/4.2: 43 to 128 unreserved characters, for verifier and challenge alike.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return pattern.match(value).hasMatch();
}

QStringList splitWords(const QString &text)
{
    QStringList words;
    for (const QString &item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!words.contains(item))
            words.append(item);
    }
    return words;
}

const QRegularExpression &e164()
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{4,14}$"));
    return pattern;
}

QString checkPort(const QString &port)
{
    if (port.isNull())
        return QString();
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return QStringLiteral("login_hint ipport: port must be 1 to 65535");
    return QString();
}

// "ipport:" followed by IPv4[:port] or [IPv6][:port].
QString checkIpPort(const QString &value)
{
    QString host = value;
    QString port;
    if (value.startsWith(QLatin1Char('['))) {
        const qsizetype close = value.indexOf(QLatin1Char(']'));
        if (close < 0)
            return QStringLiteral("login_hint ipport: IPv6 address lacks its closing ]");
        host = value.mid(1, close - 1);
        const QString rest = value.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return QStringLiteral("login_hint ipport: expected :port after ]");
            port = rest.mid(1);
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return QStringLiteral("login_hint ipport: \"%1\" is not an IPv6 address").arg(host);
        return checkPort(port);
    }
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = value.left(colon);
        port = value.mid(colon + 1);
    }
    if (QHostAddress(host).protocol() != QAbstractSocket::IPv4Protocol)
        return QStringLiteral("login_hint ipport: \"%1\" is not an IPv4 address (write IPv6 as "
                              "[address]:port)")
            .arg(host);
    return checkPort(port);
}

std::optional<QString> checkPkce(const FormParams &params, const SandboxClient &client)
{
    const QString challenge = formValue(params, QStringLiteral("code_challenge"));
    QString method = formValue(params, QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty() && hasParam(params, QStringLiteral("code_challenge_method")))
        return QStringLiteral("code_challenge_method given without code_challenge");
    if (!challenge.isEmpty()) {
        if (method.isEmpty())
            method = QStringLiteral("plain"); // RFC 7636 4.3 default
        if (method != QLatin1String("S256") && method != QLatin1String("plain"))
            return QStringLiteral("code_challenge_method must be S256 or plain");
        if (!isPkceString(challenge))
            return QStringLiteral("code_challenge must be 43 to 128 characters of "
                                  "[A-Za-z0-9-._~]");
    }
    if (client.requirePkce && (challenge.isEmpty() || method != QLatin1String("S256")))
        return QStringLiteral("client \"%1\" is registered to require PKCE: send "
                              "code_challenge with code_challenge_method=S256")
            .arg(client.id);
    return std::nullopt;
}

std::optional<QString> checkPrompt(const FormParams &params)
{
    static const QStringList known{QStringLiteral("none"), QStringLiteral("login"),
                                   QStringLiteral("consent"), QStringLiteral("select_account")};
    const QStringList prompt = splitWords(formValue(params, QStringLiteral("prompt")));
    if (prompt.contains(QStringLiteral("none")) && prompt.size() > 1)
        return QStringLiteral("prompt=none cannot be combined with other values");
    for (const QString &value : prompt) {
        if (!known.contains(value))
            return QStringLiteral("unknown prompt value \"%1\"; use none, login, consent or "
                                  "select_account")
                .arg(value);
    }
    return std::nullopt;
}
} // namespace

AuthorizeEndpoint::AuthorizeEndpoint(const SandboxConfig &config, GrantRegistry &registry)
    : m_config(config)
    , m_registry(registry)
{}

QString AuthorizeEndpoint::checkLoginHint(const QString &hint, QString *number)
{
    if (hint.isEmpty())
        return QString();
    if (hint.startsWith(QLatin1String("tel:"))) {
        const QString value = hint.mid(4);
        if (!e164().match(value).hasMatch())
            return QStringLiteral("login_hint tel: must be followed by an E.164 number such as "
                                  "+34666666666 (send the plus as %2B)");
        *number = value;
        return QString();
    }
    if (hint.startsWith(QLatin1String("ipport:")))
        return checkIpPort(hint.mid(7));
    if (hint.startsWith(QLatin1String("operatortoken:")) && hint.size() > 14)
        return QString();
    // Some clients send the bare number; accept it the way tel: is accepted.
    if (e164().match(hint).hasMatch()) {
        *number = hint;
        return QString();
    }
    return QStringLiteral("login_hint must be tel:+<E.164>, ipport:<address>[:port] or "
                          "operatortoken:<token>");
}

SandboxScenario::Kind AuthorizeEndpoint::timingScenario(const GrantRegistry::Grant &grant) const
{
    return grant.scenarioPinned ? grant.scenario : m_config.scenarioKind();
}

SandboxReply AuthorizeEndpoint::timed(QHttpServerResponse &&response,
                                      SandboxScenario::Kind kind) const
{
    return SandboxReply::timed(std::move(response), m_config, kind, false);
}

std::optional<QString> AuthorizeEndpoint::checkClient(const FormParams &params,
                                                      const QStringList &repeated,
                                                      const SandboxClient **found,
                                                      const PageLanguage &language) const
{
    const auto text = [&language](const char *source) { return language.text(Context, source); };
    const QString clientId = formValue(params, QStringLiteral("client_id"));
    const QString redirectUri = formValue(params, QStringLiteral("redirect_uri"));
    if (repeated.contains(QStringLiteral("client_id")) ||
        repeated.contains(QStringLiteral("redirect_uri")))
        return text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint",
                                      "client_id and redirect_uri must appear only once."));
    if (clientId.isEmpty())
        return text(
            QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint", "The client_id parameter is missing."));
    const SandboxClient *client = m_config.findClient(clientId);
    if (!client)
        return text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint", "Unknown client_id \"%1\"."))
            .arg(clientId);
    if (redirectUri.isEmpty())
        return text(
            QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint", "The redirect_uri parameter is missing."));
    const bool registered = std::any_of(
        client->redirectUris.cbegin(), client->redirectUris.cend(),
        [&](const QUrl &uri) { return uri.toString(QUrl::FullyEncoded) == redirectUri; });
    if (!registered)
        return text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint",
                                      "The redirect_uri \"%1\" is not registered for client "
                                      "\"%2\". Redirect URIs must match exactly."))
            .arg(redirectUri, clientId);
    *found = client;
    return std::nullopt;
}

std::optional<AuthorizeEndpoint::Refusal>
AuthorizeEndpoint::checkRequest(const FormParams &params, const QStringList &repeated,
                                const SandboxClient &client) const
{
    if (!repeated.isEmpty())
        return Refusal{
            oauth::InvalidRequest,
            QStringLiteral("parameter repeated: %1").arg(repeated.join(QLatin1String(", ")))};
    const QString responseType = formValue(params, QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return Refusal{oauth::InvalidRequest, QStringLiteral("response_type is missing")};
    if (responseType != ResponseTypeCode)
        return Refusal{oauth::UnsupportedResponseType,
                       QStringLiteral("only response_type=code is supported")};
    const QStringList scopes = splitWords(formValue(params, QStringLiteral("scope")));
    if (!scopes.contains(VerifyApi::verifyScope()))
        return Refusal{oauth::InvalidScope,
                       QStringLiteral("scope must include %1").arg(VerifyApi::verifyScope())};
    if (const std::optional<QString> problem = checkPkce(params, client))
        return Refusal{oauth::InvalidRequest, *problem};
    if (const std::optional<QString> problem = checkPrompt(params))
        return Refusal{oauth::InvalidRequest, *problem};
    QString number;
    const QString hintError =
        checkLoginHint(formValue(params, QStringLiteral("login_hint")), &number);
    if (!hintError.isEmpty())
        return Refusal{oauth::InvalidRequest, hintError};
    return std::nullopt;
}

SandboxReply AuthorizeEndpoint::authorize(const QHttpServerRequest &request)
{
    // OpenID Connect lets /authorize take a form POST as well as a GET.
    FormParams params;
    const PageLanguage language(request);
    const auto text = [&language](const char *source) { return language.text(Context, source); };
    if (request.method() == QHttpServerRequest::Method::Post) {
        if (mediaType(request) != "application/x-www-form-urlencoded")
            return htmlPage(Status::BadRequest, language,
                            text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint", "Invalid request")),
                            text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint",
                                                   "A POST to the authorization endpoint must be "
                                                   "application/x-www-form-urlencoded.")));
        params = parseForm(request.body());
    } else {
        params = parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    }
    const QStringList repeated = repeatedNames(params);

    // A test number in login_hint selects its scenario for this whole flow, before anything
    // else: an unreachable or slow operator is so from the first hop.
    QString hintedNumber;
    checkLoginHint(formValue(params, QStringLiteral("login_hint")), &hintedNumber);
    const std::optional<SandboxScenario::Kind> pinned =
        SandboxScenario::forTestNumber(hintedNumber);
    const SandboxScenario::Kind kind = pinned ? *pinned : m_config.scenarioKind();

    // Until client and redirect URI are known to belong together, redirecting would turn the
    // sandbox into an open redirector: those errors are shown as a page (RFC 6749 4.1.2.1).
    const SandboxClient *client = nullptr;
    if (const std::optional<QString> problem = checkClient(params, repeated, &client, language))
        return timed(htmlPage(Status::BadRequest, language,
                              text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint",
                                                     "Authorization request refused")),
                              *problem),
                     kind);
    if (const std::optional<Refusal> refusal = checkRequest(params, repeated, *client)) {
        FormParams out{{QStringLiteral("error"), refusal->error},
                       {QStringLiteral("error_description"), refusal->description}};
        if (hasParam(params, QStringLiteral("state")))
            out.append({QStringLiteral("state"), formValue(params, QStringLiteral("state"))});
        const QUrl target(formValue(params, QStringLiteral("redirect_uri")));
        return timed(redirect(Status::Found, withQuery(target, out)), kind);
    }
    // Any other login_hint (tel: of a real number, ipport:, operatortoken:) and konera_context
    // are only hints: the "network" identifies the subscriber, as a real operator does from the
    // source IP.
    GrantRegistry::Session session;
    session.grant.scenario = kind;
    session.grant.scenarioPinned = pinned.has_value();
    if (pinned)
        session.grant.msisdn = hintedNumber;
    return timed(startLogin(request, params, std::move(session)), kind);
}

QHttpServerResponse AuthorizeEndpoint::startLogin(const QHttpServerRequest &request,
                                                  const FormParams &params,
                                                  GrantRegistry::Session session)
{
    const QString challenge = formValue(params, QStringLiteral("code_challenge"));
    const QString method = formValue(params, QStringLiteral("code_challenge_method"));
    session.grant.clientId = formValue(params, QStringLiteral("client_id"));
    session.grant.redirectUri = formValue(params, QStringLiteral("redirect_uri"));
    session.grant.scopes = splitWords(formValue(params, QStringLiteral("scope")));
    session.grant.nonce = formValue(params, QStringLiteral("nonce"));
    session.grant.codeChallenge = challenge;
    session.grant.codeChallengeMethod =
        challenge.isEmpty() ? QString() : (method.isEmpty() ? QStringLiteral("plain") : method);
    // prompt=consent asks for the consent page whatever the scenario.
    session.awaitingConsent =
        splitWords(formValue(params, QStringLiteral("prompt"))).contains(QStringLiteral("consent"));
    session.state = formValue(params, QStringLiteral("state"));
    session.hasState = hasParam(params, QStringLiteral("state"));
    session.cookieSecret = GrantRegistry::randomToken(24).toLatin1();
    // One cookie per login, so two flows running side by side in one browser do not clobber
    // each other's session.
    session.cookieName = "nvsbx_" + GrantRegistry::randomToken(9).toLatin1();
    const QString sessionId = m_registry.openSession(session);

    // Same scheme and authority the client used, so its cookie jar sends the cookie back.
    QUrl next = request.url();
    next.setPath(sandboxpaths::networkLogin());
    next.setFragment(QString());
    next = withQuery(next.adjusted(QUrl::RemoveQuery), {{QStringLiteral("session"), sessionId}});
    QHttpServerResponse response = redirect(Status::Found, next);
    response.addHeader("Set-Cookie", session.cookieName + '=' + session.cookieSecret +
                                         "; Path=/; Max-Age=120; HttpOnly; SameSite=Lax");
    return response;
}

QHttpServerResponse AuthorizeEndpoint::finishLogin(const GrantRegistry::Session &session,
                                                   const FormParams &outcome)
{
    FormParams out = outcome;
    if (session.hasState)
        out.append({QStringLiteral("state"), session.state});
    QHttpServerResponse response =
        redirect(Status::SeeOther, withQuery(QUrl(session.grant.redirectUri), out));
    response.addHeader("Set-Cookie", session.cookieName + "=; Path=/; Max-Age=0; HttpOnly; "
                                                          "SameSite=Lax");
    return response;
}

QHttpServerResponse AuthorizeEndpoint::denyLogin(const GrantRegistry::Session &session,
                                                 const QString &error, const QString &description)
{
    return finishLogin(session, {{QStringLiteral("error"), error},
                                 {QStringLiteral("error_description"), description}});
}

SandboxReply AuthorizeEndpoint::networkLogin(const QHttpServerRequest &request)
{
    const FormParams params = parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    std::optional<GrantRegistry::Session> session =
        m_registry.takeSession(formValue(params, QStringLiteral("session")));
    if (!session) {
        const PageLanguage language(request);
        return timed(htmlPage(Status::BadRequest, language,
                              language.text(Context, QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint",
                                                                       "Login session not found")),
                              language.text(Context, QT_TRANSLATE_NOOP(
                                                         "nv::AuthorizeEndpoint",
                                                         "This network login session is unknown, "
                                                         "expired or already used. Start again "
                                                         "from the authorization endpoint."))),
                     m_config.scenarioKind());
    }
    const SandboxScenario::Kind timing = timingScenario(session->grant);
    const auto deny = [&](const QString &description) {
        return timed(denyLogin(*session, oauth::AccessDenied, description), timing);
    };

    const QByteArray presented = cookie(request, session->cookieName);
    if (presented.isEmpty())
        return deny(QStringLiteral("session cookie missing: the client must keep the cookie set "
                                   "by the authorization endpoint and send it on the next hop"));
    if (presented != session->cookieSecret)
        return deny(QStringLiteral("session cookie does not match this login session"));

    // This is where a real operator maps the request's source IP to a subscription.
    GrantRegistry::Grant &grant = session->grant;
    if (grant.scenario == SandboxScenario::Kind::NotOnMobileNetworkDenied)
        return deny(QStringLiteral("the authorization request did not come over the "
                                   "subscriber's mobile data connection (Wi-Fi, VPN or fixed "
                                   "line): network-based authentication is impossible"));
    if (!grant.scenarioPinned)
        grant.msisdn = grant.scenario == SandboxScenario::Kind::Mismatch
                           ? SandboxScenario::mismatchLine(m_config.msisdn)
                           : m_config.msisdn;
    grant.authTimeSecs = m_config.clock->epochSeconds();

    if (session->awaitingConsent || grant.scenario == SandboxScenario::Kind::Consent) {
        session->awaitingConsent = true;
        const QString consentId = m_registry.openSession(*session);
        QUrl next = request.url();
        next.setPath(sandboxpaths::consent());
        next = withQuery(next.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment),
                         {{QStringLiteral("session"), consentId}});
        // The cookie stays: the consent form must come from the same browser.
        return timed(redirect(Status::SeeOther, next), timing);
    }
    return timed(finishLogin(*session, {{QStringLiteral("code"),
                                         m_registry.issueCode(grant, m_config.codeTtlSeconds)}}),
                 timing);
}

SandboxReply AuthorizeEndpoint::consent(const QHttpServerRequest &request)
{
    const bool answering = request.method() == QHttpServerRequest::Method::Post;
    const PageLanguage language(request);
    const auto text = [&language](const char *source) { return language.text(Context, source); };
    FormParams params;
    if (answering) {
        if (mediaType(request) != "application/x-www-form-urlencoded")
            return timed(
                htmlPage(Status::UnsupportedMediaType, language,
                         text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint", "Invalid request")),
                         text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint",
                                                "The consent form posts "
                                                "application/x-www-form-urlencoded."))),
                m_config.scenarioKind());
        params = parseForm(request.body());
    } else {
        params = parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    }
    const QString sessionId = formValue(params, QStringLiteral("session"));
    std::optional<GrantRegistry::Session> session =
        answering ? m_registry.takeSession(sessionId) : m_registry.peekSession(sessionId);
    if (!session || !session->awaitingConsent)
        return timed(
            htmlPage(Status::BadRequest, language,
                     text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint", "Consent session not found")),
                     text(QT_TRANSLATE_NOOP("nv::AuthorizeEndpoint",
                                            "This consent request is unknown, expired or already "
                                            "answered. Start again from the authorization "
                                            "endpoint."))),
            m_config.scenarioKind());
    const QByteArray presented = cookie(request, session->cookieName);
    if (presented.isEmpty() || presented != session->cookieSecret) {
        // The form may only be answered by the browser that started the login; a forged POST
        // from elsewhere ends the login.
        if (!answering)
            m_registry.takeSession(sessionId);
        return timed(denyLogin(*session, oauth::AccessDenied,
                               QStringLiteral("session cookie missing or wrong on the consent "
                                              "page")),
                     timingScenario(session->grant));
    }
    if (!answering) {
        ConsentPage page{sessionId, session->grant.clientId, session->grant.scopes,
                         session->grant.msisdn, sandboxpaths::consent()};
        return timed(page.render(language), timingScenario(session->grant));
    }
    return answerConsent(*session, formValue(params, QStringLiteral("decision")));
}

SandboxReply AuthorizeEndpoint::answerConsent(const GrantRegistry::Session &session,
                                              const QString &decision)
{
    const SandboxScenario::Kind timing = timingScenario(session.grant);
    if (decision == QLatin1String("allow"))
        return timed(
            finishLogin(session, {{QStringLiteral("code"),
                                   m_registry.issueCode(session.grant, m_config.codeTtlSeconds)}}),
            timing);
    if (decision == QLatin1String("deny"))
        return timed(
            denyLogin(session, oauth::AccessDenied, QStringLiteral("the user refused consent")),
            timing);
    return timed(
        denyLogin(session, oauth::InvalidRequest, QStringLiteral("decision must be allow or deny")),
        timing);
}

} // namespace nv
