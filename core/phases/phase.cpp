#include "phases/phase.h"

#include "access/hive_docker_access.h"
#include "access/stage_scope.h"
#include "engine/phase_catalog.h"
#include "engine/step_sequence.h"
#include "inventory/hive_model.h"
#include "phases/phase_context.h"
#include "phases/phase_scope.h"
#include "phases/proxy_forwards.h"
#include "project/project.h"
#include "project/proxy_settings.h"
#include "recipes/host_change_applier.h"

namespace hive {

bool Phase::plan(PhaseContext &context, Plan &) const
{
    return context.reporter.abort(tr("%1 has no steps in this version").arg(name()));
}

Step Phase::hostChangesStep(const QString &name, const QStringList &hosts,
                            const QList<HostChange> &changes, PhaseContext &context)
{
    Step step;
    step.name = name;
    step.hosts = hosts;
    step.work = [&context, changes](const QString &host, QString &message) {
        HostChangeApplier::Options o;
        o.checkOnly = context.options.checkOnly;
        o.cancel = context.options.cancel;
        return HostChangeApplier::apply(context.pool, host, changes, o, message);
    };
    return step;
}

Expected<QStringList> Phase::chooseNamed(const PhaseContext &context,
                                         const QStringList &available) const
{
    QStringList named;
    for (const QString &l : context.options.limit.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = l.trimmed();
        if (available.contains(name)) {
            named << name;
            continue;
        }
        const PhaseTraits *traits = PhaseCatalog::find(this->name());
        const QString theirs = available.join(QStringLiteral(", "));
        switch (traits ? traits->limit : PhaseTraits::Limit::Services) {
        case PhaseTraits::Limit::Volumes:
            return unexpected(
                tr("-l %1: the stage has no volume %1 (its volumes: %2)").arg(name, theirs));
        case PhaseTraits::Limit::Networks:
            return unexpected(
                tr("-l %1: the stage has no network %1 (its networks: %2)").arg(name, theirs));
        case PhaseTraits::Limit::Services:
        case PhaseTraits::Limit::Hosts:
            break;
        }
        return unexpected(
            tr("-l %1: the stage has no service %1 (its services: %2)").arg(name, theirs));
    }
    QStringList chosen;
    for (const QString &a : available) {
        if (named.isEmpty() || named.contains(a))
            chosen << a;
    }
    return chosen;
}

Expected<QStringList> Phase::chooseServices(const PhaseContext &context) const
{
    return chooseNamed(context, StageScope::servicesOf(context.loaded, context.stage->name));
}

Expected<std::shared_ptr<HiveDockerAccess>> Phase::dockerAccess(const PhaseContext &context)
{
    auto access = std::make_shared<HiveDockerAccess>(context.project, *context.stage);
    if (const Expected<void> ready = access->ready(); !ready)
        return unexpected(ready.error());
    return access;
}

QString Phase::unknownTagsNote(const QStringList &) const
{
    return {};
}

QString Phase::tagRefusal(const QList<Step> &steps, const QStringList &tags) const
{
    const QStringList unknown = StepSequence::unknownTags(steps, tags);
    if (unknown.isEmpty())
        return {};
    QStringList names;
    for (const Step &s : steps)
        names << s.name;
    return tr("no %1 step has the tag %2; the steps are: %3")
               .arg(name(), unknown.join(QStringLiteral(", ")), names.join(QStringLiteral(", "))) +
           unknownTagsNote(unknown);
}

QString Phase::outlineMismatch(const QList<Step> &planned) const
{
    const QList<Step> outlined = outline();
    if (outlined.isEmpty())
        return {};
    for (const Step &p : planned) {
        bool listed = false;
        for (const Step &o : outlined)
            listed = listed || (o.name == p.name && o.tags == p.tags);
        if (!listed)
            return tr("%1's step %2 (tags %3) is missing from its outline: the early -T check "
                      "would be wrong; please report this")
                .arg(name(), p.name, p.tags.join(QStringLiteral(", ")));
    }
    return {};
}

bool Phase::run(PhaseContext &context) const
{
    RunReporter &reporter = context.reporter;
    // Where -l names hosts (PhaseTraits::limit) it chooses them here;
    // elsewhere plan() reads it (services, volumes, networks) and every
    // host of the stage is selected.
    const PhaseTraits *traits = PhaseCatalog::find(name());
    const bool limitsHosts = traits && traits->limit == PhaseTraits::Limit::Hosts;
    context.stage = PhaseScope::beginOnStage(
        reporter, context.project, context.loaded, limitsHosts ? context.options.limit : QString(),
        context.selected, connects() ? &context.pool : nullptr);
    if (!context.stage)
        return false;
    // hive-builder's http_proxy and friends, read once for the plan and the steps.
    QString proxyError;
    if (!ProxySettings::read(context.project.persistents(), context.project.stage(), context.proxy,
                             proxyError))
        return reporter.abort(proxyError);
    Plan planned;
    if (!plan(context, planned))
        return false;
    // Tags reach only a phase that has them (PhaseCatalog refuses the others
    // before the run); there, each must select a step.
    const QStringList tags =
        traits && traits->takesTags ? context.options.tagList() : QStringList();
    if (const QString mismatch = outlineMismatch(planned.steps); !mismatch.isEmpty())
        return reporter.abort(mismatch);
    if (const QString refusal = tagRefusal(planned.steps, tags); !refusal.isEmpty())
        return reporter.abort(refusal);
    if (!planned.nothingToDo.isEmpty()) {
        reporter.message(planned.nothingToDo);
        reporter.phaseFinished();
        return true;
    }
    // hive-builder's http_proxy reaches the hosts while the steps run.
    ProxyForwards forwards;
    if (connects() && !context.options.checkOnly) {
        QHash<QString, QString> addresses;
        if (context.stage) {
            for (const HostPlan &h : context.stage->hosts)
                addresses.insert(h.name, h.privateIp);
        }
        forwards.open(context.proxy, context.pool, context.pool.hosts(), addresses, reporter);
    }
    StepSequence::Options options;
    options.tags = tags;
    options.cancel = context.options.cancel;
    StepSequence::run(reporter, planned.steps, planned.targets, options);
    reporter.phaseFinished();
    return !reporter.failed() && reporter.count(RunEvent::Status::Interrupted) == 0;
}

} // namespace hive
