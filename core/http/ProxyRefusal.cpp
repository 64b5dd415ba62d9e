#include "ProxyRefusal.h"

#include "NetworkSettings.h"

#include <QCoreApplication>

namespace nv {

bool ProxyRefusal::isProxysOwn401(const HttpExchange &exchange, const NetworkSettings &settings)
{
    if (exchange.status != 401 || settings.proxyMode != NetworkSettings::ProxyMode::Manual ||
        exchange.proxy != settings.proxyDescription() || exchange.url.scheme() != "http")
        return false;
    // Inside a CONNECT tunnel (https) the proxy cannot answer for the server, so only plain
    // http is looked at; and only an answer that carries the proxy's own signature.
    const QByteArray server = exchange.responseHeader("Server").trimmed().toLower();
    const QByteArray challenge = exchange.responseHeader("WWW-Authenticate").toLower();
    return server.startsWith("tinyproxy/") && challenge.contains("realm=\"tinyproxy\"");
}

std::optional<ProxyRefusal> ProxyRefusal::of(const HttpExchange &exchange,
                                             const NetworkSettings &settings, bool passwordKnown)
{
    if (exchange.status != 407 && !isProxysOwn401(exchange, settings))
        return std::nullopt;
    ProxyRefusal refusal;
    refusal.proxy = exchange.proxy.isEmpty() ? settings.proxyDescription() : exchange.proxy;
    refusal.user = settings.proxyUser;
    const bool offered = !settings.proxyUser.isEmpty() && passwordKnown;
    refusal.kind = offered ? Kind::Refused : Kind::NeedsCredentials;
    return refusal;
}

QString ProxyRefusal::sentence() const
{
    if (kind == Kind::Refused)
        return QCoreApplication::translate(
                   "nv", "The proxy %1 refused the credentials given: the user name \"%2\" or its "
                         "password is wrong.")
            .arg(proxy, user);
    return user.isEmpty()
               ? QCoreApplication::translate("nv", "The proxy %1 needs a user name and password.")
                     .arg(proxy)
               : QCoreApplication::translate("nv",
                                             "The proxy %1 needs the password of the user \"%2\".")
                     .arg(proxy, user);
}

} // namespace nv
