#pragma once

#include <QByteArray>
#include <optional>

namespace nv {

// base64url without padding (RFC 7515 §2), the encoding of every JOSE part. Decoding is strict:
// only the 64 URL-safe characters, no '=' and no whitespace, so that two spellings of one value
// cannot both pass (a signature is checked over the text exactly as it was sent).
class Base64Url
{
public:
    static QByteArray encode(const QByteArray &data);
    static std::optional<QByteArray> decode(const QByteArray &text);
};

} // namespace nv
