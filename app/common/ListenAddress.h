#pragma once

#include <QHostAddress>
#include <QString>

namespace nv {

// The --listen value of nv-sandbox and nv-relay: "127.0.0.1:0", "[::1]:8080", "localhost:0" or
// a bare port ":0" (loopback). False, with nothing written, for anything else.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace nv
