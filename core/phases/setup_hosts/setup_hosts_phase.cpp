#include "phases/setup_hosts/setup_hosts_phase.h"

#include "access/hive_builder_files.h"
#include "access/hive_certificates.h"
#include "access/registry_credentials.h"
#include "access/stage_connections.h"
#include "access/stage_files.h"
#include "access/zabbix_credentials.h"
#include "concurrency/joined_run.h"
#include "engine/run_reporter.h"
#include "engine/step_sequence.h"
#include "inventory/inventory_loader.h"
#include "phases/phase_context.h"
#include "phases/setup_hosts/addon_role.h"
#include "phases/setup_hosts/ssh_port_move.h"
#include "phases/setup_hosts/swarm_steps.h"
#include "project/context_file.h"
#include "project/project.h"
#include "recipes/applied_marker.h"
#include "recipes/backup_recipes.h"
#include "recipes/docker_recipes.h"
#include "recipes/host_change_applier.h"
#include "recipes/repository_recipes.h"
#include "recipes/role_inputs.h"
#include "recipes/setup_host_context.h"
#include "recipes/swarm_extension_recipes.h"
#include "recipes/system_recipes.h"
#include "recipes/zabbix_recipes.h"
#include "remote/host_pool.h"
#include "remote/zabbix_console.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace hive {

namespace {

struct RecipeStep
{
    const char *name;
    Step::Targets targets;
    QStringList tags;
    bool changes = true; // made of HostChanges (addon runs ansible instead)
};

// Each step's tags: its hive-builder role names, and the tag of the
// hive-builder play it belongs to (setup-hosts on every server, registry on
// the repository server, build-cluster for the swarm), so that scripts
// written for hive-builder's -T select the same work here.
const QList<RecipeStep> &recipeTable()
{
    using T = Step::Targets;
    const QString play = QStringLiteral("setup-hosts");
    static const QList<RecipeStep> table = {
        {"base", T::Servers, {play, QStringLiteral("strict-source-ip")}},
        {"hostsfile", T::Servers, {play}},
        {"ntp-client", T::Servers, {play}},
        {"iptables", T::Servers, {play, QStringLiteral("strict-source-ip")}},
        {"ssh-port", T::Servers, {play, QStringLiteral("strict-source-ip")}, false},
        {"users", T::Servers, {play}},
        {"internal-network", T::Servers, {play}},
        {"docker",
         T::Servers,
         {play, QStringLiteral("docker-client"), QStringLiteral("docker-client-proxy")}},
        {"drbd", T::Hives, {play}},
        {"follow-swarm-service", T::Hives, {play}},
        {"addon", T::Servers, {play}, false},
        {"registry", T::Repository, {QStringLiteral("registry")}},
        {"backup-tools", T::Repository, {QStringLiteral("registry")}},
        {"registry-login", T::Servers, {play, QStringLiteral("docker-client")}},
        {"rsyslogd", T::Repository, {QStringLiteral("registry")}},
        {"zabbix-agent", T::Servers, {play}},
        {"zabbix", T::Repository, {QStringLiteral("registry")}, false},
    };
    return table;
}

// hive-builder's setup-hosts roles this version has no step for yet: a -T
// naming one is refused saying so.
const QStringList &notYetTags()
{
    static const QStringList tags = {QStringLiteral("docker-compose"), QStringLiteral("pip-venv"),
                                     QStringLiteral("auxiliary-networks"),
                                     QStringLiteral("reboot")};
    return tags;
}
} // namespace

QList<Step> SetupHostsPhase::outline() const
{
    QList<Step> steps;
    for (const char *always : {"facts", "tls-certificate"}) {
        Step s;
        s.name = QString::fromLatin1(always);
        s.tags = {QStringLiteral("always")};
        steps << s;
    }
    for (const RecipeStep &r : recipeTable()) {
        Step s;
        s.name = QString::fromLatin1(r.name);
        s.tags = r.tags;
        steps << s;
    }
    return steps + SwarmSteps::outline();
}

QStringList SetupHostsPhase::recipeSteps()
{
    QStringList names;
    for (const RecipeStep &r : recipeTable()) {
        if (r.changes)
            names << QString::fromLatin1(r.name);
    }
    return names;
}

