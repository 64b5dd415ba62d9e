#include "TokenExchange.h"

#include "AuthorizationResponse.h"
#include "AuthorizeRequest.h"
#include "jose/ClientAssertion.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace nv {

HttpRequest buildTokenRequest(const TokenRequestInput &input)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = input.tokenUrl;
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    if (!input.correlationHeader.isEmpty() && !input.correlationId.isEmpty())
        request.setHeader(input.correlationHeader.toLatin1(), input.correlationId.toUtf8());

    QList<QPair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), input.code},
        {QStringLiteral("redirect_uri"), input.redirectUri.toString(QUrl::FullyEncoded)},
    };
    switch (input.authMethod) {
    case TokenAuthMethod::ClientSecretBasic: {
        // RFC 6749 §2.3.1: id and secret are form-encoded before the Basic base64.
        const QByteArray credentials = QUrl::toPercentEncoding(input.clientId) + ':' +
                                       QUrl::toPercentEncoding(input.clientSecret);
        request.setHeader("Authorization", "Basic " + credentials.toBase64());
        form.append({QStringLiteral("client_id"), input.clientId});
        break;
    }
    case TokenAuthMethod::PrivateKeyJwt:
        // client_id is optional next to an assertion (RFC 7523 §3.1); sent, it must be the
        // assertion's iss, and it lets the operator's log name the client.
        form.append({QStringLiteral("client_id"), input.clientId});
        form.append({QStringLiteral("client_assertion_type"), ClientAssertion::assertionType()});
        form.append(
            {QStringLiteral("client_assertion"), QString::fromLatin1(input.clientAssertion)});
        break;
    case TokenAuthMethod::ClientSecretPost:
        form.append({QStringLiteral("client_id"), input.clientId});
        form.append({QStringLiteral("client_secret"), input.clientSecret});
        break;
    }
    if (!input.codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), input.codeVerifier});
    request.body = encodeFormPairs(form);
    return request;
}

TokenResponse TokenResponse::parse(int httpStatus, const QByteArray &body)
{
    TokenResponse response;
    response.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        response.problem =
            body.trimmed().isEmpty()
                ? QCoreApplication::translate("nv", "HTTP %1 with an empty body.").arg(httpStatus)
                : QCoreApplication::translate("nv", "HTTP %1: the body is not a JSON object (%2).")
                      .arg(httpStatus)
                      .arg(parseError.error == QJsonParseError::NoError
                               ? QCoreApplication::translate("nv", "wrong JSON type")
                               : parseError.errorString());
        return response;
    }
    response.json = document.object();
    const QJsonObject &o = response.json;

    if (httpStatus != 200 || o.contains(QLatin1String("error"))) {
        response.error = o.value(QLatin1String("error")).toString();
        response.errorDescription = o.value(QLatin1String("error_description")).toString();
        if (response.error.isEmpty())
            response.problem =
                QCoreApplication::translate("nv", "HTTP %1 without an RFC 6749 \"error\" field.")
                    .arg(httpStatus);
        return response;
    }

    const auto requireString = [&](const char *key, QString *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty()) {
            response.problem =
                QCoreApplication::translate("nv", "\"%1\" is missing or not a string.")
                    .arg(QLatin1String(key));
            return false;
        }
        *out = v.toString();
        return true;
    };
    if (!requireString("access_token", &response.accessToken) ||
        !requireString("token_type", &response.tokenType))
        return response;
    if (response.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        response.problem = QCoreApplication::translate("nv", "token_type is \"%1\", not Bearer.")
                               .arg(response.tokenType);
        return response;
    }
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    if (expires.isDouble() && expires.toDouble() >= 0 && expires.toDouble() < 1e12)
        response.expiresIn = qint64(expires.toDouble());
    else if (!expires.isUndefined() && !expires.isNull()) {
        response.problem = QCoreApplication::translate("nv", "expires_in is not a number.");
        return response;
    }
    for (const auto &[key, out] :
         {std::pair{"scope", &response.scope}, std::pair{"refresh_token", &response.refreshToken},
          std::pair{"id_token", &response.idToken}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            *out = v.toString();
        else if (!v.isUndefined() && !v.isNull()) {
            response.problem = QCoreApplication::translate("nv", "\"%1\" is not a string.")
                                   .arg(QLatin1String(key));
            return response;
        }
    }
    response.ok = true;
    return response;
}

QString TokenResponse::describe() const
{
    if (ok)
        return QCoreApplication::translate("nv", "Token received (%1, expires in %2 s).")
            .arg(tokenType)
            .arg(expiresIn);
    if (!error.isEmpty()) {
        QString text = QCoreApplication::translate("nv", "The token endpoint answered %1 %2")
                           .arg(httpStatus)
                           .arg(error);
        if (!errorDescription.isEmpty())
            text += QStringLiteral(" (%1)").arg(errorDescription);
        // With private_key_jwt there is no secret to blame: the assertion was refused (FlowRun
        // explains what to check about it).
        if (error == QLatin1String("invalid_client") && !clientAssertionHeader.isEmpty())
            return text + QCoreApplication::translate("nv", ". The operator refused the client "
                                                            "assertion.");
        return text + QStringLiteral(". ") + explainOAuthError(error);
    }
    return QCoreApplication::translate("nv", "The token answer could not be read: %1").arg(problem);
}

} // namespace nv
