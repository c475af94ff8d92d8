#include "engine/phase_request.h"

#include "engine/phase_catalog.h"
#include "engine/phase_order.h"
#include "inventory/inventory_loader.h"
#include "remote/shell_command.h"

namespace hive {

bool PhaseRequest::canHalt(const QString &phase)
{
    const PhaseTraits *t = PhaseCatalog::find(phase);
    return t && t->canHalt;
}

bool PhaseRequest::canDestroy(const QString &phase)
{
    const PhaseTraits *t = PhaseCatalog::find(phase);
    return t && t->canDestroy();
}

PhaseOptions PhaseRequest::options(const std::atomic_bool *cancel,
                                   const DockerEndpoint &engine) const
{
    PhaseOptions o;
    o.checkOnly = checkOnly;
    o.halt = halt;
    o.destroy = destroy;
    o.limit = limit;
    o.tags = tags;
    o.force = force;
    o.trustNewHostKeys = trustNewHostKeys;
    o.hostKeys = hostKeys;
    o.writeDevice = writeDevice;
    o.cancel = cancel;
    o.engine = engine;
    return o;
}

PhaseRequest PhaseRequest::retryOf(const QString &phase, const QString &stage,
                                   const QStringList &failed, const LoadedInventory *loaded)
{
    PhaseRequest r;
    r.command = phase;
    r.stage = stage;
    const PhaseTraits *t = PhaseCatalog::find(phase);
    const PhaseTraits::Limit kind = t ? t->limit : PhaseTraits::Limit::Hosts;
    const StagePlan *plan = loaded ? loaded->hive.stage(stage) : nullptr;
    QStringList targets;
    for (const QString &f : failed) {
        bool known = kind == PhaseTraits::Limit::Volumes || kind == PhaseTraits::Limit::Networks;
        if (kind == PhaseTraits::Limit::Hosts && plan) {
            for (const HostPlan &h : plan->hosts)
                known = known || h.name == f;
        }
        if (kind == PhaseTraits::Limit::Services && loaded)
            known = loaded->services.service(f) != nullptr;
        if (known)
            targets << f;
    }
    r.limit = targets.join(QLatin1Char(','));
    return r;
}

QString PhaseRequest::problem() const
{
    if (!isAll() && !PhaseOrder::isPhase(command))
        return tr("unknown phase '%1' (choose from all, %2)")
            .arg(command, PhaseOrder::phases().join(QStringLiteral(", ")));
    if (halt && destroy)
        return tr("-H and -D cannot be used together");
    if (halt && !canHalt(command))
        return tr("-H (halt) is for build-infra only");
    if (destroy && !canDestroy(command))
        return tr("-D (destroy) is not available for %1").arg(command);
    if (!isAll()) {
        if (const QString wrong = PhaseCatalog::tagProblem(command, tags); !wrong.isEmpty())
            return wrong;
    }
    if (!startPhase.isEmpty() && !PhaseOrder::isPhase(startPhase))
        return tr("argument -S: invalid choice: '%1' (choose from %2)")
            .arg(startPhase, PhaseOrder::phases().join(QStringLiteral(", ")));
    return {};
}

QStringList PhaseRequest::phases(const QString &persistedStart) const
{
    if (isAll())
        return PhaseOrder::allFrom(startPhase.isEmpty() ? persistedStart : startPhase);
    // -H and -D act on what exists; they never run earlier phases. Nor
    // does -T: it picks steps of the phase named, not of the ones before.
    if (halt || destroy || !tags.trimmed().isEmpty())
        return {command};
    return PhaseOrder::toRun(command, persistedStart);
}

PhaseSession::StartPhaseRule PhaseRequest::startPhaseRule() const
{
    // Removing the hosts starts the hive over (start_phase back to
    // build-infra); removing networks, volumes or services leaves it alone.
    // A run of some steps only (-T) leaves it alone too: the phase is not done.
    const PhaseTraits *traits = PhaseCatalog::find(command);
    if (checkOnly || halt || !tags.trimmed().isEmpty() ||
        (destroy && !(traits && traits->makesHosts)))
        return PhaseSession::StartPhaseRule::Keep;
    if (destroy)
        return PhaseSession::StartPhaseRule::Reset;
    return PhaseSession::StartPhaseRule::Advance;
}

QStringList PhaseRequest::arguments() const
{
    QStringList args;
    if (!stage.isEmpty())
        args << QStringLiteral("-s") << stage;
    args << command;
    if (isAll() && !startPhase.isEmpty())
        args << QStringLiteral("-S") << startPhase;
    if (checkOnly)
        args << QStringLiteral("-C");
    if (halt)
        args << QStringLiteral("-H");
    if (destroy)
        args << QStringLiteral("-D");
    if (!limit.isEmpty())
        args << QStringLiteral("-l") << limit;
    if (!tags.isEmpty())
        args << QStringLiteral("-T") << tags;
    if (force)
        args << QStringLiteral("--force");
    if (trustNewHostKeys)
        args << QStringLiteral("--trust-new-host-keys");
    for (const QString &key : hostKeys)
        args << QStringLiteral("--host-key") << key;
    if (!writeDevice.isEmpty())
        args << QStringLiteral("--write-device") << writeDevice;
    return args;
}

QString PhaseRequest::commandLine() const
{
    return QStringLiteral("hive ") + ShellCommand::join(arguments());
}

} // namespace hive
