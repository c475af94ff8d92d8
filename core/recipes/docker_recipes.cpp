#include "recipes/docker_recipes.h"

#include "data/json_writer.h"
#include "inventory/internal_cidr_split.h"
#include "recipes/setup_host_context.h"
#include "recipes/task_commands.h"
#include "remote/shell_command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hive {

namespace {
const QString kTlsDir = QStringLiteral("/etc/docker/tls");

QString dockerd(const HostFacts &f)
{
    return f.isRhel() ? QStringLiteral("/usr/bin/dockerd") : QStringLiteral("/usr/sbin/dockerd");
}
} // namespace

QByteArray DockerRecipes::daemonJson(const SetupHostContext &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("hosts"), QJsonArray{QStringLiteral("unix:///var/run/docker.sock"),
                                                 QStringLiteral("tcp://0.0.0.0:%1").arg(kApiPort)});
    o.insert(QStringLiteral("tls"), true);
    o.insert(QStringLiteral("tlsverify"), true);
    o.insert(QStringLiteral("tlscacert"), kTlsDir + QStringLiteral("/ca.pem"));
    o.insert(QStringLiteral("tlscert"), kTlsDir + QStringLiteral("/cert.pem"));
    o.insert(QStringLiteral("tlskey"), kTlsDir + QStringLiteral("/key.pem"));
    if (!c.registryMirror.isEmpty())
        o.insert(QStringLiteral("registry-mirrors"), QJsonArray{c.registryMirror});
    o.insert(QStringLiteral("log-driver"), QStringLiteral("json-file"));
    o.insert(QStringLiteral("log-opts"),
             QJsonObject{{QStringLiteral("max-size"), QStringLiteral("10m")},
                         {QStringLiteral("max-file"), QStringLiteral("3")}});
    InternalCidrSplit split;
    QString error;
    const QString internal = c.var(QStringLiteral("hive_internal_cidr"));
    if (!internal.isEmpty() && InternalCidrSplit::compute(internal, split, error)) {
        o.insert(QStringLiteral("bip"), split.bip);
        const int prefix = split.registry.section(QLatin1Char('/'), 1).toInt();
        // registry_default and zabbix_default: two networks of 1/8 each.
        o.insert(QStringLiteral("default-address-pools"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("base"), split.registry.section(QLatin1Char('/'), 0, 0) +
                                                  QLatin1Char('/') + QString::number(prefix - 1)},
                     {QStringLiteral("size"), prefix}}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QList<HostChange> DockerRecipes::docker(const SetupHostContext &c)
{
    const HostFacts &f = c.facts;
    QList<HostChange> out;
    if (f.isRhel()) {
        out << HostChange::command(
            QStringLiteral("Docker CE repository"),
            QStringLiteral("[ -f /etc/yum.repos.d/docker-ce.repo ]"),
            QStringLiteral("dnf install -y -q dnf-plugins-core && dnf config-manager --add-repo "
                           "https://download.docker.com/linux/centos/docker-ce.repo"));
        out << HostChange::command(
            QStringLiteral("Docker engine"),
            f.packagesInstalled({QStringLiteral("docker-ce"), QStringLiteral("docker-ce-cli"),
                                 QStringLiteral("containerd.io")}),
            f.installPackages({QStringLiteral("docker-ce"), QStringLiteral("docker-ce-cli"),
                               QStringLiteral("containerd.io")}));
    } else {
        out << HostChange::command(QStringLiteral("Docker engine"),
                                   f.packagesInstalled({QStringLiteral("docker.io")}),
                                   f.installPackages({QStringLiteral("docker.io")}));
    }
    const QString restart =
        QStringLiteral("systemctl daemon-reload && systemctl restart docker && "
                       "for i in $(seq 50); do docker info >/dev/null 2>&1 && exit 0; sleep 0.2; "
                       "done; docker info");
    out << HostChange::file(QStringLiteral("the hive CA for the Docker API"),
                            kTlsDir + QStringLiteral("/ca.pem"), c.caPem, 0644, restart);
    out << HostChange::file(QStringLiteral("this host's certificate for the Docker API"),
                            kTlsDir + QStringLiteral("/cert.pem"), c.certPem, 0644, restart);
    HostChange key =
        HostChange::file(QStringLiteral("this host's key for the Docker API"),
                         kTlsDir + QStringLiteral("/key.pem"), c.keyPem, 0600, restart);
    key.secret = true;
    out << key;
    out << HostChange::file(
        QStringLiteral("daemon.json: TLS API on %1, address pools, logs").arg(kApiPort),
        QStringLiteral("/etc/docker/daemon.json"), daemonJson(c), 0644, restart);
    // A host hive-builder set up has its own drop-in: dockerd --bip=…, which
    // with "bip" in daemon.json stops dockerd from starting. It is set aside
    // (kept, not deleted); its environment file (proxies) and restart delay
    // stay in a drop-in of ours, written first (a run cut short in between
    // is finished by the next: the check is the file still there).
    const QString hiveBuilders =
        QStringLiteral("/usr/lib/systemd/system/docker.service.d/override.conf");
    out << HostChange::command(
        QStringLiteral("hive-builder's dockerd flags set aside"),
        QStringLiteral("[ ! -e %1 ]").arg(hiveBuilders),
        QStringLiteral("mkdir -p /var/lib/hive /etc/systemd/system/docker.service.d && printf "
                       "'[Service]\\nRestartSec=15s\\nEnvironmentFile=-/etc/environment\\n' > "
                       "/etc/systemd/system/docker.service.d/hive-builder.conf && mv %1 "
                       "/var/lib/hive/hive-builder-docker-override.conf")
            .arg(hiveBuilders),
        restart);
    // hive-builder's http_proxy: dockerd pulls through it; the hive's own
    // registry and hosts stay direct.
    const QString proxyDropIn =
        QStringLiteral("/etc/systemd/system/docker.service.d/http-proxy.conf");
    if (!c.proxyUrl.isEmpty()) {
        const QByteArray url = c.proxyUrl.toUtf8();
        const QByteArray none = c.noProxy().toUtf8();
        out << HostChange::file(QStringLiteral("dockerd pulls through the proxy"), proxyDropIn,
                                "[Service]\nEnvironment=\"HTTP_PROXY=" + url +
                                    "\" \"HTTPS_PROXY=" + url + "\" \"NO_PROXY=" + none + "\"\n",
                                0644, restart);
    } else {
        out << HostChange::command(QStringLiteral("dockerd without a proxy"),
                                   QStringLiteral("[ ! -e %1 ]").arg(proxyDropIn),
                                   QStringLiteral("rm -f %1").arg(proxyDropIn), restart);
    }
    // The unit's -H fd:// would clash with "hosts" in daemon.json.
    out << HostChange::file(
        QStringLiteral("dockerd takes its listeners from daemon.json"),
        QStringLiteral("/etc/systemd/system/docker.service.d/hive.conf"),
        QStringLiteral("[Service]\nExecStart=\nExecStart=%1 "
                       "--containerd=/run/containerd/containerd.sock%2\n")
            .arg(dockerd(f), f.isRhel() ? QString() : QStringLiteral(" $DOCKER_OPTS"))
            .toUtf8(),
        0644, restart);
    for (HostChange &change : out) {
        if (change.onChange == restart) {
            change.oneHostAtATime = true;
            change.oneHostAtATimeWhile = QStringLiteral(
                "[ \"$(docker info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null)\" != "
                "inactive ]");
        }
    }
    out << HostChange::command(QStringLiteral("Docker enabled"),
                               QStringLiteral("systemctl is-enabled -q docker && systemctl "
                                              "is-active -q docker"),
                               QStringLiteral("systemctl enable --now docker"));
    // The registry's certificate comes from the hive CA: trust it for pulls
    // and for tools like curl.
    out << HostChange::file(QStringLiteral("the hive CA trusted for the registry"),
                            QStringLiteral("/etc/docker/certs.d/%1/ca.crt").arg(c.registry()),
                            c.caPem);
    if (const QByteArray script = f.caTrustScript(); !script.isEmpty())
        out << HostChange::file(
            QStringLiteral("the script that makes the system trust the hive CA"), f.caTrustUpdate(),
            script, 0755);
    out << HostChange::file(QStringLiteral("the hive CA trusted by the system"), f.caTrustFile(),
                            c.caPem, 0644, f.caTrustUpdate());
    // The admin runs docker without sudo, as hive-builder sets it up and its
    // manual's runbooks expect (`docker service ps`, `docker service scale`).
    if (c.adminUser != QLatin1String("root")) {
        const QString admin = ShellCommand::quote(c.adminUser);
        out << HostChange::command(
            QStringLiteral("%1 in the docker group").arg(c.adminUser),
            QStringLiteral("id -nG %1 | tr ' ' '\\n' | grep -qx docker").arg(admin),
            QStringLiteral("usermod -aG docker %1").arg(admin));
    }
    // docker-client: the admin's own client certificate (docker --tlsverify).
    const QString home = c.adminUser == QLatin1String("root")
                             ? QStringLiteral("/root")
                             : QStringLiteral("/home/") + c.adminUser;
    for (const auto &[name, content, mode] :
         {std::tuple{QStringLiteral("ca.pem"), c.caPem, 0644},
          std::tuple{QStringLiteral("cert.pem"), c.clientCertPem, 0644},
          std::tuple{QStringLiteral("key.pem"), c.clientKeyPem, 0600}}) {
        HostChange file =
            HostChange::file(QStringLiteral("%1's Docker client %2").arg(c.adminUser, name),
                             home + QStringLiteral("/.docker/") + name, content, mode);
        file.owner = c.adminUser;
        file.group = QString();
        file.secret = name == QLatin1String("key.pem");
        out << file;
    }
    // docker-client-proxy: the admin's own `docker run` and `docker build`
    // give their containers the proxy, as hive-builder's role does.
    out << clientProxy(c, home);
    // docker-client: dexec, dsh and dcp, which the manual's runbooks use.
    out << TaskCommands::install(c);
    return out;
}

HostChange DockerRecipes::clientProxy(const SetupHostContext &c, const QString &home)
{
    // The Docker client's "proxies.default" in the admin's config.json,
    // merged into what the file holds (registry logins, other settings).
    // Containers reach the proxy at their host's address, where sshd listens
    // for it while hive runs. Without a proxy, only an entry pointing at this
    // host's own address (ours) is taken away. A file that is not JSON is
    // left alone and named. python3 is on every host Ansible reaches.
    static const QString script = QStringLiteral(
        "import json, os, pwd, sys\n"
        "path, url, around, mine, admin, apply = sys.argv[1:7]\n"
        "try:\n"
        "    with open(path) as f:\n"
        "        conf = json.load(f)\n"
        "except FileNotFoundError:\n"
        "    conf = {}\n"
        "except ValueError as e:\n"
        "    sys.exit(\"%s is not JSON (%s): fix or remove it\" % (path, e))\n"
        "proxies = conf.get(\"proxies\") or {}\n"
        "old = proxies.get(\"default\")\n"
        "if url:\n"
        "    new = {\"httpProxy\": url, \"httpsProxy\": url, \"noProxy\": around}\n"
        "elif isinstance(old, dict) and str(old.get(\"httpProxy\", \"\")).startswith(mine):\n"
        "    new = None\n"
        "else:\n"
        "    new = old\n"
        "if new == old:\n"
        "    sys.exit(0)\n"
        "if apply != \"1\":\n"
        "    sys.exit(1)\n"
        "if new is None:\n"
        "    proxies.pop(\"default\", None)\n"
        "else:\n"
        "    proxies[\"default\"] = new\n"
        "if proxies:\n"
        "    conf[\"proxies\"] = proxies\n"
        "else:\n"
        "    conf.pop(\"proxies\", None)\n"
        "user = pwd.getpwnam(admin)\n"
        "os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)\n"
        "os.chown(os.path.dirname(path), user.pw_uid, user.pw_gid)\n"
        "tmp = path + \".hive-new\"\n"
        "fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)\n"
        "with os.fdopen(fd, \"w\") as f:\n"
        "    json.dump(conf, f, indent=\"\\t\")\n"
        "    f.write(\"\\n\")\n"
        "os.chown(tmp, user.pw_uid, user.pw_gid)\n"
        "os.rename(tmp, path)\n");
    const QString url = c.proxyPort > 0 && !c.privateIp.isEmpty()
                            ? QStringLiteral("http://%1:%2").arg(c.privateIp).arg(c.proxyPort)
                            : QString();
    const QString mine = QStringLiteral("http://%1:").arg(c.privateIp);
    const QString args =
        QStringList{ShellCommand::quote(home + QStringLiteral("/.docker/config.json")),
                    ShellCommand::quote(url), ShellCommand::quote(c.noProxy()),
                    ShellCommand::quote(mine), ShellCommand::quote(c.adminUser)}
            .join(QLatin1Char(' '));
    const QString run = QStringLiteral("python3 -c %1 %2 ").arg(ShellCommand::quote(script), args);
    // Without a proxy, a file that never mentions proxies (or no file) is
    // as wanted: known without starting Python, on every run of every host.
    const QString check =
        url.isEmpty() ? QStringLiteral("grep -qs '\"proxies\"' %1 || exit 0\n%2")
                            .arg(ShellCommand::quote(home + QStringLiteral("/.docker/config.json")),
                                 run + QStringLiteral("0"))
                      : run + QStringLiteral("0");
    return HostChange::command(
        url.isEmpty()
            ? QStringLiteral("%1's docker client without a proxy of the hive").arg(c.adminUser)
            : QStringLiteral("%1's docker client gives containers the proxy").arg(c.adminUser),
        check, run + QStringLiteral("1"));
}

namespace {
HostChange login(const QString &registry, const QString &user, const QString &password)
{
    // Docker Hub's entry in config.json is its index URL.
    const QString key =
        registry.isEmpty() ? QStringLiteral("https://index.docker.io/v1/") : registry;
    HostChange c = HostChange::command(
        QStringLiteral("root logged in to the registry %1")
            .arg(registry.isEmpty() ? QStringLiteral("Docker Hub") : registry),
        // Logged in with these very credentials: an entry left by an
        // earlier password (a context made afresh, a password changed) is
        // logged in again, or pushes fail with "unauthorized". The password
        // comes on standard input, as for the login (printf is a builtin).
        QStringLiteral("p=$(cat)\n"
                       "a=$(printf '%s:%s' %1 \"$p\" | base64 | tr -d '\\n')\n"
                       "c=$(tr -d ' \\t\\r\\n' 2>/dev/null "
                       "<\"${DOCKER_CONFIG:-/root/.docker}/config.json\") || exit 1\n"
                       "case \"$c\" in *%2'\":{\"auth\":\"'\"$a\"'\"}'*) exit 0 ;; esac\n"
                       "exit 1")
            .arg(ShellCommand::quote(user), ShellCommand::quote(QLatin1Char('"') + key)),
        // The hive registry may have been restarted a moment ago (this run
        // or an owed restart) and not listen yet: a refused connection is
        // retried for 30 s; any other refusal fails at once. The password
        // comes on standard input and reaches docker on stdin only (printf
        // is a shell builtin): never on a command line.
        QStringLiteral("p=$(cat)\n"
                       "for i in $(seq 30); do\n"
                       "  out=$(printf '%s\\n' \"$p\" | docker login -u %1 --password-stdin %2 "
                       "2>&1) && exit 0\n"
                       "  case \"$out\" in *'connection refused'*|*'i/o timeout'*) sleep 1 ;; "
                       "*) break ;; esac\n"
                       "done\n"
                       "echo \"$out\" >&2; exit 1")
            .arg(ShellCommand::quote(user),
                 registry.isEmpty() ? QString() : ShellCommand::quote(registry)));
    // Its line end: even an empty password ends the input (and `cat` with it).
    c.applyInput = password.toUtf8() + '\n';
    c.checkInput = c.applyInput;
    c.secret = true;
    return c;
}
} // namespace

QList<HostChange> DockerRecipes::registryLogin(const SetupHostContext &c, const QString &password)
{
    return {login(c.registry(), c.registryUser, password)};
}

QList<HostChange> DockerRecipes::externalRegistryLogins(const Value &repositories)
{
    QList<HostChange> out;
    for (const Value &r : repositories.items()) {
        const Value repository = r.value(QStringLiteral("repository"));
        out << login(repository.text(), r.value(QStringLiteral("login_user")).scalarText(),
                     r.value(QStringLiteral("password")).scalarText());
    }
    return out;
}

QString DockerRecipes::drbdAvailable()
{
    // The resource files are DRBD 9's (node-id, connection-mesh, quorum):
    // a DRBD 8.4 module (Debian's own kernel) cannot run them, and is never
    // loaded here (it would stand in the way of a DRBD 9 one installed later).
    return QStringLiteral(
        "m=$(modinfo -F version drbd 2>/dev/null); v=; [ -e /proc/drbd ] && v=$(sed -n "
        "'s/^version: \\([0-9][0-9.]*\\).*/\\1/p' /proc/drbd); case \"$v\" in 9.*) exit 0;; "
        "esac; if [ -n \"$v\" ]; then case \"$m\" in 9.*) echo \"DRBD $v is loaded and DRBD $m "
        "is installed: restart the host (or rmmod drbd while no resource is up)\" >&2;; *) echo "
        "\"DRBD $v is loaded; the volumes need DRBD 9\" >&2;; esac; exit 1; fi; case \"$m\" in "
        "9.*) modprobe drbd;; '') echo 'no drbd kernel module' >&2; exit 1;; *) echo \"DRBD $m "
        "is installed; the volumes need DRBD 9\" >&2; exit 1;; esac");
}

QStringList DockerRecipes::mirroredDeviceCandidates()
{
    // hive-builder's order (its drbd role): Azure's udev link to the first
    // data disk, then each platform's second disk, the root disk last.
    return {QStringLiteral("/dev/disk/azure/scsi1/lun0"),
            QStringLiteral("/dev/sdc"),
            QStringLiteral("/dev/sdb"),
            QStringLiteral("/dev/vdc"),
            QStringLiteral("/dev/vdb"),
            QStringLiteral("/dev/xvdb"),
            QStringLiteral("/dev/nvme1n1"),
            QStringLiteral("/dev/sda")};
}

QString DockerRecipes::mirroredDevicePick()
{
    // Sets d. First choice: a whole disk nobody uses (no partition, no
    // signature of a file system, LVM or RAID). Else, as the manual says,
    // the free space after the last partition of the first partitioned
    // disk becomes a new partition (1 GiB at least), flagged for LVM.
    // A disk in use is never written to.
    return QStringLiteral(
               "d=; for c in %1; do [ -b \"$c\" ] || continue; c=$(readlink -f \"$c\"); "
               "[ \"$(lsblk -dno TYPE \"$c\")\" = disk ] || continue; "
               "if [ \"$(lsblk -no NAME \"$c\" | wc -l)\" = 1 ] && [ -z \"$(blkid -p \"$c\" "
               "2>/dev/null)\" ]; then d=$c; break; fi; done; "
               "if [ -z \"$d\" ]; then for c in %1; do [ -b \"$c\" ] || continue; "
               "c=$(readlink -f \"$c\"); [ \"$(lsblk -dno TYPE \"$c\")\" = disk ] || continue; "
               "[ \"$(lsblk -no NAME \"$c\" | wc -l)\" -gt 1 ] || continue; "
               "set -- $(parted -sm \"$c\" unit s print free 2>/dev/null | tail -1 | grep "
               "':free;$' | awk -F: '{gsub(\"s\",\"\",$2); gsub(\"s\",\"\",$3); "
               "b=int(($2+2047)/2048)*2048; print b, $3, int(($3-b)/2048)}'); "
               "[ -n \"$3\" ] && [ \"$3\" -ge 1024 ] || continue; "
               "before=$(lsblk -lnpo NAME \"$c\"); parted -s \"$c\" unit s mkpart primary "
               "\"$1\" \"$2\" || exit 1; partprobe \"$c\" 2>/dev/null; command -v udevadm "
               ">/dev/null && udevadm settle; "
               "d=$(lsblk -lnpo NAME \"$c\" | grep -vxF \"$before\" | head -1); "
               "[ -n \"$d\" ] || { echo \"the new partition on $c does not show\" >&2; exit 1; }; "
               "n=$(cat /sys/class/block/${d##*/}/partition); parted -s \"$c\" set \"$n\" lvm "
               "on; break; done; fi; "
               "[ -n \"$d\" ] || { echo 'no unused disk and no free space (1 GiB or more) after "
               "the partitions of %2 for DRBD; add a disk, or set hive_mirrored_device or "
               "hive_no_mirrored_device' >&2; exit 1; }; ")
        .arg(mirroredDeviceCandidates().join(QLatin1Char(' ')),
             mirroredDeviceCandidates().join(QStringLiteral(", ")));
}

QList<HostChange> DockerRecipes::drbd(const SetupHostContext &c)
{
    return drbdPackages(c) + drbdStorage(c);
}

QList<HostChange> DockerRecipes::drbdPackages(const SetupHostContext &c)
{
    const HostFacts &f = c.facts;
    QList<HostChange> out;
    if (f.isRhel()) {
        out << HostChange::command(QStringLiteral("ELRepo (DRBD 9 packages)"),
                                   f.packagesInstalled({QStringLiteral("elrepo-release")}),
                                   f.installPackages({QStringLiteral("elrepo-release")}));
        out << HostChange::command(
            QStringLiteral("DRBD 9"),
            f.packagesInstalled({QStringLiteral("kmod-drbd9x"), QStringLiteral("drbd9x-utils"),
                                 QStringLiteral("lvm2"), QStringLiteral("parted")}),
            f.installPackages({QStringLiteral("kmod-drbd9x"), QStringLiteral("drbd9x-utils"),
                               QStringLiteral("lvm2"), QStringLiteral("parted")}));
    } else {
        out << HostChange::command(
            QStringLiteral("DRBD 9 utilities"),
            f.packagesInstalled(
                {QStringLiteral("drbd-utils"), QStringLiteral("lvm2"), QStringLiteral("parted")}),
            f.installPackages(
                {QStringLiteral("drbd-utils"), QStringLiteral("lvm2"), QStringLiteral("parted")}));
    }
    return out;
}

QList<HostChange> DockerRecipes::drbdStorage(const SetupHostContext &c)
{
    QList<HostChange> out;
    out << HostChange::file(QStringLiteral("DRBD loaded at boot"),
                            QStringLiteral("/etc/modules-load.d/drbd.conf"), "drbd\n");
    const QString noDevice = c.var(QStringLiteral("hive_no_mirrored_device"));
    if (noDevice == QLatin1String("true") || noDevice == QLatin1String("True"))
        return out;
    const QString device = c.var(QStringLiteral("hive_mirrored_device"));
    const QString pick = device.isEmpty()
                             ? mirroredDevicePick()
                             : QStringLiteral("d=%1; ").arg(ShellCommand::quote(device));
    // pvcreate without -f: a disk that is already a physical volume of
    // another volume group is refused, never taken over.
    out << HostChange::command(
        QStringLiteral("DRBD resource pool (LVM volume group drbdpool)"),
        // hive-builder's volume group on hosts it set up is used as it is.
        QStringLiteral("vgs drbdpool >/dev/null 2>&1 || vgs drbdvg >/dev/null 2>&1"),
        pick + QStringLiteral("pvcreate -y \"$d\" && vgcreate drbdpool \"$d\""));
    return out;
}

} // namespace hive
