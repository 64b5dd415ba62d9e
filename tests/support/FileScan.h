#pragma once

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace nvtest {

// One way a secret can be written down.
struct SecretForm
{
    QByteArray bytes;
    const char *name;
    bool anyCase = true; // found in any letter case (base64 is not: its case is its content)
};

// Every way a secret can be written down where a leak would be looked for: as is, percent-
// encoded with upper- and lower-case hex digits, as a form value ('+' for a space), JSON-
// escaped ("\/" for '/', as some servers write it), and, with a client id, as the Basic
// credentials base64("id:secret") (raw and form-encoded first, RFC 6749 2.3.1).
inline QList<SecretForm> secretForms(const QString &secret, const QString &clientId = {})
{
    QList<SecretForm> forms;
    auto add = [&forms](const QByteArray &bytes, const char *name, bool anyCase = true) {
        for (const SecretForm &known : std::as_const(forms)) {
            if (known.bytes == bytes)
                return;
        }
        if (!bytes.isEmpty())
            forms.append({bytes, name, anyCase});
    };
    const QByteArray raw = secret.toUtf8();
    add(raw, "as is");
    const QByteArray percent = QUrl::toPercentEncoding(secret);
    add(percent, "percent-encoded");
    // QByteArray::toLower only lowers ASCII letters: the hex digits, and the secret's own.
    add(percent.toLower(), "percent-encoded, lower-case hex");
    QByteArray form = QUrl::toPercentEncoding(secret, " ");
    form.replace(' ', '+');
    add(form, "form-encoded");
    add(form.toLower(), "form-encoded, lower-case hex");
    QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    json = json.mid(2, json.size() - 4); // ["..."] without the brackets and quotes
    add(json, "JSON-escaped");
    add(QByteArray(json).replace("/", "\\/"), "JSON-escaped with \\/");
    if (!clientId.isEmpty()) {
        add((clientId.toUtf8() + ':' + raw).toBase64(), "Basic credentials", false);
        const QByteArray encodedId = QUrl::toPercentEncoding(clientId);
        add((encodedId + ':' + percent).toBase64(), "Basic credentials, percent-encoded", false);
        add((encodedId + ':' + form).toBase64(), "Basic credentials, form-encoded", false);
    }
    return forms;
}

// The first form of the secret found in bytes (lower: bytes.toLower(), computed once), or null.
inline const char *foundForm(const QByteArray &bytes, const QByteArray &lower,
                             const QList<SecretForm> &forms)
{
    for (const SecretForm &form : forms) {
        if (form.anyCase ? lower.contains(form.bytes.toLower()) : bytes.contains(form.bytes))
            return form.name;
    }
    return nullptr;
}

// How many of the secrets appear in bytes, each in any of its forms (secretForms): to show that
// a value did cross the wire before showing that it never reached a file.
inline int scanBytes(const QByteArray &bytes, const QStringList &secrets,
                     const QString &clientId = {})
{
    const QByteArray lower = bytes.toLower();
    int found = 0;
    for (const QString &secret : secrets)
        found += foundForm(bytes, lower, secretForms(secret, clientId)) ? 1 : 0;
    return found;
}

// What a look through every file below a folder found.
struct FileScan
{
    int filesRead = 0;
    // "path: holds secret #n (form)", for each secret found anywhere, and "path: cannot be
    // read": a file that could not be read cannot be shown to hold no secret.
    QStringList leaks;
    QStringList unreadable;
    bool sawMarker = false; // the marker appeared in some file (proof the run reached disk)
};

// Reads every file below root, hidden ones included (SQLite -wal and -shm, settings, profiles),
// and reports each secret found in it in any of its forms (secretForms), in any letter case
// (a server may echo a value lower-cased) except for the base64 forms.
inline FileScan scanFiles(const QString &root, const QStringList &secrets,
                          const QByteArray &marker = {}, const QString &clientId = {})
{
    FileScan scan;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Sockets and pipes (a private bus, a keyring) hold no bytes to look at, and opening
        // a pipe would wait for a writer.
        if (!it.fileInfo().isFile())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            scan.unreadable << path;
            scan.leaks << QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QByteArray lower = bytes.toLower();
        ++scan.filesRead;
        scan.sawMarker |= !marker.isEmpty() && bytes.contains(marker);
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            if (const char *form = foundForm(bytes, lower, secretForms(secrets.at(i), clientId)))
                scan.leaks << QStringLiteral("%1: holds secret #%2 (%3)")
                                  .arg(path)
                                  .arg(i)
                                  .arg(QLatin1String(form));
        }
    }
    return scan;
}

} // namespace nvtest
