#include "providers/first_contact_keys.h"

#include "access/stage_files.h"
#include "concurrency/parallel_for_each.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "remote/known_hosts_file.h"
#include "remote/ssh_session.h"

namespace hive {

QHash<QString, QStringList> FirstContactKeys::pinned(const StagePlan &stage)
{
    QHash<QString, QStringList> pins;
    const Value keys = stage.definition.value(QStringLiteral("host_keys"));
    if (!keys.isMap())
        return pins;
    for (const Value::Entry &e : keys.entries()) {
        const Value::List prints = e.value.isList() ? e.value.items() : Value::List{e.value};
        for (const Value &print : prints)
            pins[e.key] << print.scalarText();
    }
    return pins;
}

bool FirstContactKeys::awaitsCheck(const Project &project, const StagePlan &stage,
                                   const QString &host)
{
    if (stage.provider != QLatin1String("prepared"))
        return false;
    const QString known = StageFiles::knownHostsPath(project.contextDir());
    const QHash<QString, QStringList> pins = pinned(stage);
    for (const HostPlan &h : stage.hosts) {
        if (h.name == host)
            return !pins.contains(h.privateIp) &&
                   KnownHostsFile::keysOf(known, h.privateIp, 22).isEmpty();
    }
    return false;
}

QList<FirstContactKeys::Host> FirstContactKeys::scan(const Project &project,
                                                     const LoadedInventory &loaded)
{
    const StagePlan *stage = loaded.hive.stage(project.stage());
    if (!stage || stage->provider != QLatin1String("prepared"))
        return {};
    const QString known = StageFiles::knownHostsPath(project.contextDir());
    const QHash<QString, QStringList> pins = pinned(*stage);
    QList<Host> waiting;
    for (const HostPlan &h : stage->hosts) {
        if (!pins.contains(h.privateIp) && KnownHostsFile::keysOf(known, h.privateIp, 22).isEmpty())
            waiting.append({h.name, h.privateIp, QString(), QString()});
    }
    ParallelForEach::run(int(waiting.size()), 8, [&](int i) {
        Host &host = waiting[i];
        SshEndpoint endpoint;
        endpoint.name = host.name;
        endpoint.address = host.address;
        endpoint.user = QStringLiteral("root");
        endpoint.knownHostsFile = known;
        // Refused as unknown, after the key was seen: nothing is recorded
        // and nothing is sent.
        endpoint.policy = SshEndpoint::HostKeyPolicy::RequireKnown;
        SshSession session;
        QString error;
        if (session.connect(endpoint, error) ||
            session.lastConnectFailure() != SshSession::ConnectFailure::HostKey ||
            session.hostKeyFingerprint().isEmpty() ||
            session.hostKeyFingerprint() == QLatin1String("?")) {
            host.problem = error.isEmpty() ? tr("its key is known by now") : error;
            return;
        }
        host.fingerprint = session.hostKeyFingerprint();
    });
    return waiting;
}

} // namespace hive
