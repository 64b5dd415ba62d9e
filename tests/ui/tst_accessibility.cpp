#include "WindowDriver.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>

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

public:
    static void initMain() { prepareApplication(); }

private slots:
    void init()
    {
        QAccessible::setActive(true);
        m_window = openWindow({QStringLiteral("--profile"), Profile::builtInSandbox().name});
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
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
