#include "ConsoleSettings.h"
#include "Translations.h"
#include "WindowDriver.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace nv;
using namespace nvtest;

// View → Language on an English system (ctest sets LANGUAGE=en): the languages offered are the
// catalogues the console has, the choice is kept and applied at the next start, in place of the
// system's, and System default goes back to the system's. A start is what nv-console's main()
// does: installLanguage() with the saved choice, then the window.
class TestLanguageMenu : public QObject
{
    Q_OBJECT
private:
    static QStringList menuTitles(QMainWindow *window)
    {
        QStringList titles;
        for (QAction *action : window->menuBar()->actions())
            titles << action->text();
        return titles.mid(0, 5);
    }

    static std::unique_ptr<MainWindow> start()
    {
        installLanguage(ConsoleSettings::language());
        return openWindow({QStringLiteral("--profile"), Profile::builtInSandbox().name});
    }

    // Chooses an entry of View → Language; the message that follows is answered with Later
    // once it has said that the language applies at the next start.
    static void save(QWidget *widget, const QString &name)
    {
        const QString path = QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(name);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

    static void chooseLanguage(MainWindow *window, const char *entry, QString *said)
    {
        whenModal([said, entry](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return;
            *said = box->text() + u'\n' + box->informativeText();
            save(box, QStringLiteral("language-next-start-%1.png").arg(QLatin1String(entry)));
            QVERIFY(box->findChild<QPushButton *>("restartNowButton"));
            click(box->findChild<QPushButton *>("restartLaterButton"));
        });
        QVERIFY(chooseFromMenu(window->findChild<QMenu *>("languageMenu"), entry));
        QTRY_VERIFY_WITH_TIMEOUT(!said->isEmpty(), 10000);
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase() { QCOMPARE(QLocale::system().language(), QLocale::English); }

    void offersTheShippedCatalogues()
    {
        QCOMPARE(availableLanguages(), (QStringList{"en", "es"}));
        QCOMPARE(languageName("en"), "English");
        QCOMPARE(languageName("es"), "Español");
        auto window = start();
        auto *menu = window->findChild<QMenu *>("languageMenu");
        QVERIFY(menu);
        QStringList entries;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                entries << action->objectName() + u'=' + action->text().remove(u'&');
        QCOMPARE(entries, (QStringList{"actionLanguageSystem=System default",
                                       "actionLanguage_en=English", "actionLanguage_es=Español"}));
        menu->popup(QPoint(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        save(menu, QStringLiteral("language-menu.png"));
        menu->hide();
        QVERIFY(window->findChild<QAction *>("actionLanguageSystem")->isChecked());
    }

    void chosenLanguageAppliesAtTheNextStart()
    {
        auto window = start();
        QCOMPARE(menuTitles(window.get()),
                 (QStringList{"&File", "&Profile", "F&low", "&View", "&Help"}));
        QString said;
        chooseLanguage(window.get(), "actionLanguage_es", &said);
        QVERIFY2(said.contains("Español") && said.contains("next start"), qPrintable(said));
        QCOMPARE(ConsoleSettings::language(), "es");
        QCOMPARE(QSettings().value("view/language").toString(), "es");
        QVERIFY(window->isVisible()); // Later: the window stays, in its language
        QCOMPARE(menuTitles(window.get()).constFirst(), "&File");

        window.reset();
        window = start();
        QCOMPARE(menuTitles(window.get()),
                 (QStringList{"&Archivo", "&Perfil", "F&lujo", "&Ver", "A&yuda"}));
        QCOMPARE(child<QPushButton>(window.get(), "runButton")->text(), "Ejecutar flujo");
        // Qt's own strings follow the choice too: a text field's context menu.
        {
            std::unique_ptr<QMenu> context(
                child<QLineEdit>(window.get(), "phoneNumber")->createStandardContextMenu());
            QVERIFY2(context->actions().constFirst()->text().startsWith("&Deshacer"),
                     qPrintable(context->actions().constFirst()->text()));
        }
        QVERIFY(window->findChild<QAction *>("actionLanguage_es")->isChecked());
        QCOMPARE(QLocale().language(), QLocale::Spanish); // dates and numbers as well

        said.clear();
        chooseLanguage(window.get(), "actionLanguageSystem", &said);
        QVERIFY2(said.contains("idioma del sistema"), qPrintable(said));
        QCOMPARE(ConsoleSettings::language(), QString());
        QCOMPARE(QSettings().value("view/language").toString(), "system");
        window.reset();
        window = start();
        QCOMPARE(menuTitles(window.get()),
                 (QStringList{"&File", "&Profile", "F&low", "&View", "&Help"}));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void damagedSettingFallsBackToTheSystem()
    {
        QSettings().setValue("view/language", "../../etc");
        QCOMPARE(ConsoleSettings::language(), QString());
        ConsoleSettings::setLanguage({});
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
