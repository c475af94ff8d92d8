#include "phases/setup_hosts/swarm_steps.h"

#include "inventory/hive_model.h"
#include "inventory/internal_cidr_split.h"
#include "remote/host_pool.h"
#include "remote/shell_command.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace hive {

namespace {
// How long a join that Docker left going on in the background is waited for.
constexpr qint64 kSlowJoinMs = 180000;
} // namespace

QString SwarmSteps::joinCommand()
{
    return QStringLiteral("curl -sS --unix-socket /var/run/docker.sock -H 'Content-Type: "
                          "application/json' --data-binary @- -w '\\n%{http_code}' "
                          "http://localhost/swarm/join");
}

bool SwarmSteps::joined(const CommandResult &result, QString &failure)
{
    if (!result.succeeded()) {
        failure = result.failure();
        if (result.exitCode == 127)
            failure = tr("curl is needed on the host to join the swarm (setup-hosts installs it "
                         "with the base packages): %1")
                          .arg(failure);
        return false;
    }
    const QString out = result.stdoutText.trimmed();
    const QString code = out.section(QLatin1Char('\n'), -1);
    if (code == QLatin1String("200"))
        return true;
    const QString body = out.section(QLatin1Char('\n'), 0, -2);
    const QString said =
        QJsonDocument::fromJson(body.toUtf8()).object().value(QStringLiteral("message")).toString();
    failure = said.isEmpty() ? tr("the engine answered %1: %2").arg(code, body) : said;
    return false;
}

SwarmSteps::SwarmSteps(HostPool &pool, const QString &firstHive, const QHash<QString, Hive> &hives,
                       const Options &options)
    : m_pool(pool), m_first(firstHive), m_hives(hives), m_options(options)
{}

QList<Step> SwarmSteps::outline()
{
    const QStringList tags = {QStringLiteral("swarm"), QStringLiteral("build-cluster")};
    Step init;
    init.name = QStringLiteral("swarm-init");
    init.tags = tags;
    Step join;
    join.name = QStringLiteral("swarm-join");
    join.tags = tags;
    Step labels;
    labels.name = QStringLiteral("node-labels");
    labels.tags = tags;
    return {init, join, labels};
}

QList<Step> SwarmSteps::steps()
{
    QList<Step> steps = outline();
    Step &init = steps[0];
    init.targets = Step::Targets::FirstHive;
    init.fatal = true;
    init.work = [this](const QString &host, QString &message) { return this->init(host, message); };
    Step &join = steps[1];
    join.targets = Step::Targets::Hives;
    join.work = [this](const QString &host, QString &message) { return this->join(host, message); };
    Step &labels = steps[2];
    labels.targets = Step::Targets::Hives;
    labels.work = [this](const QString &host, QString &message) {
        return this->labels(host, message);
    };
    return steps;
}

bool SwarmSteps::run(const QString &step, const QString &host, const QString &command, QString &out,
                     QString &message)
{
    HostPool::RunOptions o;
    o.asRoot = true;
    o.cancel = m_options.cancel;
    o.timeoutMs = 120000;
    if (m_options.onOutput)
        o.onLine = [&](const QString &h, SshSession::Stream, const QString &line) {
            // `swarm init` prints the worker join token: never into the run log.
            if (line.contains(QLatin1String("SWMTKN-")))
                return;
            m_options.onOutput(step, h, line);
        };
    const CommandResult r = m_pool.run(host, command, o);
    out = r.stdoutText.trimmed();
    if (r.succeeded())
        return true;
    message = tr("`%1` failed on %2: %3")
                  .arg(command, host, r.failure().isEmpty() ? r.stdoutText.trimmed() : r.failure());
    return false;
}

