#include "AuthorizeDriverFactory.h"

#include "EmbeddedBrowserLoader.h"
#include "EmbeddedBrowserModule.h"
#include "SystemBrowserDriver.h"
#include "flow/RedirectFollower.h"
#include "http/ClientCertificate.h"
#include "http/NetworkEnvironment.h"
#include "relay/CrossDeviceDriver.h"

namespace nv {

namespace {
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

bool AuthorizeDriverFactory::isAvailable(DriverKind kind, QString *why)
{
    if (kind != DriverKind::EmbeddedBrowser)
        return true;
    return EmbeddedBrowserLoader::isInstalled(why);
}

EmbeddedBrowserModule *AuthorizeDriverFactory::embeddedBrowser(QString *why)
{
    return EmbeddedBrowserLoader::module(why);
}

AuthorizeDriver *AuthorizeDriverFactory::create(DriverKind kind, const DriverOptions &options)
{
    switch (kind) {
    case DriverKind::EmbeddedBrowser:
        if (EmbeddedBrowserModule *module = EmbeddedBrowserLoader::module()) {
            DriverOptions browser = options;
            browser.proxyFor = [](const QUrl &url) { return NetworkEnvironment::proxyFor(url); };
            browser.answerProxyChallenge = [](QAuthenticator *authenticator) {
                return NetworkEnvironment::answerProxyChallenge(authenticator);
            };
            browser.checkServerChain = [](const QList<QSslCertificate> &chain, const QUrl &url) {
                return NetworkEnvironment::checkServerChain(chain, url);
            };
            if (const auto &client = NetworkEnvironment::clientCertificate()) {
                browser.clientCertificateChain = client->chain;
                browser.clientKey = client->key;
            }
            return module->createDriver(browser);
        }
        return nullptr;
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
