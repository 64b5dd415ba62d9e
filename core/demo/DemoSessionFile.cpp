#include "DemoSessionFile.h"

#include "io/BoundedFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace nv {

QString DemoSessionFile::suffix()
{
    return QStringLiteral("nvsession");
}

QString DemoSessionFile::mimeType()
{
    return QStringLiteral("application/x-nvsession");
}

std::optional<DemoSession> DemoSessionFile::read(const QString &path, QString *error,
                                                 const QStringList &knownScenarios)
{
    QString why;
    const std::optional<QByteArray> bytes = BoundedFile::readAll(path, MaxBytes, &why);
    const QString name = QFileInfo(path).fileName();
    if (!bytes) {
        *error = QStringLiteral("%1 cannot be opened: %2").arg(name, why);
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1 is damaged: it is not a JSON object (%2 at byte %3). Nothing "
                                "was changed.")
                     .arg(name, parse.error != QJsonParseError::NoError
                                    ? parse.errorString()
                                    : QStringLiteral("not an object"))
                     .arg(parse.offset);
        return std::nullopt;
    }
    std::optional<DemoSession> session =
        DemoSession::fromJson(document.object(), &why, knownScenarios);
    if (!session)
        *error = QStringLiteral("%1 cannot be opened. %2 Nothing was changed.").arg(name, why);
    return session;
}

bool DemoSessionFile::write(const QString &path, const DemoSession &session, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = QJsonDocument(session.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace nv
