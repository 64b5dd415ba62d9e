// PastedRedirect::parse: what a person pastes back from the phone (an address, or its
// parameters). Input: redirect URI \n expected state (may be empty) \n the pasted text.
#include "FuzzInput.h"
#include "flow/AuthorizationResponse.h"
#include "relay/PastedRedirect.h"

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 3);
    const QUrl redirectUri(QString::fromUtf8(f[0]));
    const QString expectedState = QString::fromUtf8(f[1]);
    const PastedRedirect pasted =
        PastedRedirect::parse(QString::fromUtf8(f[2]), redirectUri, expectedState);
    if (!pasted.ok()) {
        nvfuzz::check(pasted.redirectUrl.isEmpty(), "a refused paste yields no redirect");
        return 0;
    }
    nvfuzz::check(!pasted.values.code.isEmpty() || !pasted.values.error.isEmpty(),
                  "an accepted paste carries a code or an error");
    if (!expectedState.isEmpty())
        nvfuzz::check(pasted.values.state == expectedState,
                      "with the run's state known, only that state is accepted");
    // The URL made from it reads back exactly what was pasted, through the run's own parser.
    nvfuzz::check(AuthorizationResponse::matchesRedirectUri(pasted.redirectUrl, redirectUri),
                  "the redirect is on the redirect URI", pasted.redirectUrl.toEncoded());
    if (redirectUri.hasQuery())
        return 0; // a redirect URI's own parameters may name code or state too
    const AuthorizationResponse r =
        AuthorizationResponse::parse(pasted.redirectUrl, redirectUri, pasted.values.state);
    using Kind = AuthorizationResponse::Kind;
    nvfuzz::check(r.kind == Kind::Code || r.kind == Kind::Error || r.kind == Kind::StateMissing,
                  "the run reads the paste as an answer", pasted.redirectUrl.toEncoded());
    if (r.kind != Kind::StateMissing)
        nvfuzz::check(r.code == pasted.values.code && r.error == pasted.values.error,
                      "code and error reach the run unchanged", pasted.redirectUrl.toEncoded());
    return 0;
}
