#pragma once

#include <QStatusBar>

class QLabel;

namespace nv {

class RunSession;

// The window's status bar: the profile, the current run's correlation id, the built-in
// sandbox (only while a sandbox profile is chosen) and the network. Long values are cut, and
// whole in the tooltip, so they never widen the window.
class ConsoleStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    // Reads everything shown again; profileName is the profile chosen in the editor.
    void update(const RunSession &session, const QString &profileName);
    // The network state is nice to have, not worth a slower first paint: asked for afterwards.
    void watchNetwork();

private:
    QLabel *addLabel(const char *name);
    QString sandboxText(const RunSession &session) const;
    void updateNetwork();

    QLabel *m_profile;
    QLabel *m_correlation;
    QLabel *m_sandbox;
    QLabel *m_network;
};

} // namespace nv
