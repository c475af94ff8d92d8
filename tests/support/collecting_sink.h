#pragma once

#include "engine/run_event.h"
#include "engine/run_event_sink.h"

#include <QList>
#include <mutex>

// Keeps every event a run posts (from any thread), for a test to look at.
class CollectingSink : public hive::RunEventSink
{
public:
    void post(const hive::RunEvent &event) override
    {
        std::lock_guard lock(mutex);
        events.append(event);
    }
    // What the step said when it finished on `host` ("" for this machine).
    QString finishedText(const QString &step, const QString &host)
    {
        std::lock_guard lock(mutex);
        for (const hive::RunEvent &e : std::as_const(events))
            if (e.kind == hive::RunEvent::Kind::HostFinished && e.step == step && e.host == host)
                return e.text;
        return {};
    }
    std::mutex mutex;
    QList<hive::RunEvent> events;
};