QList<HostChange> SetupHostsPhase::changesFor(const QString &step, const SetupHostContext &c,
                                              const QString &registryPassword)
{
    if (step == QLatin1String("base"))
        return SystemRecipes::base(c);
    if (step == QLatin1String("hostsfile"))
        return SystemRecipes::hostsfile(c);
    if (step == QLatin1String("ntp-client"))
        return SystemRecipes::ntpClient(c);
    if (step == QLatin1String("iptables"))
        return SystemRecipes::iptables(c);
    if (step == QLatin1String("users"))
        return SystemRecipes::users(c);
    if (step == QLatin1String("internal-network"))
        return SystemRecipes::internalNetwork(c);
    if (step == QLatin1String("docker"))
        return DockerRecipes::docker(c);
    if (step == QLatin1String("registry-login"))
        return DockerRecipes::registryLogin(c, registryPassword);
    if (step == QLatin1String("drbd"))
        return DockerRecipes::drbd(c);
    if (step == QLatin1String("follow-swarm-service"))
        return SwarmExtensionRecipes::followSwarmService(c);
    if (step == QLatin1String("registry"))
        return RepositoryRecipes::registry(c);
    if (step == QLatin1String("rsyslogd"))
        return RepositoryRecipes::rsyslogd(c);
    if (step == QLatin1String("backup-tools"))
        return BackupRecipes::tools(c);
    if (step == QLatin1String("zabbix-agent"))
        return ZabbixRecipes::enabled(c) ? ZabbixRecipes::agent(c) : QList<HostChange>{};
    return {};
}

namespace {

// What setup-hosts' steps share once plan() has returned: their work holds
// references into it, and Plan::state keeps it alive until they have run.
struct SetupHostsState
{
    const StagePlan *stage = nullptr;
    QString contextDir, admin, mother, repository, repositoryIp, registryPassword;
    QList<QPair<QString, QString>> servers;
    QHash<QString, SwarmSteps::Hive> hives;
    QHash<QString, HostFacts> facts;
    std::mutex factsMutex;
    std::optional<HiveCertificates> certificates;
    std::optional<RegistryCredentials> registry;
    AddonRole::Options addonOptions;
    std::mutex addonMutex;
    bool addonPrepared = false;
    QString addonInputs; // the fingerprint of what roles/addon reads, but the host
    // One ansible-playbook for every host the addon step applies the role to.
    std::unique_ptr<JoinedRun<AnsiblePlaybook::HostOutcome>> addonRun;
    QSet<QString> changedHosts; // hosts a step of this run changed
    std::mutex changedMutex;
    QHash<QString, SetupHostContext> contexts;
    std::mutex contextsMutex;
    // The later steps' settings, read in one round trip once a host's first
    // settings step found everything in place (on a hive already set up,
    // each step would otherwise ask on its own). A host stops taking them
    // once any step did anything on it but find it as it should be.
    QHash<QString, QHash<QString, HostChangeApplier::Probed>> probedAhead;
    QSet<QString> probedAheadTried, disturbedHosts;
    std::mutex probedAheadMutex;
    std::function<SetupHostContext(const QString &)> contextFor;
    std::function<std::function<void(const QString &)>(const QString &, const QString &)> output;
    std::unique_ptr<SwarmSteps> swarm;
};

} // namespace

