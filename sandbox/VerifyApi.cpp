#include "VerifyApi.h"

#include "JsonDuplicateKeys.h"
#include "SandboxConfig.h"
#include "SandboxHttp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nv {

using namespace sandboxhttp;

namespace {
const QString PhoneNumberKey = QStringLiteral("phoneNumber");
const QString HashedPhoneNumberKey = QStringLiteral("hashedPhoneNumber");

QHttpServerResponse invalidArgument(const QString &message)
{
    return camaraError(Status::BadRequest, QStringLiteral("INVALID_ARGUMENT"), message);
}

QHttpServerResponse unauthenticated(const QByteArray &detail)
{
    QHttpServerResponse response = camaraError(
        Status::Unauthorized, QStringLiteral("UNAUTHENTICATED"),
        QStringLiteral(
            "Request not authenticated due to missing, invalid, or expired credentials."));
    // RFC 6750 3: tell a generic OAuth client what went wrong without a body parser.
    response.setHeader("WWW-Authenticate", "Bearer realm=\"nv-sandbox\"" + detail);
    return response;
}

QString shown(const QString &value)
{
    // Echo enough of a bad value to recognise it, never a whole 64 KiB body.
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}
} // namespace

VerifyApi::VerifyApi(const SandboxConfig &config, GrantRegistry &registry)
    : m_config(config)
    , m_registry(registry)
{}

QString VerifyApi::verifyScope()
{
    return QStringLiteral("number-verification:verify");
}

QString VerifyApi::devicePhoneNumberScope()
{
    return QStringLiteral("number-verification:device-phone-number:read");
}

SandboxReply VerifyApi::timed(QHttpServerResponse &&response, SandboxScenario::Kind kind) const
{
    SandboxReply reply = SandboxReply::timed(std::move(response), m_config, kind, true);
    // The correlator scenarios are the API's: they break the echo on its answers only.
    if (kind == SandboxScenario::Kind::CorrelatorMissing)
        reply.correlation = SandboxReply::Correlation::Omit;
    else if (kind == SandboxScenario::Kind::CorrelatorMismatch)
        reply.correlation = SandboxReply::Correlation::Alter;
    return reply;
}

std::optional<QHttpServerResponse> VerifyApi::scenarioRefusal(SandboxScenario::Kind operational,
                                                              SandboxScenario::Kind identity,
                                                              bool byTestNumber) const
{
    using Kind = SandboxScenario::Kind;
    const QByteArray retryAfter = QByteArray::number(m_config.retryAfterSeconds);
    switch (operational) {
    case Kind::RateLimited: {
        QHttpServerResponse response =
            camaraError(Status::TooManyRequests, QStringLiteral("TOO_MANY_REQUESTS"),
                        QStringLiteral("Rate limit reached: try again in %1 s.")
                            .arg(m_config.retryAfterSeconds));
        response.setHeader("Retry-After", retryAfter);
        return response;
    }
    case Kind::ServerError:
        return camaraError(Status::InternalServerError, QStringLiteral("INTERNAL"),
                           QStringLiteral("Server error."));
    case Kind::Unavailable: {
        QHttpServerResponse response =
            camaraError(Status::ServiceUnavailable, QStringLiteral("UNAVAILABLE"),
                        QStringLiteral("Service unavailable."));
        response.setHeader("Retry-After", retryAfter);
        return response;
    }
    default:
        break;
    }
    switch (identity) {
    case Kind::NotOnMobileNetwork:
    case Kind::NotOnMobileNetworkDenied:
        return camaraError(
            Status::Forbidden,
            QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK"),
            QStringLiteral("Client must authenticate via the mobile network to use this "
                           "service."));
    case Kind::MissingScope:
        return camaraError(Status::Forbidden, QStringLiteral("PERMISSION_DENIED"),
                           QStringLiteral("Client does not have sufficient permissions to "
                                          "perform this action."));
    case Kind::TokenExpiresEarly:
        // A flow in this scenario got a token that really expires early: it is refused by the
        // token check. A test number only stands for such a token.
        if (!byTestNumber)
            return std::nullopt;
        return unauthenticated(", error=\"invalid_token\", error_description=\"token expired\"");
    default:
        return std::nullopt;
    }
}

