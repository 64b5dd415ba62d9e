#include "SandboxProbe.h"

#include "SandboxConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray ProbeReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

bool ProbeReply::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject ProbeReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrl ProbeReply::location() const
{
    const QByteArray value = header("location");
    return value.isEmpty() ? QUrl() : url.resolved(QUrl::fromEncoded(value, QUrl::StrictMode));
}

static QString decodeQueryValue(QByteArray value)
{
    value.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
}

static bool findParam(const QUrl &url, const QString &name, QString *out)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        if (decodeQueryValue(key) == name) {
            if (out)
                *out = eq < 0 ? QString() : decodeQueryValue(pair.mid(eq + 1));
            return true;
        }
    }
    return false;
}

QString ProbeReply::locationParam(const QString &name) const
{
    QString value;
    findParam(location(), name, &value);
    return value;
}

bool ProbeReply::locationHasParam(const QString &name) const
{
    return findParam(location(), name, nullptr);
}

QString SandboxProbe::Chain::param(const QString &name) const
{
    QString value;
    findParam(final, name, &value);
    return value;
}

bool SandboxProbe::Chain::hasParam(const QString &name) const
{
    return findParam(final, name, nullptr);
}

SandboxProbe::SandboxProbe(const QUrl &baseUrl)
    : m_base(baseUrl)
{}

QUrl SandboxProbe::url(const QString &path) const
{
    return m_base.resolved(QUrl(path));
}

QByteArray SandboxProbe::encodeForm(const Params &params)
{
    // Percent-encode everything but unreserved characters, so '+' stays a plus.
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

ProbeReply SandboxProbe::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                              const Headers &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    ProbeReply result;
    result.url = url;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = int(reply->error());
    // HTTP error statuses are answers, not transport failures.
    if (result.status != 0)
        result.networkError = 0;
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    reply->deleteLater();
    return result;
}

ProbeReply SandboxProbe::get(const QString &path, const Headers &headers)
{
    return send("GET", url(path), QByteArray(), headers);
}

ProbeReply SandboxProbe::postForm(const QString &path, const Params &params, const Headers &headers)
{
    Headers all = headers;
    all.prepend({"Content-Type", "application/x-www-form-urlencoded"});
    return send("POST", url(path), encodeForm(params), all);
}

ProbeReply SandboxProbe::postJson(const QString &path, const QByteArray &body,
                                  const Headers &headers)
{
    Headers all = headers;
    all.prepend({"Content-Type", "application/json"});
    return send("POST", url(path), body, all);
}

ProbeReply SandboxProbe::verify(const QString &token, const QByteArray &body, const Headers &extra)
{
    Headers headers = extra;
    headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return postJson(QStringLiteral("/camara/api/number-verification/v1/verify"), body, headers);
}

Params merged(Params base, const Params &overrides)
{
    for (const auto &[name, value] : overrides) {
        bool replaced = false;
        for (auto &param : base) {
            if (param.first == name) {
                param.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            base.append({name, value});
    }
    return base;
}

Params SandboxProbe::defaultAuthorizeParams()
{
    return {{QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), nv::SandboxConfig::defaultClientId()},
            {QStringLiteral("redirect_uri"), nv::SandboxConfig::defaultRedirectUri().toString()},
            {QStringLiteral("scope"),
             QStringLiteral("openid dpv:FraudPreventionAndDetection number-verification:verify")},
            {QStringLiteral("state"), QStringLiteral("st-42")},
            {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
            {QStringLiteral("prompt"), QStringLiteral("none")},
            {QStringLiteral("login_hint"), QStringLiteral("tel:+34666666666")}};
}

SandboxProbe::Chain SandboxProbe::authorize(const Params &params, Cookies cookies)
{
    Chain chain;
    QUrl first = url(QStringLiteral("/camara/api/auth/v1/authorize"));
    first.setQuery(QString::fromLatin1(encodeForm(params)), QUrl::StrictMode);
    follow(&chain, "GET", first, QByteArray(), cookies);
    return chain;
}

void SandboxProbe::follow(Chain *chain, const QByteArray &verb, const QUrl &url,
                          const QByteArray &formBody, Cookies cookies)
{
    QUrl next = url;
    QByteArray method = verb;
    QByteArray body = formBody;
    for (int hop = 0; hop < 10; ++hop) {
        Headers headers;
        if (cookies != Cookies::Drop && !chain->jar.isEmpty()) {
            QByteArrayList pairs;
            for (auto it = chain->jar.cbegin(); it != chain->jar.cend(); ++it)
                pairs.append(it.key() + '=' +
                             (cookies == Cookies::Tamper ? it.value() + "x" : it.value()));
            headers.append({"Cookie", pairs.join("; ")});
        }
        if (method == "POST")
            headers.append(
                {QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
        const ProbeReply reply = send(method, next, body, headers);
        chain->hops.append(reply);
        for (const auto &[name, value] : reply.headers) {
            if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
                continue;
            for (const QByteArray &line : value.split('\n')) {
                const QByteArray pair = line.split(';').constFirst().trimmed();
                const qsizetype eq = pair.indexOf('=');
                if (eq <= 0)
                    continue;
                if (pair.mid(eq + 1).isEmpty() || line.contains("Max-Age=0"))
                    chain->jar.remove(pair.left(eq));
                else
                    chain->jar.insert(pair.left(eq), pair.mid(eq + 1));
            }
        }
        if (reply.status < 300 || reply.status > 399)
            return;
        const QUrl location = reply.location();
        if (location.host() != m_base.host() || location.port() != m_base.port()) {
            chain->final = location;
            return;
        }
        // 302 and 303 turn the next request into a GET, as browsers do.
        next = location;
        method = "GET";
        body.clear();
    }
}

QString SandboxProbe::obtainCode(const Params &overrides)
{
    const Chain chain = authorize(merged(defaultAuthorizeParams(), overrides));
    return chain.param(QStringLiteral("code"));
}

Params SandboxProbe::tokenParams(const QString &code, const Params &overrides) const
{
    return merged(
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), nv::SandboxConfig::defaultRedirectUri().toString()},
         {QStringLiteral("client_id"), nv::SandboxConfig::defaultClientId()},
         {QStringLiteral("client_secret"), nv::SandboxConfig::defaultClientSecret()}},
        overrides);
}

ProbeReply SandboxProbe::exchange(const QString &code, const Params &overrides)
{
    return postForm(QStringLiteral("/camara/api/auth/v1/token"), tokenParams(code, overrides));
}

QString SandboxProbe::obtainAccessToken(const Params &authorizeOverrides)
{
    const QString code = obtainCode(authorizeOverrides);
    if (code.isEmpty())
        return QString();
    return exchange(code).json().value(QStringLiteral("access_token")).toString();
}

QStringList SandboxProbe::publishedKeyIds()
{
    QStringList ids;
    const QJsonArray keys = get(QStringLiteral("/camara/api/auth/v1/jwks"))
                                .json()
                                .value(QStringLiteral("keys"))
                                .toArray();
    for (const QJsonValue &key : keys)
        ids << key.toObject().value(QStringLiteral("kid")).toString();
    return ids;
}

QString SandboxProbe::idTokenKeyId()
{
    const QString idToken =
        exchange(obtainCode()).json().value(QStringLiteral("id_token")).toString();
    const QByteArray header = QByteArray::fromBase64(
        idToken.section(QLatin1Char('.'), 0, 0).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(header).object().value(QStringLiteral("kid")).toString();
}
