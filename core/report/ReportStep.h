#pragma once

#include <QString>

namespace nv {

// One step of a run as a report shows it: its exchanges taken together.
struct ReportStep
{
    QString name;        // authorize, token, verify, discovery, jwks, manual, ...
    int exchanges = 0;   // how many exchanges the step made
    qint64 offsetMs = 0; // from the start of the run to the step's first request
    qint64 durationMs = 0;
    int lastStatus = 0;  // of its last exchange
    bool failed = false; // its last exchange got no answer
};

} // namespace nv
