#include "HelpMenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace nv {

HelpMenu::HelpMenu(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->setToolTipsVisible(true);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    QAction *docs = help->addAction(tr("&Documentation"), this, &HelpMenu::openDocumentation);
    docs->setObjectName(QStringLiteral("actionDocumentation"));
    const QString folder = documentationFolder();
    docs->setEnabled(!folder.isEmpty());
    docs->setToolTip(folder.isEmpty() ? tr("No documentation is installed next to this build")
                                      : folder);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About NV Console"), this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

QString HelpMenu::documentationFolder()
{
    const QDir prefix(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
    for (const QString &name :
         {QStringLiteral("share/doc/nv-console"), QStringLiteral("share/doc/%1").arg(qAppName())}) {
        const QFileInfo folder(prefix.filePath(name));
        if (folder.isDir())
            return folder.canonicalFilePath();
    }
    return {};
}

void HelpMenu::openDocumentation()
{
    const QString folder = documentationFolder();
    if (!folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void HelpMenu::showAbout()
{
    // The libraries the console links, with their licences (as their projects publish them).
    const QString text = tr("<h3>NV Console %1</h3>"
                            "<p>A test console for the CAMARA Number Verification API.</p>"
                            "<p>Built with Qt %2 (running on Qt %3).</p>"
                            "<p><b>Libraries and their licences</b><br>"
                            "Qt 6 (Widgets, Network, WebEngine, HttpServer, Sql…): LGPL-3.0<br>"
                            "Qt Keychain: BSD-3-Clause<br>"
                            "OpenSSL: Apache-2.0<br>"
                            "libphonenumber: Apache-2.0<br>"
                            "libqrencode: LGPL-2.1-or-later<br>"
                            "cjose, Jansson: MIT<br>"
                            "SQLite: public domain<br>"
                            "Chromium (inside Qt WebEngine): BSD-3-Clause and others</p>")
                             .arg(QCoreApplication::applicationVersion(),
                                  QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    QMessageBox box(QMessageBox::Information, tr("About NV Console"), text, QMessageBox::Close,
                    m_window);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void HelpMenu::showShortcuts()
{
    QStringList rows;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        QStringList shown;
        for (const QKeySequence &key : keys)
            shown << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows << QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(action->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                         shown.join(QStringLiteral(", ")));
    }
    rows.sort();
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                    QStringLiteral("<table>%1</table>").arg(rows.join(QString())),
                    QMessageBox::Close, m_window);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace nv
