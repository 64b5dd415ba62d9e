#pragma once

// Drives the console window the way a person does: through its real widgets, found by object
// name, with mouse clicks and typed keys.

#include "ConsoleOptions.h"
#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <memory>

namespace nvtest {

// WebEngine must have shared GL contexts before the application object exists; the test's
// initMain() calls this.
inline void prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setApplicationName(QStringLiteral("nv-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("NV Console"));
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
