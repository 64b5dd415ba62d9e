#pragma once

#include "flow/DriverKind.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace nv {

// A prepared demo, as a .nvsession file holds it: the profile (never a secret: a profile holds
// none, and a file that carries one is refused), the built-in sandbox's scenario, the numbers
// to verify and whether each is sent hashed, how the authorize chain is walked, and the
// window's layout. Everything needed to replay the demo in one click.
//
// JSON with a format name and a version. fromJson() checks everything before anything is
// returned, so a window applies a session whole or not at all.
struct DemoSession
{
    static constexpr int FormatVersion = 1;
    static constexpr int MaxNumbers = 20;
    static constexpr qsizetype MaxSplitterStateBytes = 4096;
    static QString formatName(); // "nv-console-session"

    struct Number
    {
        QString number; // as it is put in the field (E.164, or a test number on purpose)
        bool hashed = false;
        QString label; // what the demo shows with it ("the SIM in this phone")
        bool operator==(const Number &) const = default;
    };
    struct Layout
    {
        bool presentation = false;
        bool fullScreen = false;
        QString theme;                       // "system", "light", "dark"; empty: unchanged
        QMap<QString, QByteArray> splitters; // name → QSplitter::saveState()
        bool operator==(const Layout &) const = default;
    };

    QString title;
    Profile profile;
    QString scenario; // the sandbox scenario id; empty: unchanged
    QList<Number> numbers;
    DriverKind driver = DriverKind::EmbeddedBrowser;
    Layout layout;

    QJsonObject toJson() const;
    // knownScenarios: the sandbox's scenario ids; a session naming another is refused. Empty:
    // any well-formed id. Nothing, with *error said for a person, when the object is not a
    // session this version can apply entirely.
    static std::optional<DemoSession> fromJson(const QJsonObject &object, QString *error,
                                               const QStringList &knownScenarios = {});

    bool operator==(const DemoSession &) const = default;

private:
    static bool readNumbers(const QJsonObject &object, DemoSession *session, QString *error);
    static bool readLayout(const QJsonObject &object, DemoSession *session, QString *error);
    static bool readProfile(const QJsonObject &object, DemoSession *session, QString *error);
};

} // namespace nv
