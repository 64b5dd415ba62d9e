#pragma once

#include "HttpRequest.h"
#include "PendingExchange.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkCookieJar;

namespace nv {

// Sends requests asynchronously and turns each into a complete HttpExchange. Redirects are
// never followed silently: an OAuth test console must show every hop. A URL that UrlPolicy
// refuses (file:, data:, qrc:, ...) is never handed to Qt: its exchange finishes unsent, with
// the reason as its error and no body.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // Replaces the cookie jar (taking ownership); the redirect follower keeps one per run.
    void setCookieJar(QNetworkCookieJar *jar);

    PendingExchange *send(const HttpRequest &request, const ExchangeContext &context);

    static QByteArray userAgent();

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
    qint64 m_maxBodyBytes = 4 * 1024 * 1024;
};

} // namespace nv
