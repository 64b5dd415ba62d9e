#pragma once

#include "RecordedRequest.h"

#include <QList>
#include <QMutex>
#include <deque>

namespace nv {

// The last requests the sandbox received, oldest first, at most capacity of them. Written on the
// sandbox's thread, read from any (a test reads it from its own while SandboxHost serves).
class RequestJournal
{
public:
    explicit RequestJournal(int capacity);

    void record(RecordedRequest request);
    QList<RecordedRequest> entries() const;
    void clear();

private:
    mutable QMutex m_mutex;
    std::deque<RecordedRequest> m_entries;
    std::size_t m_capacity;
};

} // namespace nv
