#include "ScenarioBar.h"

#include "UiStyle.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxScenario.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace nv {

ScenarioBar::ScenarioBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, 0);
    layout->setSpacing(UiStyle::Spacing);
    auto *label = new QLabel(tr("Sandbox scenario"), this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("presentationScenario"));
    label->setBuddy(m_picker);
    for (const SandboxScenario &scenario : SandboxHost::scenarios()) {
        if (scenario.testOnly)
            continue; // for the test suites, not for a demo
        m_picker->addItem(scenario.title, scenario.id);
        m_picker->setItemData(m_picker->count() - 1, scenario.description, Qt::ToolTipRole);
    }
    layout->addWidget(label);
    layout->addWidget(m_picker, 1);
    connect(m_picker, &QComboBox::activated, this,
            [this] { emit scenarioChosen(m_picker->currentData().toString()); });
}

void ScenarioBar::setScenario(const QString &id)
{
    const int index = m_picker->findData(id);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

} // namespace nv
