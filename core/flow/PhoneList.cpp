#include "PhoneList.h"

#include "phone/PhoneNumberCheck.h"

#include <QStringDecoder>
#include <QStringList>

namespace nv {

namespace {

const QString ColumnName = QStringLiteral("phoneNumber");
constexpr int ShownCharacters = 80; // of a bad line, in its problem

QString shown(const QString &text)
{
    return text.size() <= ShownCharacters ? text : text.left(ShownCharacters) + QChar(0x2026);
}

// One record of a CSV text and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    bool unterminated = false; // a quoted field ran to the end of the input
};

// RFC 4180 by hand, the part a list of numbers needs (quoted fields, doubled quotes, line breaks
// inside quotes, CRLF): Qt has no CSV reader, and a spreadsheet's export is what people have.
class CsvReader
{
public:
    CsvReader(const QString &text, qsizetype from, int line, QChar separator)
        : m_text(text)
        , m_pos(from)
        , m_line(line)
        , m_separator(separator)
    {}

    bool next(CsvRecord *record)
    {
        if (m_pos >= m_text.size())
            return false;
        *record = CsvRecord{m_line, {}, false};
        for (;;) {
            record->fields << readField(record);
            if (m_pos >= m_text.size())
                return true;
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\n')) {
                ++m_line;
                return true;
            }
            // otherwise the separator: another field follows
        }
    }

private:
    QString readField(CsvRecord *record)
    {
        QString field;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"'))
            field = readQuoted(record);
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == m_separator || c == QLatin1Char('\n'))
                break;
            if (c != QLatin1Char('\r'))
                field += c;
            ++m_pos;
        }
        return field;
    }

    QString readQuoted(CsvRecord *record)
    {
        QString field;
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"')) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    field += c;
                    ++m_pos;
                    continue;
                }
                return field;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            field += c;
        }
        record->unterminated = true;
        return field;
    }

    const QString &m_text;
    qsizetype m_pos;
    int m_line;
    QChar m_separator;
};

// The first line that is neither blank nor a comment: where it starts, its number, its text.
struct FirstLine
{
    qsizetype offset = -1;
    int line = 0;
    QString text;
};

FirstLine firstMeaningfulLine(const QString &text)
{
    qsizetype offset = 0;
    for (int line = 1; offset < text.size(); ++line) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), offset);
        if (end < 0)
            end = text.size();
        const QString content = text.mid(offset, end - offset).trimmed();
        if (!content.isEmpty() && !content.startsWith(QLatin1Char('#')))
            return {offset, line, content};
        offset = end + 1;
    }
    return {};
}

class ListBuilder
{
public:
    ListBuilder(PhoneList *list, bool allowInvalid)
        : m_list(list)
        , m_allowInvalid(allowInvalid)
    {}

    // False once the list is full (the whole input is then refused).
    bool add(int line, const QString &raw, const QString &what)
    {
        const QString number = raw.trimmed();
        if (number.isEmpty()) {
            m_list->problems.append({line, raw, QStringLiteral("no number in %1").arg(what)});
            return true;
        }
        const PhoneNumberCheck check = PhoneNumberCheck::check(number);
        if (!check.isE164 && !m_allowInvalid) {
            m_list->problems.append({line, shown(number),
                                     QStringLiteral("\"%1\" is not an E.164 number: %2")
                                         .arg(shown(number), check.problem)});
            return true;
        }
        if (m_list->numbers.size() >= PhoneList::MaxNumbers) {
            m_list->error =
                QStringLiteral("more than %1 numbers: split the list").arg(PhoneList::MaxNumbers);
            return false;
        }
        m_list->numbers.append({line, number});
        return true;
    }

private:
    PhoneList *m_list;
    bool m_allowInvalid;
};

void parsePlain(const QString &text, const FirstLine &first, ListBuilder &builder)
{
    const QStringList lines = text.mid(first.offset).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString content = lines.at(i).trimmed();
        if (content.isEmpty() || content.startsWith(QLatin1Char('#')))
            continue;
        if (!builder.add(first.line + int(i), content, QStringLiteral("the line")))
            return;
    }
}

bool parseCsv(const QString &text, const FirstLine &first, PhoneList *list, ListBuilder &builder)
{
    const QChar separator = first.text.contains(QLatin1Char(','))   ? QLatin1Char(',')
                            : first.text.contains(QLatin1Char(';')) ? QLatin1Char(';')
                                                                    : QLatin1Char(',');
    CsvReader reader(text, first.offset, first.line, separator);
    CsvRecord record;
    reader.next(&record);
    qsizetype column = -1;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (record.fields.at(i).trimmed().compare(ColumnName, Qt::CaseInsensitive) == 0)
            column = i;
    }
    if (column < 0) {
        list->error = QStringLiteral("line %1 looks like a CSV header but has no %2 column "
                                     "(it has: %3)")
                          .arg(first.line)
                          .arg(ColumnName, shown(record.fields.join(QStringLiteral(", "))));
        return false;
    }
    list->csv = true;
    while (reader.next(&record)) {
        if (record.fields.join(QString()).trimmed().isEmpty())
            continue; // a blank line
        if (record.unterminated) {
            list->problems.append({record.line, shown(record.fields.join(separator)),
                                   QStringLiteral("a quoted field is never closed")});
            break;
        }
        if (column >= record.fields.size()) {
            list->problems.append({record.line, shown(record.fields.join(separator)),
                                   QStringLiteral("no %1 field (%2 fields, the column is the "
                                                  "%3th)")
                                       .arg(ColumnName)
                                       .arg(record.fields.size())
                                       .arg(column + 1)});
            continue;
        }
        if (!builder.add(record.line, record.fields.at(column),
                         QStringLiteral("the %1 column").arg(ColumnName)))
            return false;
    }
    return true;
}

} // namespace

PhoneList PhoneList::parse(const QByteArray &bytes, bool allowInvalid)
{
    PhoneList list;
    if (bytes.size() > MaxBytes) {
        list.error = QStringLiteral("more than %1 bytes").arg(MaxBytes);
        return list;
    }
    if (bytes.contains('\0')) {
        list.error = QStringLiteral("it is not text (it holds NUL bytes)");
        return list;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        list.error = QStringLiteral("it is not UTF-8 text");
        return list;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a byte order mark, as spreadsheets write it
    const FirstLine first = firstMeaningfulLine(text);
    if (first.offset < 0)
        return list;
    ListBuilder builder(&list, allowInvalid);
    const QString header = first.text.startsWith(QLatin1Char('"'))
                               ? first.text.mid(1).section(QLatin1Char('"'), 0, 0)
                               : first.text;
    const bool looksLikeCsv = first.text.contains(QLatin1Char(',')) ||
                              first.text.contains(QLatin1Char(';')) ||
                              header.compare(ColumnName, Qt::CaseInsensitive) == 0;
    if (looksLikeCsv)
        parseCsv(text, first, &list, builder);
    else
        parsePlain(text, first, builder);
    if (!list.error.isEmpty()) {
        list.numbers.clear();
        list.problems.clear();
    }
    return list;
}

} // namespace nv
