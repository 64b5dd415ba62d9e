# What a partner takes away: a run as a self-contained report (HTML here; the PDF is drawn by
# nvreportpdf, below, which needs Qt GUI), and the pieces of "edit and resend".
target_sources(nvcore PRIVATE
    report/ReportFacts.h report/ReportStep.h
    report/ReportOptions.h report/ReportOptions.cpp
    report/ReportPalette.h report/ReportPalette.cpp
    report/ReportText.h report/ReportText.cpp
    report/RunVerdict.h report/RunVerdict.cpp
    report/RunReport.h report/RunReport.cpp
    report/SequenceDiagram.h report/SequenceDiagram.cpp
    report/StepTimeline.h report/StepTimeline.cpp
    report/ReportHtml.h report/ReportHtml.cpp
    report/ReportSource.h report/ReportSource.cpp
    report/ReportFactsBook.h report/ReportFactsBook.cpp
    report/ReportFile.h report/ReportFile.cpp)

# The PDF: QTextDocument and QPdfWriter (Qt GUI), the figures painted from their SVG
# (SvgFigurePainter says why not Qt SVG). A library of its own so that nvcore stays free of
# Qt GUI; the window links it, nv-cli's graphics module (app/cli/gui) carries it.
add_library(nvreportpdf STATIC
    report/pdf/SvgFigurePainter.h report/pdf/SvgFigurePainter.cpp
    report/pdf/SvgTextObject.h report/pdf/SvgTextObject.cpp
    report/pdf/ReportPdf.h report/pdf/ReportPdf.cpp
    report/pdf/ReportWriter.h report/pdf/ReportWriter.cpp)
target_link_libraries(nvreportpdf PUBLIC nvcore Qt6::Gui)
# "Edit and resend": the markers a session can reveal, the resend itself, the comparison.
target_sources(nvcore PRIVATE
    report/RedactionKey.h report/RedactionKey.cpp
    report/ManualResend.h report/ManualResend.cpp
    report/TextDiff.h report/TextDiff.cpp
    report/ExchangeComparison.h report/ExchangeComparison.cpp)
