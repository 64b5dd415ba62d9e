#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace nv {

LoadedTranslations installCommandLineTranslations(const QLocale &locale)
{
    LoadedTranslations loaded = installTranslations(locale);
    loaded.commandLine = installCatalogue(new QTranslator(QCoreApplication::instance()), locale,
                                          QStringLiteral("nv-cli"));
    return loaded;
}

} // namespace nv
