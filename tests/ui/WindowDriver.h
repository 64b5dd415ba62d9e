#pragma once

// Drives the console window the way a person does: through its real widgets, found by object
// name, with mouse clicks and typed keys.

#include "ConsoleOptions.h"
#include "EmbeddedBrowserLoader.h"
#include "MainWindow.h"
#include "common/ApplicationIdentity.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace nvtest {

// As nv-console's main() does before the application object exists; the test's initMain()
// calls this. The embedded browser is the module in the build tree, loaded by the first run
// that needs it (or none, when NV_PLUGIN_DIR points at an empty folder).
inline void prepareApplication()
{
    nv::EmbeddedBrowserLoader::prepareApplication();
    nv::setApplicationIdentity();
}

inline QString testHome()
{
    return qEnvironmentVariable("NV_TEST_HOME", QDir::tempPath());
}

inline QString logDatabasePath()
{
    return testHome() + QStringLiteral("/request-log.sqlite");
}

// A window built from a command line, exactly as nv-console builds it.
inline std::unique_ptr<nv::MainWindow> openWindow(QStringList arguments = {})
{
    arguments.prepend(QStringLiteral("nv-console"));
    arguments << QStringLiteral("--log-db") << logDatabasePath();
    nv::ConsoleOptions options;
    QString error;
    if (!nv::ConsoleOptions::parse(arguments, &options, &error))
        qFatal("bad test arguments: %s", qPrintable(error));
    auto window = std::make_unique<nv::MainWindow>(options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

template <typename T> T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

// Clears a line edit and types into it, key by key.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void click(QPushButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

// Picks an entry of a combo box with the keyboard, as a person does: Home, then Down until it
// shows. Keyboard moves emit activated(), like a choice from the popup.
inline bool choose(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i <= combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

// For a modal dialog the next click opens: handle() runs on it once it is up (QFileDialog,
// QMessageBox), from the dialog's own event loop. It waits as long as the dialog takes: a
// loaded machine can be slow to show one, and the test's own timeout bounds the wait.
inline void whenModal(std::function<void(QWidget *)> handle)
{
    QTimer::singleShot(50, [handle] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible())
            handle(modal);
        else
            whenModal(handle);
    });
}

// Answers a (non-native) file dialog with a path, the way its Open/Save button does: the name
// field holds the path, then the dialog accepts. The text is set rather than typed key by key:
// typing opens the dialog's completer, whose popup takes the Return meant for the dialog, and
// a test then waited on a dialog that never closed.
inline void answerFileDialog(QWidget *dialog, const QString &path)
{
    auto *files = qobject_cast<QFileDialog *>(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    if (!files || !name)
        return;
    name->setText(path);
    static_cast<QDialog *>(files)
        ->accept(); // QFileDialog::accept(): checks the path as a click does
}

// The menu of the window's menu bar titled title (without its & mnemonic).
inline QMenu *menuOf(QMainWindow *window, const QString &title)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu() && top->text().remove(QLatin1Char('&')) == title)
            return top->menu();
    }
    return nullptr;
}

// Opens a menu (its aboutToShow runs, as when it is clicked open) and chooses the entry named
// action with the keyboard: highlighted, then Return. False, and the menu closed, when the
// entry is not there or is disabled. An entry that opens a modal dialog returns once the
// dialog is closed: answer it with whenModal() first.
inline bool chooseFromMenu(QMenu *menu, const char *action)
{
    if (!menu)
        return false;
    menu->popup(menu->parentWidget() ? menu->parentWidget()->mapToGlobal(QPoint(0, 0))
                                     : QPoint(0, 0));
    if (!QTest::qWaitForWindowExposed(menu))
        return false;
    QAction *entry = nullptr;
    for (QAction *candidate : menu->actions()) {
        if (candidate->objectName() == QLatin1String(action) ||
            (candidate->menu() && candidate->menu()->objectName() == QLatin1String(action)))
            entry = candidate;
    }
    if (!entry || !entry->isEnabled() || !entry->isVisible()) {
        menu->hide();
        return false;
    }
    menu->setActiveAction(entry);
    QTest::keyClick(menu, Qt::Key_Return);
    return true;
}

inline bool chooseFromMenu(QMainWindow *window, const QString &title, const char *action)
{
    return chooseFromMenu(menuOf(window, title), action);
}

// A label's text as read: without the zero-width spaces that let long codes wrap.
inline QString labelText(QWidget *window, const char *name)
{
    auto *label = child<QLabel>(window, name);
    return label ? label->text().remove(QChar(0x200B))
                 : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

inline QString sandboxStatus(QWidget *window)
{
    auto *label = child<QLabel>(window, "sandboxStatus");
    return label ? label->text() : QString();
}

// Every value in one column of a view, as displayed.
inline QStringList columnValues(QTableView *table, int column)
{
    QStringList values;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace nvtest
