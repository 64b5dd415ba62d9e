#include "AuthorizationServer.h"

#include "ConsentPage.h"
#include "SandboxConfig.h"
#include "SandboxPaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace nv {

using namespace sandboxhttp;

namespace {
const QString ResponseTypeCode = QStringLiteral("code");

bool isPkceString(const QString &value)
{
    // RFC 7636 4.1/4.2: 43 to 128 unreserved characters, for verifier and challenge alike.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return pattern.match(value).hasMatch();
}

QStringList splitScope(const QString &scope)
{
    QStringList scopes;
    for (const QString &item : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopes.contains(item))
            scopes.append(item);
    }
    return scopes;
}

QString basicDecode(const QByteArray &part)
{
    // RFC 6749 2.3.1: id and secret are form-encoded before they are joined and base64'd.
    return formDecode(part);
}

const QRegularExpression &e164()
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{4,14}$"));
    return pattern;
}

// CAMARA login_hint forms. Returns an error description, or an empty string when acceptable;
// *number receives the E.164 number of a tel: hint.
QString checkLoginHint(const QString &hint, QString *number)
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
    if (hint.startsWith(QLatin1String("ipport:"))) {
        QString value = hint.mid(7);
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
        } else {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon >= 0) {
                host = value.left(colon);
                port = value.mid(colon + 1);
            }
            if (QHostAddress(host).protocol() != QAbstractSocket::IPv4Protocol)
                return QStringLiteral("login_hint ipport: \"%1\" is not an IPv4 address (write "
                                      "IPv6 as [address]:port)")
                    .arg(host);
        }
        if (!port.isNull()) {
            bool ok = false;
            const uint p = port.toUInt(&ok);
            if (!ok || p == 0 || p > 65535)
                return QStringLiteral("login_hint ipport: port must be 1 to 65535");
        }
        return QString();
    }
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

QHttpServerResponse invalidClient(const QString &description, bool basicUsed)
{
    QHttpServerResponse response =
        oauthError(Status::Unauthorized, QStringLiteral("invalid_client"), description);
    if (basicUsed)
        response.setHeader("WWW-Authenticate", "Basic realm=\"nv-sandbox\", charset=\"UTF-8\"");
    return response;
}
} // namespace

AuthorizationServer::AuthorizationServer(const SandboxConfig &config, GrantRegistry &registry)
    : m_config(config)
    , m_registry(registry)
    , m_subjectSalt(GrantRegistry::randomToken(32).toLatin1())
{}

void AuthorizationServer::setIssuer(const QUrl &issuer)
{
    m_issuer = issuer;
}

void AuthorizationServer::prepareSigningKey()
{
    m_signer.keyId();
}

QString AuthorizationServer::requiredScope()
{
    return QStringLiteral("number-verification:verify");
}

SandboxScenario::Kind AuthorizationServer::timingScenario(const GrantRegistry::Grant &grant) const
{
    return grant.scenarioPinned ? grant.scenario : m_config.scenarioKind();
}

SandboxReply AuthorizationServer::timed(QHttpServerResponse &&response,
                                        SandboxScenario::Kind kind) const
{
    return SandboxReply(std::move(response), m_config.delayMs(kind, false),
                        kind == SandboxScenario::Kind::Unreachable);
}

