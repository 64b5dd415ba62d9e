#include "WindowDriver.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <algorithm>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>

using namespace nv;
using namespace nvtest;

// The window as a screen reader and a keyboard user meet it: every interactive element in the
// accessibility tree has a name in words, and Tab reaches every control that takes focus.
class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    static bool interactive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::PageTab:
        case QAccessible::MenuItem:
        case QAccessible::Table:
        case QAccessible::List:
        case QAccessible::Tree:
        case QAccessible::Link:
            return true;
        default:
            return false;
        }
    }

    // A name a screen reader can say: at least one letter ("→", "…" or "✓" alone are not).
    static bool spoken(const QString &name)
    {
        return std::any_of(name.begin(), name.end(), [](QChar c) { return c.isLetter(); });
    }

    static QString describe(QAccessibleInterface *node)
    {
        QObject *object = node->object();
        QString path;
        for (QObject *o = object; o; o = o->parent())
            if (!o->objectName().isEmpty())
                path.prepend(u'/' + o->objectName());
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(object ? QLatin1String(object->metaObject()->className()) : QLatin1String("?"),
                 path, node->text(QAccessible::Name));
    }

    // Depth first through the accessibility tree, skipping what is not on screen.
    static void walk(QAccessibleInterface *node, QStringList *unnamed, int *interactiveCount)
    {
        if (!node || !node->isValid() || node->state().invisible)
            return;
        if (interactive(node->role())) {
            ++*interactiveCount;
            if (!spoken(node->text(QAccessible::Name)))
                *unnamed << describe(node);
        }
        // Table cells and list items take their names from the data; their container's name
        // is what identifies them.
        if (node->role() == QAccessible::Table || node->role() == QAccessible::List)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), unnamed, interactiveCount);
    }

    // The controls a person reaches with Tab: visible, enabled, taking focus by Tab.
    QList<QWidget *> tabStops() const
    {
        QList<QWidget *> stops;
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !widget->isEnabled() ||
                !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            if (qobject_cast<QScrollBar *>(widget))
                continue; // reached with the arrow keys of the area they scroll
            stops << widget;
        }
        return stops;
    }

    // What screen readers were told while a test ran (QAccessible::installUpdateHandler): the
    // verdict card's alerts and the verdict label's name changes, by the name they carried.
    struct Told
    {
        QStringList alerts;
        QStringList verdictNames;
    };
    static Told &told()
    {
        static Told record;
        return record;
    }
    static void record(QAccessibleEvent *event)
    {
        QObject *object = event->object();
        QAccessibleInterface *node = event->accessibleInterface();
        if (!object || !node)
            return;
        if (event->type() == QAccessible::Alert && object->objectName() == "resultCard")
            told().alerts << node->text(QAccessible::Name);
        if (event->type() == QAccessible::NameChanged && object->objectName() == "verdictLabel")
            told().verdictNames << node->text(QAccessible::Name);
    }

    // The marks of the four steps as the accessibility tree names them, by object name.
    static void stepNames(QAccessibleInterface *node, QMap<QString, QString> *names)
    {
        if (!node || node->state().invisible)
            return;
        QObject *object = node->object();
        if (object && object->objectName().startsWith(QLatin1String("stageMark_")))
            names->insert(object->objectName(), node->text(QAccessible::Name));
        // No step mark is inside the embedded browser. Its page's nodes are Qt WebEngine's
        // Chromium objects, built without RTTI: a call on them is reported by UBSan's vptr
        // check as a call on an object of an invalid type.
        if (object && object->inherits("QWebEngineView"))
            return;
        for (int i = 0; i < node->childCount(); ++i)
            stepNames(node->child(i), names);
    }

    // Glyphs that stand for a state on screen; a name made of them says nothing when read.
    static bool holdsGlyph(const QString &text)
    {
        static const QString glyphs = QStringLiteral("✔✘✓✗○◔⚠");
        return std::any_of(text.begin(), text.end(), [](QChar c) { return glyphs.contains(c); });
    }

    QMap<QString, QString> spokenSteps()
    {
        QMap<QString, QString> names;
        stepNames(QAccessible::queryAccessibleInterface(m_window.get()), &names);
        return names;
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void init()
    {
        QAccessible::setActive(true);
        QStringList arguments{QStringLiteral("--profile"), Profile::builtInSandbox().name};
        if (QTest::currentDataTag())
            arguments << QStringLiteral("--sandbox-scenario") << QTest::currentDataTag();
        m_window = openWindow(arguments);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void everyInteractiveElementHasAName()
    {
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window.get());
        QVERIFY(root);
        QStringList unnamed;
        int count = 0;
        walk(root, &unnamed, &count);
        QVERIFY2(count > 20, qPrintable(QString::number(count)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(u'\n' + unnamed.join(u'\n')));
    }

    void tabReachesEveryControl()
    {
        const QList<QWidget *> stops = tabStops();
        QVERIFY(stops.size() > 10);
        QWidget *first = stops.constFirst();
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QSet<QWidget *> reached{first};
        // Around the chain once; twice the number of stops bounds a chain that loops early.
        for (qsizetype i = 0; i < 2 * stops.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            if (now == first)
                break;
            reached << now;
        }
        QStringList missed;
        for (QWidget *stop : stops)
            if (!reached.contains(stop))
                missed << QStringLiteral("%1 %2").arg(
                    QLatin1String(stop->metaObject()->className()), stop->objectName());
        QVERIFY2(missed.isEmpty(), qPrintable(u'\n' + missed.join(u'\n')));
    }

    // A run against the built-in sandbox, heard rather than seen: each step's mark is named in
    // words that follow its state ("Authorize: done, 388 ms"), never a glyph, and the verdict is
    // told once each time it changes.
    void stepsAndVerdictAreSpokenInWords_data()
    {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("verifyStep");
        QTest::newRow("match") << "Verified"
                               << R"(^Verify: done, [\d.,]+ (ms|s)$)";
        QTest::newRow("not-on-mobile-network") << "Operator error"
                                               << R"(^Verify: failed, [\d.,]+ (ms|s) — \w.+)";
    }

    void stepsAndVerdictAreSpokenInWords()
    {
        // As a screen reader's arrival does on a desktop: without it, Qt raises no events.
        QGuiApplicationPrivate::platformIntegration()->accessibility()->setActive(true);
        QVERIFY(QAccessible::isActive());
        QFETCH(QString, verdict);
        QFETCH(QString, verifyStep);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
        QMap<QString, QString> steps = spokenSteps();
        QCOMPARE(steps.size(), 4);
        for (const QString &name : steps)
            QVERIFY2(name.endsWith(QLatin1String(": waiting")) && !holdsGlyph(name),
                     qPrintable(name));

        told() = {};
        const QAccessible::UpdateHandler before = QAccessible::installUpdateHandler(&record);
        const auto restore = qScopeGuard([before] { QAccessible::installUpdateHandler(before); });
        click(child<QPushButton>(m_window.get(), "runButton"));
        // During the run: a step in flight is said to be running, in words.
        QTRY_VERIFY_WITH_TIMEOUT(spokenSteps().value("stageMark_authorize") ==
                                         QLatin1String("Authorize: running") ||
                                     spokenSteps().value("stageMark_authorize").contains("done"),
                                 20000);
        for (const QString &name : spokenSteps())
            QVERIFY2(!holdsGlyph(name), qPrintable(name));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(m_window.get(), "verdictLabel") == verdict, 60000);

        steps = spokenSteps();
        for (const QString &name : steps)
            QVERIFY2(!holdsGlyph(name), qPrintable(name));
        const QRegularExpression done(QStringLiteral(R"(^Authorize: done, [\d.,]+ (ms|s)$)"));
        QVERIFY2(done.match(steps.value("stageMark_authorize")).hasMatch(),
                 qPrintable(steps.value("stageMark_authorize")));
        QVERIFY2(steps.value("stageMark_token").startsWith(QLatin1String("Token: done, ")),
                 qPrintable(steps.value("stageMark_token")));
        const QString verify = steps.value("stageMark_verify");
        QVERIFY2(QRegularExpression(verifyStep).match(verify).hasMatch(), qPrintable(verify));

        // The verdict told once per change: an alert for every new verdict and only then.
        qInfo() << "alerts" << told().alerts << "verdict label" << told().verdictNames;
        QCOMPARE(told().alerts.value(told().alerts.size() - 1), "Result: " + verdict);
        QVERIFY2(told().alerts.contains(QStringLiteral("Result: Checking…")),
                 qPrintable(told().alerts.join(" | ")));
        QStringList expected;
        for (const QString &name : told().verdictNames)
            expected << QStringLiteral("Result: ") + name;
        QCOMPARE(told().alerts, expected);
        for (qsizetype i = 1; i < told().alerts.size(); ++i)
            QVERIFY2(told().alerts[i] != told().alerts[i - 1], qPrintable(told().alerts[i]));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
