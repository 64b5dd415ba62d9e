// AuthorizeRequest::buildUrl: the authorize URL from a profile's fields, which come from a
// profile file or the editor. Input: one field per line: authorize URL, client id, redirect
// URI, scope, state, nonce, login hint, prompt, konera_context, PKCE challenge.
// Property: every parameter arrives at the operator exactly as the profile says, and the
// operator's own URL (scheme, host, port, path, query) is kept.
#include "FuzzInput.h"
#include "flow/AuthorizeRequest.h"

using namespace nv;

namespace {

// The pairs at the end of an encoded query, decoded the way a server's form parser does.
QList<QPair<QByteArray, QByteArray>> lastPairs(const QByteArray &query, qsizetype count)
{
    const QByteArrayList parts = query.split('&');
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (qsizetype i = qMax<qsizetype>(0, parts.size() - count); i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf('=');
        QByteArray key = parts[i].left(eq), value = parts[i].mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        pairs.append(
            {QByteArray::fromPercentEncoding(key), QByteArray::fromPercentEncoding(value)});
    }
    return pairs;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 10);
    const auto text = [&f](int i) { return QString::fromUtf8(f[i]); };
    Profile profile;
    profile.authorizeUrl = QUrl(text(0));
    profile.clientId = text(1);
    profile.redirectUri = QUrl(text(2));
    profile.scope = text(3);
    profile.loginHint = text(6);
    profile.prompt = text(7);
    profile.koneraContext = text(8);
    std::optional<Pkce> pkce;
    if (!f[9].isEmpty())
        pkce = Pkce{QStringLiteral("verifier"), text(9), QStringLiteral("S256")};

    const QUrl url = AuthorizeRequest::buildUrl(profile, text(4), text(5), pkce);
    if (!profile.authorizeUrl.isValid())
        return 0;

    QList<QPair<QByteArray, QByteArray>> expected{
        {"response_type", "code"},
        {"client_id", f[1]},
        {"redirect_uri", profile.redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
        {"scope", f[3]},
        {"state", f[4]},
    };
    const auto optional = [&](const char *key, int i) {
        if (!f[i].isEmpty())
            expected.append({QByteArray(key), f[i]});
    };
    optional("nonce", 5);
    optional("login_hint", 6);
    optional("prompt", 7);
    optional("konera_context", 8);
    if (pkce) {
        expected.append({QByteArray("code_challenge"), f[9]});
        expected.append({QByteArray("code_challenge_method"), QByteArray("S256")});
    }
    // Compare as the profile holds the text: invalid UTF-8 became U+FFFD on the way in.
    for (auto &[key, value] : expected)
        value = QString::fromUtf8(value).toUtf8();

    nvfuzz::check(url.isValid(), "the authorize URL is valid", url.errorString().toUtf8());
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    const auto got = lastPairs(query, expected.size());
    nvfuzz::check(got == expected, "every parameter arrives as the profile says", query);
    const QByteArray own = profile.authorizeUrl.query(QUrl::FullyEncoded).toUtf8();
    nvfuzz::check(own.isEmpty() || query.startsWith(own + '&'), "the operator's query is kept",
                  own + "\n" + query);
    nvfuzz::check(url.scheme() == profile.authorizeUrl.scheme() &&
                      url.host() == profile.authorizeUrl.host() &&
                      url.port() == profile.authorizeUrl.port() &&
                      url.path() == profile.authorizeUrl.path(),
                  "the operator's URL is kept");
    return 0;
}
