#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Helpers shared by the fuzz targets. Inputs are plain text with one field per line where a
// parser takes several values, so a seed file reads like the request it stands for.
namespace nvfuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first count-1 lines, then everything after them as the last field (which may hold
// newlines). Missing fields are empty.
inline QByteArrayList fields(const QByteArray &input, int count)
{
    QByteArrayList out;
    qsizetype start = 0;
    for (int i = 0; i < count - 1; ++i) {
        const qsizetype end = input.indexOf('\n', start);
        if (end < 0) {
            out << input.mid(start);
            start = input.size();
            continue;
        }
        out << input.mid(start, end - start);
        start = end + 1;
    }
    out << input.mid(start);
    return out;
}

// A property the parser promised and did not keep: abort, so libFuzzer saves the input.
[[noreturn]] inline void violated(const char *property, const QByteArray &detail = {})
{
    std::fprintf(stderr, "property violated: %s\n%s\n", property, detail.constData());
    std::abort();
}

inline void check(bool holds, const char *property, const QByteArray &detail = {})
{
    if (!holds)
        violated(property, detail);
}

} // namespace nvfuzz
