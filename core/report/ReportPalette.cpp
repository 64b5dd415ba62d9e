#include "ReportPalette.h"

namespace nv {

ReportPalette ReportPalette::light()
{
    ReportPalette p;
    p.kind = Kind::Light;
    p.text = QStringLiteral("#1b1f24");
    p.muted = QStringLiteral("#57606a");
    p.background = QStringLiteral("#ffffff");
    p.panel = QStringLiteral("#f4f6f8");
    p.border = QStringLiteral("#d0d7de");
    p.good = QStringLiteral("#1e7e34");
    p.bad = QStringLiteral("#c62828");
    p.warning = QStringLiteral("#a65f00");
    p.status2xx = QStringLiteral("#2e9d4a");
    p.status3xx = QStringLiteral("#1e78d2");
    p.status4xx = QStringLiteral("#e67e00");
    p.status5xx = QStringLiteral("#d32f2f");
    p.markerText = QStringLiteral("#6a3d00");
    p.markerBackground = QStringLiteral("#fff1d6");
    p.lane = QStringLiteral("#8c959f");
    p.arrow = QStringLiteral("#24292f");
    p.basePointSize = 10;
    p.lineWidth = 1.2;
    return p;
}

ReportPalette ReportPalette::presentation()
{
    ReportPalette p;
    p.kind = Kind::Presentation;
    p.text = QStringLiteral("#000000");
    p.muted = QStringLiteral("#303030");
    p.background = QStringLiteral("#ffffff");
    p.panel = QStringLiteral("#eceff2");
    p.border = QStringLiteral("#5c6670");
    p.good = QStringLiteral("#0b5d1e");
    p.bad = QStringLiteral("#a31212");
    p.warning = QStringLiteral("#7a4500");
    p.status2xx = QStringLiteral("#0b5d1e");
    p.status3xx = QStringLiteral("#0b4f9c");
    p.status4xx = QStringLiteral("#7a4500");
    p.status5xx = QStringLiteral("#a31212");
    p.markerText = QStringLiteral("#3d2300");
    p.markerBackground = QStringLiteral("#ffe1a8");
    p.lane = QStringLiteral("#303030");
    p.arrow = QStringLiteral("#000000");
    p.basePointSize = 13;
    p.lineWidth = 2.2;
    return p;
}

ReportPalette ReportPalette::of(Kind kind)
{
    return kind == Kind::Presentation ? presentation() : light();
}

QString ReportPalette::name(Kind kind)
{
    return kind == Kind::Presentation ? QStringLiteral("presentation") : QStringLiteral("light");
}

std::optional<ReportPalette::Kind> ReportPalette::fromName(const QString &name)
{
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Kind::Light;
    if (name.compare(QLatin1String("presentation"), Qt::CaseInsensitive) == 0)
        return Kind::Presentation;
    return std::nullopt;
}

QString ReportPalette::statusColour(int status, bool failed) const
{
    if (failed || status >= 500)
        return status5xx;
    if (status >= 400)
        return status4xx;
    if (status >= 300)
        return status3xx;
    if (status >= 200)
        return status2xx;
    return muted;
}

} // namespace nv
