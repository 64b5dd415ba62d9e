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
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG) into the application, in place of those an earlier
// call installed. English needs none: it is the language of the sources. Call after the
// application object exists.
LoadedTranslations installTranslations(const QLocale &locale = QLocale());

// The language a person chose (View → Language), as a locale name from availableLanguages(), or
// empty for the system's. A chosen language becomes the default locale as well, so dates and
// numbers follow it; empty goes back to the system's locale.
LoadedTranslations installLanguage(const QString &language);

// The languages the console speaks, as locale names: "en" (the language of the sources) first,
// then one for every catalogue of the console's found where installTranslations() looks, so a
// catalogue dropped into the installed folder is offered too.
QStringList availableLanguages();

// A language of availableLanguages() named in itself ("English", "Español"), as its catalogue
// names it.
QString languageName(const QString &language);

} // namespace nv
