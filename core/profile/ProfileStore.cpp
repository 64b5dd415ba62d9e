#include "ProfileStore.h"

#include "io/BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

namespace nv {

namespace {
// A profiles file holds a few kilobytes per profile; a file far larger is not one.
constexpr qint64 MaxProfileFileBytes = 4 * 1024 * 1024;
} // namespace

namespace {

const QString VersionKey = QStringLiteral("version");
const QString ProfilesKey = QStringLiteral("profiles");
const QString LastUsedKey = QStringLiteral("lastUsedProfile");

QList<Profile> builtIns()
{
    return {Profile::builtInSandbox(), Profile::konera()};
}

QJsonArray toJsonArray(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &p : profiles)
        array.append(p.toJson()); // toJson has no secret field by design
    return array;
}

bool writeJson(const QString &path, const QJsonObject &object, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QObject::tr("Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    // QSaveFile writes a temporary file and renames it: a crash mid-write leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Profiles from any of the shapes importFrom accepts; entries without a name are skipped.
// problem (optional): the first profile that names something this console does not know.
QList<Profile> profilesFromJson(const QJsonDocument &document, bool *recognised,
                                QString *problem = nullptr)
{
    QJsonArray array;
    *recognised = true;
    if (document.isArray()) {
        array = document.array();
    } else if (document.object().value(ProfilesKey).isArray()) {
        array = document.object().value(ProfilesKey).toArray();
    } else if (document.object().contains(QStringLiteral("name"))) {
        array.append(document.object());
    } else {
        *recognised = false;
    }
    QList<Profile> profiles;
    for (const QJsonValue &value : std::as_const(array)) {
        if (!value.isObject())
            continue;
        QString unknown;
        Profile p = Profile::fromJson(value.toObject(), &unknown);
        p.name = p.name.trimmed();
        if (p.name.isEmpty())
            continue;
        if (problem && problem->isEmpty() && !unknown.isEmpty())
            *problem = QObject::tr("profile \"%1\": %2").arg(p.name, unknown);
        p.builtIn = false;
        profiles.append(p);
    }
    return profiles;
}

} // namespace

ProfileStore::ProfileStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
    reload();
}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QLatin1String("/profiles.json");
}

bool ProfileStore::isBuiltInName(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const Profile &p : builtIns()) {
        if (p.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ProfileStore::reload()
{
    m_custom.clear();
    m_lastUsed.clear();
    m_lastError.clear();
    if (!QFileInfo::exists(m_path))
        return true;
    const std::optional<QByteArray> read =
        BoundedFile::readAll(m_path, MaxProfileFileBytes, &m_lastError);
    if (!read)
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*read, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_lastError = QObject::tr("%1 is not a valid profiles file (%2)")
                          .arg(m_path, parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : QObject::tr("expected a JSON object"));
        return false;
    }
    bool recognised = false;
    for (const Profile &p : profilesFromJson(document, &recognised)) {
        // A hand-edited file may name a built-in or repeat a name: the first one wins.
        if (!isBuiltInName(p.name) && indexOf(p.name) < 0)
            m_custom.append(p);
    }
    m_lastUsed = document.object().value(LastUsedKey).toString();
    return true;
}

bool ProfileStore::save()
{
    QJsonObject root{
        {VersionKey, FormatVersion},
        {ProfilesKey, toJsonArray(m_custom)},
    };
    if (!m_lastUsed.isEmpty())
        root.insert(LastUsedKey, m_lastUsed);
    m_lastError.clear();
    return writeJson(m_path, root, &m_lastError);
}

QList<Profile> ProfileStore::profiles() const
{
    return builtIns() + m_custom;
}

qsizetype ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_custom.size(); ++i) {
        if (m_custom.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const Profile &p : builtIns()) {
        if (p.name == name)
            return p;
    }
    const qsizetype i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_custom.at(i);
}

bool ProfileStore::upsert(Profile profile)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty()) {
        m_lastError = QObject::tr("A profile needs a name");
        return false;
    }
    if (isBuiltInName(profile.name)) {
        m_lastError = QObject::tr("\"%1\" is a built-in profile and cannot be changed; "
                                  "duplicate it to make an editable copy")
                          .arg(profile.name);
        return false;
    }
    profile.builtIn = false;
    const qsizetype i = indexOf(profile.name);
    if (i >= 0)
        m_custom[i] = profile;
    else
        m_custom.append(profile);
    return save();
}

