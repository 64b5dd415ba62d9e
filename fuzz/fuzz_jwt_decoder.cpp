// JwtDecoder: JWTs found in any text the log shows (bodies, headers, URLs).
// Input: the text.
#include "FuzzInput.h"
#include "log/JwtDecoder.h"

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = nvfuzz::bytes(data, size);
    if (const auto jwt = JwtDecoder::decode(text))
        (void)JwtDecoder::describeTimes(jwt->payload);
    for (const JwtDecoder::Jwt &found : JwtDecoder::findAll(text)) {
        nvfuzz::check(text.contains(found.token), "a found token is a part of the text");
        nvfuzz::check(JwtDecoder::decode(found.token).has_value(), "a found token decodes");
        (void)JwtDecoder::describeTimes(found.payload);
    }
    return 0;
}
