#pragma once

#include <QHttpServerResponse>
#include <utility>

namespace nv {

// What an endpoint decided, and when and how it reaches the client: a slow or unreachable
// operator is simulated by answering later or by closing the connection without an answer, never
// by blocking the sandbox's thread.
struct SandboxReply
{
    // Implicit on purpose: most endpoints answer at once, and can keep returning a response.
    SandboxReply(QHttpServerResponse &&r)
        : response(std::move(r))
    {}
    SandboxReply(QHttpServerResponse &&r, int delay, bool drop = false)
        : response(std::move(r))
        , delayMs(delay)
        , dropConnection(drop)
    {}

    QHttpServerResponse response;
    int delayMs = 0;
    bool dropConnection = false; // close the connection instead of answering
};

} // namespace nv
