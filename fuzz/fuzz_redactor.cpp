// Redactor: every exchange passes through it before the disk, a view or an export.
// Input: URL \n a secret the run knows \n Content-Type \n a cookie line \n body.
#include "FuzzInput.h"
#include "log/Redactor.h"

#include <QRegularExpression>

using namespace nv;

namespace {

QByteArray everything(const HttpExchange &e)
{
    QByteArray all = e.url.toEncoded() + '\n' + e.requestBody + '\n' + e.responseBody + '\n' +
                     e.error.toUtf8() + '\n' + e.note.toUtf8();
    for (const auto &[name, value] : e.requestHeaders + e.responseHeaders)
        all += '\n' + name + ": " + value;
    return all;
}

bool same(const HttpExchange &a, const HttpExchange &b)
{
    return a.url.toEncoded() == b.url.toEncoded() && a.requestHeaders == b.requestHeaders &&
           a.responseHeaders == b.responseHeaders && a.requestBody == b.requestBody &&
           a.responseBody == b.responseBody && a.error == b.error && a.note == b.note;
}

// Secrets the value pass must find wherever they are. Shorter or punctuated values can occur
// inside a marker ("[redacted:…]") or in ordinary text, which the pass leaves alone on purpose.
bool isTokenLike(const QByteArray &secret)
{
    static const QRegularExpression tokenLike(QStringLiteral("^[A-Za-z0-9_-]{10,}$"));
    return tokenLike.match(QString::fromLatin1(secret)).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 5);
    HttpExchange raw;
    raw.method = "POST";
    raw.url = QUrl::fromEncoded(f[0], QUrl::TolerantMode);
    raw.requestHeaders = {
        {"Content-Type", f[2]}, {"Authorization", "Bearer " + f[1]}, {"Cookie", f[3]}};
    raw.responseHeaders = {{"Content-Type", f[2]}, {"Set-Cookie", f[3]}, {"Location", f[0]}};
    raw.requestBody = f[4];
    raw.responseBody = f[4];
    raw.error = QString::fromUtf8(f[4].left(256));
    raw.note = QString::fromUtf8(f[0]);

    const QStringList secrets =
        isTokenLike(f[1]) ? QStringList{QString::fromLatin1(f[1])} : QStringList{};
    const HttpExchange once = Redactor::redacted(raw, secrets);
    const HttpExchange twice = Redactor::redacted(once, secrets);
    nvfuzz::check(same(once, twice), "redacting twice changes nothing",
                  everything(once) + "\n---\n" + everything(twice));
    if (!secrets.isEmpty())
        nvfuzz::check(!everything(once).contains(f[1]), "a known secret is nowhere in the log",
                      everything(once));
    return 0;
}
