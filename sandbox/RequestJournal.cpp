#include "RequestJournal.h"

namespace nv {

RequestJournal::RequestJournal(int capacity)
    : m_capacity(std::size_t(qMax(0, capacity)))
{}

void RequestJournal::record(RecordedRequest request)
{
    if (m_capacity == 0)
        return;
    QMutexLocker lock(&m_mutex);
    while (m_entries.size() >= m_capacity)
        m_entries.pop_front();
    m_entries.push_back(std::move(request));
}

QList<RecordedRequest> RequestJournal::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<RecordedRequest>(m_entries.cbegin(), m_entries.cend());
}

void RequestJournal::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace nv
