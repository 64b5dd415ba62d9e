#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <utility>

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

const QString ConsoleCatalogue = QStringLiteral("nv-console");
// The name a catalogue gives its own language: the translator writes it in that language.
const char *const NameContext = "nv::Translations";
const struct
{
    const char *source;
    const char *comment;
} LanguageNameText = QT_TRANSLATE_NOOP3("nv::Translations", "English",
                                        "the name of this catalogue's language, written in itself");

// What the last installTranslations() put in, taken out by the next: the language can change
// while the program runs (a test, or a window opened again after View → Language).
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString load(QTranslator *translator, const QLocale &locale, const QString &name,
             const QStringList &folders)
{
    for (const QString &folder : folders) {
        if (translator->load(locale, name, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator)) {
            installed().append(translator);
            return translator->filePath();
        }
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
    for (const QPointer<QTranslator> &translator : std::exchange(installed(), {})) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    LoadedTranslations loaded;
    QObject *app = QCoreApplication::instance();
    loaded.console =
        load(new NamespaceFallbackTranslator(app), locale, ConsoleCatalogue, consoleFolders());
    // Only when the console speaks the language too: a window half in one language and half in
    // another reads worse than one in English.
    if (!loaded.console.isEmpty()) {
        loaded.qt = load(new QTranslator(app), locale, QStringLiteral("qtbase"),
                         {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    }
    return loaded;
}

LoadedTranslations installLanguage(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    return installTranslations(locale);
}

QStringList availableLanguages()
{
    QStringList languages;
    const QString prefix = ConsoleCatalogue + QLatin1Char('_');
    for (const QString &folder : consoleFolders()) {
        const QStringList files =
            QDir(folder).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString name = file.mid(prefix.size()).chopped(3); // "es" of nv-console_es.qm
            if (!name.isEmpty() && QLocale(name).language() != QLocale::C)
                languages.append(name);
        }
    }
    languages.sort();
    languages.removeDuplicates();
    languages.removeAll(QStringLiteral("en"));
    languages.prepend(QStringLiteral("en"));
    return languages;
}

QString languageName(const QString &language)
{
    QTranslator catalogue;
    for (const QString &folder : consoleFolders()) {
        if (catalogue.load(QLocale(language), ConsoleCatalogue, QStringLiteral("_"), folder))
            break;
    }
    QString name =
        catalogue.translate(NameContext, LanguageNameText.source, LanguageNameText.comment);
    if (name.isEmpty() && language != QLatin1String("en")) {
        // A catalogue that does not name its language: Qt's name for it, as its speakers write it.
        name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
    }
    return name.isEmpty() ? QString::fromLatin1(LanguageNameText.source) : name;
}

} // namespace nv
