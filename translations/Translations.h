#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace nv {

// The catalogues a program has loaded: the console's own and Qt's (standard dialogs, context
// menus of text fields, shortcut names).
struct LoadedTranslations
{
    QString console;     // file the console's strings came from, empty if none matched
    QString qt;          // file Qt's own strings came from, empty if none matched
    QString commandLine; // nv-cli_<lang>: the command-line programs' own strings
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

// The command-line programs (nv-cli, nv-sandbox, nv-relay): their own catalogue, plus the
// console's (the core's explanations and the scenarios' titles they print) and Qt's
// (QCommandLineParser's errors). Qt reads the system locale as gettext does (LC_ALL,
// LC_MESSAGES, LANG), and its list of languages from LANGUAGE first. Implemented in
// CliTranslations.cpp (library nvclitranslations, which holds the catalogue).
LoadedTranslations installCommandLineTranslations(const QLocale &locale = QLocale());

// Loads the catalogue `name`_<lang>.qm for `locale` into `translator` from the installed
// folder or the copy compiled into the program, and installs it. Returns the file it came
// from, or empty (and deletes `translator`) when none matched.
QString installCatalogue(QTranslator *translator, const QLocale &locale, const QString &name);

} // namespace nv
