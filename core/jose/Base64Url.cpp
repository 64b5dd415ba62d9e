#include "Base64Url.h"

namespace nv {

QByteArray Base64Url::encode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> Base64Url::decode(const QByteArray &text)
{
    // A length of 1 modulo 4 cannot come from any byte string.
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        const bool urlSafe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                             (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!urlSafe)
            return std::nullopt;
    }
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Unused low bits of the last character must be zero, or two texts decode to one value.
    if (encode(result.decoded) != text)
        return std::nullopt;
    return result.decoded;
}

} // namespace nv
