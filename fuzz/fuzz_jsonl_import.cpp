// JsonLinesImporter: a JSON Lines export from a partner.
// Input: the file. Property: what the console exports from an import reads back unchanged.
#include "FuzzInput.h"
#include "log/JsonLinesExporter.h"
#include "log/JsonLinesImporter.h"

using namespace nv;

namespace {
QByteArray exportAll(const QList<HttpExchange> &exchanges)
{
    QByteArray out;
    for (const HttpExchange &e : exchanges)
        out += JsonLinesExporter::line(e);
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QList<HttpExchange> imported = JsonLinesImporter::read(nvfuzz::bytes(data, size), &error);
    if (imported.isEmpty())
        return 0;
    const QByteArray exported = exportAll(imported);
    QString again;
    const QList<HttpExchange> reread = JsonLinesImporter::read(exported, &again);
    nvfuzz::check(reread.size() == imported.size(), "an export reads back whole", again.toUtf8());
    nvfuzz::check(exportAll(reread) == exported, "export and import agree", exported);
    return 0;
}
