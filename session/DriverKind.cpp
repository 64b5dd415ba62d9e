#include "DriverKind.h"

namespace nv {

QString driverKindCliName(DriverKind kind)
{
    switch (kind) {
    case DriverKind::EmbeddedBrowser:
        return QStringLiteral("offscreen");
    case DriverKind::SystemBrowser:
        return QStringLiteral("system");
    case DriverKind::Phone:
        return QStringLiteral("phone");
    case DriverKind::PlainHttp:
        break;
    }
    return QStringLiteral("none");
}

std::optional<DriverKind> driverKindFromCliName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return DriverKind::PlainHttp;
    if (name == QLatin1String("offscreen"))
        return DriverKind::EmbeddedBrowser;
    if (name == QLatin1String("system"))
        return DriverKind::SystemBrowser;
    if (name == QLatin1String("phone"))
        return DriverKind::Phone;
    return std::nullopt;
}

} // namespace nv
