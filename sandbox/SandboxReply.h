#pragma once

#include "SandboxScenario.h"

#include <QHttpServerResponse>
#include <utility>

namespace nv {

struct SandboxConfig;

// What an endpoint decided, and when and how it reaches the client: a slow or unreachable
// operator is simulated by answering later or by closing the connection without an answer, never
// by blocking the sandbox's thread.
struct SandboxReply
{
    // How the correlation headers of the request come back on the answer.
    enum class Correlation
    {
        Echo, // as CAMARA asks: the same value, under the same name
        Omit, // the "correlator-missing" operator forgets them
        Alter // the "correlator-mismatch" operator answers another value
    };

    // Implicit on purpose: most endpoints answer at once, and can keep returning a response.
    SandboxReply(QHttpServerResponse &&r)
        : response(std::move(r))
    {}
    SandboxReply(QHttpServerResponse &&r, int delay, bool drop = false)
        : response(std::move(r))
        , delayMs(delay)
        , dropConnection(drop)
    {}

    // The answer as the scenario times it: late under "slow" (or the configured delays), never
    // under "unreachable". apiCall picks the API delay rather than the authorization-hop one.
    static SandboxReply timed(QHttpServerResponse &&response, const SandboxConfig &config,
                              SandboxScenario::Kind kind, bool apiCall);

    QHttpServerResponse response;
    int delayMs = 0;
    bool dropConnection = false; // close the connection instead of answering
    Correlation correlation = Correlation::Echo;
};

} // namespace nv
