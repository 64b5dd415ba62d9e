#pragma once

#include "flow/DriverKind.h"

#include <QString>

class QComboBox;

namespace nv {

// The ways to walk the authorize chain, as the profile editor and the flow panel offer them:
// the same titles, order and tooltips in both places.
namespace DriverChoices {

void fill(QComboBox *combo);
void select(QComboBox *combo, DriverKind kind);
DriverKind selected(const QComboBox *combo);
QString title(DriverKind kind);
QString description(DriverKind kind);

} // namespace DriverChoices
} // namespace nv
