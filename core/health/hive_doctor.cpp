#include "health/hive_doctor.h"

#include "access/stage_connections.h"
#include "access/stage_scope.h"
#include "access/zabbix_credentials.h"
#include "health/backup_health.h"
#include "health/data_backup_health.h"
#include "health/drbd_health.h"
#include "health/host_probe.h"
#include "health/host_resources_health.h"
#include "health/repair_journal_health.h"
#include "health/service_health.h"
#include "health/swarm_extension_health.h"
#include "health/swarm_health.h"
#include "health/zabbix_health.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "recipes/stage_volumes.h"
#include "recipes/zabbix_recipes.h"
#include "remote/host_pool.h"

#include <QElapsedTimer>

namespace hive {

bool HiveDoctor::run(const Project &project, const LoadedInventory &loaded, const Options &options,
                     HealthReport &report, QString &error)
{
    QElapsedTimer timer;
    timer.start();
    QStringList hosts;
    const StagePlan *stage = StageScope::resolve(project, loaded, QString(), hosts, error);
    if (!stage)
        return false;
    HostPool pool;
    if (!StageConnections::add(project, loaded, *stage, pool, error))
        return false;
    const auto say = [&](const QString &text) {
        if (options.progress)
            options.progress(text);
    };

    report = HealthReport{};
    report.stage = stage->name;
    report.checkedAt = QDateTime::currentDateTimeUtc();

    HostPool::RunOptions run;
    run.asRoot = true;
    run.timeoutMs = options.hostTimeoutMs;
    run.cancel = options.cancel;
    say(tr("reading %n host(s): %1", nullptr, int(hosts.size()))
            .arg(hosts.join(QStringLiteral(", "))));
    const QHash<QString, CommandResult> answers =
        pool.runOnAll(hosts, HostProbe::script(HostProbe::Round::Host), run);
    if (options.cancel && options.cancel->load()) {
        error = tr("cancelled");
        return false;
    }
    QList<ProbedHost> all, hives;
    const QStringList hiveHosts = stage->hiveHosts();
    for (const QString &h : std::as_const(hosts)) {
        ProbedHost p = HostProbe::answerOf(h, answers.value(h));
        for (const HostPlan &plan : stage->hosts)
            p.swarmWorker = p.swarmWorker || (plan.name == h && plan.swarmWorker);
        all << p;
        if (hiveHosts.contains(h))
            hives << p;
    }

    // Services from a manager that has the node list (a leader is known),
    // else from any manager (its refusal is the evidence).
    const ProbedHost *manager = nullptr;
    for (const ProbedHost &p : std::as_const(hives)) {
        QList<SwarmHealth::Node> nodes;
        if (p.reached && SwarmHealth::parseNodes(p.section(QStringLiteral("nodes")), nodes)) {
            manager = &p;
            break;
        }
    }
    for (const ProbedHost &p : std::as_const(hives)) {
        if (!manager && p.reached && p.sections.contains(QStringLiteral("nodes")))
            manager = &p;
    }

    report.checks << SwarmHealth::check(hives);
    for (const ProbedHost &p : std::as_const(all))
        report.hosts << HostState::fromProbe(p, hiveHosts.contains(p.host));
    if (manager) {
        QList<SwarmHealth::Node> nodes;
        if (SwarmHealth::parseNodes(manager->section(QStringLiteral("nodes")), nodes))
            HostState::addNodes(report.hosts, nodes);
    }
    for (const ProbedHost &p : std::as_const(all)) {
        if (!p.reached && !hiveHosts.contains(p.host))
            report.checks << HealthCheck{
                QStringLiteral("hosts"),
                p.host,
                HealthCheck::Severity::Critical,
                tr("the repository server %1 does not answer: no image pulls, no service logs")
                    .arg(p.host),
                QStringLiteral("%1: %2").arg(p.host, p.error),
                tr("Check that it is running and reachable (`hive ssh -t %1`).").arg(p.host),
                {}};
    }
    if (manager) {
        say(tr("reading services and tasks on %1").arg(manager->host));
        const CommandResult r =
            pool.run(manager->host, HostProbe::script(HostProbe::Round::Services), run);
        ProbedHost services = HostProbe::answerOf(manager->host, r);
        if (services.reached) {
            report.checks << ServiceHealth::check(services,
                                                  StageScope::servicesOf(loaded, stage->name));
            report.checks << SwarmExtensionHealth::check(services, hives);
        }
    }
    QStringList drbdVolumes;
    for (const StageVolumes::Volume &v : StageVolumes::of(loaded, stage->name)) {
        if (v.kind == VolumePlan::Kind::Drbd)
            drbdVolumes << v.name;
    }
    report.checks << DrbdHealth::check(hives, drbdVolumes);
    for (const ProbedHost &p : std::as_const(all)) {
        if (p.reached)
            report.checks << HostResourcesHealth::checkDisks(p);
    }
    for (const ProbedHost &p : std::as_const(all)) {
        if (p.reached)
            report.checks << HostResourcesHealth::checkUnits(p, drbdVolumes);
    }
    report.checks << RepairJournalHealth::check(project.contextDir());
    report.checks << BackupHealth::check(project.contextDir(), hives,
                                         QDateTime::currentDateTimeUtc());
    for (const ProbedHost &p : std::as_const(all)) {
        if (p.host != stage->repositoryHost() || !p.reached)
            continue;
        report.checks << DataBackupHealth::check(
            p, StageScope::servicesWithBackups(loaded, stage->name));
        // Zabbix's open problems, where setup-hosts set it up.
        const Value vars = loaded.inventory.flattenedHostVars(p.host);
        const ZabbixCredentials zabbix(
            project.contextDir(), vars.value(QStringLiteral("hive_zabbix_admin_password")).text());
        if (zabbix.adminPassword().isEmpty() || !ZabbixRecipes::enabled(vars))
            continue;
        say(tr("reading Zabbix's problems on %1").arg(p.host));
        ZabbixConsole console(pool, p.host, options.cancel);
        QString zabbixError;
        QList<ZabbixConsole::Problem> problems;
        if (console.logInToRead(zabbix.adminPassword(), zabbixError) &&
            console.problems(problems, zabbixError))
            report.checks << ZabbixHealth::fromProblems(p.host, problems);
        if (!zabbixError.isEmpty())
            report.checks << ZabbixHealth::notAnswering(p.host, zabbixError);
    }
    HostState::addFindings(report.hosts, report.checks);
    report.elapsedMs = timer.elapsed();
    return true;
}

} // namespace hive
