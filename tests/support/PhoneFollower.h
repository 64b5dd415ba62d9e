#pragma once

// Plays the phone of the cross-device mode: opens the authorize URL with plain HTTP, keeps the
// cookies a browser keeps, and follows redirects until a stop URL (the redirect URI, which a
// paste-back test wants to read rather than load) or until a page answers (the relay's
// "done" page).

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace nvtest {

struct PhoneWalk
{
    int hops = 0;
    int finalStatus = 0; // of the last page loaded (0: none)
    QUrl stoppedAt;      // the redirect URL not loaded because it starts with stopPrefix
    QByteArray finalBody;
};

inline PhoneWalk walkAsPhone(const QUrl &start, const QString &stopPrefix = {}, int maxHops = 20)
{
    QNetworkAccessManager http;
    http.setCookieJar(new QNetworkCookieJar(&http));
    PhoneWalk walk;
    QUrl url = start;
    for (; walk.hops < maxHops; ++walk.hops) {
        if (!stopPrefix.isEmpty() && url.toString().startsWith(stopPrefix)) {
            walk.stoppedAt = url;
            return walk;
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = http.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl next = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        walk.finalStatus = status;
        walk.finalBody = reply->readAll();
        reply->deleteLater();
        if (status < 300 || status >= 400 || next.isEmpty())
            return walk;
        url = url.resolved(next);
    }
    return walk;
}

} // namespace nvtest
