#include "CrossDeviceDriver.h"

#include "PastedRedirect.h"

#include <QUrlQuery>

namespace nv {

CrossDeviceDriver::CrossDeviceDriver(const QUrl &relayBaseUrl, QObject *parent)
    : AuthorizeDriver(parent)
    , m_pickup(new RelayPickup(this))
    , m_relayBaseUrl(relayBaseUrl)
{
    connect(m_pickup, &RelayPickup::exchangeRecorded, this, &AuthorizeDriver::hop);
    connect(m_pickup, &RelayPickup::opened, this, [this] {
        if (m_active)
            emit showToPhone(m_authorizeUrl);
    });
    connect(m_pickup, &RelayPickup::redirectReceived, this, [this](const QUrl &url) {
        if (!m_active)
            return;
        finish();
        emit redirectReached(url);
    });
    connect(m_pickup, &RelayPickup::failed, this, [this](const QString &reason) {
        if (!m_active)
            return;
        finish();
        emit failed(reason, false, false);
    });
}

void CrossDeviceDriver::start(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    cancel();
    m_active = true;
    m_authorizeUrl = authorizeUrl;
    m_redirectUri = redirectUri;
    // The state is the run's own, carried in the URL it built.
    m_state = QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_relayBaseUrl.isEmpty()) {
        // Paste-back only: nothing to open, show the URL at once.
        QMetaObject::invokeMethod(
            this, [this] { emit showToPhone(m_authorizeUrl); }, Qt::QueuedConnection);
        return;
    }
    m_pickup->start(m_relayBaseUrl, m_state, redirectUri);
}

void CrossDeviceDriver::cancel()
{
    finish();
}

void CrossDeviceDriver::finish()
{
    m_active = false;
    m_pickup->cancel();
}

QString CrossDeviceDriver::acceptPasted(const QString &text)
{
    if (!m_active)
        return tr("No sign-in is waiting for the phone.");
    const PastedRedirect pasted = PastedRedirect::parse(text, m_redirectUri, m_state);
    if (!pasted.ok())
        return pasted.problem;
    finish();
    emit redirectReached(pasted.redirectUrl);
    return QString();
}

} // namespace nv
