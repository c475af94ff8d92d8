#pragma once

namespace hive {

// Named points inside steps that must survive an interruption at any
// moment. With HIVE_FAIL_POINT=<name> in the environment, the process says
// "fail point <name> reached" on stderr and stops itself (SIGSTOP) there, so
// a test can kill, interrupt or hang it up at exactly that point and check
// that nothing is left worse. Without the variable it costs one cached
// lookup.
class FailPoint
{
public:
    static void reach(const char *name);
};

} // namespace hive
