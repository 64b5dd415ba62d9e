#pragma once

#include "RelayLimits.h"

#include <QTcpServer>

namespace nv {

// The relay's TCP listener: caps the connections open at once and puts a ConnectionWatch on
// each, before QHttpServer takes the socket over (QAbstractHttpServer::bind()).
class RelayListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit RelayListener(const RelayLimits &limits, QObject *parent = nullptr);

    int connections() const { return m_connections; }

signals:
    // A connection over the cap was answered 503 and closed.
    void connectionRefused();
    // A connection was cut by its watch ("header-timeout", "idle-timeout", "oversize").
    void connectionCut(const QString &reason);

protected:
    void incomingConnection(qintptr handle) override;

private:
    RelayLimits m_limits;
    int m_connections = 0;
};

} // namespace nv
