#pragma once

#include <QString>
#include <optional>

namespace nv {

// The colours and type of a run report. Two palettes: Light for a screen and for print, and
// Presentation for a projector (larger type, deeper colours and heavier lines, so a washed-out
// beam still shows them). The tones follow the window's (UiStyle): green verified, red refused,
// amber warnings, the same status colours as the request log.
struct ReportPalette
{
    enum class Kind
    {
        Light,
        Presentation
    };

    Kind kind = Kind::Light;
    QString text;
    QString muted; // secondary text: times, notes, axis labels
    QString background;
    QString panel; // the background of code blocks and tables' heads
    QString border;
    QString good;
    QString bad;
    QString warning;
    QString status2xx;
    QString status3xx;
    QString status4xx;
    QString status5xx; // and exchanges without an answer
    QString markerText;
    QString markerBackground;
    QString lane;  // the sequence diagram's lifelines
    QString arrow; // its requests
    double basePointSize = 10;
    double lineWidth = 1.2; // of the diagrams' strokes, in diagram units

    static ReportPalette light();
    static ReportPalette presentation();
    static ReportPalette of(Kind kind);

    // "light" and "presentation", for the command line and the settings.
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString &name);

    // The colour of an HTTP status (failed: no answer at all).
    QString statusColour(int status, bool failed) const;
};

} // namespace nv
