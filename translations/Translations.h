#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace nv {

// The catalogues a program has loaded: the console's own and Qt's (standard dialogs, context
// menus of text fields, shortcut names).
struct LoadedTranslations
{
    QString console; // file the console's strings came from, empty if none matched
    QString qt;      // file Qt's own strings came from, empty if none matched
};

// Installs the translations matching `locale` (by default the system's, which on Linux follows
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG) into the application. English needs none: it is the
// language of the sources. Call once, after the application object exists.
LoadedTranslations installTranslations(const QLocale &locale = QLocale());

} // namespace nv
