#pragma once

#include "flow/DriverKind.h"

#include <QtPlugin>

class QWidget;

namespace nv {

class AuthorizeDriver;

// What the embedded-browser module (browser/, a plugin that links Qt WebEngine) offers. The
// programs never link the engine: EmbeddedBrowserLoader loads the module the first time a run
// needs the embedded browser, and AuthorizeDriverFactory hands it out. Widgets appear here only
// as pointers, so this header needs neither Widgets nor WebEngine.
class EmbeddedBrowserModule
{
public:
    virtual ~EmbeddedBrowserModule() = default;

    // A driver that walks the authorize chain in Qt WebEngine; owned by the caller.
    virtual AuthorizeDriver *createDriver(const DriverOptions &options) = 0;
    // The window only: a widget that shows the pages of this module's drivers.
    virtual QWidget *createView(QWidget *parent) = 0;
    // Shows driver's current page in view (made by createView); a null driver, or one this
    // module did not make, empties the view.
    virtual void showPage(QWidget *view, AuthorizeDriver *driver) = 0;
};

} // namespace nv

#define NvEmbeddedBrowserModule_iid "com.konera.nvconsole.EmbeddedBrowserModule/1"
Q_DECLARE_INTERFACE(nv::EmbeddedBrowserModule, NvEmbeddedBrowserModule_iid)