SandboxReply AuthorizationServer::authorize(const QHttpServerRequest &request)
{
    // OpenID Connect lets /authorize take a form POST as well as a GET.
    FormParams params;
    if (request.method() == QHttpServerRequest::Method::Post) {
        if (mediaType(request) != "application/x-www-form-urlencoded")
            return htmlPage(Status::BadRequest, QStringLiteral("Invalid request"),
                            QStringLiteral("A POST to the authorization endpoint must be "
                                           "application/x-www-form-urlencoded."));
        params = parseForm(request.body());
    } else {
        params = parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    }
    const QStringList repeated = repeatedNames(params);

    // A test number in login_hint selects its scenario for this whole flow, before anything
    // else: an unreachable or slow operator is so from the first hop.
    QString hintedNumber;
    const QString loginHintError =
        checkLoginHint(formValue(params, QStringLiteral("login_hint")), &hintedNumber);
    const std::optional<SandboxScenario::Kind> pinned =
        SandboxScenario::forTestNumber(hintedNumber);
    const SandboxScenario::Kind kind = pinned ? *pinned : m_config.scenarioKind();
    const auto reply = [&](QHttpServerResponse &&response) {
        return timed(std::move(response), kind);
    };

    // Until client and redirect URI are known to belong together, redirecting would turn the
    // sandbox into an open redirector: those errors are shown as a page (RFC 6749 4.1.2.1).
    const QString clientId = formValue(params, QStringLiteral("client_id"));
    const QString redirectUri = formValue(params, QStringLiteral("redirect_uri"));
    const auto errorPage = [&](const QString &message) {
        return reply(
            htmlPage(Status::BadRequest, QStringLiteral("Authorization request refused"), message));
    };
    if (repeated.contains(QStringLiteral("client_id")) ||
        repeated.contains(QStringLiteral("redirect_uri")))
        return errorPage(QStringLiteral("client_id and redirect_uri must appear only once."));
    if (clientId.isEmpty())
        return errorPage(QStringLiteral("The client_id parameter is missing."));
    const SandboxClient *client = m_config.findClient(clientId);
    if (!client)
        return errorPage(QStringLiteral("Unknown client_id \"%1\".").arg(clientId));
    if (redirectUri.isEmpty())
        return errorPage(QStringLiteral("The redirect_uri parameter is missing."));
    const bool registered = std::any_of(
        client->redirectUris.cbegin(), client->redirectUris.cend(),
        [&](const QUrl &uri) { return uri.toString(QUrl::FullyEncoded) == redirectUri; });
    if (!registered)
        return errorPage(QStringLiteral("The redirect_uri \"%1\" is not registered for client "
                                        "\"%2\". Redirect URIs must match exactly.")
                             .arg(redirectUri, clientId));

    const QString state = formValue(params, QStringLiteral("state"));
    const QUrl target(redirectUri);
    const auto fail = [&](const QString &error, const QString &description) {
        FormParams out{{QStringLiteral("error"), error},
                       {QStringLiteral("error_description"), description}};
        if (hasParam(params, QStringLiteral("state")))
            out.append({QStringLiteral("state"), state});
        return reply(redirect(Status::Found, withQuery(target, out)));
    };

    if (!repeated.isEmpty())
        return fail(
            QStringLiteral("invalid_request"),
            QStringLiteral("parameter repeated: %1").arg(repeated.join(QLatin1String(", "))));
    const QString responseType = formValue(params, QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("response_type is missing"));
    if (responseType != ResponseTypeCode)
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("only response_type=code is supported"));

    const QStringList scopes = splitScope(formValue(params, QStringLiteral("scope")));
    if (!scopes.contains(requiredScope()))
        return fail(QStringLiteral("invalid_scope"),
                    QStringLiteral("scope must include %1").arg(requiredScope()));

    QString challenge = formValue(params, QStringLiteral("code_challenge"));
    QString challengeMethod = formValue(params, QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty() && challengeMethod.isEmpty())
        challengeMethod = QStringLiteral("plain"); // RFC 7636 4.3 default
    if (challenge.isEmpty() && hasParam(params, QStringLiteral("code_challenge_method")))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("code_challenge_method given without code_challenge"));
    if (!challenge.isEmpty()) {
        if (challengeMethod != QLatin1String("S256") && challengeMethod != QLatin1String("plain"))
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("code_challenge_method must be S256 or plain"));
        if (!isPkceString(challenge))
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("code_challenge must be 43 to 128 characters of "
                                       "[A-Za-z0-9-._~]"));
    }

    const QStringList prompt = splitScope(formValue(params, QStringLiteral("prompt")));
    if (prompt.contains(QStringLiteral("none")) && prompt.size() > 1)
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("prompt=none cannot be combined with other values"));
    for (const QString &value : prompt) {
        static const QStringList known{QStringLiteral("none"), QStringLiteral("login"),
                                       QStringLiteral("consent"), QStringLiteral("select_account")};
        if (!known.contains(value))
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("unknown prompt value \"%1\"; use none, login, consent "
                                       "or select_account")
                            .arg(value));
    }
    if (!loginHintError.isEmpty())
        return fail(QStringLiteral("invalid_request"), loginHintError);
    // Any other login_hint (tel: of a real number, ipport:, operatortoken:) and konera_context
    // are only hints: the "network" identifies the subscriber, as a real operator does from the
    // source IP.

    GrantRegistry::Session session;
    session.grant.clientId = clientId;
    session.grant.redirectUri = redirectUri;
    session.grant.scopes = scopes;
    session.grant.nonce = formValue(params, QStringLiteral("nonce"));
    session.grant.codeChallenge = challenge;
    session.grant.codeChallengeMethod = challenge.isEmpty() ? QString() : challengeMethod;
    session.grant.scenario = kind;
    session.grant.scenarioPinned = pinned.has_value();
    if (pinned)
        session.grant.msisdn = hintedNumber;
    // prompt=consent asks for the consent page whatever the scenario.
    session.awaitingConsent = prompt.contains(QStringLiteral("consent"));
    session.state = state;
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
    return reply(std::move(response));
}

