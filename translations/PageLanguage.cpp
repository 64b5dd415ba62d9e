#include "PageLanguage.h"

#include <QFile>
#include <QHash>
#include <QHttpServerRequest>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

namespace nv {

namespace {
// One catalogue per language, loaded on first use and kept for the life of the process (the
// endpoints may run on the sandbox's own thread, hence the lock). nullptr: no catalogue.
// The table itself is never destroyed either: as a static object it was destroyed at exit
// while the catalogues it pointed to were not, which left them unreachable (a leak report),
// and a page still being answered on the sandbox's thread during exit must not find it gone.
const QTranslator *catalogue(const QString &language)
{
    static QMutex lock;
    static auto *const loaded = new QHash<QString, const QTranslator *>;
    const QMutexLocker locker(&lock);
    const auto found = loaded->constFind(language);
    if (found != loaded->cend())
        return *found;
    const QString path = QStringLiteral(":/i18n/nv-cli_%1.qm").arg(language);
    auto *translator = new QTranslator;
    if (!QFile::exists(path) || !translator->load(path)) {
        delete translator;
        translator = nullptr;
    }
    loaded->insert(language, translator);
    return translator;
}

// "es-ES;q=0.9" -> {"es", 0.9}. A malformed weight counts as 0 (RFC 9110 12.4.2: ignore it).
std::pair<QString, double> weighted(const QByteArray &range)
{
    const QList<QByteArray> parts = range.split(';');
    const QString tag = QString::fromLatin1(parts.first().trimmed()).toLower();
    double weight = 1.0;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        if (parameter.startsWith("q=")) {
            bool ok = false;
            weight = parameter.mid(2).toDouble(&ok);
            if (!ok || weight < 0 || weight > 1)
                weight = 0;
        }
    }
    return {tag.section(QLatin1Char('-'), 0, 0), weight};
}
} // namespace

PageLanguage::PageLanguage(const QHttpServerRequest &request)
    : PageLanguage(fromAcceptLanguage(request.value("accept-language")))
{}

PageLanguage PageLanguage::fromAcceptLanguage(const QByteArray &header)
{
    PageLanguage chosen;
    double best = 0;
    // Bounded: a hostile header of thousands of ranges costs no more than 32 look-ups.
    const QList<QByteArray> ranges = header.left(1024).split(',');
    for (qsizetype i = 0; i < ranges.size() && i < 32; ++i) {
        const auto [language, weight] = weighted(ranges.at(i));
        // Equal weights: the first listed wins, as browsers list them by preference.
        static const QRegularExpression primaryTag(QStringLiteral("^([a-z]{2,3}|\\*)$"));
        if (weight <= best || !primaryTag.match(language).hasMatch())
            continue;
        if (language == QLatin1String("en") || language == QLatin1String("*")) {
            chosen.m_code = QStringLiteral("en");
            best = weight;
        } else if (catalogue(language)) {
            chosen.m_code = language;
            best = weight;
        }
    }
    return chosen;
}

QString PageLanguage::text(const char *context, const char *source) const
{
    if (m_code != QLatin1String("en")) {
        if (const QTranslator *translator = catalogue(m_code)) {
            const QString translated = translator->translate(context, source);
            if (!translated.isEmpty())
                return translated;
        }
    }
    return QString::fromUtf8(source);
}

} // namespace nv
