#include "LanguageMenu.h"

#include "ConsoleSettings.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QWidget>

namespace nv {

LanguageMenu::LanguageMenu(QMenu *view, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(languages);
    const QString saved = ConsoleSettings::language();
    const auto add = [&](const QString &text, const QString &name, const QString &language) {
        QAction *action = languages->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(language == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("&System default"), QStringLiteral("actionLanguageSystem"), QString());
    languages->addSeparator();
    // Each language named in itself, so a person who cannot read the current one finds theirs.
    for (const QString &language : availableLanguages())
        add(languageName(language), QStringLiteral("actionLanguage_") + language, language);
}

void LanguageMenu::choose(const QString &language)
{
    if (language == ConsoleSettings::language())
        return;
    ConsoleSettings::setLanguage(language);
    QMessageBox box(
        QMessageBox::Information, tr("Language"),
        language.isEmpty()
            ? tr("NV Console will follow the system's language from its next start.")
            : tr("NV Console will speak %1 from its next start.").arg(languageName(language)),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("languageChangedBox"));
    box.setInformativeText(tr("The window's texts are set when it opens. Restart now to see the "
                              "new language; a run in progress is cancelled."));
    QPushButton *now = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("restartNowButton"));
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLaterButton"));
    box.setDefaultButton(later);
    box.exec();
    if (box.clickedButton() == now)
        restart();
}

void LanguageMenu::restart()
{
    // The arguments as given, less Qt's own (-style, -platform), which the new process gets
    // from the same environment anyway.
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!m_window->close())
        return;
    if (!QProcess::startDetached(program, arguments))
        qWarning("nv-console: could not start %s again; start it by hand", qPrintable(program));
    QCoreApplication::quit();
}

} // namespace nv
