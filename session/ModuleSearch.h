#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace nv {

// Where the programs find their modules (Qt plugins loaded with QPluginLoader the first time a
// command or a run needs them: the embedded browser, nv-cli's graphics module). In this order:
//   - $NV_PLUGIN_DIR, when set (and nowhere else then: a test or a packager decides);
//   - <program folder>/../lib/nv-console/plugins, the installed layout of every package;
//   - the build tree's plugin folder, only for a program that runs from that build tree.
// Usable before the application object exists (nv-cli picks its application's type from a
// module): the program's folder is then read from the system.
class ModuleSearch
{
public:
    // The folders searched, in order (for messages and nv-cli doctor).
    static QStringList searchPath();
    // The module file called name (plus the platform's suffix) in the first folder that has
    // it; empty when none has.
    static QString find(const QString &name);
    // Loads the module file and returns its root object as Interface, kept loaded for the life
    // of the process (what it makes is used until the end); null when it does not load, with
    // QPluginLoader's words in *error.
    template <class Interface> static Interface *load(const QString &file, QString *error)
    {
        QObject *root = rootObject(file, error);
        auto *module = qobject_cast<Interface *>(root);
        if (root && !module && error) // another module, or one of another version
            *error = QStringLiteral("%1 does not offer the interface expected").arg(file);
        return module;
    }

private:
    static QString programDir();
    static QObject *rootObject(const QString &file, QString *error);
};

} // namespace nv
