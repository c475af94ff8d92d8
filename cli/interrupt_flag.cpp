#include "interrupt_flag.h"

#include <csignal>
#include <unistd.h>

namespace hive::cli {

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onSignal(int signalNumber)
{
    if (g_interrupted.exchange(true)) {
        std::signal(signalNumber, SIG_DFL);
        std::raise(signalNumber);
        return;
    }
    static const char note[] = "\ninterrupt: stopping at the next safe point (again to abort)\n";
    const ssize_t ignored = ::write(STDERR_FILENO, note, sizeof note - 1);
    (void)ignored;
}

} // namespace

const std::atomic_bool *InterruptFlag::install()
{
    static_assert(std::atomic_bool::is_always_lock_free, "used from a signal handler");
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return &g_interrupted;
}

} // namespace hive::cli
