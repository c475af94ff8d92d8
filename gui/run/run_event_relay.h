#pragma once

#include "engine/run_event_sink.h"

#include <QList>
#include <QPointer>
#include <functional>
#include <memory>
#include <mutex>

class QObject;

namespace hive::gui {

// Hands the engine's events, posted from its threads, to a receiver on the
// GUI thread in order and in batches: one queued call per burst instead of
// one per line of output, so a chatty run does not flood the event loop.
// Delivery stops once the receiver is destroyed; the relay itself may
// outlive it (the engine's threads hold it until they end). Made with
// std::make_shared only: a queued batch holds it, so the last events of a
// run still arrive after the run's threads let go of it, and before the
// receiver hears that the run ended (posted later, delivered later).
class RunEventRelay : public RunEventSink, public std::enable_shared_from_this<RunEventRelay>
{
public:
    using Deliver = std::function<void(const QList<RunEvent> &)>;

    RunEventRelay(QObject *receiver, Deliver deliver);
    void post(const RunEvent &event) override;

private:
    QPointer<QObject> m_receiver;
    Deliver m_deliver;
    std::mutex m_mutex;
    QList<RunEvent> m_pending;

    void flush();
};

} // namespace hive::gui
