// TokenResponse::parse: the token endpoint's answer.
// Input: HTTP status \n body.
#include "FuzzInput.h"
#include "flow/TokenExchange.h"

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 2);
    const int status = f[0].toInt();
    const TokenResponse r = TokenResponse::parse(status, f[1]);
    if (r.ok) {
        nvfuzz::check(status == 200, "only a 200 carries tokens");
        nvfuzz::check(!r.accessToken.isEmpty(), "an accepted answer has an access token");
        nvfuzz::check(r.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0,
                      "an accepted answer is a Bearer token");
        nvfuzz::check(r.expiresIn >= -1, "expires_in is absent (-1) or not negative");
        nvfuzz::check(r.problem.isEmpty() && r.error.isEmpty(), "ok means no problem");
    } else {
        nvfuzz::check(!r.problem.isEmpty() || !r.error.isEmpty(), "a refusal says why");
    }
    (void)r.describe();
    return 0;
}