QHttpServerResponse AuthorizationServer::finishLogin(const GrantRegistry::Session &session,
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

SandboxReply AuthorizationServer::networkLogin(const QHttpServerRequest &request)
{
    const FormParams params = parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    std::optional<GrantRegistry::Session> session =
        m_registry.takeSession(formValue(params, QStringLiteral("session")));
    if (!session)
        return timed(htmlPage(Status::BadRequest, QStringLiteral("Login session not found"),
                              QStringLiteral("This network login session is unknown, expired "
                                             "or already used. Start again from the "
                                             "authorization endpoint.")),
                     m_config.scenarioKind());
    const SandboxScenario::Kind timing = timingScenario(session->grant);
    const auto deny = [&](const QString &description) {
        return timed(
            finishLogin(*session, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                   {QStringLiteral("error_description"), description}}),
            timing);
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
    grant.authTimeSecs = QDateTime::currentSecsSinceEpoch();

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

SandboxReply AuthorizationServer::consent(const QHttpServerRequest &request)
{
    const bool answering = request.method() == QHttpServerRequest::Method::Post;
    FormParams params;
    if (answering) {
        if (mediaType(request) != "application/x-www-form-urlencoded")
            return timed(htmlPage(Status::UnsupportedMediaType, QStringLiteral("Invalid request"),
                                  QStringLiteral("The consent form posts "
                                                 "application/x-www-form-urlencoded.")),
                         m_config.scenarioKind());
        params = parseForm(request.body());
    } else {
        params = parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    }
    const QString sessionId = formValue(params, QStringLiteral("session"));
    std::optional<GrantRegistry::Session> session =
        answering ? m_registry.takeSession(sessionId) : m_registry.peekSession(sessionId);
    if (!session || !session->awaitingConsent)
        return timed(htmlPage(Status::BadRequest, QStringLiteral("Consent session not found"),
                              QStringLiteral("This consent request is unknown, expired or "
                                             "already answered. Start again from the "
                                             "authorization endpoint.")),
                     m_config.scenarioKind());
    const SandboxScenario::Kind timing = timingScenario(session->grant);
    const QByteArray presented = cookie(request, session->cookieName);
    if (presented.isEmpty() || presented != session->cookieSecret) {
        // The form may only be answered by the browser that started the login; a forged POST
        // from elsewhere ends the login.
        if (!answering)
            m_registry.takeSession(sessionId);
        return timed(
            finishLogin(*session, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                   {QStringLiteral("error_description"),
                                    QStringLiteral("session cookie missing or wrong on the "
                                                   "consent page")}}),
            timing);
    }
    if (!answering) {
        ConsentPage page{sessionId, session->grant.clientId, session->grant.scopes,
                         session->grant.msisdn, sandboxpaths::consent()};
        return timed(page.render(), timing);
    }
    const QString decision = formValue(params, QStringLiteral("decision"));
    if (decision == QLatin1String("allow"))
        return timed(finishLogin(*session,
                                 {{QStringLiteral("code"),
                                   m_registry.issueCode(session->grant, m_config.codeTtlSeconds)}}),
                     timing);
    if (decision == QLatin1String("deny"))
        return timed(
            finishLogin(*session, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                   {QStringLiteral("error_description"),
                                    QStringLiteral("the user refused consent")}}),
            timing);
    return timed(
        finishLogin(*session, {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                               {QStringLiteral("error_description"),
                                QStringLiteral("decision must be allow or deny")}}),
        timing);
}

