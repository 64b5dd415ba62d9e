// nv-sandbox's token endpoint reads a form body (sandboxhttp::parseForm, repeatedNames,
// formValue) and finds whose client assertion it is (ClientAssertionVerifier::unverifiedIssuer)
// before anything is checked. Input: the form body.
#include "ClientAssertionVerifier.h"
#include "FuzzInput.h"
#include "SandboxHttp.h"

#include <QHash>

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = nvfuzz::bytes(data, size);
    const sandboxhttp::FormParams params = sandboxhttp::parseForm(body);
    QHash<QString, int> counts;
    for (const auto &[name, value] : params)
        ++counts[name];
    const QStringList repeated = sandboxhttp::repeatedNames(params);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        nvfuzz::check(repeated.contains(it.key()) == (it.value() > 1),
                      "repeatedNames names exactly the parameters sent more than once",
                      it.key().toUtf8());
        if (it.value() == 1) {
            nvfuzz::check(sandboxhttp::hasParam(params, it.key()), "a sent parameter is there");
            const auto found = std::find_if(params.cbegin(), params.cend(),
                                            [&](const auto &p) { return p.first == it.key(); });
            nvfuzz::check(sandboxhttp::formValue(params, it.key()) == found->second,
                          "formValue gives the value sent");
        }
    }
    // Each piece between '&' is one parameter at most: nothing is invented.
    nvfuzz::check(params.size() <= body.count('&') + 1, "no more parameters than pieces");
    (void)ClientAssertionVerifier::unverifiedIssuer(
        sandboxhttp::formValue(params, QStringLiteral("client_assertion")).toUtf8());
    return 0;
}
