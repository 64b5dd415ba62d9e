#include "Redactor.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <memory>

namespace nv {

namespace {

// OAuth and OIDC parameter names whose values are credentials. "code" is the authorization
// code: short-lived, but enough to obtain a token while it lives.
constexpr std::array<QByteArrayView, 9> SensitiveNames = {
    "client_secret",    "code",     "access_token", "refresh_token", "id_token", "code_verifier",
    "client_assertion", "password", "assertion",
};

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray markerBytes(const QByteArray &value)
{
    return Redactor::marker(value).toLatin1();
}

// Redacting twice must not change anything: a marker is left as it is. Only a whole marker
// counts: "[redacted:…]rest" still holds a value that may be secret.
bool isMarker(QByteArrayView value)
{
    static constexpr QByteArrayView prefix = "[redacted:";
    constexpr qsizetype hexDigits = 8;
    if (value.size() != prefix.size() + hexDigits + 1 || !value.startsWith(prefix) ||
        !value.endsWith(']'))
        return false;
    const QByteArrayView digits = value.sliced(prefix.size(), hexDigits);
    return std::all_of(digits.begin(), digits.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

QByteArray formDecoded(QByteArray encoded)
{
    encoded.replace('+', ' ');
    return QByteArray::fromPercentEncoding(encoded);
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

// "Bearer abc" keeps its scheme so the log still says how the client authenticated.
QByteArray redactCredentials(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0)
        return trimmed.isEmpty() || isMarker(trimmed) ? value : markerBytes(trimmed);
    const QByteArray credentials = trimmed.mid(space + 1).trimmed();
    if (credentials.isEmpty() || isMarker(credentials))
        return value;
    return trimmed.left(space) + ' ' + markerBytes(credentials);
}

QByteArray redactCookiePair(const QByteArray &pair)
{
    const QByteArray trimmed = pair.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const qsizetype eq = trimmed.indexOf('=');
    if (eq < 0)
        return isMarker(trimmed) ? trimmed : markerBytes(trimmed);
    const QByteArray value = trimmed.mid(eq + 1).trimmed();
    return trimmed.left(eq + 1) + (value.isEmpty() || isMarker(value) ? value : markerBytes(value));
}

// Cookie: a=1; b=2 -- every value is a potential session credential, the names are useful.
QByteArray redactCookieHeader(const QByteArray &value)
{
    QByteArrayList parts = value.split(';');
    for (QByteArray &part : parts)
        part = redactCookiePair(part);
    return parts.join("; ");
}

// Set-Cookie: name=value; Path=/; HttpOnly -- only the first pair is the cookie, the rest are
// attributes worth seeing. Qt joins repeated Set-Cookie headers with newlines.
QByteArray redactSetCookie(const QByteArray &value)
{
    QByteArrayList lines = value.split('\n');
    for (QByteArray &line : lines) {
        const qsizetype semicolon = line.indexOf(';');
        if (semicolon < 0)
            line = redactCookiePair(line);
        else
            line = redactCookiePair(line.left(semicolon)) + line.mid(semicolon);
    }
    return lines.join('\n');
}

// Finds values in JSON text that QJsonDocument has already accepted, and records where they
// are, so the output is the input byte for byte apart from the secrets (key order, spacing
// and number formatting stay as the server sent them).
class JsonScanner
{
public:
    struct Replacement
    {
        qsizetype start;
        qsizetype end;
        QByteArray text;
    };

    explicit JsonScanner(const QByteArray &text)
        : in(text)
    {}

    QList<Replacement> scan()
    {
        const qsizetype start = skipSpace(0);
        if (start < in.size())
            scanContainer(start);
        return replacements;
    }

private:
    const QByteArray &in;
    QList<Replacement> replacements;

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < in.size() && (in[i] == ' ' || in[i] == '\t' || in[i] == '\r' || in[i] == '\n'))
            ++i;
        return i;
    }

    qsizetype stringEnd(qsizetype i) const
    {
        for (++i; i < in.size(); ++i) {
            if (in[i] == '\\')
                ++i;
            else if (in[i] == '"')
                return i + 1;
        }
        return in.size();
    }

    qsizetype valueEnd(qsizetype i) const
    {
        if (i >= in.size())
            return i;
        if (in[i] == '"')
            return stringEnd(i);
        if (in[i] == '{' || in[i] == '[') {
            int depth = 0;
            while (i < in.size()) {
                const char c = in[i];
                if (c == '"') {
                    i = stringEnd(i);
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return i + 1;
                }
                ++i;
            }
            return i;
        }
        while (i < in.size() && !QByteArrayView(",]} \t\r\n").contains(in[i]))
            ++i;
        return i;
    }

    QString decodedString(qsizetype start, qsizetype end) const
    {
        const QByteArray wrapped = '[' + in.mid(start, end - start) + ']';
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    void scanContainer(qsizetype i)
    {
        if (in[i] == '{')
            scanObject(i);
        else if (in[i] == '[')
            scanArray(i);
    }

    void scanArray(qsizetype i)
    {
        i = skipSpace(i + 1);
        while (i < in.size() && in[i] != ']') {
            scanContainer(i);
            i = skipSpace(valueEnd(i));
            if (i < in.size() && in[i] == ',')
                i = skipSpace(i + 1);
        }
    }

    void scanObject(qsizetype i)
    {
        struct Member
        {
            QString key;
            qsizetype valueStart;
            qsizetype valueEnd;
        };
        QList<Member> members;
        bool hasMessage = false;
        i = skipSpace(i + 1);
        while (i < in.size() && in[i] == '"') {
            const qsizetype keyEnd = stringEnd(i);
            const QString key = decodedString(i, keyEnd);
            hasMessage =
                hasMessage || key.compare(QLatin1String("message"), Qt::CaseInsensitive) == 0;
            const qsizetype valueStart = skipSpace(skipSpace(keyEnd) + 1);
            const qsizetype end = valueEnd(valueStart);
            members.append({key, valueStart, end});
            i = skipSpace(end);
            if (i < in.size() && in[i] == ',')
                i = skipSpace(i + 1);
        }
        for (const Member &m : members) {
            // CAMARA errors are {"status", "code", "message"}: there "code" names the error
            // (INVALID_ARGUMENT, ...), the most useful thing in the log, not an OAuth code.
            const bool errorCode =
                hasMessage && m.key.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0;
            if (Redactor::isSensitiveName(m.key.toUtf8()) && !errorCode) {
                const QByteArray value = in[m.valueStart] == '"'
                                             ? decodedString(m.valueStart, m.valueEnd).toUtf8()
                                             : in.mid(m.valueStart, m.valueEnd - m.valueStart);
                if (!isMarker(value))
                    replacements.append({m.valueStart, m.valueEnd, '"' + markerBytes(value) + '"'});
            } else {
                scanContainer(m.valueStart);
            }
        }
    }
};

QString namesPattern()
{
    QStringList names;
    for (QByteArrayView name : SensitiveNames)
        names << QString::fromLatin1(name.toByteArray());
    return names.join(QLatin1Char('|'));
}

} // namespace

QString Redactor::marker(const QByteArray &secretValue)
{
    const QByteArray digest = QCryptographicHash::hash(secretValue, QCryptographicHash::Sha256);
    return QStringLiteral("[redacted:%1]").arg(QString::fromLatin1(digest.left(4).toHex()));
}

bool Redactor::isSensitiveName(QByteArrayView name)
{
    for (QByteArrayView sensitive : SensitiveNames) {
        if (sameName(name, sensitive))
            return true;
    }
    return false;
}

HttpHeaders Redactor::redactHeaders(const HttpHeaders &headers)
{
    HttpHeaders result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        QByteArray redactedValue;
        if (sameName(name, "authorization") || sameName(name, "proxy-authorization"))
            redactedValue = redactCredentials(value);
        else if (sameName(name, "cookie"))
            redactedValue = redactCookieHeader(value);
        else if (sameName(name, "set-cookie"))
            redactedValue = redactSetCookie(value);
        else if (isSensitiveName(name))
            redactedValue = isMarker(value) ? value : markerBytes(value);
        else
            redactedValue = redactText(value); // e.g. Location: <redirect_uri>?code=...
        result.append({name, redactedValue});
    }
    return result;
}

QByteArray Redactor::redactFormBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    QByteArrayList pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray value = formDecoded(pair.mid(eq + 1));
        if (isSensitiveName(formDecoded(pair.left(eq)).trimmed()) && !isMarker(value))
            pair = pair.left(eq + 1) + markerBytes(value);
    }
    return pairs.join('&');
}

