#pragma once

// tinyproxy (the Debian package) started by a test on a free loopback port, with or without
// Basic authentication; its log file shows every request it forwarded.

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace nvtest {

class TinyProxy
{
public:
    ~TinyProxy() { stop(); }

    // dir: where its configuration and log go; password empty: no authentication.
    bool start(const QString &dir, const QString &name, const QByteArray &user = {},
               const QByteArray &password = {})
    {
        QTcpServer probe; // a free port, handed to tinyproxy right after
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_logFile = dir + QLatin1Char('/') + name + QStringLiteral(".log");
        QByteArray conf = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 60\nLogLevel Info\n"
                                         "LogFile \"%2\"\nMaxClients 20\nAllow 127.0.0.1\n")
                              .arg(m_port)
                              .arg(m_logFile)
                              .toUtf8();
        if (!password.isEmpty())
            conf += "BasicAuth " + user + ' ' + password + '\n';
        const QString confFile = dir + QLatin1Char('/') + name + QStringLiteral(".conf");
        QFile file(confFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size())
            return false;
        file.close();
        m_process.start(QStringLiteral("tinyproxy"),
                        {QStringLiteral("-d"), QStringLiteral("-c"), confFile});
        if (!m_process.waitForStarted())
            return false;
        // Ready when it accepts a connection.
        for (int attempt = 0; attempt < 200; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QByteArray log() const
    {
        QFile file(m_logFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_logFile;
};

} // namespace nvtest
