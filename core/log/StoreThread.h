#pragma once

#include "RequestLogStore.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace nv {

// A RequestLogStore on a thread of its own. A Qt SQL connection belongs to the thread that
// opened it, and the UI thread must never wait on the disk, so every use of the store is a job
// posted here, run in order. Shared by the log's writer (RequestLog) and its reader (LogReader).
class StoreThread
{
public:
    StoreThread(const QString &name, QThread::Priority priority = QThread::InheritPriority);
    ~StoreThread();

    template <typename Job> void post(Job &&job)
    {
        QMetaObject::invokeMethod(m_worker, std::forward<Job>(job), Qt::QueuedConnection);
    }
    // Only to be captured by posted jobs: the store is used on the store's thread alone.
    const std::shared_ptr<RequestLogStore> &store() const { return m_store; }

    // Runs every job already posted, closes the store on its thread and joins it. Owners call
    // it from their destructor, while the objects their jobs report to still exist.
    void stop();

private:
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread, the target of queued jobs
    std::shared_ptr<RequestLogStore> m_store;
};

} // namespace nv