QByteArray Redactor::redactJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        // Not JSON: scanned as text. A marker can replace the very string that made it invalid
        // (a byte that is not UTF-8 in a token); the result is then JSON, and gets now the JSON
        // pass it would get if it were redacted again (a sensitive key's array or number), so
        // redacting twice changes nothing.
        const QByteArray asText = redactText(body);
        if (asText == body || QJsonDocument::fromJson(asText).isNull())
            return asText;
        return redactJsonBody(asText);
    }
    QByteArray result = body;
    const auto replacements = JsonScanner(body).scan();
    // Replace from the end so earlier offsets stay valid.
    QList<JsonScanner::Replacement> ordered = replacements;
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a.start > b.start; });
    for (const auto &r : ordered)
        result.replace(r.start, r.end - r.start, r.text);
    return result;
}

QByteArray Redactor::redactText(const QByteArray &text)
{
    if (text.isEmpty())
        return text;
    // Latin-1 maps every byte to one QChar and back, so binary or non-UTF-8 text survives.
    QString s = QString::fromLatin1(text);
    static const QRegularExpression pair(
        QStringLiteral("(?<![A-Za-z0-9_.\\-])(%1)=([^&;#\\s\"'<>]*)").arg(namesPattern()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(
        QStringLiteral("\"(%1)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").arg(namesPattern()),
        QRegularExpression::CaseInsensitiveOption);

    for (const QRegularExpression *re : {&pair, &quoted}) {
        QString out;
        qsizetype last = 0;
        auto it = re->globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString value = m.captured(2);
            // Already replaced by an earlier pass: hashing the marker would hide the link
            // between lines that the marker exists for.
            const QByteArray raw = value.toLatin1();
            if (value.isEmpty() || isMarker(raw))
                continue;
            const QByteArray secret = re == &pair ? formDecoded(raw) : raw;
            out += QStringView(s).mid(last, m.capturedStart(2) - last);
            out += marker(secret);
            last = m.capturedEnd(2);
        }
        if (last > 0) {
            out += QStringView(s).mid(last);
            s = out;
        }
    }
    return s.toLatin1();
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    // An invalid URL has no text (toString and toEncoded give nothing, so the pass by value
    // finds nothing in it), yet it keeps its parts and its source in its error string. Setting
    // a redacted query on it would make it valid again, host dropped and unredacted parts shown.
    if (!url.isValid())
        return {};
    QUrl result = url;
    if (url.hasQuery()) {
        const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
        result.setQuery(QString::fromLatin1(redactText(redactFormBody(query))), QUrl::TolerantMode);
    }
    // Implicit and hybrid flows return tokens in the fragment, SPA routes put queries there.
    if (url.hasFragment()) {
        const QByteArray fragment = url.fragment(QUrl::FullyEncoded).toLatin1();
        result.setFragment(QString::fromLatin1(redactText(redactFormBody(fragment))),
                           QUrl::TolerantMode);
    }
    if (!url.password().isEmpty() && !isMarker(url.password().toUtf8()))
        result.setPassword(marker(url.password().toUtf8()));
    return result;
}

namespace {

QByteArray redactBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return Redactor::redactJsonBody(body);
    if (type.contains("x-www-form-urlencoded"))
        return Redactor::redactText(Redactor::redactFormBody(body));
    // Unlabelled or mislabelled bodies: JSON if it parses, otherwise a textual scan.
    const QByteArray start = body.trimmed().left(1);
    if (start == "{" || start == "[")
        return Redactor::redactJsonBody(body);
    return Redactor::redactText(body);
}

} // namespace

