#pragma once

#include <QStatusBar>

class QLabel;

namespace nv {

class NetworkPathLabel;
class NetworkPathProbe;
class RunSession;
struct Profile;

// The window's status bar: the profile, the current run's correlation id, the built-in
// sandbox (only while a sandbox profile is chosen) and the network. Long values are cut, and
// whole in the tooltip, so they never widen the window.
class ConsoleStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    // Reads everything shown again, for the profile chosen in the editor. The built-in
    // sandbox's line shows only while a sandbox profile is chosen.
    void update(const RunSession &session, const Profile &profile);
    // How this machine reaches the network, live (the probe is not owned).
    void watchNetwork(NetworkPathProbe *probe);

private:
    QLabel *addLabel(const char *name);
    QString sandboxText(const RunSession &session) const;

    QLabel *m_profile;
    QLabel *m_correlation;
    QLabel *m_sandbox;
    NetworkPathLabel *m_network;
};

} // namespace nv
