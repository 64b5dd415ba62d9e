#pragma once

#include "profile/Profile.h"

#include <QList>
#include <QString>
#include <optional>

namespace nv {

// The user's profiles, kept in one JSON file next to the application's other settings.
//
// The two built-in profiles are always listed first and never written: they come from the
// code, so an update can fix their URLs. The file never holds a client secret (SecretStore
// does), which is what makes it safe to export and share.
class ProfileStore
{
public:
    static constexpr int FormatVersion = 1;

    // An empty path means the default: <AppConfigLocation>/profiles.json.
    explicit ProfileStore(const QString &path = {});

    static QString defaultPath();
    QString path() const { return m_path; }
    // Why the last load or save failed, in words; empty after a success.
    QString lastError() const { return m_lastError; }

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    static bool isBuiltInName(const QString &name);

    // Adds or replaces the profile with that name and saves. Refuses built-in and empty names.
    bool upsert(Profile profile);
    bool remove(const QString &name);
    // Copies a profile (built-ins too) under newName, made unique if taken, and saves it.
    // Returns the copy, or a profile with an empty name when the source is unknown or saving
    // failed.
    Profile duplicate(const QString &name, const QString &newName);
    // A name not used by any profile: base, or "base (2)", "base (3)", ...
    QString uniqueName(const QString &base) const;
    // What is wrong with name as the new name of the profile called current, in words; empty
    // when it can be used. Names are compared trimmed and regardless of case, so "Lab" and
    // " lab " cannot both exist; current may take another case of its own name.
    QString nameProblem(const QString &name, const QString &current = {}) const;
    // Renames a custom profile in place (its position in the list kept) and saves; the last
    // used profile follows. Refuses built-in profiles and any name nameProblem() rejects.
    bool rename(const QString &from, const QString &to);

    QString lastUsedProfile() const { return m_lastUsed; }
    void setLastUsedProfile(const QString &name);

    // Reloads from disk (also done by the constructor). A missing file is not an error.
    bool reload();

    static bool exportTo(const QString &path, const QList<Profile> &profiles, QString *error);
    // Accepts an export file, a profiles file, a bare array of profiles or a single profile.
    // Unknown fields (a secret included) are ignored; imported profiles are never built-in.
    static QList<Profile> importFrom(const QString &path, QString *error);

private:
    bool save();
    qsizetype indexOf(const QString &name) const;

    QString m_path;
    QList<Profile> m_custom;
    QString m_lastUsed;
    QString m_lastError;
};

} // namespace nv