namespace {

// The zabbix step's API part, once its packages and files are in place: in
// as Admin (its password set the first time), every server a host, the
// swarm services' template. What it did is added to `said` (on failure,
// only why); Changed when it changed anything.
RunEvent::Status zabbixThroughItsApi(HostPool &pool, const QString &host, const SetupHostContext &c,
                                     const StagePlan &stage, const ZabbixCredentials &credentials,
                                     const PhaseOptions &options, QStringList &said)
{
    ZabbixConsole console(pool, host, options.cancel);
    QString message;
    bool passwordSet = false;
    const bool in = console.logInOnceAnswering(credentials.adminPassword(), options.checkOnly, 300,
                                               passwordSet, message);
    if (!in) {
        said = QStringList{message};
        return RunEvent::Status::Failed;
    }
    QList<ZabbixConsole::Server> monitored;
    for (const HostPlan &h : stage.hosts)
        monitored << ZabbixConsole::Server{h.name, h.privateIp, h.isRepository};
    QString registered, swarmTemplate;
    const ZabbixConsole::Outcome hosts =
        console.registerServers(monitored, options.checkOnly, registered);
    if (hosts == ZabbixConsole::Outcome::Failed) {
        said = QStringList{registered};
        return RunEvent::Status::Failed;
    }
    QString interval = c.var(QStringLiteral("hive_zabbix_interval"));
    if (interval.isEmpty())
        interval = QStringLiteral("1m");
    const ZabbixConsole::Outcome services =
        console.ensureSwarmTemplate(host, interval, options.checkOnly, swarmTemplate);
    if (services == ZabbixConsole::Outcome::Failed) {
        said = QStringList{swarmTemplate};
        return RunEvent::Status::Failed;
    }
    QString templates, alerts;
    const ZabbixConsole::Outcome hiveTemplates =
        console.ensureHiveTemplates(monitored, interval, options.checkOnly, templates);
    if (hiveTemplates == ZabbixConsole::Outcome::Failed) {
        said = QStringList{templates};
        return RunEvent::Status::Failed;
    }
    ZabbixConsole::Alerts a;
    a.slackToken = c.var(QStringLiteral("hive_zabbix_slack_token"));
    a.slackChannel = c.var(QStringLiteral("hive_zabbix_slack_channel"));
    a.emailTo = c.var(QStringLiteral("hive_zabbix_email_to"));
    a.smtpServer = c.var(QStringLiteral("hive_zabbix_smtp_server"));
    if (a.smtpServer.isEmpty())
        a.smtpServer = QStringLiteral("localhost");
    a.hiveName = c.var(QStringLiteral("hive_name"));
    a.emailFrom = c.var(QStringLiteral("hive_zabbix_email_from"));
    if (a.emailFrom.isEmpty())
        a.emailFrom = QStringLiteral("zabbix@") + a.hiveName;
    a.webhookUrl = c.var(QStringLiteral("hive_zabbix_webhook_url"));
    if (!a.slackChannel.isEmpty() && a.slackToken.isEmpty()) {
        said = QStringList{SetupHostsPhase::tr(
            "hive_zabbix_slack_channel is set but hive_zabbix_slack_token is not: Slack needs "
            "the bot's token (manual chapter 11)")};
        return RunEvent::Status::Failed;
    }
    const ZabbixConsole::Outcome alerted = console.ensureAlerts(a, options.checkOnly, alerts);
    if (alerted == ZabbixConsole::Outcome::Failed) {
        said = QStringList{alerts};
        return RunEvent::Status::Failed;
    }
    if (passwordSet)
        said << (options.checkOnly ? SetupHostsPhase::tr("would set Admin's password (%1)")
                                   : SetupHostsPhase::tr("Admin's password set (%1)"))
                    .arg(credentials.adminPasswordSource());
    said << registered << swarmTemplate << templates << alerts;
    const bool changed = passwordSet || hosts == ZabbixConsole::Outcome::Changed ||
                         services == ZabbixConsole::Outcome::Changed ||
                         hiveTemplates == ZabbixConsole::Outcome::Changed ||
                         alerted == ZabbixConsole::Outcome::Changed;
    // The server reads its configuration every minute: what changed (an
    // alert's medium, a template) counts from now, not from its next read.
    // A problem in between was not alerted on the test bed.
    if (changed && !options.checkOnly) {
        HostPool::RunOptions reload;
        reload.asRoot = true;
        reload.timeoutMs = 60000;
        reload.cancel = options.cancel;
        const CommandResult r =
            pool.run(host, QStringLiteral("zabbix_server -R config_cache_reload"), reload);
        if (!r.succeeded())
            said
                << SetupHostsPhase::tr("the server reads it within a minute (%1)").arg(r.failure());
    }
    return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
}

} // namespace

QString SetupHostsPhase::unknownTagsNote(const QStringList &unknown) const
{
    QStringList notYet;
    for (const QString &tag : unknown) {
        if (notYetTags().contains(tag))
            notYet << tag;
    }
    return notYet.isEmpty() ? QString()
                            : tr(" (%1: hive-builder's, not in this version yet)")
                                  .arg(notYet.join(QStringLiteral(", ")));
}

