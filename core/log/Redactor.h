#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace nv {

// Replaces secrets with a marker before an exchange reaches the disk or a view.
//
// The marker carries the first 8 hex digits of the secret's SHA-256, so two lines that carry
// the same code or token can be matched by eye without the value being shown. Redaction is by
// name (OAuth parameter names, credential headers, cookies) and, as a second pass, by value:
// literal secrets the caller knows about are replaced wherever they appear, however encoded
// and in any letter case, which catches a secret echoed back in an unexpected place (an error
// page, a debug header, an error_description that quotes the request).
class Redactor
{
public:
    static HttpExchange redacted(const HttpExchange &raw, const QStringList &extraSecrets = {});

    static HttpHeaders redactHeaders(const HttpHeaders &headers);
    static QByteArray redactFormBody(const QByteArray &body);
    static QByteArray redactJsonBody(const QByteArray &body);
    static QUrl redactUrl(const QUrl &url);
    // Name-based scan of arbitrary text: name=value pairs and "name": "value" pairs.
    static QByteArray redactText(const QByteArray &text);
    // For every text that leaves the program other than through the log: what nv-cli prints
    // (transcript, --json, a server's error_description), what the window shows in labels.
    // The name-based scan, then each secret replaced wherever it appears, in any encoding
    // (as is, percent-encoded, '+' for a space, JSON-escaped) and any letter case.
    static QString redactText(const QString &text, const QStringList &secrets);
    // Only the second part: the secrets, in any encoding and case. Bytes stay bytes.
    static QByteArray redactSecrets(const QByteArray &text, const QStringList &secrets);

    static QString marker(const QByteArray &secretValue);
    static bool isSensitiveName(QByteArrayView name);

    // Extra secrets shorter than this are ignored: they would match ordinary text all over a
    // log and hide nothing (the name-based pass still covers them where they are expected).
    static constexpr qsizetype MinimumExtraSecretLength = 4;
};

} // namespace nv
