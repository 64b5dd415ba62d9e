// VerifyResponse::parse and DevicePhoneNumberResponse::parse: the API's answers.
// Input: HTTP status \n body.
#include "FuzzInput.h"
#include "flow/DevicePhoneNumberExchange.h"
#include "flow/VerifyExchange.h"

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 2);
    const int status = f[0].toInt();

    const VerifyResponse verify = VerifyResponse::parse(status, f[1]);
    const bool verdict = verify.kind == VerifyResponse::Kind::Verified ||
                         verify.kind == VerifyResponse::Kind::NotVerified;
    nvfuzz::check(!verdict || status == 200, "a verdict comes only with a 200");
    nvfuzz::check((verify.kind == VerifyResponse::Kind::ApiError) == verify.error.has_value(),
                  "an API error result carries the error");
    nvfuzz::check(verify.kind != VerifyResponse::Kind::Unreadable || !verify.problem.isEmpty(),
                  "an unreadable answer says why");
    (void)verify.describe();

    const DevicePhoneNumberResponse number = DevicePhoneNumberResponse::parse(status, f[1]);
    if (number.kind == DevicePhoneNumberResponse::Kind::Number)
        nvfuzz::check(number.devicePhoneNumber.startsWith(QLatin1Char('+')),
                      "a device phone number is in E.164 form");
    nvfuzz::check((number.kind == DevicePhoneNumberResponse::Kind::ApiError) ==
                      number.error.has_value(),
                  "an API error result carries the error");
    (void)number.describe();
    return 0;
}