bool SetupHostsPhase::plan(PhaseContext &context, Plan &plan) const
{
    const auto st = std::make_shared<SetupHostsState>();
    plan.state = st;
    const PhaseOptions &options = context.options;
    RunReporter &reporter = context.reporter;
    const StagePlan *&stage = st->stage;
    stage = context.stage;
    // Every host of the stage is reachable (the swarm steps talk to the first
    // hive even when -l leaves it out); only the selected ones are changed.
    HostPool &pool = context.pool;
    const QStringList &selected = context.selected;
    QString &contextDir = st->contextDir;
    contextDir = QDir(context.project.contextDir()).absolutePath();
    QString &admin = st->admin;
    admin = StageConnections::adminUser(context.loaded, *stage);
    QList<QPair<QString, QString>> &servers = st->servers;
    QHash<QString, SwarmSteps::Hive> &hives = st->hives;
    for (const HostPlan &h : stage->hosts) {
        servers.append({h.name, h.privateIp});
        if (h.isHive) {
            QStringList groups = context.loaded.inventory.groupsOfHost(h.name);
            groups.removeAll(QStringLiteral("all"));
            hives.insert(h.name, {h.name, h.privateIp, groups, h.swarmWorker});
        }
    }
    QString &mother = st->mother;
    mother = QStringLiteral("localhost");
    plan.targets = [&](Step::Targets t) {
        QStringList out;
        for (const HostPlan &h : stage->hosts) {
            if (!selected.contains(h.name))
                continue;
            if (t == Step::Targets::Servers || (t == Step::Targets::Hives && h.isHive) ||
                (t == Step::Targets::FirstHive && h.name == stage->firstHive) ||
                (t == Step::Targets::Repository && h.isRepository))
                out << h.name;
        }
        if (t == Step::Targets::Mother)
            out << mother;
        return out;
    };
    auto &output = st->output;
    output = [&](const QString &step, const QString &host) {
        return [&reporter, step, host](const QString &line) { reporter.output(step, host, line); };
    };

    QHash<QString, HostFacts> &facts = st->facts;
    std::mutex &factsMutex = st->factsMutex;
    HiveCertificates &certificates = st->certificates.emplace(contextDir);
    RegistryCredentials &registry = st->registry.emplace(
        contextDir, context.loaded.inventory.flattenedHostVars(stage->anyHost())
                        .value(QStringLiteral("hive_docker_login_user"))
                        .toString());
    QList<Step> &steps = plan.steps;
    AddonRole::Options &addonOptions = st->addonOptions;
    addonOptions.projectRoot = QDir(context.project.rootDir()).absolutePath();
    addonOptions.contextDir = contextDir;
    addonOptions.workDir = contextDir + QStringLiteral("/addon");
    addonOptions.stage = stage->name;
    addonOptions.checkOnly = options.checkOnly;
    addonOptions.cancel = options.cancel;
    std::mutex &addonMutex = st->addonMutex;
    bool &addonPrepared = st->addonPrepared;
    QString &addonInputs = st->addonInputs;
    QSet<QString> &changedHosts = st->changedHosts;
    std::mutex &changedMutex = st->changedMutex;

    Step factsStep;
    factsStep.name = QStringLiteral("facts");
    factsStep.tags = {QStringLiteral("always")};
    factsStep.work = [&](const QString &host, QString &message) {
        HostPool::RunOptions o;
        o.cancel = options.cancel;
        o.timeoutMs = 30000;
        const CommandResult r = pool.run(host, QStringLiteral("cat /etc/os-release"), o);
        if (!r.succeeded()) {
            message = r.failure();
            return RunEvent::Status::Failed;
        }
        const HostFacts f = HostFacts::fromOsRelease(r.stdoutText.toUtf8());
        if (!f.supported(message))
            return RunEvent::Status::Failed;
        std::lock_guard lock(factsMutex);
        facts.insert(host, f);
        message = f.prettyName;
        return RunEvent::Status::Ok;
    };
    steps << factsStep;

    Step tls;
    tls.name = QStringLiteral("tls-certificate");
    tls.tags = {QStringLiteral("always")};
    tls.targets = Step::Targets::Mother;
    tls.fatal = true;
    tls.work = [&](const QString &, QString &message) {
        QStringList made;
        auto note = [&](auto outcome, const QString &what) {
            if (outcome == decltype(outcome)::Created)
                made << what;
            return outcome != decltype(outcome)::Failed;
        };
        // A site hive-builder built keeps its CA: its hosts trust it.
        QStringList adopted;
        if (!options.checkOnly && !HiveBuilderFiles::adopt(contextDir, adopted, message))
            return RunEvent::Status::Failed;
        if (!note(certificates.ensureCa(context.loaded.hive.name, options.checkOnly, message),
                  tr("the hive CA")))
            return RunEvent::Status::Failed;
        for (const HostPlan &h : stage->hosts) {
            const QString shortName = h.name.section(QLatin1Char('.'), 0, 0);
            QStringList names{h.name, h.privateIp};
            if (shortName != h.name)
                names.insert(1, shortName);
            if (!note(certificates.ensureHost(h.name, names, options.checkOnly, message),
                      tr("a certificate for %1").arg(h.name)) ||
                !note(certificates.ensureAdminClient(h.name, admin, options.checkOnly, message),
                      tr("the client certificate of %1 on %2").arg(admin, h.name)))
                return RunEvent::Status::Failed;
            if (h.isRepository &&
                !note(certificates.ensureRegistry(names, options.checkOnly, message),
                      tr("the registry's certificate")))
                return RunEvent::Status::Failed;
        }
        if (!note(certificates.ensureClient(admin, options.checkOnly, message),
                  tr("the client certificate of %1").arg(admin)) ||
            !note(registry.ensure(options.checkOnly, message), tr("the registry password")))
            return RunEvent::Status::Failed;
        if (made.isEmpty() && adopted.isEmpty()) {
            message = certificates.caCertPath();
            return RunEvent::Status::Ok;
        }
        QStringList said;
        if (!adopted.isEmpty())
            said << tr("took %1").arg(adopted.join(QStringLiteral(", ")));
        if (!made.isEmpty())
            said << (options.checkOnly ? tr("would make %1") : tr("made %1"))
                        .arg(made.join(QStringLiteral(", ")));
        message = said.join(QStringLiteral("; "));
        return RunEvent::Status::Changed;
    };
    steps << tls;

    QString &repository = st->repository;
    repository = stage->repositoryHost();
    QString &repositoryIp = st->repositoryIp;
    for (const HostPlan &h : stage->hosts) {
        if (h.name == repository)
            repositoryIp = h.privateIp;
    }
    // A host's context is made once, at its first recipe step (after facts
    // and tls-certificate): its variables and the context dir's files are
    // read once per run, not once per step.
    QHash<QString, SetupHostContext> &contexts = st->contexts;
    QString &registryPassword = st->registryPassword;
    std::mutex &contextsMutex = st->contextsMutex;
    auto &contextFor = st->contextFor;
    contextFor = [&](const QString &host) {
        std::lock_guard contextsLock(contextsMutex);
        if (const auto it = contexts.constFind(host); it != contexts.cend())
            return *it;
        if (contexts.isEmpty())
            registryPassword = registry.password();
        SetupHostContext c;
        c.host = host;
        {
            std::lock_guard lock(factsMutex);
            c.facts = facts.value(host);
        }
        c.vars = context.loaded.inventory.flattenedHostVars(host);
        for (const HostPlan &h : stage->hosts) {
            if (h.name == host) {
                c.privateIp = h.privateIp;
                c.netmask = h.netmask;
                c.isHive = h.isHive;
                c.isRepository = h.isRepository;
            }
        }
        c.cidr = stage->cidr;
        c.dataPathPort = stage->dataPathPort();
        c.registryPort = stage->registryPort;
        c.sshPort = pool.endpoint(host).port;
        c.wantedSshPort = StageFiles::sshPort(context.loaded, host);
        c.adminUser = admin;
        c.servers = servers;
        c.repositoryHost = repository;
        c.repositoryIp = repositoryIp;
        const QString syslog = c.var(QStringLiteral("hive_syslog_port"));
        if (!syslog.isEmpty())
            c.syslogPort = syslog.toInt();
        c.caPem = ContextFile::read(certificates.caCertPath());
        c.certPem = ContextFile::read(certificates.hostCertPath(host));
        c.keyPem = ContextFile::read(certificates.hostKeyPath(host));
        c.clientCertPem = ContextFile::read(certificates.adminCertPath(host));
        c.clientKeyPem = ContextFile::read(certificates.adminKeyPath(host));
        if (c.isRepository) {
            c.registryCertPem = ContextFile::read(certificates.registryCertPath());
            c.registryKeyPem = ContextFile::read(certificates.registryKeyPath());
        }
        c.registryHtpasswd = registry.htpasswd();
        c.registryUser = registry.user();
        const ProxySettings &proxy = context.proxy; // read (and checked) by Phase::run
        c.proxyUrl = proxy.hasProxy() ? proxy.urlOnHosts() : QString();
        c.proxyPort = proxy.hasProxy() ? proxy.hostPort : 0;
        c.registryMirror = proxy.registryMirror;
        c.pipIndexUrl = proxy.pipIndexUrl;
        c.pipTrustedHost = proxy.pipTrustedHost;
        contexts.insert(host, c);
        return c;
    };
    auto &probedAhead = st->probedAhead;
    auto &probedAheadTried = st->probedAheadTried;
    auto &disturbedHosts = st->disturbedHosts;
    std::mutex &probedAheadMutex = st->probedAheadMutex;
    // The settings steps after `step` that this run takes on the host.
    const QStringList tagList = options.tagList();
    auto laterSettingsSteps = [targets = plan.targets, tagList](const QString &step,
                                                                const QString &host) {
        QStringList later;
        bool after = false;
        for (const RecipeStep &r : recipeTable()) {
            const QString name = QString::fromLatin1(r.name);
            if (!after) {
                after = name == step;
                continue;
            }
            Step s;
            s.name = name;
            s.tags = r.tags;
            // drbd's work asks its own way (packages first on RHEL).
            if (r.changes && name != QLatin1String("drbd") && StepSequence::selected(s, tagList) &&
                targets(r.targets).contains(host))
                later << name;
        }
        return later;
    };
    auto recipe = [&, laterSettingsSteps](const QString &name, Step::Targets t,
                                          const QStringList &tags) {
        Step s;
        s.name = name;
        s.tags = tags;
        s.targets = t;
        s.work = [&, name, laterSettingsSteps](const QString &host, QString &message) {
            const SetupHostContext c = contextFor(host);
            const QList<HostChange> changes = changesFor(name, c, registryPassword);
            if (changes.isEmpty()) {
                message = tr("nothing to do for this host's settings");
                return RunEvent::Status::Ok;
            }
            HostChangeApplier::Options o;
            o.checkOnly = options.checkOnly;
            o.cancel = options.cancel;
            o.onOutput = output(name, host);
            HostChangeApplier::Probed probed;
            bool tryAhead = false;
            {
                std::lock_guard lock(probedAheadMutex);
                if (!disturbedHosts.contains(host)) {
                    const QHash<QString, HostChangeApplier::Probed> &ofHost = probedAhead[host];
                    if (const auto found = ofHost.constFind(name); found != ofHost.constEnd()) {
                        probed = *found;
                        o.probed = &probed;
                    }
                    tryAhead = !probedAheadTried.contains(host);
                    probedAheadTried.insert(host);
                }
            }
            const RunEvent::Status status =
                HostChangeApplier::apply(pool, host, changes, o, message);
            if (status == RunEvent::Status::Changed) {
                std::lock_guard lock(changedMutex);
                changedHosts.insert(host);
            }
            if (status == RunEvent::Status::Ok && tryAhead) {
                const QStringList later = laterSettingsSteps(name, host);
                QList<QList<HostChange>> laterChanges;
                for (const QString &step : later)
                    laterChanges << changesFor(step, c, registryPassword);
                const QList<HostChangeApplier::Probed> found =
                    HostChangeApplier::probeAhead(pool, host, laterChanges, options.cancel);
                if (found.isEmpty() && !later.isEmpty())
                    output(name, host)(tr("could not ask the next steps' settings in one "
                                          "command: each step asks its own"));
                std::lock_guard lock(probedAheadMutex);
                for (qsizetype i = 0; i < found.size(); ++i)
                    probedAhead[host].insert(later.at(i), found.at(i));
            }
            return status;
        };
        return s;
    };
    for (const RecipeStep &r : recipeTable()) {
        const QString name = QString::fromLatin1(r.name);
        if (name == QLatin1String("addon")) {
            Step addon;
            addon.name = name;
            addon.targets = r.targets;
            addon.tags = r.tags;
            st->addonRun = std::make_unique<JoinedRun<AnsiblePlaybook::HostOutcome>>(
                [&](const QStringList &hosts) {
                    AddonRole::Options o = addonOptions;
                    o.onHostOutput = [&reporter](const QString &host, const QString &line) {
                        reporter.output(QStringLiteral("addon"), host, line);
                    };
                    return AddonRole::applyOn(hosts, o);
                });
            JoinedRun<AnsiblePlaybook::HostOutcome> &addonRun = *st->addonRun;
            addon.starting = [&](const QStringList &hosts) { addonRun.expect(hosts); };
            addon.work = [&](const QString &host, QString &message) {
                JoinedRun<AnsiblePlaybook::HostOutcome>::Ticket ticket(addonRun, host);
                if (!AddonRole::present(context.project.rootDir())) {
                    message = tr("the project has no roles/addon");
                    return RunEvent::Status::Skipped;
                }
                const AddonRole::Options &o = addonOptions;
                QString inputs;
                {
                    std::lock_guard lock(addonMutex);
                    if (!addonPrepared && !AddonRole::prepare(context.loaded.inventory, o, message))
                        return RunEvent::Status::Failed;
                    if (!addonPrepared)
                        addonInputs = AddonRole::inputs(o).fingerprint();
                    addonPrepared = true;
                    inputs = addonInputs;
                }
                // Applied again only when something it reads changed since its
                // last good run on this host (or when asked to).
                RoleInputs target;
                target.addText(QStringLiteral("role"), inputs.toUtf8());
                target.addText(QStringLiteral("host"), host.toUtf8());
                const QString fingerprint = target.fingerprint();
                AppliedMarker marker(pool, host, QStringLiteral("addon"), options.cancel);
                marker.setUntilReboot(true);
                // A step before it that changed this host (a firewall reloaded,
                // docker restarted) may have undone what the role did.
                bool changedBefore = false;
                {
                    std::lock_guard lock(changedMutex);
                    changedBefore = changedHosts.contains(host);
                }
                if (!options.reapplies(QStringLiteral("addon")) && !changedBefore &&
                    marker.matches(fingerprint)) {
                    message = tr("roles/addon: nothing it reads changed since it was applied "
                                 "(--force applies it again)");
                    return RunEvent::Status::Ok;
                }
                if (!options.checkOnly && !marker.remove(message))
                    return RunEvent::Status::Failed;
                {
                    // A role that ran may have written what later steps check
                    // (its "ok" only says Ansible counted no change).
                    std::lock_guard lock(probedAheadMutex);
                    disturbedHosts.insert(host);
                }
                // One ansible-playbook for all the hosts that need the role.
                const AnsiblePlaybook::HostOutcome outcome = ticket.join();
                const RunEvent::Status status = outcome.status;
                message = outcome.message;
                QString unwritten;
                if (!options.checkOnly &&
                    (status == RunEvent::Status::Ok || status == RunEvent::Status::Changed) &&
                    !marker.write(fingerprint, unwritten))
                    output(QStringLiteral("addon"), host)(unwritten);
                return status;
            };
            steps << addon;
            continue;
        }
        if (name == QLatin1String("zabbix")) {
            Step zabbix;
            zabbix.name = name;
            zabbix.targets = r.targets;
            zabbix.tags = r.tags;
            zabbix.work = [&, name](const QString &host, QString &message) {
                const SetupHostContext c = contextFor(host);
                if (!ZabbixRecipes::enabled(c)) {
                    message = tr("hive_monitoring is false: no Zabbix");
                    return RunEvent::Status::Skipped;
                }
                ZabbixCredentials credentials(contextDir,
                                              c.var(QStringLiteral("hive_zabbix_admin_password")));
                if (!options.checkOnly && !credentials.ensure(message))
                    return RunEvent::Status::Failed;
                HostChangeApplier::Options o;
                o.checkOnly = options.checkOnly;
                o.cancel = options.cancel;
                o.onOutput = output(name, host);
                QString installed;
                const RunEvent::Status server = HostChangeApplier::apply(
                    pool, host, ZabbixRecipes::server(c, credentials.dbPassword()), o, installed);
                if (server == RunEvent::Status::Failed || server == RunEvent::Status::Interrupted ||
                    (options.checkOnly && server == RunEvent::Status::Changed)) {
                    message = installed;
                    return server;
                }
                QStringList said;
                if (server == RunEvent::Status::Changed)
                    said << installed;
                const RunEvent::Status console =
                    zabbixThroughItsApi(pool, host, c, *stage, credentials, options, said);
                message = said.join(QStringLiteral("; "));
                return console == RunEvent::Status::Ok ? server : console;
            };
            steps << zabbix;
            continue;
        }
        if (name == QLatin1String("ssh-port")) {
            Step move;
            move.name = name;
            move.targets = r.targets;
            move.tags = r.tags;
            move.maxParallel = 1; // one host at a time; one ssh_ports record
            move.work = [&](const QString &host, QString &message) {
                const SetupHostContext c = contextFor(host);
                // `hive ssh` and scp find the host where it answers: written
                // as soon as a move is recorded, and after every run of the
                // step (so a run cut short is caught up by the next).
                const auto writeSshConfig = [&](QString &error) {
                    bool changed = false;
                    return ContextFile::writeIfChanged(
                        StageFiles::sshConfigPath(contextDir),
                        StageConnections::sshConfig(context.project, context.loaded, *stage),
                        changed, error);
                };
                const RunEvent::Status status = SshPortMove::run(
                    pool, contextDir,
                    {host, c.privateIp, c.sshPort, c.wantedSshPort, c.facts.sshService()},
                    options.checkOnly, writeSshConfig, message);
                if (options.checkOnly)
                    return status;
                QString error;
                if (!writeSshConfig(error)) {
                    message += QStringLiteral("; ") + error;
                    return RunEvent::Status::Failed;
                }
                if (status == RunEvent::Status::Changed) {
                    // The firewall closes the port sshd has left, in this
                    // run (the connection held stays: it is established).
                    SetupHostContext moved = c;
                    moved.sshPort = c.wantedSshPort;
                    HostChangeApplier::Options o;
                    o.cancel = options.cancel;
                    o.onOutput = output(QStringLiteral("ssh-port"), host);
                    QString firewall;
                    const RunEvent::Status closed = HostChangeApplier::apply(
                        pool, host, SystemRecipes::iptables(moved), o, firewall);
                    if (closed == RunEvent::Status::Failed ||
                        closed == RunEvent::Status::Interrupted) {
                        message += QStringLiteral("; ") + firewall;
                        return closed;
                    }
                }
                return status;
            };
            steps << move;
            continue;
        }
        Step step = recipe(name, r.targets, r.tags);
        if (name == QLatin1String("drbd")) {
            // On RHEL the packages first (the module comes with them); on
            // Debian the packages are only the tools (the module is the
            // kernel's or LINBIT's drbd-dkms), installed once DRBD 9 can run.
            // Where it cannot: on private (as on the test bed) said per host,
            // and volumes fall back to local ones; on staging and production
            // the step fails, as their data must be mirrored.
            step.work = [&](const QString &host, QString &message) {
                const SetupHostContext c = contextFor(host);
                HostChangeApplier::Options ao;
                ao.checkOnly = options.checkOnly;
                ao.cancel = options.cancel;
                ao.onOutput = output(QStringLiteral("drbd"), host);
                const bool packagesFirst = c.facts.isRhel();
                const RunEvent::Status installed =
                    packagesFirst ? HostChangeApplier::apply(
                                        pool, host, DockerRecipes::drbdPackages(c), ao, message)
                                  : RunEvent::Status::Ok;
                if (installed == RunEvent::Status::Failed ||
                    installed == RunEvent::Status::Interrupted)
                    return installed;
                if (installed == RunEvent::Status::Changed) {
                    // Packages came in, even where the step ends skipped.
                    std::lock_guard lock(probedAheadMutex);
                    disturbedHosts.insert(host);
                }
                HostPool::RunOptions o;
                o.asRoot = true;
                o.timeoutMs = 30000;
                const CommandResult probe = pool.run(host, DockerRecipes::drbdAvailable(), o);
                if (probe.status == CommandResult::Status::Exited && probe.exitCode != 0) {
                    const QString why = probe.stderrText.trimmed().isEmpty()
                                            ? tr("no drbd kernel module")
                                            : probe.stderrText.trimmed();
                    if (options.checkOnly && installed == RunEvent::Status::Changed) {
                        message = tr("would install DRBD 9 (whether it loads shows once it is "
                                     "installed)");
                        return installed;
                    }
                    if (stage->name != QLatin1String("private")) {
                        message = tr("DRBD 9 cannot run on %1 (%2): the volumes of stage %3 must "
                                     "be mirrored; install DRBD 9 for this kernel (Debian: "
                                     "LINBIT's drbd-dkms) and run setup-hosts -T drbd again")
                                      .arg(host, why, stage->name);
                        return RunEvent::Status::Failed;
                    }
                    message = tr("this kernel cannot run DRBD 9 (%1); mirrored volumes on %2 "
                                 "will be plain local volumes")
                                  .arg(why, host);
                    return RunEvent::Status::Skipped;
                }
                QString stored;
                const RunEvent::Status storage = HostChangeApplier::apply(
                    pool, host,
                    packagesFirst ? DockerRecipes::drbdStorage(c) : DockerRecipes::drbd(c), ao,
                    stored);
                message = installed == RunEvent::Status::Changed && !stored.isEmpty()
                              ? message + QStringLiteral("; ") + stored
                              : stored;
                return storage == RunEvent::Status::Ok ? installed : storage;
            };
        }
        steps << step;
    }
    SwarmSteps::Options swarmOptions;
    swarmOptions.checkOnly = options.checkOnly;
    swarmOptions.cancel = options.cancel;
    const Value internalCidr = stage->definition.value(QStringLiteral("internal_cidr"));
    swarmOptions.internalCidr = internalCidr.isString() ? internalCidr.toString() : QString();
    swarmOptions.dataPathPort = stage->dataPathPort();
    swarmOptions.onOutput = [&reporter](const QString &step, const QString &host,
                                        const QString &line) { reporter.output(step, host, line); };
    st->swarm = std::make_unique<SwarmSteps>(pool, stage->firstHive, hives, swarmOptions);
    steps << st->swarm->steps();
    // Settings read ahead hold on a host only while every step finds it as
    // it should be: one that changed it (or would, or failed) ends them.
    for (Step &step : steps) {
        step.work = [work = step.work, st](const QString &host, QString &message) {
            const RunEvent::Status status = work(host, message);
            if (status != RunEvent::Status::Ok && status != RunEvent::Status::Skipped) {
                std::lock_guard lock(st->probedAheadMutex);
                st->disturbedHosts.insert(host);
            }
            return status;
        };
    }
    return true;
}

} // namespace hive
