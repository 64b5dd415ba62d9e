#pragma once

#include "flow/DriverKind.h"

#include <QUrl>
#include <functional>

namespace nv {

class AuthorizeDriver;
class EmbeddedBrowserModule;

// The one place that knows how an authorize driver is obtained. Plain HTTP is part of the core;
// the embedded browser is a module of its own (it links the browser engine, which no program
// links), loaded by EmbeddedBrowserLoader the first time a driver of that kind is asked for.
// New ways to walk the chain (the system browser, a phone) are added here and nowhere else.
class AuthorizeDriverFactory
{
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    // How the system browser is opened (a window uses QDesktopServices); by default the
    // desktop's own tool (xdg-open, open).
    static void setUrlOpener(UrlOpener opener);

    // False, with the reason in words, when this build or installation cannot make that kind
    // ("The embedded browser is not installed ..."). Loads nothing.
    static bool isAvailable(DriverKind kind, QString *why = nullptr);
    // The embedded-browser module, loaded on first use (the window asks it for the view that
    // shows the pages); nullptr, with the reason, when it is not installed or does not load.
    static EmbeddedBrowserModule *embeddedBrowser(QString *why = nullptr);
    // A new driver owned by the caller; nullptr when the kind is not available.
    static AuthorizeDriver *create(DriverKind kind, const DriverOptions &options);
};

} // namespace nv
