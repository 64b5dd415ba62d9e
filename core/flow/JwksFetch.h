#pragma once

#include "http/HttpExchange.h"
#include "http/HttpRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace nv {

class HttpClient;
class PendingExchange;

// Finds the operator's signing keys the OpenID way: the discovery document at the authorize
// URL's origin (/.well-known/openid-configuration) names the issuer and the jwks_uri, which is
// then read. Both exchanges go out through exchangeRecorded() so the log shows them too.
class JwksFetch : public QObject
{
    Q_OBJECT
public:
    explicit JwksFetch(QObject *parent = nullptr);

    static QUrl discoveryUrl(const QUrl &authorizeUrl);
    // The issuer a discovery document at that origin must name (OpenID Connect Discovery §4.3:
    // the issuer is the discovery URL without /.well-known/openid-configuration): the origin.
    static QString expectedIssuer(const QUrl &authorizeUrl);
    // Asynchronous: finished() follows once, with the key set or the reason there is none.
    void start(const QUrl &authorizeUrl, const ExchangeContext &context);
    // For a profile made from the operator's discovery document: its issuer and key set are
    // known already, so only the key set is read.
    void startWithKnownKeys(const QUrl &jwksUrl, const QUrl &issuer,
                            const ExchangeContext &context);
    void cancel();

signals:
    void exchangeRecorded(const nv::HttpExchange &raw);
    void finished(const QJsonObject &jwks, const QString &issuer, const QUrl &jwksUri,
                  const QString &problem);

private:
    void onDiscovery(const HttpExchange &exchange);
    void onJwks(const HttpExchange &exchange);
    void fail(const QString &problem);

    HttpClient *m_http;
    QPointer<PendingExchange> m_pending;
    ExchangeContext m_context;
    QString m_issuer;
    QUrl m_jwksUri;
};

} // namespace nv
