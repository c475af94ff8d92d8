#include "topology/service_log_reader.h"

#include "access/stage_connections.h"
#include "inventory/hive_model.h"
#include "remote/host_pool.h"
#include "remote/shell_command.h"
#include "remote/ssh_session.h"

namespace hive {

QString ServiceLogReader::path(const QString &service)
{
    return QStringLiteral("/var/log/services/%1.log").arg(service);
}

QString ServiceLogReader::command(const QString &service, int lines, bool follow)
{
    const QString file = ShellCommand::quote(path(service));
    // Following ends when the run is cancelled: the channel closes and tail with it.
    return QStringLiteral("test -r %1 || { echo no log %1 >&2; exit 3; }; exec tail -n %2%3 %1")
        .arg(file)
        .arg(lines)
        .arg(follow ? QStringLiteral(" -F") : QString());
}

bool ServiceLogReader::read(const Project &project, const LoadedInventory &loaded,
                            const StagePlan &stage, const QString &service, int lines, bool follow,
                            const std::function<void(const QString &)> &onLine,
                            const std::atomic_bool *cancel, QString &error)
{
    const QString repository = stage.repositoryHost();
    if (repository.isEmpty()) {
        error = tr("stage %1 has no repository server to keep service logs").arg(stage.name);
        return false;
    }
    HostPool pool;
    if (!StageConnections::add(project, loaded, stage, pool, error))
        return false;
    HostPool::RunOptions run;
    run.asRoot = true;
    run.cancel = cancel;
    run.onLine = [&onLine](const QString &, SshSession::Stream stream, const QString &line) {
        if (stream == SshSession::Stream::Stdout)
            onLine(line);
    };
    const CommandResult r = pool.run(repository, command(service, lines, follow), run);
    if (cancel && cancel->load())
        return true;
    if (!r.succeeded()) {
        error = r.exitCode == 3
                    ? tr("%1 has no log of %2 yet (%3)").arg(repository, service, path(service))
                    : r.failure();
        return false;
    }
    return true;
}

} // namespace hive
