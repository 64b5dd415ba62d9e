#pragma once

// nv-relay as a test runs it: a real process on loopback, its first line read for the URL, its
// output kept (to check what it prints), and small HTTP helpers over Qt Network.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrl>

namespace nvtest {

#ifndef NV_RELAY_BINARY
#error "NV_RELAY_BINARY must name the nv-relay executable"
#endif

class RelayProcess
{
public:
    ~RelayProcess() { stop(); }

    // Starts nv-relay with these arguments; false when it did not print its URL.
    bool start(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_output.clear();
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(NV_RELAY_BINARY), arguments);
        if (!m_process.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && !timer.hasExpired(15000) &&
               m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        const QByteArray first = m_process.readLine().trimmed();
        m_output += first + '\n';
        if (!first.startsWith("NV_RELAY_URL="))
            return false;
        m_url = QUrl(QString::fromLatin1(first.mid(13)));
        return m_url.isValid();
    }
    QUrl url(const QString &pathAndQuery = QString()) const
    {
        return pathAndQuery.isEmpty() ? m_url
                                      : QUrl(m_url.toString() + pathAndQuery, QUrl::StrictMode);
    }
    // Everything printed so far (standard output).
    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }
    // Waits until the output holds `text` `count` times, running the event loop meanwhile (so
    // the test's own asynchronous requests go on); the cap only stops a test that would hang.
    bool waitForOutput(const QByteArray &text, int count = 1, int capMs = 20000)
    {
        return QTest::qWaitFor([&] { return output().count(text) >= count; }, capMs);
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_output;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString error;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Sends a request and waits for its end on a local event loop (bounded by the transfer timeout).
inline HttpReply http(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                      const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace nvtest
