// nv-sandbox's verify endpoint refuses a JSON body with a repeated key (400) before Qt's parser
// keeps the last of them (JsonDuplicateKeys). Input: the body.
#include "FuzzInput.h"
#include "JsonDuplicateKeys.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = nvfuzz::bytes(data, size);
    bool incomplete = false;
    const std::optional<QString> duplicate = JsonDuplicateKeys::firstDuplicate(body, &incomplete);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    // What Qt writes has no duplicates: never a false alarm on a clean document.
    const QByteArray clean = document.toJson(QJsonDocument::Compact);
    nvfuzz::check(!JsonDuplicateKeys::firstDuplicate(clean).has_value(),
                  "a document without repeated keys is not refused", clean.left(200));
    // Past MaxDepth, or on an escape Qt tolerates, the walk stops and says so (the sandbox
    // refuses such a body).
    if (!duplicate && !incomplete && document.isObject()) {
        // No duplicate: Qt kept every key, so a key added in front is found twice, once it
        // repeats one of the object's own.
        const QJsonObject object = document.object();
        if (!object.isEmpty()) {
            const QString first = object.keys().constFirst();
            const qsizetype open = body.indexOf('{');
            const QByteArray key =
                QJsonDocument(QJsonObject{{first, 0}}).toJson(QJsonDocument::Compact);
            QByteArray doubled = body;
            doubled.insert(open + 1, key.mid(1, key.size() - 2) + ',');
            nvfuzz::check(JsonDuplicateKeys::firstDuplicate(doubled) == first,
                          "a repeated key is found", doubled.left(200));
        }
    }
    return 0;
}
