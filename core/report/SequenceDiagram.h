#pragma once

#include "ReportPalette.h"
#include "RunReport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nv {

// One arrow of the sequence diagram.
struct SequenceMessage
{
    enum class Kind
    {
        Request,
        Answer,
        Handoff // the browser hands the redirect (code or error) to the app
    };
    Kind kind = Kind::Request;
    int from = 0; // SequenceDiagram::Lane
    int to = 0;
    int number = 0; // the exchange's number in the report (1-based), 0 for a handoff
    QString label;
    int status = 0;
    bool failed = false; // no answer at all
};

// The exchanges of a run as a sequence diagram, written as SVG by hand: the report must be one
// self-contained file (inline SVG, no script, no font or image to fetch), and the same drawing
// must render in a browser and, through Qt SVG, in the PDF. Only what SVG Tiny 1.2 has is used
// (no markers, no CSS), which is what Qt SVG draws.
class SequenceDiagram
{
public:
    enum Lane
    {
        Device,    // the device's browser (or the console's plain-HTTP follower)
        Backend,   // the app's back end: NV Console itself
        Authorize, // the operator's authorize endpoint (and its discovery, its keys)
        Token,     // the token endpoint
        Api,       // the Number Verification API
        LaneCount
    };
    static QStringList laneTitles();

    static QList<SequenceMessage> messages(const RunReport &report);
    // One SVG document per group of at most maxMessages arrows (0: one document for all), each
    // with the lanes' heads, so a long authorize chain can be split over pages.
    // title: drawn above the first document's lanes (the PDF keeps a heading with its figure
    // that way); empty for none.
    static QList<QByteArray> svg(const RunReport &report, const ReportPalette &palette,
                                 int maxMessages = 0, const QString &title = {});

private:
    static QByteArray document(const QList<SequenceMessage> &messages, const ReportPalette &palette,
                               const QString &title);
};

} // namespace nv
