#include "OpenSslAtExit.h"

#include <openssl/crypto.h>

namespace nv {

void keepOpenSslStateUntilExit()
{
    // Only the first initialisation registers (or not) the atexit handler; a later call, or a
    // failure here, leaves OpenSSL's default behaviour, which is correct, only noisier.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace nv
