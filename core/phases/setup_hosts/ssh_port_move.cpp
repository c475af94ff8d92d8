#include "phases/setup_hosts/ssh_port_move.h"

#include "access/stage_files.h"
#include "engine/fail_point.h"
#include "recipes/host_change.h"
#include "recipes/host_change_applier.h"
#include "remote/host_pool.h"
#include "remote/known_hosts_file.h"
#include "remote/ssh_session.h"

#include <QElapsedTimer>
#include <QThread>

namespace hive {

namespace {

// sshd listening on `ports`, checked by sshd -t before the reload. The
// ports are always written out, 22 too: a Port line in sshd_config itself
// (hive-builder's strict-source-ip writes one) would otherwise be the only
// one left. A host that never moved keeps having no drop-in at all.
RunEvent::Status listenOn(HostPool &pool, const SshPortMove::Host &h, const QList<int> &ports,
                          bool checkOnly, QString &message)
{
    const QString reload = QStringLiteral("sshd -t && systemctl reload %1").arg(h.sshService);
    QList<HostChange> changes;
    if (ports == QList<int>{22}) {
        const QString path = SshPortMove::dropInPath();
        changes << HostChange::command(
            QStringLiteral("sshd on port 22"),
            QStringLiteral("[ ! -e %1 ] || [ \"$(grep -i '^Port' %1)\" = 'Port 22' ]").arg(path),
            QStringLiteral("printf '# Written by hive setup-hosts (ssh-port).\\nPort 22\\n' > %1 "
                           "&& chmod 600 %1")
                .arg(path),
            reload);
    } else {
        QByteArray lines = "# Written by hive setup-hosts (ssh-port).\n";
        for (const int port : ports)
            lines += "Port " + QByteArray::number(port) + '\n';
        changes << HostChange::file(QStringLiteral("sshd on its port"), SshPortMove::dropInPath(),
                                    lines, 0600, reload);
    }
    HostChangeApplier::Options o;
    o.checkOnly = checkOnly;
    return HostChangeApplier::apply(pool, h.name, changes, o, message);
}

// A fresh connection, host key checked. sshd re-binds its ports after the
// reload's signal, a moment later (under load, seconds): it is given 15 s.
bool connectsWithin(const SshEndpoint &endpoint, QString &why)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        SshSession probe;
        if (probe.connect(endpoint, why)) {
            probe.disconnect();
            return true;
        }
        if (waited.elapsed() > 15000)
            return false;
        QThread::msleep(500);
    }
}

} // namespace

RunEvent::Status SshPortMove::run(HostPool &pool, const QString &contextDir, const Host &h,
                                  bool checkOnly, const std::function<bool(QString &)> &recorded,
                                  QString &message)
{
    const QString knownHostsFile = StageFiles::knownHostsPath(contextDir);
    if (h.current == h.wanted) {
        // Where it is: the drop-in says so (a re-run changes nothing).
        const RunEvent::Status s = listenOn(pool, h, {h.wanted}, checkOnly, message);
        if (s == RunEvent::Status::Ok)
            message = tr("sshd answers on port %1").arg(h.wanted);
        return s;
    }
    if (checkOnly) {
        message = tr("would move sshd from port %1 to %2").arg(h.current).arg(h.wanted);
        return RunEvent::Status::Changed;
    }
    // Host keys are pinned for the address this machine connects to (a
    // cloud host's public one); the port record is kept by private address.
    const QString reached = pool.endpoint(h.name).address;
    // 1. Both ports.
    if (listenOn(pool, h, {h.current, h.wanted}, false, message) == RunEvent::Status::Failed)
        return RunEvent::Status::Failed;
    FailPoint::reach("ssh-port/both-ports");
    // 2. The same host keys, pinned for the new port.
    const QStringList keys = KnownHostsFile::keysOf(knownHostsFile, reached, h.current);
    bool changed = false;
    if (keys.isEmpty() ||
        !KnownHostsFile::pin(knownHostsFile, reached, h.wanted, keys, changed, message)) {
        if (keys.isEmpty())
            message = tr("no host keys of %1 are pinned for port %2").arg(h.name).arg(h.current);
        QString ignored;
        listenOn(pool, h, {h.current}, false, ignored);
        return RunEvent::Status::Failed;
    }
    FailPoint::reach("ssh-port/pinned");
    // 3. A new connection on the new port, host key checked.
    SshEndpoint endpoint = pool.endpoint(h.name);
    endpoint.port = h.wanted;
    endpoint.policy = SshEndpoint::HostKeyPolicy::RequireKnown;
    QString why;
    if (!connectsWithin(endpoint, why)) {
        bool forgot = false;
        QString ignored;
        KnownHostsFile::forget(knownHostsFile, {KnownHostsFile::hostPattern(reached, h.wanted)},
                               forgot, ignored);
        listenOn(pool, h, {h.current}, false, ignored);
        message = tr("sshd does not answer on port %1 from here (%2); it stays on port %3 — open "
                     "port %1 on the way to %4 and run setup-hosts again")
                      .arg(h.wanted)
                      .arg(why)
                      .arg(h.current)
                      .arg(h.name);
        return RunEvent::Status::Failed;
    }
    // 4. Recorded (this run's connections too), then only the new port. The
    // connection this run holds stays open. (The keys pinned for the old
    // port stay: moving back needs them.)
    if (!StageFiles::recordReachablePort(contextDir, h.address, h.wanted, message) ||
        (recorded && !recorded(message)))
        return RunEvent::Status::Failed;
    pool.setPort(h.name, h.wanted);
    FailPoint::reach("ssh-port/recorded");
    if (listenOn(pool, h, {h.wanted}, false, message) == RunEvent::Status::Failed)
        return RunEvent::Status::Failed;
    FailPoint::reach("ssh-port/single-port");
    // 5. Proved once more on the new port alone; if it does not answer now
    // (another Port line somewhere), sshd keeps both.
    if (!connectsWithin(endpoint, why)) {
        QString ignored;
        listenOn(pool, h, {h.current, h.wanted}, false, ignored);
        message = tr("sshd did not answer on port %1 once it left port %2 (%3); it listens on "
                     "both: look for another Port line in /etc/ssh/sshd_config on %4")
                      .arg(h.wanted)
                      .arg(h.current)
                      .arg(why, h.name);
        return RunEvent::Status::Failed;
    }
    message = tr("sshd moved from port %1 to %2; later connections, ssh_config and known_hosts "
                 "use it")
                  .arg(h.current)
                  .arg(h.wanted);
    return RunEvent::Status::Changed;
}

} // namespace hive
