#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QWidget;

namespace nv {

// The part of a demo session that is the window's arrangement: every named QSplitter under the
// window, by object name, saved and restored as Qt states them.
class DemoLayout
{
public:
    static QMap<QString, QByteArray> splitterStates(const QWidget *window);
    // Restores the splitters it finds by name; returns how many it restored.
    static int restoreSplitters(QWidget *window, const QMap<QString, QByteArray> &states);
};

} // namespace nv
