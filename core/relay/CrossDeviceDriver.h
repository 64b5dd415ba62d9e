#pragma once

#include "RelayPickup.h"
#include "flow/AuthorizeDriver.h"

namespace nv {

// The AuthorizeDriver of the phone (cross-device) mode: the authorize URL is opened on a phone,
// not here. start() opens the run's state on the relay; once the relay expects the callback,
// showToPhone() hands the authorize URL to the front end to show as a QR code. The redirect
// comes back through the relay (RelayPickup), or from what the person pastes (acceptPasted()),
// and leaves as redirectReached(), for FlowRun to parse like any caught redirect. Every relay
// exchange is a hop() of the authorize step.
//
// Give the run a longer authorize timeout than for a browser: a person has to pick up a phone.
class CrossDeviceDriver : public AuthorizeDriver
{
    Q_OBJECT
public:
    // relayBaseUrl: empty for paste-back only (no relay).
    explicit CrossDeviceDriver(const QUrl &relayBaseUrl, QObject *parent = nullptr);

    void start(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;
    QString name() const override { return QStringLiteral("phone (cross-device)"); }

    // What the person pasted from the phone: the final address, or code=… and state=….
    // Empty when accepted (redirectReached() follows); otherwise what is wrong, and the run
    // keeps waiting.
    QString acceptPasted(const QString &text);

    RelayPickup *pickup() const { return m_pickup; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }

signals:
    // Show this URL to the phone (QR code, or as text) now.
    void showToPhone(const QUrl &authorizeUrl);

private:
    void finish();

    RelayPickup *m_pickup;
    QUrl m_relayBaseUrl;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    QString m_state;
    bool m_active = false;
};

} // namespace nv
