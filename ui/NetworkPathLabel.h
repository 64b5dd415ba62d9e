#pragma once

#include "network/NetworkPathVerdict.h"

#include <QLabel>
#include <QPointer>

namespace nv {

class NetworkPathProbe;
struct NetworkPath;

// A status-bar label with the network path verdict in a few words ("Wi-Fi · no SIM on the
// path"), the full sentence as its tooltip and accessible description, coloured by the verdict
// (good: a SIM carries the traffic; bad: it cannot; warning: it cannot be told). Against the
// built-in sandbox the path does not matter, so sandbox mode keeps it neutral.
class NetworkPathLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NetworkPathLabel(QWidget *parent = nullptr);

    // Follows a probe (not owned): shows its path now if it has one, then every change.
    void watch(NetworkPathProbe *probe);
    // The built-in sandbox needs no SIM: the verdict is shown, but not coloured as a problem.
    void setSandboxMode(bool sandbox);
    bool sandboxMode() const { return m_sandbox; }

    // The verdict on show (CannotTell until a path arrives).
    NetworkPathVerdict verdict() const { return m_verdict; }

public slots:
    void showPath(const nv::NetworkPath &path);

private:
    void render();

    QPointer<NetworkPathProbe> m_probe;
    NetworkPathVerdict m_verdict;
    bool m_hasVerdict = false;
    bool m_sandbox = false;
};

} // namespace nv
