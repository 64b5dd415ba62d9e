#include "flow/DriverKind.h"

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

namespace {
const std::pair<DriverKind, const char *> Ids[] = {
    {DriverKind::EmbeddedBrowser, "embedded-browser"},
    {DriverKind::SystemBrowser, "system-browser"},
    {DriverKind::Phone, "phone"},
    {DriverKind::PlainHttp, "plain-http"},
};
} // namespace

QString driverKindId(DriverKind kind)
{
    for (const auto &[each, id] : Ids) {
        if (each == kind)
            return QLatin1String(id);
    }
    return QStringLiteral("embedded-browser");
}

std::optional<DriverKind> driverKindFromId(const QString &id)
{
    for (const auto &[each, name] : Ids) {
        if (id == QLatin1String(name))
            return each;
    }
    return std::nullopt;
}

} // namespace nv
