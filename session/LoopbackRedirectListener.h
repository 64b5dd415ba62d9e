#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace nv {

// The console's end of a loopback redirect (RFC 8252 §7.3): listens on 127.0.0.1 and [::1] on
// the redirect URI's port (or an ephemeral one when the URI names none), takes exactly one
// request on the redirect path, answers the browser with a page saying it can be closed, and
// stops listening.
//
// QOAuthHttpServerReplyHandler (Qt NetworkAuth) was weighed and not used: it hands over the
// query as a map, which loses what the console must show and check (the exact URL, a repeated
// code, the order of parameters), it listens on one address only, and it keeps listening after
// the first callback.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening for redirectUri (http on a loopback address). Returns the redirect URI
    // to use, with the port actually listened on; an empty URL, with problem() saying why, when
    // the URI is not a loopback http URI or nothing can listen on its port.
    QUrl listen(const QUrl &redirectUri);
    void close();
    bool isListening() const;
    QString problem() const { return m_problem; }

    static bool isLoopbackRedirect(const QUrl &uri);

signals:
    // The browser came back on the redirect path: the whole URL as it arrived.
    void callbackReceived(const QUrl &url);
    // Something came back on another path: the redirect URI the operator used is not ours.
    void wrongPath(const QUrl &url);

private:
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool listenOn(quint16 port);

    std::unique_ptr<QHttpServer> m_server;
    QUrl m_redirectUri;
    QString m_problem;
};

} // namespace nv
