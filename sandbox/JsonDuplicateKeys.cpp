#include "JsonDuplicateKeys.h"

#include <QSet>

namespace nv {

JsonDuplicateKeys::JsonDuplicateKeys(const QByteArray &json)
    : m_text(json)
{}

std::optional<QString> JsonDuplicateKeys::firstDuplicate(const QByteArray &json, bool *incomplete)
{
    JsonDuplicateKeys walk(json);
    const bool walked = walk.value(0);
    if (incomplete)
        *incomplete = !walked && !walk.m_duplicate;
    return walk.m_duplicate;
}

char JsonDuplicateKeys::peek() const
{
    return m_pos < m_text.size() ? m_text.at(m_pos) : '\0';
}

void JsonDuplicateKeys::skipSpace()
{
    while (m_pos < m_text.size() &&
           (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
        ++m_pos;
}

bool JsonDuplicateKeys::value(int depth)
{
    if (depth > MaxDepth)
        return false;
    skipSpace();
    switch (peek()) {
    case '{':
        return object(depth + 1);
    case '[':
        return array(depth + 1);
    case '"': {
        QString ignored;
        return string(&ignored);
    }
    default:
        // A number, true, false or null: nothing inside can repeat.
        while (m_pos < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(peek()))
            ++m_pos;
        return m_pos <= m_text.size();
    }
}

bool JsonDuplicateKeys::object(int depth)
{
    ++m_pos; // '{'
    QSet<QString> keys;
    skipSpace();
    if (peek() == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipSpace();
        QString key;
        if (peek() != '"' || !string(&key))
            return false;
        if (keys.contains(key)) {
            m_duplicate = key;
            return false;
        }
        keys.insert(key);
        skipSpace();
        if (peek() != ':')
            return false;
        ++m_pos;
        if (!value(depth))
            return false;
        skipSpace();
        const char next = peek();
        ++m_pos;
        if (next == '}')
            return true;
        if (next != ',')
            return false;
    }
}

bool JsonDuplicateKeys::array(int depth)
{
    ++m_pos; // '['
    skipSpace();
    if (peek() == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        if (!value(depth))
            return false;
        skipSpace();
        const char next = peek();
        ++m_pos;
        if (next == ']')
            return true;
        if (next != ',')
            return false;
    }
}

bool JsonDuplicateKeys::string(QString *decoded)
{
    ++m_pos; // opening quote
    qsizetype runStart = m_pos;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == '"' || c == '\\') {
            decoded->append(QString::fromUtf8(m_text.mid(runStart, m_pos - runStart)));
            ++m_pos;
            if (c == '"')
                return true;
            if (!escape(decoded))
                return false;
            runStart = m_pos;
            continue;
        }
        ++m_pos;
    }
    return false;
}

bool JsonDuplicateKeys::escape(QString *decoded)
{
    // After the backslash: "phone\u004eumber" and "phoneNumber" are the same key.
    const char c = peek();
    ++m_pos;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        decoded->append(QLatin1Char(c));
        return true;
    case 'b':
        decoded->append(QLatin1Char('\b'));
        return true;
    case 'f':
        decoded->append(QLatin1Char('\f'));
        return true;
    case 'n':
        decoded->append(QLatin1Char('\n'));
        return true;
    case 'r':
        decoded->append(QLatin1Char('\r'));
        return true;
    case 't':
        decoded->append(QLatin1Char('\t'));
        return true;
    case 'u': {
        bool ok = false;
        // UTF-16 code units: a surrogate pair arrives as two escapes and QString joins them.
        const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
        m_pos += 4;
        if (!ok)
            return false;
        decoded->append(QChar(unit));
        return true;
    }
    default:
        return false;
    }
}

} // namespace nv
