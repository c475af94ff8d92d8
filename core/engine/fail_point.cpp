#include "engine/fail_point.h"

#include <QByteArray>
#include <QtGlobal>
#include <csignal>
#include <unistd.h>

namespace hive {

void FailPoint::reach(const char *name)
{
    static const QByteArray wanted = qgetenv("HIVE_FAIL_POINT");
    if (wanted.isEmpty() || wanted != name)
        return;
    const QByteArray line = QByteArray("fail point ") + name + " reached\n";
    const ssize_t ignored = ::write(STDERR_FILENO, line.constData(), size_t(line.size()));
    (void)ignored;
    std::raise(SIGSTOP);
}

} // namespace hive
