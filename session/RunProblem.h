#pragma once

#include "profile/ProfileProblem.h"

#include <QString>

namespace nv {

// Why a run did not start, as data: each front end words the remedy its own way (a field to
// fill in the window, a flag to pass on the command line).
struct RunProblem
{
    enum class Kind
    {
        Busy,              // a step of the current run is in flight
        NoNumber,          // no phone number
        BadNumber,         // not E.164, and not sent anyway on purpose
        SandboxStarting,   // the built-in sandbox is not up yet: the run starts when it is
        SandboxFailed,     // the built-in sandbox could not start
        ProfileInvalid,    // blocking problems in the profile
        SecretLoading,     // the keychain is still answering: the run starts when it has
        NoSecret,          // no client secret for this profile
        DriverUnavailable, // this way of walking the authorize chain is not installed
        RelayProblem,      // the phone mode's relay URL or redirect URI cannot work
        NoToken,           // a step needs a token or code the current run does not have
    };

    Kind kind = Kind::Busy;
    QString detail; // the specific reason in words (the number's problem, the sandbox's error)
    ProfileProblems profileProblems;

    // The run starts by itself once the thing it waits for is there.
    bool willStartLater() const
    {
        return kind == Kind::SandboxStarting || kind == Kind::SecretLoading;
    }
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::RunProblem)
