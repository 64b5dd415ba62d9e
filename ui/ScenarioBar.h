#pragma once

#include <QWidget>

class QComboBox;

namespace nv {

// The sandbox's scenario picker for presentation mode, above the flow: presenting hides the
// profile column, and a demo switches scenarios live (Match, Mismatch, Consent page…) in front
// of the audience. It mirrors the profile panel's picker; both drive the running sandbox.
class ScenarioBar : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioBar(QWidget *parent = nullptr);

    // The running sandbox's scenario, as set from anywhere.
    void setScenario(const QString &id);

signals:
    void scenarioChosen(const QString &id);

private:
    QComboBox *m_picker;
};

} // namespace nv
