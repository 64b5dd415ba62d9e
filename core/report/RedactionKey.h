#pragma once

#include "http/HttpExchange.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace nv {

// Which secret each redaction marker of an exchange stands for, learnt from this session's raw
// copy (RequestLog::revealed) by setting the two side by side: the log's text is the raw text
// with some spans replaced by markers, so the text between two markers anchors what each one
// hides. A value is kept only when it hashes to its marker (Redactor::marker, in any of the
// encodings the redactor reads), so a misaligned span is never taken for a secret.
//
// "Edit and resend" shows a request masked (markers) or revealed (values) on purpose, and
// sends the values in place of the markers. Without a raw copy (an earlier session, another
// machine, nv-cli) the key is empty, and markers stay markers: the person must supply them.
class RedactionKey
{
public:
    static RedactionKey learn(const HttpExchange &redacted, const HttpExchange &raw);

    bool isEmpty() const { return m_pairs.isEmpty(); }
    // Known markers replaced with their values.
    QString reveal(const QString &text) const;
    // Known values replaced with their markers.
    QString mask(const QString &text) const;
    // The values, for the log to redact wherever they turn up again.
    QStringList values() const;
    // The markers in a text that this key cannot reveal.
    QStringList unknownMarkers(const QString &text) const;
    static QStringList markersIn(const QString &text);

private:
    void learnText(const QString &redacted, const QString &raw);
    void add(const QString &marker, const QString &value);

    QList<QPair<QString, QString>> m_pairs; // marker, value as it was written in place
};

} // namespace nv
