#include "engine/undo_scope.h"

namespace hive {

std::atomic_int UndoScope::s_active{0};

static_assert(std::atomic_int::is_always_lock_free, "read from a signal handler");

UndoScope::UndoScope()
{
    s_active.fetch_add(1);
}

UndoScope::~UndoScope()
{
    s_active.fetch_sub(1);
}

bool UndoScope::active()
{
    return s_active.load() > 0;
}

const std::atomic_bool *UndoScope::unlessUndoing(const std::atomic_bool *cancel)
{
    return active() ? nullptr : cancel;
}

} // namespace hive
