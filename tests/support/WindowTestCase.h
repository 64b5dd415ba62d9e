#pragma once

// The start every window test shares: the console opened on the built-in sandbox, and the few
// things each case does with it (type into a field, run a number, read a label). A test class
// derives from it beside QObject, so its cases read as a person's steps.

#include "../ui/WindowDriver.h" // tests/ui's driver: openWindow(), child(), typeInto(), click()
#include "profile/Profile.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QTest>
#include <memory>

namespace nvtest {

class WindowTestCase
{
protected:
    std::unique_ptr<nv::MainWindow> m_window;

    // Opens a new window and waits until its sandbox answers, as a person waits for the status
    // bar. Every case starts on the sandbox, whatever the last one chose, unless it names a
    // --profile.
    void open(QStringList arguments = {})
    {
        if (!arguments.contains(QLatin1String("--profile")))
            arguments << QStringLiteral("--profile") << nv::Profile::builtInSandbox().name;
        m_window = openWindow(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
    }

    QString text(const char *name) const { return labelText(m_window.get(), name); }
    QString verdict() const { return text("verdictLabel"); }

    // Types into a line edit and presses Return, which commits a profile field.
    void enter(const char *name, const QString &value)
    {
        auto *edit = child<QLineEdit>(m_window.get(), name);
        QVERIFY2(edit, name);
        typeInto(edit, value);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // Types the number and presses Run flow.
    void runWith(const QString &number)
    {
        auto *phone = child<QLineEdit>(m_window.get(), "phoneNumber");
        auto *run = child<QPushButton>(m_window.get(), "runButton");
        QVERIFY(phone && run);
        typeInto(phone, number);
        QCOMPARE(phone->text(), number);
        QVERIFY(run->isEnabled());
        click(run);
    }
};

} // namespace nvtest