QString AuthorizationServer::tokenEndpoint() const
{
    QUrl url = m_issuer;
    url.setPath(sandboxpaths::token());
    return url.toString();
}

std::variant<AuthorizationServer::Client, QHttpServerResponse>
AuthorizationServer::authenticateClient(const QHttpServerRequest &request, const FormParams &params)
{
    // Exactly one method: client_secret_basic, client_secret_post or private_key_jwt.
    const QByteArray authorization = header(request, "authorization");
    const bool basicUsed = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    const bool assertionUsed = hasParam(params, QStringLiteral("client_assertion")) ||
                               hasParam(params, QStringLiteral("client_assertion_type"));
    const bool postUsed = hasParam(params, QStringLiteral("client_secret"));
    if (int(basicUsed) + int(assertionUsed) + int(postUsed) > 1)
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("use one client authentication method: HTTP Basic, "
                                         "client_secret in the body or client_assertion, not "
                                         "several"));
    if (!authorization.isEmpty() && !basicUsed)
        return invalidClient(QStringLiteral("unsupported Authorization scheme; use Basic, "
                                            "client_secret in the body or private_key_jwt"),
                             false);

    QString clientId;
    if (assertionUsed) {
        if (formValue(params, QStringLiteral("client_assertion_type")) !=
            ClientAssertionVerifier::assertionType())
            return invalidClient(QStringLiteral("client_assertion_type must be %1")
                                     .arg(ClientAssertionVerifier::assertionType()),
                                 false);
        const QByteArray assertion =
            formValue(params, QStringLiteral("client_assertion")).toLatin1();
        clientId = ClientAssertionVerifier::unverifiedIssuer(assertion);
        if (hasParam(params, QStringLiteral("client_id")) &&
            formValue(params, QStringLiteral("client_id")) != clientId)
            return invalidClient(QStringLiteral("client_id differs from the client_assertion "
                                                "issuer"),
                                 false);
        const SandboxClient *client = m_config.findClient(clientId);
        if (!client)
            return invalidClient(QStringLiteral("client authentication failed: unknown client "
                                                "\"%1\" in client_assertion")
                                     .arg(clientId),
                                 false);
        const QUrl issuer = m_issuer;
        const std::optional<QString> problem = m_assertions.verify(
            assertion, *client,
            {tokenEndpoint(), issuer.toString(), issuer.toString() + QLatin1Char('/')});
        if (problem)
            return invalidClient(*problem, false);
        return Client{client, false};
    }

    QString clientSecret;
    if (basicUsed) {
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (!decoded || colon < 0)
            return invalidClient(QStringLiteral("malformed HTTP Basic credentials"), true);
        clientId = basicDecode(decoded.decoded.left(colon));
        clientSecret = basicDecode(decoded.decoded.mid(colon + 1));
        if (hasParam(params, QStringLiteral("client_id")) &&
            formValue(params, QStringLiteral("client_id")) != clientId)
            return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                              QStringLiteral("client_id in the body differs from the HTTP Basic "
                                             "credentials"));
    } else {
        clientId = formValue(params, QStringLiteral("client_id"));
        clientSecret = formValue(params, QStringLiteral("client_secret"));
        if (clientId.isEmpty() || !postUsed)
            return invalidClient(QStringLiteral("client authentication missing: send "
                                                "client_id and client_secret, HTTP Basic, or "
                                                "a client_assertion"),
                                 false);
    }
    const SandboxClient *client = m_config.findClient(clientId);
    if (!client)
        return invalidClient(QStringLiteral("client authentication failed: unknown client_id"),
                             basicUsed);
    if (client->secret.isEmpty())
        return invalidClient(QStringLiteral("client \"%1\" authenticates with private_key_jwt "
                                            "only")
                                 .arg(clientId),
                             basicUsed);
    if (client->secret != clientSecret)
        return invalidClient(QStringLiteral("client authentication failed: wrong secret"),
                             basicUsed);
    return Client{client, basicUsed};
}

