// CurlCommand: "copy as cURL" for any exchange in the log, a partner's import included.
// Input: method \n URL \n header name \n header value \n body.
// Property: a POSIX shell splits the command back into exactly the intended arguments, and
// nothing in it is expanded or run.
#include "FuzzInput.h"
#include "PosixWords.h"
#include "log/CurlCommand.h"

using namespace nv;

namespace {

void roundTrip(const QString &command, const QStringList &expected)
{
    const nvfuzz::Words words = nvfuzz::splitPosixWords(command);
    nvfuzz::check(words.problem.isEmpty(), "the command is one plain shell command",
                  (words.problem + QLatin1Char('\n') + command).toUtf8());
    nvfuzz::check(words.argv == expected, "the shell passes curl the intended arguments",
                  (words.argv.join(QLatin1String("\u2424")) + QLatin1Char('\n') +
                   expected.join(QLatin1String("\u2424")))
                      .toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = nvfuzz::bytes(data, size);
    // A shell argument cannot hold NUL: no quoting can carry it (see fuzz/README.md).
    if (input.contains('\0'))
        return 0;
    roundTrip(CurlCommand::quoted(QString::fromUtf8(input)), {QString::fromUtf8(input)});

    const QByteArrayList f = nvfuzz::fields(input, 5);
    HttpExchange e;
    e.method = f[0];
    e.url = QUrl::fromEncoded(f[1], QUrl::TolerantMode);
    if (!f[2].isEmpty())
        e.requestHeaders.append({f[2], f[3]});
    e.requestBody = f[4];

    QStringList expected{QStringLiteral("curl"), QStringLiteral("-X"),
                         QString::fromLatin1(e.method.isEmpty() ? "GET" : e.method),
                         QString::fromUtf8(e.url.toEncoded())};
    if (!f[2].isEmpty() && f[2].compare("content-length", Qt::CaseInsensitive) != 0)
        expected << QStringLiteral("-H")
                 << QString::fromLatin1(f[2]) + QLatin1String(": ") + QString::fromUtf8(f[3]);
    if (!e.requestBody.isEmpty())
        expected << QStringLiteral("--data-raw") << QString::fromUtf8(e.requestBody);
    roundTrip(CurlCommand::fromExchange(e), expected);
    return 0;
}
