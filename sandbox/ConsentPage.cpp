#include "ConsentPage.h"

#include <QCoreApplication>

namespace nv {

namespace {
constexpr char Context[] = "nv::ConsentPage";

QString scopeLabel(const PageLanguage &language, const QString &scope)
{
    if (scope == QLatin1String("number-verification:verify"))
        return language.text(
            Context, QT_TRANSLATE_NOOP("nv::ConsentPage",
                                       "Check whether a phone number is the one of this device"));
    if (scope == QLatin1String("number-verification:device-phone-number:read"))
        return language.text(
            Context, QT_TRANSLATE_NOOP("nv::ConsentPage", "Read the phone number of this device"));
    if (scope == QLatin1String("openid"))
        return language.text(
            Context, QT_TRANSLATE_NOOP("nv::ConsentPage",
                                       "Know that you signed in with your mobile operator"));
    if (scope == QLatin1String("offline_access"))
        return language.text(
            Context, QT_TRANSLATE_NOOP("nv::ConsentPage",
                                       "Keep access when you are not using the application"));
    if (scope.startsWith(QLatin1String("dpv:")))
        return language.text(Context, QT_TRANSLATE_NOOP("nv::ConsentPage", "Purpose: %1"))
            .arg(scope.mid(4));
    return scope;
}
} // namespace

QHttpServerResponse ConsentPage::render(const PageLanguage &language) const
{
    const auto text = [&language](const char *source) { return language.text(Context, source); };
    QString items;
    for (const QString &scope : scopes)
        items += QStringLiteral("<li>%1 <code>%2</code></li>\n")
                     .arg(scopeLabel(language, scope).toHtmlEscaped(), scope.toHtmlEscaped());
    // The translated texts that hold markup keep it in the catalogue, around the words; every
    // value from the request is escaped and put in with a single arg() (none is scanned again).
    const QString heading =
        text(QT_TRANSLATE_NOOP("nv::ConsentPage", "Allow <em>%1</em> to use your mobile number?"))
            .arg(clientId.toHtmlEscaped());
    const QString line =
        text(QT_TRANSLATE_NOOP("nv::ConsentPage",
                               "Line identified by the network: <strong>%1</strong>"))
            .arg(msisdn.toHtmlEscaped());
    // Inline CSS only: the page must render the same with no network access at all.
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>%2</title>\n<style>"
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
            "<div class=\"banner\">%3</div>\n"
            "<h1>%4</h1>\n"
            "<p class=\"who\">%5</p>\n"
            "<p>%6</p>\n<ul>\n%7</ul>\n"
            "<form method=\"post\" action=\"%8\">"
            "<input type=\"hidden\" name=\"session\" value=\"%9\">\n"
            "<div class=\"buttons\">"
            "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">%10</button>"
            "<button type=\"submit\" name=\"decision\" value=\"allow\" id=\"allow\" "
            "class=\"allow\">%11</button></div></form>\n"
            "</div></body></html>\n")
            .arg(language.code(),
                 text(QT_TRANSLATE_NOOP("nv::ConsentPage",
                                        "Allow access? - NV Console sandbox operator"))
                     .toHtmlEscaped(),
                 text(QT_TRANSLATE_NOOP("nv::ConsentPage",
                                        "<strong>NV Console sandbox</strong> - a simulated "
                                        "mobile operator for testing. No real operator or "
                                        "subscriber is involved.")),
                 heading, line,
                 text(QT_TRANSLATE_NOOP("nv::ConsentPage", "The application asks to:")), items,
                 actionPath.toHtmlEscaped(), sessionId.toHtmlEscaped(),
                 text(QT_TRANSLATE_NOOP("nv::ConsentPage", "Deny")),
                 text(QT_TRANSLATE_NOOP("nv::ConsentPage", "Allow")));
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
