#include "UiStyle.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <cmath>

using namespace nv;

// WCAG 2.1 AA for every text colour the window puts on a background, in the light, dark and
// presentation palettes: 4.5:1 for text, 3:1 for large text and for the parts of controls a
// person must see (selection, focus), success criteria 1.4.3 and 1.4.11.
class TestContrast : public QObject
{
    Q_OBJECT
private:
    // Relative luminance and contrast ratio as WCAG 2.1 defines them (sRGB, 0.03928 threshold).
    static double luminance(const QColor &colour)
    {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    }

public:
    static double ratio(const QColor &a, const QColor &b)
    {
        const double la = luminance(a), lb = luminance(b);
        return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
    }

private:
    struct Pair
    {
        QString what;
        QColor text;
        QColor background;
        double minimum;
    };

    static constexpr double Text = 4.5;
    static constexpr double Large = 3.0; // large text (18 pt, or 14 pt bold) and UI components

    // The palette the window has for a theme, with presentation mode on or off: the one
    // UiStyle::applyTheme() installs, not a copy of its numbers.
    static QPalette paletteFor(UiStyle::Theme theme, bool presenting)
    {
        UiStyle::setHighContrast(presenting);
        UiStyle::applyTheme(theme);
        return QApplication::palette();
    }

    static QList<Pair> palettePairs(const QPalette &p)
    {
        using R = QPalette;
        const auto c = [&p](R::ColorRole role) { return p.color(R::Active, role); };
        return {
            {"window text on window", c(R::WindowText), c(R::Window), Text},
            {"text on base", c(R::Text), c(R::Base), Text},
            {"text on alternate base", c(R::Text), c(R::AlternateBase), Text},
            {"button text on button", c(R::ButtonText), c(R::Button), Text},
            {"selected text on highlight", c(R::HighlightedText), c(R::Highlight), Text},
            // Hints (UiStyle::setHint, the log's counters) and placeholders.
            {"hint on window", c(R::PlaceholderText), c(R::Window), Text},
            {"placeholder on base", c(R::PlaceholderText), c(R::Base), Text},
            {"tooltip text", c(R::ToolTipText), c(R::ToolTipBase), Text},
            {"link on base", c(R::Link), c(R::Base), Text},
            {"link on window", c(R::Link), c(R::Window), Text},
            {"selection against base", c(R::Highlight), c(R::Base), Large},
        };
    }

    // The colours of console.qss that stand for text ("color: palette(<role>)").
    static QList<Pair> styleSheetPairs(const QPalette &p)
    {
        QFile sheet(QStringLiteral(":/nv/style/console.qss"));
        if (!sheet.open(QIODevice::ReadOnly))
            qFatal("console.qss is not in the resources");
        const QString text = QString::fromUtf8(sheet.readAll());
        static const QHash<QString, QPalette::ColorRole> roles{
            {"mid", QPalette::Mid},
            {"dark", QPalette::Dark},
            {"light", QPalette::Light},
            {"midlight", QPalette::Midlight},
            {"text", QPalette::Text},
            {"window-text", QPalette::WindowText},
            {"button-text", QPalette::ButtonText},
            {"link", QPalette::Link}};
        QList<Pair> pairs;
        static const QRegularExpression color(
            QStringLiteral(R"(([^{}]+)\{[^}]*[^-]color:\s*palette\(([a-z-]+)\))"));
        for (const auto &m : color.globalMatch(text)) {
            const QString role = m.captured(2);
            if (!roles.contains(role))
                qFatal("console.qss: palette(%s) is not known to this test", qPrintable(role));
            const QColor fg = p.color(roles[role]);
            pairs.append({QStringLiteral("console.qss %1 on base").arg(m.captured(1).trimmed()), fg,
                          p.color(QPalette::Base), Text});
            pairs.append({QStringLiteral("console.qss %1 on window").arg(m.captured(1).trimmed()),
                          fg, p.color(QPalette::Window), Text});
        }
        return pairs;
    }

