#include "DemoSessionMenu.h"

#include "demo/DemoSessionFile.h"
#include "demo/RecentSessions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace nv {

DemoSessionMenu::DemoSessionMenu(QWidget *window, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_hooks(std::move(hooks))
{}

QString DemoSessionMenu::fileFilter()
{
    return tr("NV Console sessions (*.%1)").arg(DemoSessionFile::suffix());
}

void DemoSessionMenu::addTo(QMenu *menu)
{
    QAction *open = menu->addAction(tr("&Open session…"), this, &DemoSessionMenu::chooseAndOpen);
    open->setObjectName(QStringLiteral("actionOpenSession"));
    QMenu *recent = menu->addMenu(tr("Open &recent session"));
    recent->setObjectName(QStringLiteral("menuRecentSessions"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    fillRecent(recent);
    QAction *save = menu->addAction(tr("&Save session…"), this, &DemoSessionMenu::chooseAndSave);
    save->setObjectName(QStringLiteral("actionSaveSession"));
    menu->addSeparator();
}

void DemoSessionMenu::fillRecent(QMenu *menu)
{
    menu->clear();
    const QStringList paths = RecentSessions::list();
    for (const QString &path : paths) {
        QAction *action =
            menu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        menu->addAction(tr("No recent sessions"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("Clear the list"), this, [] { RecentSessions::clear(); });
}

void DemoSessionMenu::fail(const QString &title, const QString &error)
{
    m_lastError = error;
    if (!m_quiet && m_window)
        QMessageBox::warning(m_window, title, error);
}

bool DemoSessionMenu::openFile(const QString &path)
{
    QString error;
    const QStringList scenarios = m_hooks.knownScenarios ? m_hooks.knownScenarios() : QStringList();
    const std::optional<DemoSession> session = DemoSessionFile::read(path, &error, scenarios);
    if (!session) {
        fail(tr("Open session"), error);
        return false;
    }
    if (!m_hooks.apply || !m_hooks.apply(*session, &error)) {
        fail(tr("Open session"),
             tr("%1 was read but could not be applied: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_lastError.clear();
    RecentSessions::add(path);
    emit opened(path);
    return true;
}

bool DemoSessionMenu::saveFile(const QString &path)
{
    if (!m_hooks.capture) {
        fail(tr("Save session"), tr("This window cannot save a session."));
        return false;
    }
    QString error;
    if (!DemoSessionFile::write(path, m_hooks.capture(), &error)) {
        fail(tr("Save session"), error);
        return false;
    }
    m_lastError.clear();
    RecentSessions::add(path);
    emit saved(path);
    return true;
}

void DemoSessionMenu::chooseAndOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open session"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void DemoSessionMenu::chooseAndSave()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save session"), QStringLiteral("demo.%1").arg(DemoSessionFile::suffix()),
        fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + DemoSessionFile::suffix();
    saveFile(path);
}

} // namespace nv