bool SwarmSteps::runOnManager(const QString &step, const QString &host, const QString &command,
                              QString &out, QString &message)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        if (run(step, host, command, out, message))
            return true;
        const bool electing = message.contains(QLatin1String("lost leader status")) ||
                              message.contains(QLatin1String("does not have a leader")) ||
                              message.contains(QLatin1String("rpc error: code = Unavailable"));
        if (!electing || waited.elapsed() > 60000 || (m_options.cancel && m_options.cancel->load()))
            return false;
        QThread::msleep(3000);
    }
}

SwarmSteps::State SwarmSteps::state(const QString &host)
{
    State s;
    QString out;
    if (!run(QStringLiteral("swarm"), host,
             QStringLiteral("docker info --format '{{.Swarm.LocalNodeState}} "
                            "{{.Swarm.ControlAvailable}} {{.Swarm.NodeID}} "
                            "{{if .Swarm.Cluster}}{{.Swarm.Cluster.ID}}{{end}}'"),
             out, s.error))
        return s;
    const QStringList f = out.split(QLatin1Char(' '));
    s.localState = f.value(0);
    s.manager = f.value(1) == QLatin1String("true");
    s.nodeId = f.value(2);
    s.clusterId = f.value(3);
    return s;
}

bool SwarmSteps::gwbridge(const QString &host, bool &changed, QString &message)
{
    changed = false;
    if (m_options.internalCidr.isEmpty())
        return true;
    InternalCidrSplit split;
    if (!InternalCidrSplit::compute(m_options.internalCidr, split, message))
        return false;
    QString out;
    if (run(QStringLiteral("swarm"), host,
            QStringLiteral("docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' "
                           "docker_gwbridge"),
            out, message)) {
        if (out == split.gwbridge)
            return true;
        message = tr("docker_gwbridge on %1 has %2, not %3 from internal_cidr; it can only be "
                     "changed before the host joins the swarm")
                      .arg(host, out, split.gwbridge);
        return false;
    }
    changed = true;
    if (m_options.checkOnly)
        return true;
    return run(QStringLiteral("swarm"), host,
               QStringLiteral("docker network create --subnet %1 "
                              "--opt com.docker.network.bridge.name=docker_gwbridge "
                              "--opt com.docker.network.bridge.enable_icc=false "
                              "--opt com.docker.network.bridge.enable_ip_masquerade=true "
                              "docker_gwbridge")
                   .arg(split.gwbridge),
               out, message);
}