    // The verdict and status tones on the panel background (labels) and the card (base).
    static QList<Pair> tonePairs(const QPalette &p)
    {
        QList<Pair> pairs;
        QWidget panel;
        panel.setPalette(p);
        panel.setAutoFillBackground(true);
        const std::pair<UiStyle::Tone, const char *> tones[] = {
            {UiStyle::Tone::Good, "good"},
            {UiStyle::Tone::Bad, "bad"},
            {UiStyle::Tone::Warning, "warning"}};
        for (const auto &[tone, name] : tones) {
            const QColor colour = UiStyle::toneColor(tone, &panel);
            pairs.append({QStringLiteral("%1 tone on window").arg(QLatin1String(name)), colour,
                          p.color(QPalette::Window), Text});
            pairs.append({QStringLiteral("%1 tone on base").arg(QLatin1String(name)), colour,
                          p.color(QPalette::Base), Text});
        }
        return pairs;
    }

    // The request log and detail colours: on the view's base, and markers and banners on their
    // own tint.
    static QList<Pair> logPairs(const QPalette &p)
    {
        using C = UiStyle::Colour;
        const bool dark = UiStyle::isDark(p);
        const QColor base = p.color(QPalette::Base);
        const QColor alternate = p.color(QPalette::AlternateBase);
        QList<Pair> pairs;
        const std::pair<C, const char *> onBase[] = {
            {C::Status2xx, "status 2xx"},         {C::Status3xx, "status 3xx"},
            {C::Status4xx, "status 4xx"},         {C::Status5xx, "status 5xx"},
            {C::SyntaxHeaderName, "header name"}, {C::SyntaxKey, "JSON key"},
            {C::SyntaxString, "JSON string"},     {C::SyntaxNumber, "JSON number"},
            {C::SyntaxLiteral, "JSON literal"},   {C::SyntaxTitle, "section title"}};
        for (const auto &[role, name] : onBase) {
            pairs.append({QStringLiteral("%1 on base").arg(QLatin1String(name)),
                          UiStyle::colour(role, dark), base, Text});
            pairs.append({QStringLiteral("%1 on alternate base").arg(QLatin1String(name)),
                          UiStyle::colour(role, dark), alternate, Text});
        }
        pairs.append({"redaction marker", UiStyle::colour(C::MarkerText, dark),
                      UiStyle::colour(C::MarkerBackground, dark), Text});
        pairs.append({"info banner", UiStyle::colour(C::InfoBannerText, dark),
                      UiStyle::colour(C::InfoBannerBackground, dark), Text});
        pairs.append({"warning banner", UiStyle::colour(C::WarningBannerText, dark),
                      UiStyle::colour(C::WarningBannerBackground, dark), Text});
        // A read-only field's text and placeholder on its own tint (UiStyle::setReadOnlyField).
        const QColor readOnly = UiStyle::colour(C::ReadOnlyFieldBackground, dark);
        pairs.append({"read-only field text", p.color(QPalette::Text), readOnly, Text});
        pairs.append({"read-only field hint", p.color(QPalette::PlaceholderText), readOnly, Text});
        return pairs;
    }

private slots:
    void formula()
    {
        // The extremes and a value WCAG's own examples give (#767676 on white: 4.54).
        QCOMPARE(qRound(ratio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(ratio(Qt::white, Qt::white) * 100), 100);
        QCOMPARE(qRound(ratio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void palettes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<bool>("presenting");
        QTest::newRow("light") << int(UiStyle::Theme::Light) << false;
        QTest::newRow("dark") << int(UiStyle::Theme::Dark) << false;
        QTest::newRow("presentation light") << int(UiStyle::Theme::Light) << true;
        QTest::newRow("presentation dark") << int(UiStyle::Theme::Dark) << true;
    }

    void palettes()
    {
        QFETCH(int, theme);
        QFETCH(bool, presenting);
        const QPalette p = paletteFor(UiStyle::Theme(theme), presenting);
        QList<Pair> pairs = palettePairs(p) + styleSheetPairs(p) + tonePairs(p) + logPairs(p);
        QStringList failures;
        for (const Pair &pair : pairs) {
            const double r = ratio(pair.text, pair.background);
            if (r < pair.minimum)
                failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                                .arg(pair.what, pair.text.name(), pair.background.name())
                                .arg(r, 0, 'f', 2)
                                .arg(pair.minimum, 0, 'f', 1);
        }
        UiStyle::setHighContrast(false);
        QVERIFY2(pairs.size() >= 40, "too few pairs: the lists above lost entries");
        QVERIFY2(failures.isEmpty(), qPrintable(u'\n' + failures.join(u'\n')));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
