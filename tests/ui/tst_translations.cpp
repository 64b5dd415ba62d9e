#include "Translations.h"
#include "WindowDriver.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace nv;
using namespace nvtest;

// The window in Spanish, as a person with a Spanish desktop (LANGUAGE=es, LANG=es_ES.UTF-8,
// set by ctest) starts it: the console's catalogue and Qt's own are loaded from the system
// locale, the menus and buttons read in Spanish, and no visible text is one of the English
// source strings the catalogue translates. The catalogue itself has no unfinished entry.
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    struct Entry
    {
        QString source;
        QStringList translations; // one, or one per plural form
        QString type;             // "unfinished", "vanished", "obsolete" or empty
    };
    QList<Entry> m_catalogue;
    LoadedTranslations m_loaded;

    static QList<Entry> readCatalogue(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QList<Entry> entries;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message") {
                entries.append(Entry{});
            } else if (xml.name() == u"source") {
                entries.last().source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                entries.last().type = xml.attributes().value(QLatin1String("type")).toString();
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.text().isEmpty() &&
                    !xml.isWhitespace())
                    entries.last().translations << xml.text().toString();
            } else if (xml.name() == u"numerusform") {
                entries.last().translations << xml.readElementText();
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return entries;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression marker(QStringLiteral("%L?(\\d|n)"));
        QStringList found;
        for (const auto &m : marker.globalMatch(text))
            found << m.captured();
        found.removeDuplicates();
        found.sort();
        return found;
    }

    // An English source as a pattern: its placeholders match anything.
    static QRegularExpression pattern(const QString &source)
    {
        QString expression = QRegularExpression::escape(source);
        expression.replace(QRegularExpression(QStringLiteral("%L?(\\d|n)")), QStringLiteral(".*"));
        return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                                  QRegularExpression::DotMatchesEverythingOption);
    }

    // Enough English around the placeholders to tell a sentence, not "%1 s" or "→ %1".
    static bool distinctive(const QString &source)
    {
        QString words = source;
        words.remove(QRegularExpression(QStringLiteral("%L?(\\d|n)")));
        return words.count(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))) >= 1;
    }

    // Every text a person can read in the window now: menus (all of them, as they open),
    // buttons, labels, group titles, tabs, placeholders and tooltips of visible widgets.
    static QStringList visibleTexts(QMainWindow *window)
    {
        QStringList texts;
        const auto addMenu = [&texts](auto &&self, QMenu *menu) -> void {
            texts << menu->title();
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    self(self, action->menu());
                else if (!action->isSeparator() && action->isVisible())
                    texts << action->text() << action->toolTip();
            }
        };
        for (QAction *action : window->menuBar()->actions())
            if (action->menu())
                addMenu(addMenu, action->menu());
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            texts << widget->toolTip();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts << button->text();
            else if (auto *label = qobject_cast<QLabel *>(widget))
                texts << label->text();
            else if (auto *group = qobject_cast<QGroupBox *>(widget))
                texts << group->title();
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                texts << edit->placeholderText();
            else if (auto *tabs = qobject_cast<QTabWidget *>(widget))
                for (int i = 0; i < tabs->count(); ++i)
                    texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        for (QString &text : texts)
            text.remove(QChar(0x200B)); // UiStyle::breakable()
        texts.removeAll(QString());
        texts.removeDuplicates();
        return texts;
    }

    // Visible text that stays English on purpose: values from the API and the sandbox.
    static QStringList allowedEnglish()
    {
        return {
            "none", // the OpenID prompt value of the sandbox profile
            // View → Language names each language in itself, so a person finds theirs.
            "English",
        };
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase()
    {
        QCOMPARE(QLocale().language(), QLocale::Spanish); // ctest sets LANGUAGE and LANG
        m_loaded = installTranslations();
        QVERIFY2(!m_loaded.console.isEmpty(), "no Spanish catalogue for the console");
        QVERIFY2(!m_loaded.qt.isEmpty(), "no Spanish qtbase catalogue (qt6-translations-l10n)");
        m_catalogue = readCatalogue(QStringLiteral(NV_TS_FILE));
        QVERIFY(m_catalogue.size() > 500);
    }

    // Every entry translated, with the source's placeholders and plural forms.
    void catalogueComplete()
    {
        QStringList problems;
        for (const Entry &entry : std::as_const(m_catalogue)) {
            if (!entry.type.isEmpty() || entry.translations.isEmpty())
                problems << QStringLiteral("%1: %2").arg(
                    entry.type.isEmpty() ? QStringLiteral("empty") : entry.type, entry.source);
            for (const QString &translation : entry.translations)
                if (placeholders(translation) != placeholders(entry.source))
                    problems << QStringLiteral("placeholders differ: %1 → %2")
                                    .arg(entry.source, translation);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    // nv-console --help, answered before the window exists, speaks the locale's language too;
    // in the C locale (how its manual page is made) it stays English.
    void helpFollowsTheLocale()
    {
        const auto help = [](const QStringList &unset, const QStringList &set) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &name : unset)
                env.remove(name);
            for (const QString &pair : set)
                env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(NV_CONSOLE_BINARY), {QStringLiteral("--help")});
            return process.waitForFinished(30000)
                       ? QString::fromUtf8(process.readAllStandardOutput())
                       : QString();
        };
        const QString spanish =
            help({}, {QStringLiteral("LANGUAGE=es"), QStringLiteral("LANG=es_ES.UTF-8")});
        QVERIFY2(spanish.contains(QLatin1String("Empezar con el perfil llamado <name>.")),
                 qPrintable(spanish));
        const QString english = help({QStringLiteral("LANGUAGE"), QStringLiteral("LC_MESSAGES")},
                                     {QStringLiteral("LC_ALL=C.UTF-8")});
        QVERIFY2(english.contains(QLatin1String("Start on the profile called <name>.")),
                 qPrintable(english));
    }

    void windowInSpanish()
    {
        auto window = openWindow({QStringLiteral("--profile"), Profile::builtInSandbox().name});
        QStringList menus;
        for (QAction *action : window->menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus.mid(0, 5), (QStringList{"&Archivo", "&Perfil", "F&lujo", "&Ver", "A&yuda"}));
        QCOMPARE(child<QPushButton>(window.get(), "runButton")->text(), "Ejecutar flujo");
        QCOMPARE(child<QPushButton>(window.get(), "nextStepButton")->text(), "Paso siguiente");
        QCOMPARE(window->findChild<QAction *>("actionPresentation")->text(), "Modo &presentación");
        // Qt's own strings: a text field's context menu.
        auto *phone = child<QLineEdit>(window.get(), "phoneNumber");
        std::unique_ptr<QMenu> context(phone->createStandardContextMenu());
        QVERIFY2(context->actions().constFirst()->text().startsWith("&Deshacer"),
                 qPrintable(context->actions().constFirst()->text()));
        // The sandbox has started: its status line is built from a translated template.
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(window.get()).startsWith("Sandbox en marcha"),
                                 20000);

        QStringList english;
        const QStringList texts = visibleTexts(window.get());
        for (const Entry &entry : std::as_const(m_catalogue)) {
            if (entry.translations.contains(entry.source) || !distinctive(entry.source))
                continue; // the same in both languages (JWT, PKCE, HTTP %1)
            const QRegularExpression english_ = pattern(entry.source);
            for (const QString &text : texts)
                if (english_.match(text).hasMatch() && !allowedEnglish().contains(text))
                    english << QStringLiteral("\"%1\" (source \"%2\")").arg(text, entry.source);
        }
        // Text that never went through tr(): English function words in a visible string.
        static const QRegularExpression words(
            QStringLiteral("\\b(the|and|with|this|from|your|which|will|then|there)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &text : texts)
            if (words.match(text).hasMatch() && !allowedEnglish().contains(text))
                english << QStringLiteral("\"%1\" (not in the catalogue)").arg(text);
        QVERIFY2(texts.size() > 60, qPrintable(QString::number(texts.size())));
        QVERIFY2(english.isEmpty(), qPrintable(u'\n' + english.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
