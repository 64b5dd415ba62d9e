#include "AuthorizeDriverFactory.h"

#include "SystemBrowserDriver.h"
#include "flow/RedirectFollower.h"
#include "relay/CrossDeviceDriver.h"

#include <QCoreApplication>

namespace nv {

namespace {
AuthorizeDriverFactory::Maker &embeddedBrowserMaker()
{
    static AuthorizeDriverFactory::Maker maker;
    return maker;
}
AuthorizeDriverFactory::UrlOpener &urlOpener()
{
    static AuthorizeDriverFactory::UrlOpener opener;
    return opener;
}
} // namespace

void AuthorizeDriverFactory::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void AuthorizeDriverFactory::registerEmbeddedBrowser(Maker maker)
{
    embeddedBrowserMaker() = std::move(maker);
}

bool AuthorizeDriverFactory::isAvailable(DriverKind kind, QString *why)
{
    if (kind != DriverKind::EmbeddedBrowser || embeddedBrowserMaker())
        return true;
    if (why)
        *why = QCoreApplication::translate("nv::AuthorizeDriverFactory",
                                           "The embedded browser is not part of this program.");
    return false;
}

AuthorizeDriver *AuthorizeDriverFactory::create(DriverKind kind, const DriverOptions &options)
{
    switch (kind) {
    case DriverKind::EmbeddedBrowser:
        return embeddedBrowserMaker() ? embeddedBrowserMaker()(options) : nullptr;
    case DriverKind::SystemBrowser:
        return new SystemBrowserDriver(urlOpener());
    case DriverKind::Phone:
        return new CrossDeviceDriver(options.relayUrl);
    case DriverKind::PlainHttp:
        break;
    }
    auto *follower = new RedirectFollower;
    follower->setTimeoutMs(options.timeoutMs);
    return follower;
}

} // namespace nv
