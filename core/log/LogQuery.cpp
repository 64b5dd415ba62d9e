#include "LogQuery.h"

#include "log/RequestLogStore.h"

#include <QRegularExpression>
#include <algorithm>

namespace nv {

namespace {

// --- SQLite's unicode61 tokenizer, as FTS5 runs it with its defaults -----------------------
// Written out here because the in-memory filter must find exactly what the index finds; the
// rules below follow SQLite's fts5_tokenize.c and fts5_unicode2.c (public domain).

// SQLite's READ_UTF8: lenient, so invalid bytes decode the way the index saw them.
char32_t readUtf8(QByteArrayView bytes, qsizetype &i)
{
    static constexpr unsigned char Trans1[] = {
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c,
        0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19,
        0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06,
        0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x00, 0x01, 0x02, 0x03,
        0x04, 0x05, 0x06, 0x07, 0x00, 0x01, 0x02, 0x03, 0x00, 0x01, 0x00, 0x00,
    };
    char32_t c = static_cast<unsigned char>(bytes[i++]);
    if (c >= 0xc0) {
        c = Trans1[c - 0xc0];
        while (i < bytes.size() && (static_cast<unsigned char>(bytes[i]) & 0xc0) == 0x80)
            c = (c << 6) + (0x3f & static_cast<unsigned char>(bytes[i++]));
        if (c < 0x80 || (c & 0xFFFFF800) == 0xD800 || (c & 0xFFFFFFFE) == 0xFFFE)
            c = 0xFFFD;
    }
    return c;
}

// SQLite's tables are those of Unicode 6.1: a character assigned since is, to the index, an
// unassigned code point (a token character, never folded), and a few changed category since.
bool newerThanSqlite(char32_t c)
{
    return QChar::unicodeVersion(c) > QChar::Unicode_6_1;
}

// Token characters: the categories "L* N* Co", and code points Unicode 6.1 had not assigned
// (category Cn, which SQLite reads as a token character).
bool isTokenChar(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c > 0x10FFFF)
        return false;
    // Spacing marks in 6.1 (New Tai Lue vowels, two Vedic signs), letters since; and two
    // Mongolian letters that are marks since.
    if ((c >= 0x19B0 && c <= 0x19C0) || c == 0x19C8 || c == 0x19C9 || c == 0x1CF2 || c == 0x1CF3)
        return false;
    if (c == 0x1885 || c == 0x1886 || newerThanSqlite(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

// sqlite3Fts5UnicodeIsdiacritic: the combining marks that continue a token (and are dropped).
bool isDiacritic(char32_t c)
{
    constexpr quint32 Mask0 = 0x08029FDF;
    constexpr quint32 Mask1 = 0x000361F8;
    if (c < 768 || c > 817)
        return false;
    return c < 768 + 32 ? (Mask0 & (1u << (c - 768))) : (Mask1 & (1u << (c - 768 - 32)));
}

// A Latin letter with one diacritic becomes its ASCII letter (remove_diacritics=1 leaves the
// ones with two diacritics alone); SQLite's table covers code points below U+2000. Worked out
// once from Unicode's canonical decompositions.
char32_t withoutDiacritic(char32_t c)
{
    constexpr char32_t Covered = 0x2000;
    static const QList<char16_t> table = [] {
        QList<char16_t> t(Covered);
        for (char32_t code = 0; code < Covered; ++code) {
            t[code] = char16_t(code);
            const QString d =
                QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_D);
            if (code >= 0x80 && d.size() == 2 && d.at(0).unicode() < 0x80 && d.at(0).isLetter() &&
                d.at(1).category() == QChar::Mark_NonSpacing)
                t[code] = d.at(0).unicode();
        }
        return t;
    }();
    return c < Covered ? table.at(c) : c;
}

// sqlite3Fts5UnicodeFold: case-folded (simple folding: "ϑ" is "θ"), then without the
// diacritic; 0 drops the character.
char32_t fold(char32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    if (isDiacritic(c))
        return 0;
    if (c == 0x130) // "İ": SQLite lowers it to "i", simple case folding has no entry
        return 'i';
    if (c < 0x10000)
        return newerThanSqlite(c) ? c : withoutDiacritic(QChar::toCaseFolded(c));
    if (c >= 66560 && c < 66600) // Deseret, the one script SQLite folds above the BMP
        return c + 40;
    return c;
}

using Tokens = QList<std::u32string>;

Tokens tokensOf(QByteArrayView utf8)
{
    Tokens tokens;
    std::u32string token;
    bool inToken = false;
    for (qsizetype i = 0; i < utf8.size();) {
        const char32_t c = readUtf8(utf8, i);
        // A diacritic continues a token but never starts one.
        if (isTokenChar(c) || (inToken && isDiacritic(c))) {
            if (const char32_t folded = fold(c))
                token += folded;
            inToken = true;
        } else if (inToken) {
            tokens.append(token);
            token.clear();
            inToken = false;
        }
    }
    if (inToken)
        tokens.append(token);
    return tokens;
}

// A phrase "t1 t2 ... tn"*: the tokens in a row, the last one as a prefix.
bool containsPhrase(const Tokens &haystack, const Tokens &phrase)
{
    const qsizetype n = phrase.size();
    for (qsizetype start = 0; start + n <= haystack.size(); ++start) {
        bool match = true;
        for (qsizetype k = 0; k < n && match; ++k) {
            const std::u32string &have = haystack.at(start + k);
            const std::u32string &want = phrase.at(k);
            match = k + 1 < n ? have == want : have.compare(0, want.size(), want) == 0;
        }
        if (match)
            return true;
    }
    return false;
}

QStringList searchWords(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

// The three searched columns as the store keeps them: the encoded URL and both bodies cut
// at the store's limit.
struct SearchedText
{
    QByteArray url;
    QByteArray requestBody;
    QByteArray responseBody;

    explicit SearchedText(const HttpExchange &e)
        : url(e.url.toEncoded())
        , requestBody(e.requestBody.left(RequestLogStore::MaxBodyBytes))
        , responseBody(e.responseBody.left(RequestLogStore::MaxBodyBytes))
    {}
};

// FTS5: every word (a quoted prefix phrase) in some column. Words without a token are
// dropped from the AND; a search left with none finds nothing.
bool fullTextMatch(const QString &text, const SearchedText &in)
{
    const Tokens columns[] = {tokensOf(in.url), tokensOf(in.requestBody),
                              tokensOf(in.responseBody)};
    bool anyPhrase = false;
    for (const QString &word : searchWords(text)) {
        const Tokens phrase = tokensOf(word.toUtf8());
        if (phrase.isEmpty())
            continue;
        anyPhrase = true;
        const bool found = std::any_of(std::begin(columns), std::end(columns),
                                       [&](const Tokens &c) { return containsPhrase(c, phrase); });
        if (!found)
            return false;
    }
    return anyPhrase;
}

// LIKE '%text%': SQLite reads each value as a C string (up to a NUL byte) and folds ASCII
// letters only.
QByteArray likeText(const QByteArray &value)
{
    const qsizetype nul = value.indexOf('\0');
    return (nul < 0 ? value : value.left(nul)).toLower();
}

bool substringMatch(const QString &text, const SearchedText &in)
{
    const QByteArray needle = text.toUtf8().toLower();
    return likeText(in.url).contains(needle) || likeText(in.requestBody).contains(needle) ||
           likeText(in.responseBody).contains(needle);
}

bool statusMatches(LogQuery::StatusClass statusClass, const HttpExchange &e)
{
    switch (statusClass) {
    case LogQuery::StatusClass::Any:
        return true;
    case LogQuery::StatusClass::Failed:
        return e.status == 0 || !e.error.isEmpty();
    default: {
        const int first = 100 * int(statusClass);
        return e.status >= first && e.status <= first + 99;
    }
    }
}

QString likePattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace

QStringList LogQuery::fullTextTokens(QByteArrayView utf8)
{
    QStringList result;
    for (const std::u32string &token : tokensOf(utf8))
        result << QString::fromUcs4(token.data(), qsizetype(token.size()));
    return result;
}

QString LogQuery::fullTextQuery(const QString &words)
{
    QStringList terms;
    for (QString part : searchWords(words)) {
        part.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + part + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

bool LogQuery::matches(const HttpExchange &e, bool fullTextIndex) const
{
    if (!correlationId.isEmpty() && e.correlationId != correlationId)
        return false;
    // SQL: started_at >= ?, and a row without a start time is not "since" anything.
    if (since.isValid() &&
        (!e.startedAt.isValid() || e.startedAt.toMSecsSinceEpoch() < since.toMSecsSinceEpoch()))
        return false;
    if (!step.isEmpty() && e.step != step)
        return false;
    if (!statusMatches(statusClass, e))
        return false;
    const QString words = text.trimmed();
    if (words.isEmpty())
        return true;
    const SearchedText in(e);
    return fullTextIndex && !substring ? fullTextMatch(words, in) : substringMatch(words, in);
}

QString LogQuery::sqlWhere(QVariantList *values, bool fullTextIndex, bool withCursor) const
{
    QStringList where;
    if (!correlationId.isEmpty()) {
        where << QStringLiteral("correlation_id = ?");
        *values << correlationId;
    }
    if (since.isValid()) {
        where << QStringLiteral("started_at >= ?");
        *values << since.toMSecsSinceEpoch();
    }
    if (!step.isEmpty()) {
        where << QStringLiteral("step = ?");
        *values << step;
    }
    if (statusClass == StatusClass::Failed) {
        where << QStringLiteral("(status = 0 OR error <> '')");
    } else if (statusClass != StatusClass::Any) {
        const int first = 100 * int(statusClass);
        where << QStringLiteral("status BETWEEN %1 AND %2").arg(first).arg(first + 99);
    }
    const QString words = text.trimmed();
    if (!words.isEmpty() && fullTextIndex && !substring) {
        where << QStringLiteral(
            "id IN (SELECT rowid FROM exchanges_fts WHERE exchanges_fts MATCH ?)");
        *values << fullTextQuery(words);
    } else if (!words.isEmpty()) {
        // Bodies are BLOBs: compare them as text so LIKE is case-insensitive for ASCII.
        where << QStringLiteral("(url LIKE ? ESCAPE '\\' OR CAST(request_body AS TEXT) LIKE ? "
                                "ESCAPE '\\' OR CAST(response_body AS TEXT) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(words);
        *values << pattern << pattern << pattern;
    }
    if (withCursor && afterId > 0) {
        where << (newestFirst ? QStringLiteral("id < ?") : QStringLiteral("id > ?"));
        *values << afterId;
    }
    return where.isEmpty() ? QString()
                           : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

} // namespace nv
