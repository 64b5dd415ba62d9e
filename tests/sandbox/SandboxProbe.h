#pragma once

// A deliberately plain HTTP client for the sandbox tests: manual redirects and manual cookies,
// so every hop and every header the sandbox sends is visible to the test.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <utility>

using Params = QList<std::pair<QString, QString>>;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct ProbeReply
{
    int status = 0;
    QByteArray body;
    Headers headers;
    QUrl url;
    // Transport outcome: NoError for any HTTP answer; e.g. RemoteHostClosedError when the server
    // closed the connection without answering.
    int networkError = 0;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QJsonObject json() const;
    QUrl location() const;
    // Query of the Location header, decoded the way an OAuth client decodes it.
    QString locationParam(const QString &name) const;
    bool locationHasParam(const QString &name) const;
};

class SandboxProbe
{
public:
    explicit SandboxProbe(const QUrl &baseUrl);

    ProbeReply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                    const Headers &headers = {});
    ProbeReply get(const QString &path, const Headers &headers = {});
    ProbeReply postForm(const QString &path, const Params &params, const Headers &headers = {});
    ProbeReply postJson(const QString &path, const QByteArray &body, const Headers &headers = {});
    ProbeReply verify(const QString &token, const QByteArray &body, const Headers &extra = {});

    QUrl url(const QString &path) const;
    static QByteArray encodeForm(const Params &params);

    struct Chain
    {
        QList<ProbeReply> hops;
        QUrl final; // the redirect to the client's redirect URI, if the chain got there
        QHash<QByteArray, QByteArray> jar; // cookies the sandbox set and did not clear
        QString param(const QString &name) const;
        bool hasParam(const QString &name) const;
    };
    // Follows the redirect chain from /authorize until it leaves the sandbox. cookieMode:
    // Keep sends back what the sandbox set; Drop never sends cookies; Tamper alters the value.
    enum class Cookies
    {
        Keep,
        Drop,
        Tamper
    };
    Chain authorize(const Params &params, Cookies cookies = Cookies::Keep);
    // Sends one more request within a chain (e.g. the consent form's POST) and follows its
    // redirects with the chain's cookies.
    void follow(Chain *chain, const QByteArray &verb, const QUrl &url,
                const QByteArray &formBody = {}, Cookies cookies = Cookies::Keep);

    static Params defaultAuthorizeParams();
    // Runs the whole chain with the default client and returns the code ("" on failure).
    QString obtainCode(const Params &overrides = {});
    Params tokenParams(const QString &code, const Params &overrides = {}) const;
    ProbeReply exchange(const QString &code, const Params &overrides = {});
    // Code + token in one go; returns the access token ("" on failure).
    QString obtainAccessToken(const Params &authorizeOverrides = {});
    // The kids of the keys in the sandbox's JWKS, and the kid in the header of a fresh ID
    // token (a whole default flow): the sandbox signs with the key it publishes when the one
    // is among the others.
    QStringList publishedKeyIds();
    QString idTokenKeyId();

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

Params merged(Params base, const Params &overrides);
