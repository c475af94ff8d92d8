#include "gui/run/run_event_relay.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hive::gui {

RunEventRelay::RunEventRelay(QObject *receiver, Deliver deliver)
    : m_receiver(receiver), m_deliver(std::move(deliver))
{}

void RunEventRelay::post(const RunEvent &event)
{
    RunEvent e = event;
    if (e.timeMs == 0)
        e.timeMs = QDateTime::currentMSecsSinceEpoch();
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        first = m_pending.isEmpty();
        m_pending << e;
    }
    // The batch is picked up once; later events of the burst join it.
    if (first) {
        const std::shared_ptr<RunEventRelay> self = shared_from_this();
        QMetaObject::invokeMethod(
            qApp, [self] { self->flush(); }, Qt::QueuedConnection);
    }
}

void RunEventRelay::flush()
{
    QList<RunEvent> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
    }
    if (m_receiver && !batch.isEmpty())
        m_deliver(batch);
}

} // namespace hive::gui
