#pragma once

#include "flow/IdTokenCheck.h"

#include <QString>
#include <optional>

namespace nv {

// What a report can say about a run beyond its exchanges, when whoever exports it knows: the
// id_token check (the log stores the token redacted, so its claims cannot be read back from
// it) and how this machine reached the network when the run started.
struct ReportFacts
{
    std::optional<IdTokenCheck> idTokenCheck;
    QString networkPath; // a sentence (NetworkPathVerdict::sentence); empty when not recorded
};

} // namespace nv