namespace {

// Finds literal secrets in text however they were written: as is, percent-encoded (either
// case of hex digit, '+' or %20 for a space), JSON-escaped ("\/" for '/', "\u0026" for '&'),
// in any mix and any letter case (a server that echoes a token lower-cased still echoes it).
// One regular expression for all the secrets of a call, longest first, one capture group
// each; compiled once per list of secrets (a run's list is the same for all its exchanges).
class SecretMatcher
{
public:
    explicit SecretMatcher(const QStringList &secrets)
    {
        QStringList usable;
        for (const QString &secret : secrets) {
            // A marker is what a secret became: replacing it would break idempotence.
            if (secret.size() >= Redactor::MinimumExtraSecretLength && !usable.contains(secret) &&
                !isMarker(secret.toUtf8()))
                usable << secret;
        }
        std::sort(usable.begin(), usable.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QStringList alternatives;
        for (const QString &secret : std::as_const(usable)) {
            const QByteArray utf8 = secret.toUtf8();
            m_markers << QString::fromLatin1(Redactor::marker(utf8).toLatin1());
            alternatives << QLatin1Char('(') + patternFor(utf8) + QLatin1Char(')');
        }
        if (!alternatives.isEmpty())
            m_pattern = QRegularExpression(alternatives.join(QLatin1Char('|')),
                                           QRegularExpression::CaseInsensitiveOption);
    }

    bool isEmpty() const { return m_markers.isEmpty(); }

    // Bytes in, bytes out: Latin-1 gives every byte one character, so binary bodies survive.
    QByteArray replaced(const QByteArray &text) const
    {
        if (isEmpty() || text.isEmpty())
            return text;
        const QString in = QString::fromLatin1(text);
        QString out;
        qsizetype last = 0;
        auto it = m_pattern.globalMatch(in);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            int group = 1;
            while (group <= m.lastCapturedIndex() && m.capturedStart(group) < 0)
                ++group;
            out += QStringView(in).mid(last, m.capturedStart() - last);
            out += m_markers.at(group - 1);
            last = m.capturedEnd();
        }
        if (last == 0)
            return text;
        out += QStringView(in).mid(last);
        return out.toLatin1();
    }

