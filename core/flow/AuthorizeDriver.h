#pragma once

#include "http/HttpExchange.h"

#include <QObject>
#include <QUrl>

namespace nv {

// Walks the front-channel authorize chain until the navigation to the redirect URI, which it
// catches and never loads. AuthorizeDriverFactory makes them: RedirectFollower (plain HTTP, no
// browser), WebEngineCapture (the embedded browser, for pages that need a person or
// JavaScript) and SystemBrowserDriver (the desktop's browser and a loopback redirect).
class AuthorizeDriver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The redirect URI this driver receives the code on, asked before the authorize URL is
    // built: the registered one, or (a loopback listener on an ephemeral port) the one it
    // actually listens on.
    virtual QUrl redirectUriFor(const QUrl &registered) { return registered; }
    virtual void start(const QUrl &authorizeUrl, const QUrl &redirectUri) = 0;
    virtual void cancel() = 0;
    virtual QString name() const = 0;
    // True while a request of the chain is out and its answer has not come: a deadline that
    // runs out now is the operator's silence (a network failure), not a page left unanswered.
    virtual bool awaitingAnswer() const { return false; }

signals:
    // One per request or navigation observed; FlowRun stamps run and correlation ids on it.
    void hop(const nv::HttpExchange &exchange);
    // The navigation to the redirect URI, caught before it was loaded.
    void redirectReached(const QUrl &url);
    // The chain stopped without reaching the redirect URI. needsPerson: a page waits for input.
    void failed(const QString &reason, bool needsPerson, bool networkFailure);

    // Only drivers that show pages (the embedded browser) emit these; the window follows them
    // without knowing the browser engine. A page to show exists (EmbeddedBrowserModule shows it).
    void pageOpened();
    void pageAddressChanged(const QUrl &url);
    void pageLoaded(bool ok);
    // The page is going away (a new run, or the driver ends).
    void pageClosed();
};

} // namespace nv
