// nv-sandbox's authorize endpoint reads its query like a form (sandboxhttp::parseForm), refuses
// repeated parameters, and checks the CAMARA login_hint (AuthorizeEndpoint::checkLoginHint).
// Input: the query string.
#include "AuthorizeEndpoint.h"
#include "FuzzInput.h"
#include "SandboxHttp.h"

#include <QRegularExpression>

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const sandboxhttp::FormParams params = sandboxhttp::parseForm(nvfuzz::bytes(data, size));
    (void)sandboxhttp::repeatedNames(params);
    const QString hint = sandboxhttp::formValue(params, QStringLiteral("login_hint"));
    QString number;
    const QString problem = AuthorizeEndpoint::checkLoginHint(hint, &number);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{4,14}$"));
    if (problem.isEmpty() && !number.isEmpty())
        nvfuzz::check(e164.match(number).hasMatch(), "an accepted tel: hint is a +E.164 number",
                      number.toUtf8().left(100));
    if (problem.isEmpty() && hint.startsWith(QLatin1String("tel:")))
        nvfuzz::check(!number.isEmpty(), "an accepted tel: hint yields its number");
    // A redirect back carries the parameters it adds exactly once, whatever the URI held.
    const QUrl back = sandboxhttp::withQuery(
        QUrl(sandboxhttp::formValue(params, QStringLiteral("redirect_uri"))),
        {{QStringLiteral("code"), QStringLiteral("c")}, {QStringLiteral("state"), hint}});
    const sandboxhttp::FormParams read =
        sandboxhttp::parseForm(back.query(QUrl::FullyEncoded).toUtf8());
    nvfuzz::check(sandboxhttp::formValue(read, QStringLiteral("state")) == hint ||
                      sandboxhttp::repeatedNames(read).contains(QStringLiteral("state")),
                  "state goes back as it came", back.toEncoded().left(200));
    return 0;
}
