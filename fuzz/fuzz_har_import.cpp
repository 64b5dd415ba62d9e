// HarImporter: a HAR file from a partner or from browser devtools.
// Input: the file. Property: what the console exports from an import reads back unchanged.
#include "FuzzInput.h"
#include "log/HarExporter.h"
#include "log/HarImporter.h"

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QList<HttpExchange> imported = HarImporter::read(nvfuzz::bytes(data, size), &error);
    if (imported.isEmpty())
        return 0;
    const QByteArray exported = HarExporter::document(imported);
    QString again;
    const QList<HttpExchange> reread = HarImporter::read(exported, &again);
    nvfuzz::check(reread.size() == imported.size(), "an export reads back whole", again.toUtf8());
    nvfuzz::check(HarExporter::document(reread) == exported, "export and import agree", exported);
    return 0;
}
