#include "tests/e2e/swarm_bed.h"

#include "project/context_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace hive;

namespace {

// The project's own addon role (applied with ansible-playbook): it sees the
// inventory's variables.
const QByteArray kAddonTasks = "- name: leave a marker with the host's address\n"
                               "  ansible.builtin.copy:\n"
                               "    dest: /etc/hive-addon-marker\n"
                               "    content: \"addon on {{ hive_private_ip }}\\n\"\n"
                               "    mode: \"0644\"\n";

} // namespace

SwarmBed::SwarmBed(const QString &name, int subnet, int internal)
    : m_name(name), m_subnet(subnet), m_internal(internal),
      m_network(QStringLiteral("hive.private.") + name),
      m_registry(QStringLiteral("p-hive3.%1:5000").arg(name))
{
    for (int i = 0; i < 4; ++i)
        m_hosts << QStringLiteral("p-hive%1.%2").arg(i).arg(name);
}

QString SwarmBed::prepare()
{
    const QString whyNot = TestBed::prepare(m_engine);
    if (!whyNot.isEmpty())
        return whyNot;
    remove();
    const QByteArray hiveYaml = QStringLiteral("plugin: hive_inventory\n"
                                               "name: %1\n"
                                               "stages:\n"
                                               "  private:\n"
                                               "    provider: docker\n"
                                               "    separate_repository: true\n"
                                               "    cidr: 172.30.%2.0/24\n"
                                               "    memory_size: 1024\n"
                                               "    internal_cidr: 10.%3.0.0/16\n")
                                    .arg(m_name)
                                    .arg(m_subnet)
                                    .arg(m_internal)
                                    .toUtf8();
    // hive_default_network comes with a services file.
    const QByteArray servicesYaml = QStringLiteral("plugin: hive_services\n"
                                                   "services:\n"
                                                   "  probe:\n"
                                                   "    image: %1/probe:1\n"
                                                   "    command: [\"/bin/dash\", \"-c\", \"sleep "
                                                   "100000\"]\n"
                                                   "    volumes:\n"
                                                   "      - source: probe_data\n"
                                                   "        target: /data\n"
                                                   "        type: volume\n"
                                                   "        drbd:\n"
                                                   "          fstype: ext4\n"
                                                   "          size: 100M\n"
                                                   "      - source: probe_cache\n"
                                                   "        target: /cache\n"
                                                   "        type: volume\n"
                                                   "        driver: local\n"
                                                   "        driver_opts:\n"
                                                   "          type: tmpfs\n"
                                                   "          device: tmpfs\n")
                                        .arg(m_registry)
                                        .toUtf8();
    bool changed = false;
    QString error;
    if (!ContextFile::writeIfChanged(filePath(QStringLiteral("inventory/hive.yml")), hiveYaml,
                                     changed, error) ||
        !ContextFile::writeIfChanged(filePath(QStringLiteral("inventory/services.yml")),
                                     servicesYaml, changed, error) ||
        !ContextFile::writeIfChanged(filePath(QStringLiteral("roles/addon/tasks/main.yml")),
                                     kAddonTasks, changed, error) ||
        // Zabbix is checked on the example's hive (tst_hive_all_e2e): here it
        // would only add minutes of packages to every run.
        !ContextFile::writeIfChanged(filePath(QStringLiteral("inventory/group_vars/all.yml")),
                                     "hive_monitoring: false\n", changed, error))
        return error;
    return {};
}

void SwarmBed::remove() const
{
    TestBed::remove(m_engine, m_hosts, m_network);
}

QString SwarmBed::address(int index) const
{
    return QStringLiteral("172.30.%1.%2").arg(m_subnet).arg(4 + index);
}

HiveCliRun SwarmBed::hive(const QStringList &args) const
{
    return HiveCliRun::run(QStringLiteral(HIVE_BINARY), dir(), args);
}

QString SwarmBed::inNode(int index, const QString &script) const
{
    return QString::fromUtf8(TestBed::inNode(m_engine, m_hosts.at(index), script)).trimmed();
}

bool SwarmBed::waitUntil(const std::function<bool()> &done, int seconds)
{
    for (int i = 0; i < seconds && !done(); ++i)
        QThread::msleep(1000);
    return done();
}

QString SwarmBed::managersReady() const
{
    return inNode(0, QStringLiteral("docker node ls --format '{{.Hostname}} {{.Status}} "
                                    "{{.ManagerStatus}}' 2>&1 | grep -cE ' Ready "
                                    "(Leader|Reachable)$'"));
}

QString SwarmBed::nodeList() const
{
    return inNode(0, QStringLiteral("timeout 20 docker node ls 2>&1"));
}

QString SwarmBed::threeReadyManagers(int seconds) const
{
    const auto ready = [this] { return managersReady() == QLatin1String("3"); };
    if (waitUntil(ready, seconds))
        return QString();
    const HiveCliRun doctor = hive({QStringLiteral("doctor"), QStringLiteral("--json")});
    const QJsonArray checks =
        QJsonDocument::fromJson(doctor.out).object().value(QStringLiteral("checks")).toArray();
    QString ran;
    for (const QJsonValue &c : checks) {
        // "repair": "hive recover node HOST"
        const QStringList words =
            c.toObject().value(QStringLiteral("repair")).toString().split(QLatin1Char(' '));
        if (words.size() != 4 || words.at(2) != QLatin1String("node"))
            continue;
        const QString host = words.at(3);
        const HiveCliRun r =
            hive({QStringLiteral("recover"), QStringLiteral("node"), host, QStringLiteral("-y")});
        qInfo("node %s stayed down while its engine answered: hive recover node ran in "
              "%.1f s (exit %d)",
              qPrintable(host), double(r.elapsedMs) / 1000.0, r.exitCode);
        ran += r.describe() + QLatin1Char('\n');
    }
    if (!ran.isEmpty() && waitUntil(ready, 90))
        return QString();
    return nodeList() + QLatin1Char('\n') + (ran.isEmpty() ? doctor.describe() : ran);
}

QString SwarmBed::pushProbeImage() const
{
    return inNode(0, QStringLiteral("tar -ch /bin/dash /bin/sleep /lib/x86_64-linux-gnu/libc.so.6 "
                                    "/lib64/ld-linux-x86-64.so.2 2>/dev/null | docker import - "
                                    "%1/probe:1 && docker push %1/probe:1 >/dev/null && echo "
                                    "pushed")
                         .arg(m_registry));
}
