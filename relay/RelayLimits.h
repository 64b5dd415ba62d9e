#pragma once

#include <QtGlobal>

namespace nv {

// Every bound the relay keeps. It faces the internet (behind a reverse proxy), so nothing a
// client sends may grow memory, time or work without limit. nv-relay sets each from a flag.
struct RelayLimits
{
    // A sign-in opened by a console, and a result once it arrives, live this long.
    int ttlSeconds = 300;
    // Sign-ins held at once (open or with a result).
    int maxEntries = 10000;
    // Pickups waiting at once (long-polls), and how long one waits before "nothing yet" (204).
    int maxWaiting = 1000;
    int maxWaitSeconds = 30;
    // TCP connections at once; more are closed as soon as they are accepted.
    int maxConnections = 1024;
    // A kept-alive connection with no request for this long is closed.
    int idleTimeoutSeconds = 15;
    // A request must arrive whole (request line, headers, body) within this from its first byte.
    int headerTimeoutSeconds = 10;
    // Bytes of one request (line + headers + body) after which the connection is cut.
    qsizetype maxRequestBytes = 16 * 1024;
    // The query string of one request, and each decoded value in it or in a form body.
    qsizetype maxQueryBytes = 4096;
    qsizetype maxValueBytes = 2048;
    // Per client (source address, or the address a trusted proxy forwards): a token bucket of
    // `burst` requests refilled at `ratePerSecond`.
    double ratePerSecond = 1.0;
    int burst = 30;
    // Clients whose buckets are remembered at once.
    int maxClients = 10000;
};

} // namespace nv