RunEvent::Status SwarmSteps::init(const QString &host, QString &message)
{
    const State s = state(host);
    if (!s.error.isEmpty()) {
        message = s.error;
        return RunEvent::Status::Failed;
    }
    if (s.localState == QLatin1String("active")) {
        if (!s.manager) {
            message = tr("%1 is a worker of swarm %2, but the first hive must be a manager; "
                         "promote it from a manager or leave that swarm")
                          .arg(host, s.clusterId);
            return RunEvent::Status::Failed;
        }
        message = tr("manager of swarm %1").arg(s.clusterId.left(12));
        // The port is the swarm's own, set when it was made: changing it
        // means making the swarm again (manual 13.13), never done here.
        QString port;
        QString ignored;
        if (run(QStringLiteral("swarm-init"), host,
                QStringLiteral("docker info --format '{{.Swarm.Cluster.DataPathPort}}'"), port,
                ignored) &&
            port.toInt() > 0 && port.toInt() != m_options.dataPathPort)
            message += tr("; its overlay traffic uses UDP port %1, not data_path_port %2: the "
                          "port is chosen when the swarm is made (hive-builder's manual 13.13: "
                          "remove the services, leave the swarm on every hive, run setup-hosts)")
                           .arg(port)
                           .arg(m_options.dataPathPort);
        return RunEvent::Status::Ok;
    }
    // A rebuilt first hive (or one whose managers were replaced) must not
    // start a second swarm beside the one the other hives still run.
    const QString running = runningSwarmOfOthers(host);
    if (!running.isEmpty()) {
        const RunEvent::Status joined = joinVia(host, running, s, message);
        if (joined == RunEvent::Status::Changed)
            message =
                tr("%1 (the swarm already runs there; no second swarm was started)").arg(message);
        return joined;
    }
    if (s.localState != QLatin1String("inactive")) {
        message = tr("the swarm state of %1 is %2 and no other hive runs the swarm; if its "
                     "managers are lost, run `hive recover quorum` (see `docker info`)")
                      .arg(host, s.localState);
        return RunEvent::Status::Failed;
    }
    bool bridgeChanged = false;
    if (!gwbridge(host, bridgeChanged, message))
        return RunEvent::Status::Failed;
    if (m_options.checkOnly) {
        message = tr("would initialise the swarm advertising %1").arg(m_hives.value(host).address);
        return RunEvent::Status::Changed;
    }
    QString command = QStringLiteral("docker swarm init --advertise-addr %1 --listen-addr %1:2377")
                          .arg(m_hives.value(host).address);
    InternalCidrSplit split;
    if (!m_options.internalCidr.isEmpty() &&
        InternalCidrSplit::compute(m_options.internalCidr, split, message))
        command += QStringLiteral(" --default-addr-pool %1").arg(split.overlay);
    if (m_options.dataPathPort != StagePlan::kDefaultDataPathPort)
        command += QStringLiteral(" --data-path-port %1").arg(m_options.dataPathPort);
    QString out;
    if (!run(QStringLiteral("swarm-init"), host, command, out, message))
        return RunEvent::Status::Failed;
    if (!m_options.internalCidr.isEmpty()) {
        // The ingress network is made by `swarm init`; take it down and make
        // it again from internal_cidr while nothing uses it yet.
        if (!run(QStringLiteral("swarm-init"), host,
                 QStringLiteral(
                     "echo y | docker network rm ingress >/dev/null && "
                     "for i in $(seq 30); do docker network inspect ingress >/dev/null "
                     "2>&1 || break; sleep 1; done && "
                     "docker network create --driver overlay --ingress --subnet %1 ingress")
                     .arg(split.ingress),
                 out, message))
            return RunEvent::Status::Failed;
    }
    message = tr("initialised the swarm advertising %1").arg(m_hives.value(host).address);
    return RunEvent::Status::Changed;
}

RunEvent::Status SwarmSteps::join(const QString &host, QString &message)
{
    if (host == m_first) {
        message = tr("the first hive");
        return RunEvent::Status::Ok;
    }
    const State first = state(m_first);
    const State self = state(host);
    if (!self.error.isEmpty() || !first.error.isEmpty()) {
        message = self.error.isEmpty() ? first.error : self.error;
        return RunEvent::Status::Failed;
    }
    if (first.localState != QLatin1String("active")) {
        if (m_options.checkOnly) {
            message = m_hives.value(host).worker
                          ? tr("would join the swarm of %1 as a worker").arg(m_first)
                          : tr("would join the swarm of %1 as a manager").arg(m_first);
            return RunEvent::Status::Changed;
        }
        message = tr("%1 has no swarm to join").arg(m_first);
        return RunEvent::Status::Failed;
    }
    return joinVia(host, m_first, self, message);
}

