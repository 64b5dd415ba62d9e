#pragma once

#include "EmbeddedBrowserModule.h"

#include <QObject>

namespace nv {

// The embedded-browser module: WebEngineCapture and the QWebEngineView the window shows its
// pages in. Built as a plugin (nv-embedded-browser) so that no program links Qt WebEngine;
// EmbeddedBrowserLoader loads it the first time a run needs the embedded browser.
class EmbeddedBrowserPlugin : public QObject, public EmbeddedBrowserModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NvEmbeddedBrowserModule_iid)
    Q_INTERFACES(nv::EmbeddedBrowserModule)
public:
    AuthorizeDriver *createDriver(const DriverOptions &options) override;
    QWidget *createView(QWidget *parent) override;
    void showPage(QWidget *view, AuthorizeDriver *driver) override;
};

} // namespace nv
