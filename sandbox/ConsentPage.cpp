#include "ConsentPage.h"

namespace nv {

namespace {
QString scopeLabel(const QString &scope)
{
    if (scope == QLatin1String("number-verification:verify"))
        return QStringLiteral("Check whether a phone number is the one of this device");
    if (scope == QLatin1String("number-verification:device-phone-number:read"))
        return QStringLiteral("Read the phone number of this device");
    if (scope == QLatin1String("openid"))
        return QStringLiteral("Know that you signed in with your mobile operator");
    if (scope == QLatin1String("offline_access"))
        return QStringLiteral("Keep access when you are not using the application");
    if (scope.startsWith(QLatin1String("dpv:")))
        return QStringLiteral("Purpose: %1").arg(scope.mid(4));
    return scope;
}
} // namespace

QHttpServerResponse ConsentPage::render() const
{
    QString items;
    for (const QString &scope : scopes)
        items += QStringLiteral("<li>%1 <code>%2</code></li>\n")
                     .arg(scopeLabel(scope).toHtmlEscaped(), scope.toHtmlEscaped());
    // Inline CSS only: the page must render the same with no network access at all.
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>Allow access? - NV Console sandbox operator</title>\n<style>"
            "body{font-family:system-ui,sans-serif;background:#eef1f5;margin:0;color:#1d2330}"
            ".card{max-width:440px;margin:40px auto;background:#fff;border-radius:10px;"
            "box-shadow:0 2px 12px rgba(0,0,0,.12);padding:28px}"
            ".banner{background:#fff4d6;border:1px solid #e8c55a;border-radius:6px;"
            "padding:8px 12px;font-size:13px;margin-bottom:18px}"
            "h1{font-size:20px;margin:0 0 12px}ul{padding-left:20px}li{margin:6px 0}"
            "code{font-size:11px;color:#667}.who{color:#445;font-size:14px}"
            ".buttons{display:flex;gap:12px;margin-top:22px}"
            "button{flex:1;font:inherit;font-size:16px;padding:10px;border-radius:6px;cursor:"
            "pointer;"
            "border:1px solid #9aa3b5;background:#fff}"
            "button.allow{background:#1a73e8;border-color:#1a73e8;color:#fff}"
            "</style></head>\n<body><div class=\"card\">\n"
            "<div class=\"banner\"><strong>NV Console sandbox</strong> - a simulated mobile "
            "operator for testing. No real operator or subscriber is involved.</div>\n"
            "<h1>Allow <em>%1</em> to use your mobile number?</h1>\n"
            "<p class=\"who\">Line identified by the network: <strong>%2</strong></p>\n"
            "<p>The application asks to:</p>\n<ul>\n%3</ul>\n"
            "<form method=\"post\" action=\"%4\">"
            "<input type=\"hidden\" name=\"session\" value=\"%5\">\n"
            "<div class=\"buttons\">"
            "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button>"
            "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"allow\" "
            "class=\"allow\">Allow</button></div></form>\n"
            "</div></body></html>\n")
            .arg(clientId.toHtmlEscaped(), msisdn.toHtmlEscaped(), items,
                 actionPath.toHtmlEscaped(), sessionId.toHtmlEscaped());
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8(),
                                 QHttpServerResponse::StatusCode::Ok);
    response.setHeader("Cache-Control", "no-store");
    // No form-action directive: browsers apply it to the redirect that follows the POST, which
    // leaves for the client's redirect URI. The page must not be framed by another site that could
    // click "Allow" for the person.
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return response;
}

} // namespace nv