QString SwarmSteps::runningSwarmOfOthers(const QString &host)
{
    QStringList others = m_hives.keys();
    others.removeAll(host);
    others.sort();
    for (const QString &other : std::as_const(others)) {
        const State s = state(other);
        if (s.localState != QLatin1String("active") || !s.manager)
            continue;
        // Ours only when every node it lists is one of this stage's hives.
        QString out, message;
        if (!run(QStringLiteral("swarm"), other,
                 QStringLiteral("timeout 20 docker node ls --format '{{.Hostname}}'"), out,
                 message))
            continue;
        bool ours = !out.isEmpty();
        for (const QString &name : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            ours = ours && m_hives.contains(name.trimmed());
        if (ours)
            return other;
    }
    return QString();
}

bool SwarmSteps::isStale(const QString &host, const QString &via, State &self)
{
    // A node whose managers were replaced or that was removed from the swarm
    // waits for a leader it will never find ("pending"), or is a manager
    // whose own copy of the swarm no longer belongs to the cluster (active
    // but without a cluster id). Give one that is only starting up the
    // time to settle first.
    const auto suspicious = [](const State &st) {
        return st.localState == QLatin1String("pending") ||
               st.localState == QLatin1String("error") ||
               (st.localState == QLatin1String("active") && st.manager && st.clusterId.isEmpty());
    };
    for (int i = 0; i < 20 && suspicious(self); ++i) {
        QString out, message;
        const bool known =
            run(QStringLiteral("swarm-join"), via,
                QStringLiteral("docker node inspect -f '{{.Status.State}}' %1").arg(self.nodeId),
                out, message);
        if (!known || out != QLatin1String("ready"))
            return true;
        if (m_options.cancel && m_options.cancel->load())
            return false;
        QThread::msleep(1000);
        self = state(host);
    }
    return suspicious(self);
}

bool SwarmSteps::waitUntilManager(const QString &host, const QString &via, const QString &nodeId,
                                  QString &message)
{
    QString out;
    for (int i = 0; i < 60; ++i) {
        if (run(QStringLiteral("swarm-join"), via,
                QStringLiteral("docker node inspect -f '{{.ManagerStatus.Reachability}}' %1")
                    .arg(nodeId),
                out, message) &&
            out == QLatin1String("reachable") && state(host).manager)
            return true;
        if (m_options.cancel && m_options.cancel->load())
            break;
        QThread::msleep(1000);
    }
    message = tr("%1 was made a manager but is not reachable as one yet (%2)").arg(host, out);
    return false;
}

RunEvent::Status SwarmSteps::joinVia(const QString &host, const QString &via, State self,
                                     QString &message)
{
    const State first = state(via);
    if (!first.error.isEmpty()) {
        message = first.error;
        return RunEvent::Status::Failed;
    }
    const bool worker = m_hives.value(host).worker;
    QString out;
    QString staleNode;
    if (self.localState != QLatin1String("inactive") && isStale(host, via, self)) {
        if (m_options.checkOnly) {
            message = tr("would replace the stale swarm state of %1 (%2: its node was removed "
                         "or its managers replaced) and join the swarm of %3 as a manager")
                          .arg(host, self.localState, via);
            return RunEvent::Status::Changed;
        }
        // The swarm this node remembers is gone: leave it (that touches only
        // the node's own swarm state, never containers' volumes).
        if (!run(QStringLiteral("swarm-join"), host, QStringLiteral("docker swarm leave --force"),
                 out, message))
            return RunEvent::Status::Failed;
        staleNode = self.nodeId;
    } else if (self.localState == QLatin1String("active")) {
        // A worker does not see its cluster's id: ask the manager whether it
        // knows the node.
        const bool sameSwarm =
            self.manager
                ? self.clusterId == first.clusterId
                : run(QStringLiteral("swarm-join"), via,
                      QStringLiteral("docker node inspect -f '{{.ID}}' %1").arg(self.nodeId), out,
                      message);
        if (!sameSwarm) {
            message =
                tr("%1 is already in another swarm (cluster %2, not %3 of %4); it was left "
                   "as it is: if that swarm is not needed, run `docker swarm leave --force` "
                   "on %1 and run setup-hosts again")
                    .arg(host, self.clusterId.isEmpty() ? tr("unknown") : self.clusterId.left(12),
                         first.clusterId.left(12), via);
            return RunEvent::Status::Failed;
        }
        if (self.manager && worker) {
            // As hive-builder: the mode is how a host joins. Demoting a
            // manager is the user's decision (it lowers the quorum).
            message = tr("manager of swarm %1; hive_swarm_mode: worker applies when a host "
                         "joins: `docker node demote %2` makes it a worker while the other "
                         "managers keep a majority")
                          .arg(first.clusterId.left(12), host);
            return RunEvent::Status::Ok;
        }
        if (self.manager) {
            message = tr("manager of swarm %1").arg(first.clusterId.left(12));
            return RunEvent::Status::Ok;
        }
        if (worker) {
            message = tr("worker of swarm %1 (hive_swarm_mode)").arg(first.clusterId.left(12));
            return RunEvent::Status::Ok;
        }
        if (m_options.checkOnly) {
            message = tr("would promote this worker to a manager");
            return RunEvent::Status::Changed;
        }
        if (!run(QStringLiteral("swarm-join"), via,
                 QStringLiteral("docker node promote %1").arg(self.nodeId), out, message) ||
            !waitUntilManager(host, via, self.nodeId, message))
            return RunEvent::Status::Failed;
        message = tr("promoted to a manager");
        return RunEvent::Status::Changed;
    } else if (self.localState != QLatin1String("inactive")) {
        message = tr("the swarm state of %1 is %2; it needs attention by hand (see `docker info`)")
                      .arg(host, self.localState);
        return RunEvent::Status::Failed;
    }
    bool bridgeChanged = false;
    if (!gwbridge(host, bridgeChanged, message))
        return RunEvent::Status::Failed;
    if (m_options.checkOnly) {
        message = worker ? tr("would join the swarm of %1 as a worker").arg(via)
                         : tr("would join the swarm of %1 as a manager").arg(via);
        return RunEvent::Status::Changed;
    }
    QString token;
    if (!run(QStringLiteral("swarm-join"), via,
             QStringLiteral("docker swarm join-token -q %1")
                 .arg(worker ? QStringLiteral("worker") : QStringLiteral("manager")),
             token, message))
        return RunEvent::Status::Failed;
    HostPool::RunOptions o;
    o.asRoot = true;
    o.cancel = m_options.cancel;
    o.timeoutMs = 120000;
    // The token is a secret: it goes to the engine's own API in the body of
    // the request, read from standard input — never on a command line
    // (`docker swarm join --token` would put it in ps and sudo's log).
    const QString address = m_hives.value(host).address;
    o.input = QJsonDocument(QJsonObject{
                                {QStringLiteral("ListenAddr"), address + QStringLiteral(":2377")},
                                {QStringLiteral("AdvertiseAddr"), address},
                                {QStringLiteral("RemoteAddrs"),
                                 QJsonArray{m_hives.value(via).address + QStringLiteral(":2377")}},
                                {QStringLiteral("JoinToken"), token},
                            })
                  .toJson(QJsonDocument::Compact);
    token.fill(QLatin1Char('x'));
    const QString join = joinCommand();
    const auto cancelled = [this] { return m_options.cancel && m_options.cancel->load(); };
    QString failure;
    qint64 slowMs = -1;
    // A swarm just restored or forced into a new cluster can fail a join
    // while its leadership settles (seen on the bed): one more attempt,
    // once the swarm has a leader again.
    for (int attempt = 1; attempt <= 2 && !cancelled(); ++attempt) {
        if (attempt == 2) {
            QString ignored, nodes;
            run(QStringLiteral("swarm-join"), host,
                QStringLiteral("docker swarm leave --force >/dev/null 2>&1; true"), ignored,
                ignored);
            QElapsedTimer led;
            led.start();
            while (led.elapsed() < 60000 && !cancelled() &&
                   !run(QStringLiteral("swarm-join"), via, QStringLiteral("docker node ls -q"),
                        nodes, ignored))
                QThread::msleep(2000);
        }
        const CommandResult r = m_pool.run(host, join, o);
        if (joined(r, failure)) {
            failure.clear();
            break;
        }
        // Docker gives up waiting after 20 s but goes on joining: wait for it.
        if (!failure.contains(QLatin1String("continue in the background")))
            break;
        QElapsedTimer waited;
        waited.start();
        QString localState;
        while (waited.elapsed() < kSlowJoinMs && !cancelled()) {
            QThread::msleep(2000);
            QString ignored;
            run(QStringLiteral("swarm-join"), host,
                QStringLiteral("docker info --format '{{.Swarm.LocalNodeState}}'"), localState,
                ignored);
            // active: joined; error: this attempt is over.
            if (localState == QLatin1String("active") || localState == QLatin1String("error"))
                break;
        }
        if (localState == QLatin1String("active")) {
            failure.clear();
            slowMs = waited.elapsed() + 20000;
            break;
        }
        failure = tr("still %1 after Docker's own time limit (%2)")
                      .arg(localState.isEmpty() ? tr("unknown") : localState, failure);
    }
    if (!failure.isEmpty()) {
        message = tr("joining the swarm of %1 failed on %2: %3").arg(via, host, failure);
        return RunEvent::Status::Failed;
    }
    // The next manager joins only once this one has caught up: two members
    // joining at once (one still receiving its copy of the swarm) cost a
    // freshly restored swarm its leader in CI.
    if (worker) {
        message = tr("joined the swarm of %1 as a worker (hive_swarm_mode)").arg(via);
    } else if (!waitUntilManager(host, via, state(host).nodeId, message)) {
        return RunEvent::Status::Failed;
    } else {
        message = slowMs < 0 ? tr("joined the swarm of %1 as a manager").arg(via)
                             : tr("joined the swarm of %1 as a manager (after %2 s: the swarm was "
                                  "slow to admit it)")
                                   .arg(via)
                                   .arg(slowMs / 1000);
    }
    if (!staleNode.isEmpty()) {
        // The old entry of this host stays behind as a down node: remove it.
        QString ignored;
        run(QStringLiteral("swarm-join"), via,
            QStringLiteral("docker node demote %1 >/dev/null 2>&1; docker node rm --force %1")
                .arg(staleNode),
            out, ignored);
        message += tr(", replacing its stale node %1").arg(staleNode.left(12));
    }
    return RunEvent::Status::Changed;
}

RunEvent::Status SwarmSteps::labels(const QString &host, QString &message)
{
    const State self = state(host);
    if (!self.error.isEmpty()) {
        message = self.error;
        return RunEvent::Status::Failed;
    }
    const QStringList wanted = m_hives.value(host).labels;
    if (self.localState != QLatin1String("active")) {
        if (m_options.checkOnly) {
            message = tr("would label the node: %1").arg(wanted.join(QStringLiteral(", ")));
            return RunEvent::Status::Changed;
        }
        message = tr("%1 is not in the swarm").arg(host);
        return RunEvent::Status::Failed;
    }
    // A worker cannot read or change the swarm: its labels are set through
    // the first hive.
    const QString manager = self.manager ? host : m_first;
    QString out;
    if (!runOnManager(
            QStringLiteral("node-labels"), manager,
            QStringLiteral("docker node inspect -f '{{json .Spec.Labels}}' %1").arg(self.nodeId),
            out, message))
        return RunEvent::Status::Failed;
    const QJsonObject current = QJsonDocument::fromJson(out.toUtf8()).object();
    QStringList missing;
    for (const QString &l : wanted) {
        if (current.value(l).toString() != QLatin1String("true"))
            missing << l;
    }
    if (missing.isEmpty()) {
        message = wanted.join(QStringLiteral(", "));
        return RunEvent::Status::Ok;
    }
    if (m_options.checkOnly) {
        message = tr("would add the labels %1").arg(missing.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    }
    QString args;
    for (const QString &l : std::as_const(missing))
        args += QStringLiteral(" --label-add %1=true").arg(ShellCommand::quote(l));
    if (!runOnManager(QStringLiteral("node-labels"), manager,
                      QStringLiteral("docker node update%1 %2").arg(args, self.nodeId), out,
                      message))
        return RunEvent::Status::Failed;
    message = tr("added the labels %1").arg(missing.join(QStringLiteral(", ")));
    return RunEvent::Status::Changed;
}

} // namespace hive
