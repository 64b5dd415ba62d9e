#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace nv {

// Finds a key that appears twice in one JSON object. QJsonDocument keeps the last of them
// silently, and a strict operator must not guess which one the client meant (RFC 8259 4: the
// names within an object SHOULD be unique). Written by hand because neither Qt nor the other
// libraries the sandbox links report duplicates; it reads text that QJsonDocument has already
// accepted, so it only follows structure, and it stops at a nesting depth bound.
class JsonDuplicateKeys
{
public:
    static constexpr int MaxDepth = 64;

    // The first repeated key (decoded), or nothing when every object's keys are unique.
    // *incomplete: the walk stopped early without finding one (at MaxDepth, or on text it does
    // not read the way QJsonDocument does, such as an escape Qt tolerates), so later keys were
    // not looked at: a caller must refuse such a body rather than take it as free of
    // duplicates.
    static std::optional<QString> firstDuplicate(const QByteArray &json,
                                                 bool *incomplete = nullptr);

private:
    explicit JsonDuplicateKeys(const QByteArray &json);

    // Each returns false to stop the walk: a duplicate was found, or the input is not what
    // QJsonDocument accepts.
    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string(QString *decoded);
    bool escape(QString *decoded);
    void skipSpace();
    char peek() const;

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    std::optional<QString> m_duplicate;
};

} // namespace nv
