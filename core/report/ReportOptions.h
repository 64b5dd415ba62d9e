#pragma once

#include "ReportPalette.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace nv {

// How a report is to be made: its palette, its paper, and what it says about itself.
struct ReportOptions
{
    enum class Paper
    {
        A4,
        Letter
    };

    ReportPalette::Kind palette = ReportPalette::Kind::Light;
    Paper paper = Paper::A4;
    QString appVersion = QStringLiteral(NV_VERSION_STRING);
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();

    // "a4" and "letter".
    static QString paperName(Paper paper);
    static std::optional<Paper> paperFromName(const QString &name);
    // Letter where the locale measures in US units, A4 elsewhere.
    static Paper localPaper();
};

} // namespace nv
