#include "StoreThread.h"

namespace nv {

StoreThread::StoreThread(const QString &name, QThread::Priority priority)
    : m_thread(new QThread)
    , m_worker(new QObject)
    , m_store(std::make_shared<RequestLogStore>())
{
    qRegisterMetaType<nv::HttpExchange>();
    qRegisterMetaType<QList<nv::HttpExchange>>();
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    m_thread->start(priority);
}

StoreThread::~StoreThread()
{
    stop();
    delete m_worker;
    delete m_thread;
}

void StoreThread::stop()
{
    if (!m_thread->isRunning())
        return;
    // Queued after every pending job, so the queue drains before the thread stops.
    post([store = m_store] {
        store->close();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
}

} // namespace nv