    QString replaced(const QString &text) const
    {
        return isEmpty() ? text : QString::fromUtf8(replaced(text.toUtf8()));
    }

    static std::shared_ptr<const SecretMatcher> forSecrets(const QStringList &secrets)
    {
        // A few lists live at a time (one per run in flight); the cache stays small.
        thread_local QHash<QString, std::shared_ptr<const SecretMatcher>> cache;
        const QString key = secrets.join(QChar(0x1f));
        if (const auto found = cache.constFind(key); found != cache.cend())
            return *found;
        if (cache.size() >= 16)
            cache.clear();
        auto matcher = std::make_shared<const SecretMatcher>(secrets);
        cache.insert(key, matcher);
        return matcher;
    }

private:
    static QString patternFor(const QByteArray &utf8)
    {
        QString pattern;
        for (const char byte : utf8) {
            const auto c = static_cast<unsigned char>(byte);
            const QString hex = QStringLiteral("%1").arg(c, 2, 16, QLatin1Char('0'));
            QStringList forms{QRegularExpression::escape(QString(QChar(c))),
                              QLatin1Char('%') + hex};
            if (c < 0x80)
                forms << QLatin1String("\\\\u00") + hex;
            if (c == ' ')
                forms << QStringLiteral("\\+");
            if (c == '/' || c == '"' || c == '\\')
                forms << QLatin1String("\\\\") + QRegularExpression::escape(QString(QChar(c)));
            pattern += QLatin1String("(?:") + forms.join(QLatin1Char('|')) + QLatin1Char(')');
        }
        return pattern;
    }