std::optional<QHttpServerResponse> VerifyApi::checkAccess(const QHttpServerRequest &request,
                                                          const QString &scope,
                                                          GrantRegistry::Grant *grant,
                                                          QString *tokenOut)
{
    const QByteArray correlator = header(request, "x-correlator");
    if (!correlator.isEmpty() && !isValidCorrelator(correlator))
        return invalidArgument(QStringLiteral("x-correlator must match "
                                              "^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$"));
    const QByteArray correlationId = header(request, "x-correlation-id");
    if (!correlationId.isEmpty() && !isValidCorrelator(correlationId))
        return invalidArgument(QStringLiteral("x-correlation-id must match "
                                              "^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$"));

    const QByteArray authorization = header(request, "authorization");
    if (authorization.isEmpty())
        return unauthenticated(QByteArray());
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return unauthenticated(", error=\"invalid_request\"");
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    *tokenOut = token;
    switch (m_registry.useAccessToken(token, grant)) {
    case GrantRegistry::Lookup::Valid:
        break;
    case GrantRegistry::Lookup::Expired:
        return unauthenticated(", error=\"invalid_token\", error_description=\"token expired\"");
    case GrantRegistry::Lookup::AlreadyRedeemed:
        return unauthenticated(", error=\"invalid_token\", error_description=\"single-use token "
                               "already used\"");
    default:
        return unauthenticated(", error=\"invalid_token\"");
    }
    if (!grant->scopes.contains(scope)) {
        QHttpServerResponse response = camaraError(
            Status::Forbidden, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("Client does not have sufficient permissions to perform this action."));
        response.setHeader("WWW-Authenticate", "Bearer realm=\"nv-sandbox\", "
                                               "error=\"insufficient_scope\", scope=\"" +
                                                   scope.toLatin1() + '"');
        return response;
    }
    return std::nullopt;
}

SandboxReply VerifyApi::verify(const QHttpServerRequest &request)
{
    GrantRegistry::Grant grant;
    QString token;
    const SandboxScenario::Kind current = m_config.scenarioKind();
    if (auto refused = checkAccess(request, verifyScope(), &grant, &token))
        return timed(std::move(*refused), current);
    const auto reply = [&](QHttpServerResponse &&response) {
        return timed(std::move(response), grant.scenarioPinned ? grant.scenario : current);
    };
    auto body = readVerifyBody(request);
    if (auto *refused = std::get_if<QHttpServerResponse>(&body))
        return reply(std::move(*refused));
    const QJsonObject &object = std::get<QJsonObject>(body);
    if (auto refused = checkNumberForm(grant, object))
        return reply(std::move(*refused));
    auto presented = readNumber(object, grant.msisdn);
    if (auto *refused = std::get_if<QHttpServerResponse>(&presented))
        return reply(std::move(*refused));
    return answerVerify(grant, token, std::get<Presented>(presented));
}

