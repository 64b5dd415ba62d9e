// AuthorizationResponse::parse: the URL the operator redirects back to.
// Input: registered redirect URI \n expected state \n the URL that arrived.
#include "FuzzInput.h"
#include "flow/AuthorizationResponse.h"

#include <QUrlQuery>

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 3);
    const QUrl redirectUri(QString::fromUtf8(f[0])); // as a profile holds it
    const QString expectedState = QString::fromUtf8(f[1]);
    const QUrl candidate = QUrl::fromEncoded(f[2], QUrl::TolerantMode); // as a Location header

    const AuthorizationResponse r =
        AuthorizationResponse::parse(candidate, redirectUri, expectedState);
    const bool matches = AuthorizationResponse::matchesRedirectUri(candidate, redirectUri);
    nvfuzz::check((r.kind != AuthorizationResponse::Kind::NotRedirectUri) == matches,
                  "parse() looks at the URL only when it is the redirect URI");
    if (r.kind == AuthorizationResponse::Kind::Code) {
        nvfuzz::check(r.state == expectedState, "a code is accepted only with the run's state");
        nvfuzz::check(!r.code.isEmpty(), "a code result carries the code");
        const QUrlQuery query(candidate);
        nvfuzz::check(query.allQueryItemValues(QStringLiteral("code")).size() == 1 &&
                          query.allQueryItemValues(QStringLiteral("state")).size() == 1,
                      "a code is accepted only when code and state each came once");
    }
    if (r.kind == AuthorizationResponse::Kind::Error)
        nvfuzz::check(r.state == expectedState, "an error is believed only with the run's state");
    if (redirectUri.isValid())
        nvfuzz::check(AuthorizationResponse::matchesRedirectUri(redirectUri, redirectUri),
                      "the redirect URI matches itself");
    (void)r.describe();
    (void)explainOAuthError(r.error);
    return 0;
}