    QRegularExpression m_pattern;
    QStringList m_markers; // in the order of the capture groups
};

// The credentials of a Basic Authorization header are secrets too, wherever else they turn up:
// the base64 text as sent, and the secret half of "id:secret" (form-encoded first, RFC 6749).
QStringList basicCredentials(const HttpHeaders &headers)
{
    QStringList found;
    for (const auto &[name, value] : headers) {
        const QByteArray trimmed = value.trimmed();
        if ((!sameName(name, "authorization") && !sameName(name, "proxy-authorization")) ||
            !trimmed.toLower().startsWith("basic "))
            continue;
        const QByteArray encoded = trimmed.mid(6).trimmed();
        if (isMarker(encoded))
            continue; // redacted already
        found << QString::fromLatin1(encoded);
        const QByteArray decoded = QByteArray::fromBase64(encoded);
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            found << QString::fromUtf8(decoded.mid(colon + 1));
            found << QString::fromUtf8(formDecoded(decoded.mid(colon + 1)));
        }
    }
    return found;
}

} // namespace

QByteArray Redactor::redactSecrets(const QByteArray &text, const QStringList &secrets)
{
    return SecretMatcher::forSecrets(secrets)->replaced(text);
}

QString Redactor::redactText(const QString &text, const QStringList &secrets)
{
    const QString byValue = SecretMatcher::forSecrets(secrets)->replaced(text);
    return QString::fromUtf8(redactText(byValue.toUtf8()));
}

namespace {

// Replaces the secrets a run knows wherever they are, before the pass by name: in this order a
// name the value pass uncovers ("<secret>access_token=…" becomes "[redacted:…]access_token=…")
// is still found, so redacting twice changes nothing. A secret that is also a named value gets
// the same marker either way (the marker hashes the value, not the place it was found).
HttpExchange redactedByValue(const HttpExchange &raw, const SecretMatcher &matcher)
{
    HttpExchange r = raw;
    if (matcher.isEmpty())
        return r;
    const QByteArray url = raw.url.toEncoded();
    const QByteArray replacedUrl = matcher.replaced(url);
    if (replacedUrl != url)
        r.url = QUrl::fromEncoded(replacedUrl, QUrl::TolerantMode);
    for (HttpHeaders *headers : {&r.requestHeaders, &r.responseHeaders}) {
        for (auto &header : *headers)
            header.second = matcher.replaced(header.second);
    }
    r.requestBody = matcher.replaced(r.requestBody);
    r.responseBody = matcher.replaced(r.responseBody);
    r.error = matcher.replaced(r.error);
    r.note = matcher.replaced(r.note);
    return r;
}

} // namespace

HttpExchange Redactor::redacted(const HttpExchange &raw, const QStringList &extraSecrets)
{
    const auto matcher =
        SecretMatcher::forSecrets(extraSecrets + basicCredentials(raw.requestHeaders));
    const HttpExchange byValue = redactedByValue(raw, *matcher);
    HttpExchange r = byValue;
    r.url = redactUrl(byValue.url);
    r.requestHeaders = redactHeaders(byValue.requestHeaders);
    r.responseHeaders = redactHeaders(byValue.responseHeaders);
    // The content types as sent: a secret replaced inside one must not change how a body reads.
    r.requestBody =
        redactBody(byValue.requestBody, headerValue(raw.requestHeaders, "content-type"));
    r.responseBody =
        redactBody(byValue.responseBody, headerValue(raw.responseHeaders, "content-type"));
    // Error texts can quote a URL, and with it a code.
    r.error = QString::fromUtf8(redactText(byValue.error.toUtf8()));
    r.note = QString::fromUtf8(redactText(byValue.note.toUtf8()));
    return r;
}

} // namespace nv
