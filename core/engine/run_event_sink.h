#pragma once

#include "engine/run_event.h"

namespace hive {

// Where run events go. post() is called from worker threads; implementations
// must be thread-safe and must not block for long.
class RunEventSink
{
public:
    virtual ~RunEventSink() = default;
    virtual void post(const RunEvent &event) = 0;
};

} // namespace hive
