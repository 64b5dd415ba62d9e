#include "PastedRedirect.h"

#include "flow/AuthorizationResponse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace nv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nv::PastedRedirect", text);
}

struct Params
{
    QList<std::pair<QString, QString>> items;
    QString problem;
};

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if ((c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) &&
            c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t'))
            return true;
    }
    return false;
}

bool isPrintableAscii(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// One name=value piece, as an address bar shows it: percent-encoded, '+' a space.
QString formDecode(QString part)
{
    part.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part.toUtf8()));
}

Params splitParams(const QString &text, const QRegularExpression &separators)
{
    Params params;
    QSet<QString> seen;
    for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype eq = piece.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            params.problem = tr("\"%1\" is not of the form name=value; paste the whole address, "
                                "or code=… and state=….")
                                 .arg(piece.left(40));
            return params;
        }
        const QString name = formDecode(piece.left(eq)).toLower();
        if (seen.contains(name)) {
            params.problem =
                tr("\"%1\" appears more than once; paste a single redirect.").arg(name.left(40));
            return params;
        }
        seen.insert(name);
        params.items.append({name, formDecode(piece.mid(eq + 1))});
    }
    return params;
}

QString value(const Params &params, const char *name)
{
    for (const auto &[key, text] : params.items) {
        if (key == QLatin1String(name))
            return text;
    }
    return QString();
}

bool hasAny(const QString &text)
{
    static const QRegularExpression names(QStringLiteral("(^|[?#&;\\s])(code|state|error)="),
                                          QRegularExpression::CaseInsensitiveOption);
    return names.match(text).hasMatch();
}

Params paramsOfAddress(const QString &joined, const QUrl &redirectUri)
{
    const QUrl url(joined, QUrl::StrictMode);
    if (!url.isValid())
        return {{},
                tr("This is not a valid address (%1). Copy it again from the phone's address "
                   "bar.")
                    .arg(url.errorString().left(120))};
    if (!AuthorizationResponse::matchesRedirectUri(url, redirectUri))
        return {
            {},
            tr("This address goes to %1, not to the redirect URI %2. Paste the address "
               "the phone ended on after signing in.")
                .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                         .left(200),
                     redirectUri.toString(QUrl::RemoveQuery))};
    const QString query = url.query(QUrl::FullyEncoded);
    const QString fragment = url.fragment(QUrl::FullyEncoded);
    // response_mode=fragment puts the parameters after '#'.
    const QString params =
        hasAny(QLatin1Char('?') + query) || !hasAny(QLatin1Char('#') + fragment) ? query : fragment;
    static const QRegularExpression ampersand(QStringLiteral("&"));
    return splitParams(params, ampersand);
}

Params readParams(const QString &trimmed, const QUrl &redirectUri)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QRegularExpressionMatch match = scheme.match(trimmed);
    if (match.hasMatch() && !match.captured(1).contains(QLatin1Char('='))) {
        const QString name = match.captured(1).toLower();
        if (name != QLatin1String("https") && name != QLatin1String("http"))
            return {{},
                    tr("Only an http or https address can be pasted, not a %1: one.")
                        .arg(name.left(20))};
        // An address never holds raw whitespace: any is from a wrapped line, so drop it.
        return paramsOfAddress(QString(trimmed).remove(whitespace), redirectUri);
    }
    QString text = trimmed;
    if (text.startsWith(QLatin1Char('?')) || text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    static const QRegularExpression spacedEquals(QStringLiteral("\\s*=\\s*"));
    text.replace(spacedEquals, QStringLiteral("="));
    static const QRegularExpression separators(QStringLiteral("[\\s&;]+"));
    return splitParams(text, separators);
}

QString checkValues(const RedirectResult &values, const QString &expectedState)
{
    if (values.state.isEmpty())
        return values.code.isEmpty() && values.error.isEmpty()
                   ? tr("No code and no state found. Paste the whole address from the phone's "
                        "address bar, or code=… and state=….")
                   : tr("The state is missing: paste the whole address, or add state=….");
    if (values.code.isEmpty() && values.error.isEmpty())
        return tr("The code is missing: paste the whole address, or add code=….");
    if (!values.code.isEmpty() && !values.error.isEmpty())
        return tr("The text holds both a code and an error; paste a single redirect.");
    for (const QString *value : {&values.code, &values.state, &values.error, &values.issuer}) {
        if (value->size() > PastedRedirect::MaxValueChars)
            return tr("A value is longer than %1 characters.").arg(PastedRedirect::MaxValueChars);
    }
    if (values.errorDescription.size() > PastedRedirect::MaxValueChars)
        return tr("The error description is longer than %1 characters.")
            .arg(PastedRedirect::MaxValueChars);
    if (!isPrintableAscii(values.code) || !isPrintableAscii(values.state) ||
        !isPrintableAscii(values.error))
        return tr("The code, state or error holds characters a redirect never carries (spaces, "
                  "letters outside ASCII or control characters). Copy it again.");
    if (hasControlCharacters(values.errorDescription))
        return tr("The error description holds control characters.");
    if (!expectedState.isEmpty() && values.state != expectedState)
        return tr("The state in the pasted text (%1…) is not this run's (%2…): it belongs to "
                  "another sign-in. Paste the address from this sign-in, or start again.")
            .arg(values.state.left(6), expectedState.left(6));
    return QString();
}

} // namespace

PastedRedirect PastedRedirect::parse(const QString &text, const QUrl &redirectUri,
                                     const QString &expectedState)
{
    PastedRedirect pasted;
    const QString trimmed = text.trimmed();
    if (text.size() > MaxChars)
        pasted.problem = tr("The pasted text is longer than %1 characters; paste only the address "
                            "from the phone's address bar.")
                             .arg(MaxChars);
    else if (trimmed.isEmpty())
        pasted.problem = tr("Nothing was pasted.");
    else if (hasControlCharacters(trimmed))
        pasted.problem = tr("The pasted text holds control characters; copy the address again.");
    else if (!redirectUri.isValid() || redirectUri.isRelative())
        pasted.problem = tr("The profile has no valid redirect URI to check the address against.");
    if (!pasted.ok())
        return pasted;

    const Params params = readParams(trimmed, redirectUri);
    if (!params.problem.isEmpty()) {
        pasted.problem = params.problem;
        return pasted;
    }
    pasted.values =
        RedirectResult{value(params, "code"), value(params, "state"), value(params, "error"),
                       value(params, "error_description"), value(params, "iss")};
    pasted.problem = checkValues(pasted.values, expectedState);
    if (pasted.ok())
        pasted.redirectUrl = pasted.values.toRedirectUrl(redirectUri);
    return pasted;
}

} // namespace nv
