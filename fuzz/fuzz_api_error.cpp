// ApiError::parse: a CAMARA error body {status, code, message}.
// Input: HTTP status \n body.
#include "FuzzInput.h"
#include "flow/ApiError.h"

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 2);
    const int status = f[0].toInt();
    std::optional<ApiError> error = ApiError::parse(status, f[1]);
    if (!error)
        return 0;
    nvfuzz::check(error->httpStatus == status, "the HTTP status is kept as received");
    error->retryAfter = QString::fromUtf8(f[0]);
    nvfuzz::check(!error->explanation().isEmpty(), "every error is explained");
    (void)error->advice();
    return 0;
}
