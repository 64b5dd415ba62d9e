#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;

namespace nv {

// The language of a page the sandbox or the relay serves (consent, error pages, the phone's
// sign-in pages), chosen per request from
// the browser's Accept-Language as a real operator's login pages are: the language the browser
// prefers most among those there is a catalogue for, English otherwise. The embedded browser
// sends the system locale's language, so the pages match the console.
//
// The texts are marked with QT_TRANSLATE_NOOP and looked up in the catalogue compiled into the
// program (":/i18n/nv-cli_<lang>.qm", built from translations/nv-cli_<lang>.ts). The process's
// own language plays no part: one server serves each browser in its own language. JSON is never
// translated.
class PageLanguage
{
public:
    PageLanguage() = default; // English
    explicit PageLanguage(const QHttpServerRequest &request);
    static PageLanguage fromAcceptLanguage(const QByteArray &header);

    QString code() const { return m_code; } // for <html lang>: "en", "es", ...
    QString text(const char *context, const char *source) const;

private:
    QString m_code = QStringLiteral("en");
};

} // namespace nv
