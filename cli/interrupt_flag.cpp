#include "cli/interrupt_flag.h"

#include "engine/undo_scope.h"
#include "remote/child_process_groups.h"

#include <csignal>
#include <initializer_list>
#include <unistd.h>

namespace hive::cli {

namespace {

std::atomic_bool g_interrupted{false};

void say(const char *text, size_t size)
{
    const ssize_t ignored = ::write(STDERR_FILENO, text, size);
    (void)ignored;
}

// Ends this process as the signal does by default, and the programs it
// runs in process groups of their own with it (a terminal's signals reach
// only its foreground group).
void abortNow(int signalNumber)
{
    ChildProcessGroups::killAll(SIGKILL);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Ctrl-\ (SIGQUIT): the way out of an undo that runs on.
extern "C" void onQuit(int signalNumber)
{
    abortNow(signalNumber);
}

// Ctrl-C, SIGTERM and SIGHUP (a closed terminal, a dropped SSH session) all
// stop at the next safe point. Again: while a repair puts back what it took
// away, that runs on and the user is told how to stop it anyway; otherwise
// the command ends at once.
extern "C" void onSignal(int signalNumber)
{
    if (!g_interrupted.exchange(true)) {
        static const char note[] =
            "\ninterrupt: stopping at the next safe point (again to abort)\n";
        say(note, sizeof note - 1);
        return;
    }
    if (UndoScope::active()) {
        static const char undoing[] =
            "\ninterrupt: putting back what the repair took away; it ends by itself. "
            "To stop it anyway press Ctrl-\\ (SIGQUIT): `hive doctor` then names what is "
            "left and `hive recover resume` finishes it.\n";
        say(undoing, sizeof undoing - 1);
        return;
    }
    abortNow(signalNumber);
}

} // namespace

const std::atomic_bool *InterruptFlag::install()
{
    static_assert(std::atomic_bool::is_always_lock_free, "used from a signal handler");
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // Reads and writes resume after the handler: the flag is polled.
    action.sa_flags = SA_RESTART;
    for (const int s : {SIGINT, SIGTERM, SIGHUP})
        sigaction(s, &action, nullptr);
    struct sigaction quit = {};
    quit.sa_handler = onQuit;
    sigemptyset(&quit.sa_mask);
    sigaction(SIGQUIT, &quit, nullptr);
    // A reader that went away (`| tee` ended by the same Ctrl-C) must not
    // kill an undo halfway: writes fail instead.
    std::signal(SIGPIPE, SIG_IGN);
    return &g_interrupted;
}

} // namespace hive::cli