std::variant<QJsonObject, QHttpServerResponse>
VerifyApi::readVerifyBody(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return invalidArgument(QStringLiteral("The request body is missing: send a JSON object "
                                              "with phoneNumber or hashedPhoneNumber."));
    const QByteArray type = mediaType(request);
    if (type != "application/json" && !type.endsWith("+json"))
        return camaraError(Status::UnsupportedMediaType, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                           QStringLiteral("Content-Type must be application/json, not \"%1\".")
                               .arg(QString::fromLatin1(type)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidArgument(QStringLiteral("The request body is not valid JSON: %1 at offset "
                                              "%2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!document.isObject())
        return invalidArgument(QStringLiteral("The request body must be a JSON object."));
    bool incomplete = false;
    if (const std::optional<QString> key = JsonDuplicateKeys::firstDuplicate(body, &incomplete))
        return invalidArgument(QStringLiteral("Property \"%1\" appears more than once in the "
                                              "request body.")
                                   .arg(shown(*key)));
    if (incomplete) // keys past that point could not be checked for repeats
        return invalidArgument(
            QStringLiteral("The request body could not be checked for repeated properties: it "
                           "is nested deeper than %1 levels or holds an invalid escape.")
                .arg(JsonDuplicateKeys::MaxDepth));
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != PhoneNumberKey && it.key() != HashedPhoneNumberKey)
            return invalidArgument(QStringLiteral("Unknown property \"%1\": the body takes "
                                                  "exactly one of phoneNumber or "
                                                  "hashedPhoneNumber.")
                                       .arg(shown(it.key())));
    }
    const bool hasPlain = object.contains(PhoneNumberKey);
    const bool hasHashed = object.contains(HashedPhoneNumberKey);
    if (hasPlain && hasHashed)
        return invalidArgument(QStringLiteral("Send exactly one of phoneNumber or "
                                              "hashedPhoneNumber, not both."));
    if (!hasPlain && !hasHashed)
        return invalidArgument(QStringLiteral("One of phoneNumber or hashedPhoneNumber is "
                                              "required."));
    return object;
}

std::optional<QHttpServerResponse> VerifyApi::checkNumberForm(const GrantRegistry::Grant &grant,
                                                              const QJsonObject &body) const
{
    const SandboxClient *client = m_config.findClient(grant.clientId);
    if (!client || client->numberForm == SandboxClient::NumberForm::Any)
        return std::nullopt;
    const bool hashedRequired = client->numberForm == SandboxClient::NumberForm::Hashed;
    const QString &required = hashedRequired ? HashedPhoneNumberKey : PhoneNumberKey;
    if (body.contains(required))
        return std::nullopt;
    return invalidArgument(
        QStringLiteral("Client \"%1\" is registered to send %2.").arg(shown(client->id), required));
}

std::variant<VerifyApi::Presented, QHttpServerResponse>
VerifyApi::readNumber(const QJsonObject &body, const QString &msisdn)
{
    if (body.contains(PhoneNumberKey)) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{4,14}$"));
        const QJsonValue value = body.value(PhoneNumberKey);
        if (!value.isString())
            return invalidArgument(QStringLiteral("phoneNumber must be a string."));
        const QString number = value.toString();
        if (!e164.match(number).hasMatch())
            return invalidArgument(
                QStringLiteral("phoneNumber \"%1\" is not in E.164 format: expected '+' then 5 "
                               "to 15 digits, the first not 0 (^\\+[1-9][0-9]{4,14}$), e.g. "
                               "+34666666666.")
                    .arg(shown(number)));
        return Presented{number == msisdn, number};
    }
    static const QRegularExpression sha256Hex(QStringLiteral("^[a-fA-F0-9]{64}$"));
    const QJsonValue value = body.value(HashedPhoneNumberKey);
    if (!value.isString() || !sha256Hex.match(value.toString()).hasMatch())
        return invalidArgument(QStringLiteral("hashedPhoneNumber must be the SHA-256 of the "
                                              "E.164 number (with its '+') as 64 hex "
                                              "characters."));
    const QByteArray expected =
        QCryptographicHash::hash(msisdn.toUtf8(), QCryptographicHash::Sha256).toHex();
    return Presented{
        value.toString().toLatin1().toLower() == expected,
        SandboxScenario::testNumberForHash(value.toString().toLatin1()).value_or(QString())};
}

SandboxReply VerifyApi::answerVerify(const GrantRegistry::Grant &grant, const QString &token,
                                     const Presented &presented)
{
    // A test number in the body answers by its own rule whatever the token says, so a demo
    // shows each outcome with one token; otherwise the flow's scenario decides.
    using Kind = SandboxScenario::Kind;
    const Kind current = m_config.scenarioKind();
    const std::optional<Kind> numberKind = SandboxScenario::forTestNumber(presented.number);
    const Kind identity = numberKind ? *numberKind : grant.scenario;
    const Kind operational =
        numberKind ? *numberKind : (grant.scenarioPinned ? grant.scenario : current);
    if (auto refused = scenarioRefusal(operational, identity, numberKind.has_value()))
        return timed(std::move(*refused), operational);
    bool verified = presented.verified;
    if (numberKind) {
        verified = *numberKind != Kind::Mismatch;
        if (*numberKind == Kind::SingleUseToken)
            m_registry.consumeAccessToken(token);
    }
    return timed(json(QJsonObject{
                     {QStringLiteral("devicePhoneNumberVerified"), verified},
                     {QStringLiteral("assessedAt"), m_config.clock->utcNow().toString(Qt::ISODate)},
                 }),
                 operational);
}

SandboxReply VerifyApi::devicePhoneNumber(const QHttpServerRequest &request)
{
    GrantRegistry::Grant grant;
    QString token;
    const SandboxScenario::Kind current = m_config.scenarioKind();
    if (auto refused = checkAccess(request, devicePhoneNumberScope(), &grant, &token))
        return timed(std::move(*refused), current);
    const SandboxScenario::Kind operational = grant.scenarioPinned ? grant.scenario : current;
    if (auto refused = scenarioRefusal(operational, grant.scenario, false))
        return timed(std::move(*refused), operational);
    return timed(json(QJsonObject{{QStringLiteral("devicePhoneNumber"), grant.msisdn}}),
                 operational);
}

} // namespace nv
