#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace nv {

namespace {
// lupdate files a tr() call by where it stands: in a member of nv::Foo under "nv::Foo", in a
// free function of the namespace under "nv". Several core files route both through one helper
// that asks for "nv::Foo" (QCoreApplication::translate has no other way to know the caller), so
// a text not found under its class is looked up under the namespace as well.
class NamespaceFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && context && qstrncmp(context, "nv::", 4) == 0)
            text = QTranslator::translate("nv", sourceText, disambiguation, n);
        return text;
    }
};

// The installed folder first (relative to the program, so an unpacked package works), then the
// copy compiled into the program.
QStringList consoleFolders()
{
    return {QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../" NV_INSTALL_TRANSLATIONDIR)),
            QStringLiteral(":/i18n")};
}

QString load(QTranslator *translator, const QLocale &locale, const QString &name,
             const QStringList &folders)
{
    for (const QString &folder : folders) {
        if (translator->load(locale, name, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator))
            return translator->filePath();
    }
    delete translator;
    return {};
}
} // namespace

QString installCatalogue(QTranslator *translator, const QLocale &locale, const QString &name)
{
    return load(translator, locale, name, consoleFolders());
}

LoadedTranslations installTranslations(const QLocale &locale)
{
    LoadedTranslations loaded;
    QObject *app = QCoreApplication::instance();
    loaded.console = load(new NamespaceFallbackTranslator(app), locale,
                          QStringLiteral("nv-console"), consoleFolders());
    // Only when the console speaks the language too: a window half in one language and half in
    // another reads worse than one in English.
    if (!loaded.console.isEmpty()) {
        loaded.qt = load(new QTranslator(app), locale, QStringLiteral("qtbase"),
                         {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    }
    return loaded;
}

} // namespace nv