SandboxReply AuthorizationServer::token(const QHttpServerRequest &request)
{
    const SandboxScenario::Kind current = m_config.scenarioKind();
    if (mediaType(request) != "application/x-www-form-urlencoded")
        return timed(oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                                QStringLiteral("the token request must be "
                                               "application/x-www-form-urlencoded")),
                     current);
    const FormParams params = parseForm(request.body());
    const QStringList repeated = repeatedNames(params);
    if (!repeated.isEmpty())
        return timed(
            oauthError(
                Status::BadRequest, QStringLiteral("invalid_request"),
                QStringLiteral("parameter repeated: %1").arg(repeated.join(QLatin1String(", ")))),
            current);

    auto authenticated = authenticateClient(request, params);
    if (auto *refused = std::get_if<QHttpServerResponse>(&authenticated))
        return timed(std::move(*refused), current);
    const SandboxClient &client = *std::get<Client>(authenticated).client;

    const QString grantType = formValue(params, QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return timed(oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                                QStringLiteral("grant_type is missing")),
                     current);
    GrantRegistry::Grant grant;
    grant.scenario = current;
    if (grantType == QLatin1String("authorization_code")) {
        QHttpServerResponse response = authorizationCodeGrant(client, params, &grant);
        return timed(std::move(response), timingScenario(grant));
    }
    if (grantType == QLatin1String("refresh_token")) {
        QHttpServerResponse response = refreshTokenGrant(client, params, &grant);
        return timed(std::move(response), timingScenario(grant));
    }
    return timed(oauthError(Status::BadRequest, QStringLiteral("unsupported_grant_type"),
                            QStringLiteral("grant_type %1 is not supported; use "
                                           "authorization_code or refresh_token")
                                .arg(grantType)),
                 current);
}

