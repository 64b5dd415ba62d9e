#pragma once

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QUrl>

namespace nvtest {

// A real HTTP server on loopback that answers each path with a canned response: a redirect to
// any Location (file:, data:, qrc: included, which is what a hostile operator would send), or
// a page. Counts the requests it served, so a test can tell what was really fetched.
class CannedHttpServer
{
public:
    CannedHttpServer()
    {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                ++m_served;
                const auto it = m_answers.constFind(request.url().path());
                if (it == m_answers.constEnd()) {
                    responder.write(QHttpServerResponder::StatusCode::NotFound);
                    return;
                }
                QHttpServerResponse response(it->contentType, it->body, it->status);
                if (!it->location.isEmpty())
                    response.setHeader("Location", it->location);
                response.write(std::move(responder));
            });
    }

    bool listen()
    {
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    void redirect(const QString &path, const QByteArray &location,
                  QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Found)
    {
        m_answers.insert(path, {status, location, "text/html", "<p>moved</p>"});
    }

    void page(const QString &path, const QByteArray &html)
    {
        m_answers.insert(path, {QHttpServerResponse::StatusCode::Ok, {}, "text/html", html});
    }

    int served() const { return m_served; }

private:
    struct Answer
    {
        QHttpServerResponse::StatusCode status;
        QByteArray location;
        QByteArray contentType;
        QByteArray body;
    };

    QHttpServer m_server;
    QHash<QString, Answer> m_answers;
    quint16 m_port = 0;
    int m_served = 0;
};

} // namespace nvtest
