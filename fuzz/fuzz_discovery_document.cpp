// DiscoveryDocument::parse: an operator's OpenID Provider metadata, fetched from an address the
// person typed. Input: expected issuer \n the document (JSON).
#include "FuzzInput.h"
#include "flow/DiscoveryDocument.h"
#include "http/UrlPolicy.h"

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 2);
    const QUrl expected(QString::fromUtf8(f[0]));
    const DiscoveryDocument d = DiscoveryDocument::parse(f[1], expected);
    if (!d.ok()) {
        nvfuzz::check(!d.problem.isEmpty(), "a refused document says why");
        return 0;
    }
    nvfuzz::check(f[1].size() <= DiscoveryDocument::MaxBytes, "an oversized document is refused");
    nvfuzz::check(DiscoveryDocument::sameIssuer(d.issuer, expected),
                  "an accepted document names the issuer that was asked");
    for (const QUrl &url : {d.authorizationEndpoint, d.tokenEndpoint, d.jwksUri}) {
        nvfuzz::check(UrlPolicy::isFetchable(url), "every endpoint is an http(s) URL with a host",
                      url.toEncoded());
        nvfuzz::check(!url.hasFragment(), "no endpoint carries a fragment", url.toEncoded());
        nvfuzz::check(url.toEncoded().size() <= DiscoveryDocument::MaxUrlLength * 3,
                      "endpoints are bounded", url.toEncoded().left(100));
    }
    for (const QStringList *list : {&d.scopesSupported, &d.tokenEndpointAuthMethodsSupported,
                                    &d.codeChallengeMethodsSupported}) {
        nvfuzz::check(list->size() <= DiscoveryDocument::MaxListItems, "lists are bounded");
        for (const QString &item : *list)
            nvfuzz::check(item.size() <= DiscoveryDocument::MaxItemLength, "items are bounded");
    }
    return 0;
}
