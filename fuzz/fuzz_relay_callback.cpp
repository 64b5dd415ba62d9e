// The relay's callback and pickup (nvrelay): the operator's redirect to the relay, stored, and
// handed to the console that opened the sign-in, which reads it like a caught redirect.
// Input: pickup key \n the callback's query string (as the operator put it on the URL).
#include "FuzzInput.h"
#include "RelayClock.h"
#include "RelayQuery.h"
#include "RelayResult.h"
#include "RelayStore.h"
#include "flow/AuthorizationResponse.h"
#include "relay/RedirectResult.h"

#include <QJsonObject>
#include <QSet>

using namespace nv;

namespace {
constexpr qsizetype MaxValueBytes = 4096;

void checkForm(const relayquery::ParsedForm &form)
{
    QSet<QString> names;
    for (const auto &[name, value] : form.params) {
        nvfuzz::check(!names.contains(name), "a usable form names each parameter once");
        names.insert(name);
        nvfuzz::check(value.size() <= MaxValueBytes, "values are bounded");
        for (const QChar c : value)
            nvfuzz::check(c.unicode() >= 0x20 && c.unicode() <= 0x7e, "values are printable ASCII",
                          value.toUtf8().left(100));
    }
}

// What the console does with the pickup answer (RelayPickup::deliver): the JSON's fields, back
// on the redirect URI, read by the run's own parser.
void checkConsoleReadsIt(const RelayResult &taken)
{
    const QJsonObject json = taken.toJson();
    const auto text = [&json](const char *name) {
        return json.value(QLatin1String(name)).toString();
    };
    const RedirectResult result{text("code"), text("state"), text("error"),
                                text("error_description"), text("iss")};
    const QUrl redirectUri(QStringLiteral("https://relay.example/callback"));
    const AuthorizationResponse r =
        AuthorizationResponse::parse(result.toRedirectUrl(redirectUri), redirectUri, taken.state);
    using Kind = AuthorizationResponse::Kind;
    nvfuzz::check(r.kind == (taken.isError() ? Kind::Error : Kind::Code),
                  "the console reads the picked-up result as the operator sent it");
    nvfuzz::check(r.code == taken.code && r.error == taken.error && r.state == taken.state,
                  "code, error and state reach the console unchanged");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 2);
    const QByteArray key = f[0];
    const relayquery::ParsedForm form = relayquery::parseForm(f[1], MaxValueBytes);
    if (!form.problem.isEmpty())
        return 0;
    checkForm(form);

    RelayResult result;
    result.state = relayquery::value(form.params, QStringLiteral("state"));
    result.code = relayquery::value(form.params, QStringLiteral("code"));
    result.error = relayquery::value(form.params, QStringLiteral("error"));
    result.errorDescription = relayquery::value(form.params, QStringLiteral("error_description"));
    result.issuer = relayquery::value(form.params, QStringLiteral("iss"));
    if (!relayquery::isValidState(result.state) || result.code.isEmpty() == result.error.isEmpty())
        return 0; // the callback refuses it (RelayServer::callback)

    RelayStore store(RelayClock::system(), 300, 16);
    nvfuzz::check(store.store(result) == RelayStore::Stored::NotExpected,
                  "a result for a state nobody opened is not kept");
    const QByteArray hash = RelayStore::keyHash(key);
    nvfuzz::check(store.open(result.state, hash) == RelayStore::Opened::Created, "opens");
    nvfuzz::check(store.store(result) == RelayStore::Stored::Stored, "stores once");
    nvfuzz::check(store.store(result) == RelayStore::Stored::AlreadyReceived,
                  "the first result stays");
    RelayResult taken;
    nvfuzz::check(store.take(result.state, RelayStore::keyHash(key + 'x'), &taken) ==
                      RelayStore::Lookup::Unknown,
                  "another key picks up nothing");
    nvfuzz::check(store.take(result.state, hash, &taken) == RelayStore::Lookup::Ready,
                  "the opener's key picks it up");
    nvfuzz::check(taken.code == result.code && taken.error == result.error &&
                      taken.state == result.state,
                  "what is picked up is what came");
    RelayResult again;
    nvfuzz::check(store.take(result.state, hash, &again) == RelayStore::Lookup::Unknown,
                  "a result is handed over once");
    checkConsoleReadsIt(taken);
    return 0;
}
