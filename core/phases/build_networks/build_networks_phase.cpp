#include "phases/build_networks/build_networks_phase.h"

#include "engine/run_reporter.h"
#include "inventory/internal_cidr_split.h"
#include "inventory/inventory_loader.h"
#include "phases/phase_context.h"
#include "project/project.h"
#include "remote/host_pool.h"
#include "remote/shell_command.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hive {

namespace {
const QString kDefault = QStringLiteral("hive_default_network");

QJsonObject stringMap(const Value &v)
{
    QJsonObject o;
    if (v.isMap()) {
        for (const Value::Entry &e : v.entries())
            o.insert(e.key, e.value.text());
    }
    return o;
}
} // namespace

QJsonObject BuildNetworksPhase::wanted(const LoadedInventory &loaded, const QString &network,
                                       const QString &internalCidr, bool wholeQuarter)
{
    const Value vars = loaded.inventory.flattenedHostVars(network);
    QJsonObject w;
    const QString driver = vars.value(QStringLiteral("hive_driver")).text();
    w.insert(QStringLiteral("Driver"), driver.isEmpty() ? QStringLiteral("overlay") : driver);
    w.insert(QStringLiteral("Attachable"), true);
    QJsonObject ipam;
    QJsonArray config;
    const Value ipamVar = vars.value(QStringLiteral("hive_ipam"));
    if (ipamVar.isMap()) {
        const QString ipamDriver = ipamVar.value(QStringLiteral("driver")).text();
        if (!ipamDriver.isEmpty())
            ipam.insert(QStringLiteral("Driver"), ipamDriver);
        for (const Value &c : ipamVar.value(QStringLiteral("config")).items()) {
            QJsonObject entry;
            for (const auto &[from, to] :
                 {std::pair{"subnet", "Subnet"}, {"gateway", "Gateway"}, {"ip_range", "IPRange"}}) {
                const QString value = c.value(QLatin1String(from)).text();
                if (!value.isEmpty())
                    entry.insert(QLatin1String(to), value);
            }
            config.append(entry);
        }
    }
    InternalCidrSplit split;
    QString error;
    if (config.isEmpty() && network == kDefault && !internalCidr.isEmpty() &&
        InternalCidrSplit::compute(internalCidr, split, error)) {
        // The first /24 of the overlay quarter (or all of it when smaller),
        // or the whole quarter.
        const QString base = split.overlay.section(QLatin1Char('/'), 0, 0);
        const int prefix = split.overlay.section(QLatin1Char('/'), 1).toInt();
        config.append(QJsonObject{
            {QStringLiteral("Subnet"),
             base + QLatin1Char('/') + QString::number(wholeQuarter ? prefix : qMax(prefix, 24))}});
    }
    if (!config.isEmpty())
        ipam.insert(QStringLiteral("Config"), config);
    w.insert(QStringLiteral("IPAM"), ipam);
    w.insert(QStringLiteral("Options"), stringMap(vars.value(QStringLiteral("hive_driver_opts"))));
    return w;
}

QStringList BuildNetworksPhase::createArguments(const QString &network, const QJsonObject &w)
{
    QStringList args{QStringLiteral("docker"), QStringLiteral("network"), QStringLiteral("create"),
                     QStringLiteral("--driver"), w.value(QStringLiteral("Driver")).toString()};
    if (w.value(QStringLiteral("Attachable")).toBool())
        args << QStringLiteral("--attachable");
    const QJsonObject ipam = w.value(QStringLiteral("IPAM")).toObject();
    if (ipam.contains(QStringLiteral("Driver")))
        args << QStringLiteral("--ipam-driver") << ipam.value(QStringLiteral("Driver")).toString();
    for (const QJsonValue &c : ipam.value(QStringLiteral("Config")).toArray()) {
        const QJsonObject o = c.toObject();
        for (const auto &[key, flag] : {std::pair{"Subnet", "--subnet"},
                                        {"Gateway", "--gateway"},
                                        {"IPRange", "--ip-range"}}) {
            if (o.contains(QLatin1String(key)))
                args << QLatin1String(flag) << o.value(QLatin1String(key)).toString();
        }
    }
    const QJsonObject opts = w.value(QStringLiteral("Options")).toObject();
    for (auto it = opts.begin(); it != opts.end(); ++it)
        args << QStringLiteral("--opt") << it.key() + QLatin1Char('=') + it.value().toString();
    args << network;
    return args;
}

QString BuildNetworksPhase::difference(const QJsonObject &w, const QJsonObject &actual)
{
    QStringList diffs;
    if (actual.value(QStringLiteral("Driver")) != w.value(QStringLiteral("Driver")))
        diffs << tr("driver %1 instead of %2")
                     .arg(actual.value(QStringLiteral("Driver")).toString(),
                          w.value(QStringLiteral("Driver")).toString());
    if (!actual.value(QStringLiteral("Attachable")).toBool())
        diffs << tr("not attachable");
    const QJsonArray wantConfig =
        w.value(QStringLiteral("IPAM")).toObject().value(QStringLiteral("Config")).toArray();
    const QJsonArray haveConfig =
        actual.value(QStringLiteral("IPAM")).toObject().value(QStringLiteral("Config")).toArray();
    for (int i = 0; i < wantConfig.size(); ++i) {
        const QJsonObject want = wantConfig.at(i).toObject();
        const QJsonObject have = haveConfig.at(i).toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (have.value(it.key()) != it.value())
                diffs << tr("%1 %2 instead of %3")
                             .arg(it.key(), have.value(it.key()).toString(), it.value().toString());
        }
    }
    const QJsonObject wantOpts = w.value(QStringLiteral("Options")).toObject();
    const QJsonObject haveOpts = actual.value(QStringLiteral("Options")).toObject();
    for (auto it = wantOpts.begin(); it != wantOpts.end(); ++it) {
        if (haveOpts.value(it.key()) != it.value())
            diffs << tr("option %1=%2 instead of %3")
                         .arg(it.key(), haveOpts.value(it.key()).toString(), it.value().toString());
    }
    return diffs.join(QStringLiteral(", "));
}

