#include "EmbeddedBrowser.h"

#include "AuthorizeDriverFactory.h"
#include "WebEngineCapture.h"

namespace nv {

void registerEmbeddedBrowser()
{
    AuthorizeDriverFactory::registerEmbeddedBrowser([](const DriverOptions &options) {
        auto *capture = new WebEngineCapture;
        capture->setUnattended(options.unattended);
        return capture;
    });
}

} // namespace nv