QHttpServerResponse AuthorizationServer::authorizationCodeGrant(const SandboxClient &client,
                                                                const FormParams &params,
                                                                GrantRegistry::Grant *found)
{
    const QString code = formValue(params, QStringLiteral("code"));
    if (code.isEmpty())
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("code is missing"));
    if (!hasParam(params, QStringLiteral("redirect_uri")))
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("redirect_uri is missing"));

    const auto invalidGrant = [](const QString &description) {
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"), description);
    };
    GrantRegistry::Grant grant;
    switch (m_registry.takeCode(code, &grant)) {
    case GrantRegistry::Lookup::Valid:
        break;
    case GrantRegistry::Lookup::Unknown:
        return invalidGrant(QStringLiteral("authorization code is unknown"));
    case GrantRegistry::Lookup::Expired:
        return invalidGrant(QStringLiteral("authorization code has expired (codes live %1 s)")
                                .arg(m_config.codeTtlSeconds));
    case GrantRegistry::Lookup::AlreadyRedeemed:
        return invalidGrant(QStringLiteral("authorization code has already been used; the "
                                           "tokens issued for it are now revoked"));
    case GrantRegistry::Lookup::Burnt:
        return invalidGrant(QStringLiteral("authorization code has already been used by a "
                                           "failed token request; start a new authorization"));
    }
    *found = grant;
    if (grant.clientId != client.id)
        return invalidGrant(QStringLiteral("authorization code was issued to another client"));
    if (formValue(params, QStringLiteral("redirect_uri")) != grant.redirectUri)
        return invalidGrant(
            QStringLiteral("redirect_uri does not match the one of the authorization request"));

    const QString verifier = formValue(params, QStringLiteral("code_verifier"));
    if (grant.codeChallenge.isEmpty()) {
        // OAuth 2.1 / RFC 9700: a verifier without a challenge is a downgrade attempt.
        if (hasParam(params, QStringLiteral("code_verifier")))
            return invalidGrant(QStringLiteral("code_verifier sent, but the authorization "
                                               "request carried no code_challenge"));
    } else {
        if (verifier.isEmpty())
            return invalidGrant(QStringLiteral("code_verifier is missing (the authorization "
                                               "request used PKCE)"));
        if (!isPkceString(verifier))
            return invalidGrant(QStringLiteral("code_verifier must be 43 to 128 characters of "
                                               "[A-Za-z0-9-._~]"));
        const QString expected =
            grant.codeChallengeMethod == QLatin1String("S256")
                ? QString::fromLatin1(
                      QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                : verifier;
        if (expected != grant.codeChallenge)
            return invalidGrant(QStringLiteral("code_verifier does not match the code_challenge "
                                               "(method %1)")
                                    .arg(grant.codeChallengeMethod));
    }
    // The "missing-scope" operator grants less than was asked for, and says so in "scope".
    if (grant.scenario == SandboxScenario::Kind::MissingScope) {
        grant.scopes.removeAll(requiredScope());
        *found = grant;
    }
    return issueTokens(grant, code, true);
}

QHttpServerResponse AuthorizationServer::refreshTokenGrant(const SandboxClient &client,
                                                           const FormParams &params,
                                                           GrantRegistry::Grant *found)
{
    const QString refreshToken = formValue(params, QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is missing"));
    GrantRegistry::Grant grant;
    const GrantRegistry::Lookup lookup = m_registry.takeRefreshToken(refreshToken, &grant);
    if (lookup != GrantRegistry::Lookup::Valid)
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                          lookup == GrantRegistry::Lookup::Expired
                              ? QStringLiteral("refresh token has expired")
                              : QStringLiteral("refresh token is unknown or already used"));
    *found = grant;
    if (grant.clientId != client.id)
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"),
                          QStringLiteral("refresh token was issued to another client"));
    if (hasParam(params, QStringLiteral("scope"))) {
        const QStringList asked = splitScope(formValue(params, QStringLiteral("scope")));
        for (const QString &scope : asked) {
            if (!grant.scopes.contains(scope))
                return oauthError(Status::BadRequest, QStringLiteral("invalid_scope"),
                                  QStringLiteral("scope %1 was not granted originally").arg(scope));
        }
        grant.scopes = asked;
    }
    return issueTokens(grant, QString(), false);
}