bool BuildNetworksPhase::plan(PhaseContext &context, Plan &plan) const
{
    const StagePlan *stage = context.stage;
    if (stage->firstHive.isEmpty())
        return context.reporter.abort(
            tr("stage %1 has no hive to make networks on").arg(stage->name));

    QStringList available;
    for (const NetworkPlan &n : context.loaded.services.networks) {
        if (n.availableOn.contains(stage->name))
            available << n.name;
    }
    const Expected<QStringList> chosen = chooseNamed(context, available);
    if (!chosen)
        return context.reporter.abort(chosen.error());
    const QStringList networks = *chosen;
    const Value internal = stage->definition.value(QStringLiteral("internal_cidr"));
    const QString internalCidr = internal.isString() ? internal.toString() : QString();
    const QString manager = stage->firstHive;
    HostPool::RunOptions run;
    run.asRoot = true;
    run.cancel = context.options.cancel;
    run.timeoutMs = 120000;
    const PhaseOptions &options = context.options;
    HostPool &pool = context.pool;
    const LoadedInventory &loaded = context.loaded;
    Step step;
    step.name = options.destroy ? QStringLiteral("remove") : QStringLiteral("network");
    step.hosts = networks;
    step.maxParallel = 4;
    step.work = [&options, &pool, &loaded, manager, run, internalCidr](const QString &name,
                                                                       QString &message) {
        const CommandResult inspect = pool.run(
            manager,
            QStringLiteral("docker network inspect --format '{{json .}}' %1 2>/dev/null || true")
                .arg(ShellCommand::quote(name)),
            run);
        if (inspect.status != CommandResult::Status::Exited) {
            message = inspect.failure();
            return RunEvent::Status::Failed;
        }
        const QJsonObject actual =
            QJsonDocument::fromJson(inspect.stdoutText.trimmed().toUtf8()).object();
        const bool exists = !actual.isEmpty();
        if (options.destroy) {
            if (!exists) {
                message = tr("not there");
                return RunEvent::Status::Ok;
            }
            if (options.checkOnly) {
                message = tr("would remove it");
                return RunEvent::Status::Changed;
            }
            const CommandResult rm = pool.run(
                manager, QStringLiteral("docker network rm %1").arg(ShellCommand::quote(name)),
                run);
            if (!rm.succeeded()) {
                message = tr("cannot remove %1: %2").arg(name, rm.failure());
                return RunEvent::Status::Failed;
            }
            message = tr("removed");
            return RunEvent::Status::Changed;
        }
        const bool isDefault = name == kDefault && !internalCidr.isEmpty();
        QJsonObject want = wanted(loaded, name, internalCidr);
        if (exists) {
            QString diff = difference(want, actual);
            // hive-builder's default network holds the whole quarter.
            if (!diff.isEmpty() && isDefault &&
                difference(wanted(loaded, name, internalCidr, true), actual).isEmpty())
                diff.clear();
            if (diff.isEmpty()) {
                message = actual.value(QStringLiteral("IPAM"))
                              .toObject()
                              .value(QStringLiteral("Config"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("Subnet"))
                              .toString();
                return RunEvent::Status::Ok;
            }
            message = tr("%1 exists but differs (%2); a network cannot be changed in place: "
                         "remove it with `hive build-networks -D -l %1` (after the services "
                         "that use it) and run build-networks again")
                          .arg(name, diff);
            return RunEvent::Status::Failed;
        }
        if (isDefault) {
            // A swarm whose address pool is not internal_cidr's overlay
            // quarter (hive-builder's) leaves the quarter to this network.
            InternalCidrSplit split;
            QString error;
            const CommandResult addressPool = pool.run(
                manager,
                QStringLiteral("docker info --format '{{json .Swarm.Cluster.DefaultAddrPool}}'"),
                run);
            if (addressPool.succeeded() && InternalCidrSplit::compute(internalCidr, split, error) &&
                !addressPool.stdoutText.contains(split.overlay))
                want = wanted(loaded, name, internalCidr, true);
        }
        const QStringList args = createArguments(name, want);
        if (options.checkOnly) {
            message = tr("would run: %1").arg(ShellCommand::join(args));
            return RunEvent::Status::Changed;
        }
        const CommandResult made = pool.run(manager, ShellCommand::join(args), run);
        if (!made.succeeded()) {
            message =
                tr("`%1` failed on %2: %3").arg(ShellCommand::join(args), manager, made.failure());
            return RunEvent::Status::Failed;
        }
        message = tr("made on %1").arg(manager);
        return RunEvent::Status::Changed;
    };
    plan.steps << step;
    return true;
}

} // namespace hive
