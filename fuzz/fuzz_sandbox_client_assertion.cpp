// nv-sandbox's private_key_jwt check (ClientAssertionVerifier): a JWT client assertion against
// a client registered with one RSA public key, on a clock set to 2035-01-01 so that the
// committed seeds (signed with the matching private key, which is not kept) stay in date.
// Input: the client_assertion, as the token form carries it.
#include "ClientAssertionVerifier.h"
#include "FuzzInput.h"
#include "SandboxClient.h"
#include "SandboxClock.h"

#include <chrono>

using namespace nv;

namespace {
constexpr qint64 FixedNow = 2051222400; // 2035-01-01T00:00:00Z
constexpr const char *ClientId = "nv-fuzz-client";
constexpr const char *PublicKey =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyL4stGgzLKuh/vd5qot2\n"
    "/M9bVztJcAL+R0fK9bQUoGhsrQTGr5m1GIc+0ZP4YSpnRpCKHxwY1Atu5TCbIuBZ\n"
    "EF5XC0nyK/TPSTzeo1osh8P1hlD5WiemvZFoSuymx1utTENcyvNKmaS9j7AiZ9wU\n"
    "4/ngThPqOawIo3gnZFoiISDmQd0ctpkXTzqspmqsLc4xHf5wg+c8atWWZR5pwZ4W\n"
    "TyDWKNg2QhCmCFI0moo0pbI1PSeAcQfr4dpl58a1U0jPeBglAVr1+MJ/s0vVH1Gx\n"
    "+gkdqCA7JXCRapU32228BSwTfqrsmQHWdpOfM+EQUA2GQNCl/VdQcxoFZsJX8sIP\n"
    "yQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

std::shared_ptr<SandboxClock> fixedClock()
{
    auto clock = std::make_shared<SandboxClock>();
    const qint64 ahead = FixedNow - clock->epochSeconds();
    if (ahead > 0)
        clock->advance(std::chrono::seconds(ahead));
    return clock;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray assertion = nvfuzz::bytes(data, size);
    static const std::shared_ptr<SandboxClock> clock = fixedClock();
    SandboxClient client;
    client.id = QLatin1String(ClientId);
    client.publicKeyPem = PublicKey;
    client.authMethod = SandboxClient::AuthMethod::PrivateKeyJwt;
    const QStringList audiences{QStringLiteral("http://127.0.0.1/camara/api/auth/v1/token")};

    const QString issuer = ClientAssertionVerifier::unverifiedIssuer(assertion);
    ClientAssertionVerifier verifier(clock); // a fresh one: no jti spent by an earlier input
    const std::optional<QString> refusal = verifier.verify(assertion, client, audiences);
    if (refusal) {
        nvfuzz::check(!refusal->isEmpty(), "a refusal says which check failed");
        return 0;
    }
    nvfuzz::check(issuer == client.id, "an accepted assertion is issued by the client itself");
    const std::optional<QString> replay = verifier.verify(assertion, client, audiences);
    nvfuzz::check(replay.has_value(), "an assertion is accepted once (its jti is spent)");
    return 0;
}
