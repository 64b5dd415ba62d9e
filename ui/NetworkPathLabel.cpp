#include "NetworkPathLabel.h"

#include "UiStyle.h"
#include "network/NetworkPathProbe.h"

namespace nv {

NetworkPathLabel::NetworkPathLabel(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Network path"));
    setTextFormat(Qt::PlainText);
    render();
}

void NetworkPathLabel::watch(NetworkPathProbe *probe)
{
    if (m_probe)
        disconnect(m_probe, nullptr, this, nullptr);
    m_probe = probe;
    if (!probe)
        return;
    connect(probe, &NetworkPathProbe::pathChanged, this, &NetworkPathLabel::showPath);
    if (probe->hasPath())
        showPath(probe->path());
}

void NetworkPathLabel::setSandboxMode(bool sandbox)
{
    if (m_sandbox == sandbox)
        return;
    m_sandbox = sandbox;
    render();
}

void NetworkPathLabel::showPath(const NetworkPath &path)
{
    m_verdict = NetworkPathVerdict::of(path);
    m_hasVerdict = true;
    render();
}

void NetworkPathLabel::render()
{
    if (!m_hasVerdict) {
        setText(tr("Checking the network path…"));
        setToolTip(tr("Checking how this laptop reaches the network."));
        setAccessibleDescription(toolTip());
        UiStyle::setHint(this);
        return;
    }
    setText(m_verdict.headline);
    QString sentence = m_verdict.sentence;
    if (m_sandbox)
        sentence +=
            QLatin1Char(' ') + tr("The built-in sandbox does not need this; a real operator does.");
    setToolTip(sentence);
    setAccessibleDescription(sentence);
    UiStyle::Tone tone = UiStyle::Tone::Warning;
    if (m_sandbox)
        tone = UiStyle::Tone::Neutral;
    else if (m_verdict.kind == NetworkPathVerdict::Kind::CanCarry)
        tone = UiStyle::Tone::Good;
    else if (m_verdict.kind == NetworkPathVerdict::Kind::Cannot)
        tone = UiStyle::Tone::Bad;
    UiStyle::setTone(this, tone);
}

} // namespace nv
