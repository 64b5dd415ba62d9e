#pragma once

#include <QString>

namespace nv {

// CAMARA's rule for x-correlator values (Commonalities; NumberVerification v2.1.0):
// ^[a-zA-Z0-9-_:;.\/<>{}]{0,256}$. The one place the console knows it: the window's correlation
// id field, nv-cli's --correlation-id and FlowRun all ask here. A value that breaks it may still
// be sent on purpose, to see how the operator answers (a CAMARA operator answers 400).
namespace CorrelatorRule {

QString pattern();
// What is wrong with the value, in words; empty when it follows the rule.
QString problem(const QString &value);

} // namespace CorrelatorRule

} // namespace nv