QHttpServerResponse AuthorizationServer::issueTokens(const GrantRegistry::Grant &grant,
                                                     const QString &fromCode, bool withIdToken)
{
    using Kind = SandboxScenario::Kind;
    // The next CAMARA rule: one call per token, at most 300 s, no refresh token.
    const bool singleUse = m_config.singleUseTokens || grant.scenario == Kind::SingleUseToken;
    const int advertised =
        singleUse ? qMin(m_config.tokenTtlSeconds, 300) : m_config.tokenTtlSeconds;
    const int actual = grant.scenario == Kind::TokenExpiresEarly
                           ? qMin(advertised, m_config.earlyExpirySeconds)
                           : advertised;
    const QString accessToken = m_registry.issueAccessToken(grant, actual, fromCode, singleUse);
    QJsonObject body{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), advertised},
                     {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))}};

    if (withIdToken && grant.scopes.contains(QStringLiteral("openid"))) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims{
            {QStringLiteral("iss"), m_issuer.toString()},
            {QStringLiteral("sub"), subjectFor(grant.clientId, grant.msisdn)},
            {QStringLiteral("aud"), grant.clientId},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + advertised},
            {QStringLiteral("auth_time"), grant.authTimeSecs},
        };
        // "nba": network-based authentication. A login that did not come over the mobile
        // network has no such evidence, and the claim says nothing rather than lie.
        if (grant.scenario != Kind::NotOnMobileNetwork)
            claims.insert(QStringLiteral("amr"), QJsonArray{QStringLiteral("nba")});
        if (!grant.nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), grant.nonce);
        const QByteArray idToken = m_signer.sign(claims);
        if (idToken.isEmpty())
            return oauthError(Status::InternalServerError, QStringLiteral("server_error"),
                              QStringLiteral("could not sign the ID token"));
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken));
    }

    QString refreshToken;
    if (grant.scopes.contains(QStringLiteral("offline_access")) && !singleUse) {
        refreshToken = m_registry.issueRefreshToken(grant, m_config.refreshTokenTtlSeconds);
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    if (!fromCode.isEmpty())
        m_registry.recordRedemption(fromCode, accessToken, refreshToken);

    QHttpServerResponse response = json(body);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

QString AuthorizationServer::subjectFor(const QString &clientId, const QString &msisdn) const
{
    // Pairwise and keyed: a client cannot read the number from sub, nor correlate with another.
    const QByteArray mac = QMessageAuthenticationCode::hash(
        clientId.toUtf8() + '\n' + msisdn.toUtf8(), m_subjectSalt, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.left(18).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SandboxReply AuthorizationServer::jwks(const QHttpServerRequest &)
{
    const QJsonObject keys = m_signer.jwks();
    if (keys.isEmpty())
        return timed(oauthError(Status::InternalServerError, QStringLiteral("server_error"),
                                QStringLiteral("signing key unavailable")),
                     m_config.scenarioKind());
    return timed(json(keys), m_config.scenarioKind());
}

SandboxReply AuthorizationServer::discovery(const QHttpServerRequest &)
{
    const auto at = [this](const QString &path) {
        QUrl url = m_issuer;
        url.setPath(path);
        return url.toString();
    };
    return timed(
        json(QJsonObject{
            {QStringLiteral("issuer"), m_issuer.toString()},
            {QStringLiteral("authorization_endpoint"), at(sandboxpaths::authorize())},
            {QStringLiteral("token_endpoint"), at(sandboxpaths::token())},
            {QStringLiteral("jwks_uri"), at(sandboxpaths::jwks())},
            {QStringLiteral("response_types_supported"), QJsonArray{ResponseTypeCode}},
            {QStringLiteral("grant_types_supported"),
             QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
            {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
            {QStringLiteral("id_token_signing_alg_values_supported"),
             QJsonArray{QStringLiteral("RS256")}},
            {QStringLiteral("token_endpoint_auth_methods_supported"),
             QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic"),
                        QStringLiteral("private_key_jwt")}},
            {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
             QJsonArray{QStringLiteral("RS256")}},
            {QStringLiteral("prompt_values_supported"),
             QJsonArray{QStringLiteral("none"), QStringLiteral("login"), QStringLiteral("consent"),
                        QStringLiteral("select_account")}},
            {QStringLiteral("claims_supported"),
             QJsonArray{QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"),
                        QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("auth_time"),
                        QStringLiteral("nonce"), QStringLiteral("amr")}},
            {QStringLiteral("code_challenge_methods_supported"),
             QJsonArray{QStringLiteral("S256"), QStringLiteral("plain")}},
            {QStringLiteral("scopes_supported"),
             QJsonArray{QStringLiteral("openid"), requiredScope(),
                        QStringLiteral("number-verification:device-phone-number:read"),
                        QStringLiteral("offline_access")}},
            {QStringLiteral("amr_values_supported"), QJsonArray{QStringLiteral("nba")}},
        }),
        m_config.scenarioKind());
}

} // namespace nv