bool ProfileStore::remove(const QString &name)
{
    const qsizetype i = indexOf(name);
    if (i < 0) {
        m_lastError =
            isBuiltInName(name)
                ? QObject::tr("\"%1\" is a built-in profile and cannot be removed").arg(name)
                : QObject::tr("There is no profile named \"%1\"").arg(name);
        return false;
    }
    m_custom.removeAt(i);
    if (m_lastUsed == name)
        m_lastUsed.clear();
    return save();
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed();
    auto taken = [this](const QString &name) { return isBuiltInName(name) || indexOf(name) >= 0; };
    if (!trimmed.isEmpty() && !taken(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

QString ProfileStore::nameProblem(const QString &name, const QString &current) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QObject::tr("A profile needs a name.");
    for (const Profile &p : profiles()) {
        if (p.name.compare(trimmed, Qt::CaseInsensitive) != 0 || p.name == current)
            continue;
        return p.builtIn ? QObject::tr("\"%1\" is the name of a built-in profile: choose another.")
                               .arg(p.name)
                         : QObject::tr("Another profile is already called \"%1\" (case "
                                       "aside): choose another name.")
                               .arg(p.name);
    }
    return {};
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    const qsizetype i = indexOf(from);
    if (i < 0) {
        m_lastError = isBuiltInName(from)
                          ? QObject::tr("\"%1\" is a built-in profile and cannot be renamed; "
                                        "duplicate it to make an editable copy")
                                .arg(from)
                          : QObject::tr("There is no profile named \"%1\"").arg(from);
        return false;
    }
    if (const QString problem = nameProblem(to, from); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    m_custom[i].name = to.trimmed();
    if (m_lastUsed == from)
        m_lastUsed = m_custom.at(i).name;
    return save();
}

Profile ProfileStore::duplicate(const QString &name, const QString &newName)
{
    const std::optional<Profile> source = find(name);
    if (!source) {
        m_lastError = QObject::tr("There is no profile named \"%1\"").arg(name);
        return {};
    }
    Profile copy = *source;
    copy.builtIn = false;
    copy.name =
        uniqueName(newName.trimmed().isEmpty() ? QObject::tr("%1 (copy)").arg(name) : newName);
    if (!upsert(copy))
        return {};
    return copy;
}

void ProfileStore::setLastUsedProfile(const QString &name)
{
    if (m_lastUsed == name)
        return;
    m_lastUsed = name;
    save();
}

bool ProfileStore::exportTo(const QString &path, const QList<Profile> &profiles, QString *error)
{
    QList<Profile> exported = profiles;
    for (Profile &p : exported)
        p.builtIn = false;
    const QJsonObject root{
        {VersionKey, FormatVersion},
        {ProfilesKey, toJsonArray(exported)},
    };
    return writeJson(path, root, error);
}

QList<Profile> ProfileStore::importFrom(const QString &path, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<Profile>{};
    };
    if (error)
        error->clear();
    QString readError;
    const std::optional<QByteArray> read =
        BoundedFile::readAll(path, MaxProfileFileBytes, &readError);
    if (!read)
        return failWith(readError);
    const QByteArray &bytes = *read;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(QObject::tr("%1 is not a JSON file: %2 at byte %3")
                            .arg(QFileInfo(path).fileName(), parseError.errorString())
                            .arg(parseError.offset));
    }
    bool recognised = false;
    QString unknown;
    const QList<Profile> profiles = profilesFromJson(document, &recognised, &unknown);
    // Running with a guess (say client_secret_post for a method the console does not know)
    // would send the wrong credentials: the import is refused and says what it did not know.
    if (!unknown.isEmpty())
        return failWith(
            QObject::tr("%1 cannot be imported: %2").arg(QFileInfo(path).fileName(), unknown));
    if (!recognised || profiles.isEmpty()) {
        return failWith(QObject::tr("%1 contains no profiles: expected an NV Console profile "
                                    "export (an object with a \"profiles\" list)")
                            .arg(QFileInfo(path).fileName()));
    }
    return profiles;
}

} // namespace nv
