#include "BrowserNetworkError.h"

#include <QCoreApplication>
#include <QHash>

namespace nv {

namespace {
// %1 is the host. Sources: Chromium's net/base/net_error_list.h.
const QHash<QString, const char *> &sentences()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("ERR_NAME_NOT_RESOLVED"),
         "the host name %1 could not be found (DNS): check the URL for a typo, or whether the "
         "name exists only inside another network"},
        {QStringLiteral("ERR_NAME_RESOLUTION_FAILED"),
         "the host name %1 could not be looked up: no DNS server answered"},
        {QStringLiteral("ERR_INTERNET_DISCONNECTED"),
         "this computer is not connected to a network"},
        {QStringLiteral("ERR_ADDRESS_UNREACHABLE"),
         "%1 cannot be reached from this network (no route to it)"},
        {QStringLiteral("ERR_CONNECTION_REFUSED"),
         "%1 refused the connection: nothing listens on that port"},
        {QStringLiteral("ERR_CONNECTION_RESET"), "the connection to %1 was reset"},
        {QStringLiteral("ERR_CONNECTION_CLOSED"), "%1 closed the connection without an answer"},
        {QStringLiteral("ERR_EMPTY_RESPONSE"), "%1 closed the connection without an answer"},
        {QStringLiteral("ERR_CONNECTION_TIMED_OUT"), "%1 did not answer in time"},
        {QStringLiteral("ERR_TIMED_OUT"), "%1 did not answer in time"},
        {QStringLiteral("ERR_CONNECTION_FAILED"), "the connection to %1 failed"},
        {QStringLiteral("ERR_PROXY_CONNECTION_FAILED"),
         "the proxy could not be reached: check the proxy settings"},
        {QStringLiteral("ERR_TUNNEL_CONNECTION_FAILED"),
         "the proxy refused to open a connection to %1"},
        {QStringLiteral("ERR_PROXY_AUTH_UNSUPPORTED"),
         "the proxy asks for a sign-in the browser cannot give"},
        {QStringLiteral("ERR_CERT_AUTHORITY_INVALID"),
         "%1's TLS certificate is not signed by an authority this computer trusts (a proxy "
         "that inspects TLS needs its CA certificate added)"},
        {QStringLiteral("ERR_CERT_COMMON_NAME_INVALID"),
         "%1's TLS certificate is made out to another host name"},
        {QStringLiteral("ERR_CERT_DATE_INVALID"),
         "%1's TLS certificate has expired or is not valid yet (check this computer's clock)"},
        {QStringLiteral("ERR_CERT_REVOKED"), "%1's TLS certificate was revoked"},
        {QStringLiteral("ERR_CERT_INVALID"), "%1's TLS certificate is invalid"},
        {QStringLiteral("ERR_SSL_PROTOCOL_ERROR"),
         "the TLS handshake with %1 failed (the server may not speak TLS on that port)"},
        {QStringLiteral("ERR_SSL_VERSION_OR_CIPHER_MISMATCH"),
         "%1 and the browser share no TLS version or cipher"},
        {QStringLiteral("ERR_TOO_MANY_REDIRECTS"), "%1 redirected in a loop"},
        {QStringLiteral("ERR_UNSAFE_PORT"), "the browser does not connect to that port of %1"},
        {QStringLiteral("ERR_INVALID_URL"), "the URL is not valid"},
        {QStringLiteral("ERR_BLOCKED_BY_ADMINISTRATOR"),
         "an administrator's policy blocks %1 in this browser"},
    };
    return table;
}
} // namespace

QString explainBrowserNetworkError(const QString &chromiumError, const QString &host)
{
    QString name = chromiumError.trimmed();
    if (name.startsWith(QLatin1String("net::")))
        name = name.mid(5);
    const auto it = sentences().constFind(name);
    const QString shown = host.isEmpty() ? QCoreApplication::translate("nv", "the server") : host;
    if (it == sentences().constEnd())
        return QCoreApplication::translate("nv", "a network error (%1)").arg(chromiumError);
    QString sentence = QCoreApplication::translate("nv", it.value());
    if (sentence.contains(QLatin1String("%1")))
        sentence = sentence.arg(shown);
    return QCoreApplication::translate("nv", "%1 (%2)").arg(sentence, chromiumError);
}

} // namespace nv
