#pragma once

#include "flow/DriverKind.h"

#include <QUrl>
#include <functional>

namespace nv {

class AuthorizeDriver;

// The one place that knows how an authorize driver is obtained. Plain HTTP is part of the core;
// the embedded browser lives in a library of its own (it links the browser engine), so a front
// end that ships it registers how to make one. New ways to walk the chain (the system browser,
// a phone) are added here and nowhere else.
class AuthorizeDriverFactory
{
public:
    using Maker = std::function<AuthorizeDriver *(const DriverOptions &)>;

    using UrlOpener = std::function<bool(const QUrl &)>;

    // Called once by a front end that links the embedded browser.
    static void registerEmbeddedBrowser(Maker maker);
    // How the system browser is opened (a window uses QDesktopServices); by default the
    // desktop's own tool (xdg-open, open).
    static void setUrlOpener(UrlOpener opener);

    // False, with the reason in words, when this build or installation cannot make that kind.
    static bool isAvailable(DriverKind kind, QString *why = nullptr);
    // A new driver owned by the caller; nullptr when the kind is not available.
    static AuthorizeDriver *create(DriverKind kind, const DriverOptions &options);
};

} // namespace nv
