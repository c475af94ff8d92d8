// What setup-hosts would do, without a host: the RHEL-family paths cannot run
// on the test bed, so the exact files and commands of every step for an
// AlmaLinux 9 host (and, for comparison, a Debian 12 one) are kept as golden
// files under tests/fixtures/setup-hosts/ and reviewed by hand. Set
// HIVE_UPDATE_GOLDEN=1 to rewrite them after an intended change, then read
// the diff. Also: the OS detection, the internal_cidr split, the hive's
// certificates (real OpenSSL, checked with Qt's TLS verification) and the
// registry's bcrypt credentials.
#include "data/value.h"
#include "inventory/internal_cidr_split.h"
#include "phases/setup_hosts/setup_hosts_phase.h"
#include "phases/setup_hosts/swarm_steps.h"
#include "project/context_file.h"
#include "recipes/applied_marker.h"
#include "recipes/docker_recipes.h"
#include "recipes/host_change_probe.h"
#include "recipes/host_facts.h"
#include "recipes/role_inputs.h"
#include "recipes/setup_host_context.h"
#include "recipes/system_recipes.h"
#include "recipes/task_commands.h"
#include "recipes/zabbix_recipes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

Value str(const char *s)
{
    return Value::string(QString::fromUtf8(s));
}

// One hive host with every optional variable set, so every branch of the
// recipes shows in the golden files.
SetupHostContext goldenContext(const HostFacts &facts)
{
    SetupHostContext c;
    c.host = QStringLiteral("p-hive0.golden.test");
    c.facts = facts;
    c.privateIp = QStringLiteral("192.168.30.4");
    c.netmask = QStringLiteral("255.255.255.0");
    c.cidr = QStringLiteral("192.168.30.0/24");
    c.isHive = true;
    c.adminUser = QStringLiteral("admin");
    c.wantedSshPort = 2222; // while ssh-port moves sshd, both ports are open
    c.dataPathPort = 8472;  // data_path_port (manual 13.13)
    for (int i = 0; i < 4; ++i)
        c.servers.append({QStringLiteral("p-hive%1.golden.test").arg(i),
                          QStringLiteral("192.168.30.%1").arg(4 + i)});
    c.repositoryHost = QStringLiteral("p-hive3.golden.test");
    c.repositoryIp = QStringLiteral("192.168.30.7");
    c.caPem = "-----BEGIN CERTIFICATE-----\n(the hive CA)\n-----END CERTIFICATE-----\n";
    c.certPem = "-----BEGIN CERTIFICATE-----\n(p-hive0's certificate)\n-----END CERTIFICATE-----\n";
    c.keyPem = "-----BEGIN PRIVATE KEY-----\n(p-hive0's key)\n-----END PRIVATE KEY-----\n";
    c.clientCertPem =
        "-----BEGIN CERTIFICATE-----\n(admin's certificate)\n-----END CERTIFICATE-----\n";
    c.clientKeyPem = "-----BEGIN PRIVATE KEY-----\n(admin's key)\n-----END PRIVATE KEY-----\n";
    c.registryCertPem =
        "-----BEGIN CERTIFICATE-----\n(the registry's certificate)\n-----END CERTIFICATE-----\n";
    c.registryKeyPem =
        "-----BEGIN PRIVATE KEY-----\n(the registry's key)\n-----END PRIVATE KEY-----\n";
    c.registryHtpasswd = "admin:$2b$10$goldengoldengoldengoldenu\n";
    c.registryUser = QStringLiteral("admin");
    c.proxyUrl = QStringLiteral("http://127.0.0.1:3128");
    c.proxyPort = 3128;
    c.registryMirror = QStringLiteral("http://mirror.golden.test:5000");
    c.pipIndexUrl = QStringLiteral("http://devpi.golden.test/root/pypi/+simple/");
    c.pipTrustedHost = QStringLiteral("devpi.golden.test");
    Value::Map vars;
    auto set = [&vars](const char *key, const Value &v) {
        vars.push_back({QString::fromUtf8(key), v, {}});
    };
    set("hive_provider", str("aws"));
    set("hive_timezone", str("Asia/Tokyo"));
    set("hive_locale", str("ja_JP.UTF-8"));
    set("hive_ntp_servers", Value::list({str("ntp.nict.jp"), str("ntp.jst.mfeed.ad.jp")}));
    set("hive_internal_cidr", str("172.20.0.0/16"));
    set("hive_ssh_source_ips", Value::list({str("203.0.113.0/24")}));
    set("hive_internal_net_if", str("eth1"));
    set("hive_yum_url", str("https://ftp.riken.jp/Linux/almalinux"));
    Value::Map group;
    group.push_back({QStringLiteral("gid"), Value::integer(2000), {}});
    set("hive_user_groups", Value::map({{QStringLiteral("ops"), Value::map(group), {}}}));
    Value::Map alice;
    alice.push_back({QStringLiteral("uid"), Value::integer(2001), {}});
    alice.push_back({QStringLiteral("group"), Value::integer(2000), {}});
    alice.push_back({QStringLiteral("id_rsa_pub"),
                     str("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGolden alice"),
                     {}});
    set("hive_users", Value::map({{QStringLiteral("alice"), Value::map(alice), {}}}));
    c.vars = Value::map(vars);
    return c;
}

QString fixtures()
{
    return QStringLiteral(HIVE_FIXTURES) + QStringLiteral("/setup-hosts");
}

} // namespace

class TestSetupHostsRecipes : public QObject
{
    Q_OBJECT

    void compareWithGolden(const QString &os, const HostFacts &facts)
    {
        const SetupHostContext c = goldenContext(facts);
        const bool update = qEnvironmentVariableIsSet("HIVE_UPDATE_GOLDEN");
        // The zabbix step's host part too (its API part runs against the bed).
        for (const QString &step :
             SetupHostsPhase::recipeSteps() + QStringList{QStringLiteral("zabbix")}) {
            SetupHostContext forStep = c;
            if (step == QLatin1String("registry") || step == QLatin1String("rsyslogd") ||
                step == QLatin1String("backup-tools") || step == QLatin1String("zabbix")) {
                forStep.host = c.repositoryHost;
                forStep.isRepository = true;
            }
            const QString text =
                QStringLiteral("# setup-hosts step %1 on %2 (%3)\n")
                    .arg(step, forStep.host, facts.prettyName) +
                HostChange::describe(
                    step == QLatin1String("zabbix")
                        ? ZabbixRecipes::server(forStep, QStringLiteral("golden-db"))
                        : SetupHostsPhase::changesFor(step, forStep, QStringLiteral("golden-pw")));
            const QString path = fixtures() + QLatin1Char('/') + os + QLatin1Char('/') + step +
                                 QStringLiteral(".txt");
            if (update) {
                QDir().mkpath(QFileInfo(path).path());
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(text.toUtf8());
                continue;
            }
            QFile f(path);
            QVERIFY2(
                f.open(QIODevice::ReadOnly),
                qPrintable(path + QStringLiteral(" is missing; run with HIVE_UPDATE_GOLDEN=1")));
            QCOMPARE(text, QString::fromUtf8(f.readAll()));
        }
    }

private slots:
    // hive_yum_url on AlmaLinux 9's own repository file (as the release
    // ships it), run by sh: the check sees the change to make, the change
    // points the base URL at the mirror and comments the mirror list out,
    // and then the check passes (a second run changes nothing).
    void yumUrlMovesTheRepositoriesToTheMirror()
    {
        QTemporaryDir dir;
        const QByteArray shipped =
            "[baseos]\nname=AlmaLinux $releasever - BaseOS\n"
            "mirrorlist=https://mirrors.almalinux.org/mirrorlist/$releasever/baseos\n"
            "# baseurl=https://repo.almalinux.org/almalinux/$releasever/BaseOS/$basearch/os/\n"
            "enabled=1\ngpgcheck=1\n";
        QFile repo(dir.filePath(QStringLiteral("almalinux-baseos.repo")));
        QVERIFY(repo.open(QIODevice::WriteOnly));
        repo.write(shipped);
        repo.close();
        HostChange change;
        for (const HostChange &c : SystemRecipes::base(goldenContext(HostFacts::almaLinux9()))) {
            if (c.what.contains(QLatin1String("hive_yum_url")))
                change = c;
        }
        QVERIFY(!change.check.isEmpty());
        const auto sh = [&](const QString &script) {
            QProcess p;
            p.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QString(script).replace(QStringLiteral("/etc/yum.repos.d"), dir.path())});
            p.waitForFinished(10000);
            return p.exitCode();
        };
        QCOMPARE(sh(change.check), 1);
        QCOMPARE(sh(change.apply), 0);
        QCOMPARE(sh(change.check), 0);
        QVERIFY(repo.open(QIODevice::ReadOnly));
        const QByteArray now = repo.readAll();
        QVERIFY2(now.contains("\n#mirrorlist=https://mirrors.almalinux.org/") &&
                     now.contains("\nbaseurl=https://ftp.riken.jp/Linux/almalinux/$releasever/"
                                  "BaseOS/$basearch/os/\n"),
                 now.constData());
    }

    // The DRBD probe, run by sh against stand-ins of /proc/drbd, modinfo and
    // modprobe: only DRBD 9 passes; an 8.4 module is never loaded; one
    // loaded while 9 is installed says to restart the host.
    void theDrbdProbeWantsVersion9()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
        const QString script = DockerRecipes::drbdAvailable().replace(
            QStringLiteral("/proc/drbd"), dir.filePath(QStringLiteral("drbd")));
        struct Case
        {
            const char *loaded, *installed;
            int exitCode;
            const char *says;
        };
        for (const Case &k : {Case{"9.2.8", "9.2.8", 0, ""}, Case{"", "9.2.8", 0, "modprobe drbd"},
                              Case{"8.4.11", "9.2.8", 1, "restart the host"},
                              Case{"8.4.11", "8.4.11", 1, "the volumes need DRBD 9"},
                              Case{"", "8.4.11", 1, "DRBD 8.4.11 is installed"},
                              Case{"", "", 1, "no drbd kernel module"}}) {
            const auto write = [&](const QString &name, const QByteArray &text) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(text);
                f.close();
                f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            };
            write(QStringLiteral("bin/modinfo"),
                  *k.installed ? "#!/bin/sh\necho " + QByteArray(k.installed) + "\n"
                               : QByteArray("#!/bin/sh\nexit 1\n"));
            write(QStringLiteral("bin/modprobe"), "#!/bin/sh\necho modprobe \"$@\" >&2\n");
            QFile::remove(dir.filePath(QStringLiteral("drbd")));
            if (*k.loaded)
                write(QStringLiteral("drbd"),
                      "version: " + QByteArray(k.loaded) + " (api:2/proto:86-122)\n");
            QProcess sh;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PATH"),
                       dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin"));
            sh.setProcessEnvironment(env);
            sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
            QVERIFY(sh.waitForFinished(10000));
            const QByteArray said = sh.readAllStandardError();
            QVERIFY2(sh.exitCode() == k.exitCode && said.contains(k.says),
                     qPrintable(QStringLiteral("%1/%2: exit %3, %4")
                                    .arg(QLatin1String(k.loaded), QLatin1String(k.installed))
                                    .arg(sh.exitCode())
                                    .arg(QString::fromUtf8(said))));
        }
    }

    // hive-builder's proxy variables unset since a run wrote them: what was
    // written is taken away (the golden files show them set).
    void proxySettingsUnsetAreTakenAway()
    {
        for (const HostFacts &facts : {HostFacts::debian12(), HostFacts::almaLinux9()}) {
            SetupHostContext c = goldenContext(facts);
            c.proxyUrl.clear();
            c.pipIndexUrl.clear();
            c.pipTrustedHost.clear();
            c.registryMirror.clear();
            const QString text = HostChange::describe(SystemRecipes::proxy(c));
            QVERIFY2(text.contains(QLatin1String(
                         "sed -i '/^# BEGIN hive proxy$/,/^# END hive proxy$/d' /etc/environment")),
                     qPrintable(text));
            QVERIFY2(text.contains(facts.isRhel()
                                       ? QLatin1String("/etc/dnf/dnf.conf")
                                       : QLatin1String("rm -f /etc/apt/apt.conf.d/95hive-proxy")),
                     qPrintable(text));
            QVERIFY(!text.contains(QLatin1String("127.0.0.1:3128")));
            QVERIFY2(
                text.contains(QLatin1String("rm -f /etc/ssh/sshd_config.d/12-hive-proxy.conf")),
                qPrintable(text));
            c.proxyPort = 0;
            QVERIFY(
                !HostChange::describe(SystemRecipes::iptables(c)).contains(QLatin1String("3128")));
            const QString docker = HostChange::describe(DockerRecipes::docker(c));
            QVERIFY2(docker.contains(QLatin1String(
                         "rm -f /etc/systemd/system/docker.service.d/http-proxy.conf")),
                     qPrintable(docker));
            QVERIFY(!docker.contains(QLatin1String("registry-mirrors")));
        }
    }

    // dexec, dsh and dcp run against a stand-in `docker` that answers as a
    // swarm would: the local engine is no manager, p-hive1's TLS API is;
    // web's first task runs on p-hive2, its second on a node known by its
    // short name.
    void taskCommandsRunWhereTheTaskRuns()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const auto writeExecutable = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        };
        writeExecutable(bin + QStringLiteral("/docker"),
                        "#!/bin/sh\n"
                        "echo \"DOCKER_HOST=${DOCKER_HOST:-} $*\" >> \"$FAKE_LOG\"\n"
                        "case \"$*\" in\n"
                        "  'info --format'*) echo false ;;\n"
                        "  '-H tcp://p-hive1.x.example:2376 --tlsverify info'*) echo true ;;\n"
                        "  '-H tcp://'*' info'*) echo false ;;\n"
                        "  'service inspect'*' web') echo id ;;\n"
                        "  'service inspect'*) exit 1 ;;\n"
                        "  'service ps'*) printf 'p-hive2.x.example web.1.aaa Running 5 min\\n"
                        " web.3.ccc Pending 2 s\\np-hive0 web.2.bbb Running 5 min\\n' ;;\n"
                        "  *) echo \"RAN $*\" ;;\n"
                        "esac\n");
        const QByteArray script = TaskCommands::script({QStringLiteral("p-hive0.x.example"),
                                                        QStringLiteral("p-hive1.x.example"),
                                                        QStringLiteral("p-hive3.x.example")},
                                                       QStringLiteral("x.example"));
        for (const char *name : {"dexec", "dsh", "dcp"})
            writeExecutable(bin + QLatin1Char('/') + QLatin1String(name), script);
        const QString log = dir.filePath(QStringLiteral("log"));
        struct Ran
        {
            int code;
            QString out, err;
        };
        const auto run = [&](const QString &command, const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
            env.insert(QStringLiteral("FAKE_LOG"), log);
            env.remove(QStringLiteral("DOCKER_HOST"));
            p.setProcessEnvironment(env);
            p.start(bin + QLatin1Char('/') + command, args);
            p.waitForFinished(10000);
            return Ran{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        // No terminal here (a pipe): dexec asks for none (-i, not -it).
        Ran r = run(QStringLiteral("dexec"), {QStringLiteral("web"), QStringLiteral("hostname")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral(
                     "RAN -H tcp://p-hive2.x.example:2376 --tlsverify exec -i web.1.aaa hostname")),
                 qPrintable(r.out + r.err));
        // The tasks were asked of p-hive1, the manager that answered.
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().contains("DOCKER_HOST=tcp://p-hive1.x.example:2376 service ps"),
                 "asked a manager");
        r = run(QStringLiteral("dexec"),
                {QStringLiteral("-2"), QStringLiteral("-n"), QStringLiteral("web"),
                 QStringLiteral("ls"), QStringLiteral("-l")});
        QVERIFY2(r.out.contains(QStringLiteral(
                     "-H tcp://p-hive0.x.example:2376 --tlsverify exec -i web.2.bbb ls -l")),
                 qPrintable(r.out + r.err));
        r = run(QStringLiteral("dcp"),
                {QStringLiteral("web:/etc/hosts"), QStringLiteral("/tmp/x")});
        QVERIFY2(r.out.contains(QStringLiteral("cp web.1.aaa:/etc/hosts /tmp/x")),
                 qPrintable(r.out + r.err));
        r = run(QStringLiteral("dcp"),
                {QStringLiteral("-a"), QStringLiteral("./data"), QStringLiteral("web:/srv")});
        QVERIFY2(r.out.contains(QStringLiteral("cp -a ./data web.1.aaa:/srv")),
                 qPrintable(r.out + r.err));
        // A local path with a colon is a path, not SERVICE:PATH.
        r = run(QStringLiteral("dcp"),
                {QStringLiteral("./backup-12:30.tar"), QStringLiteral("web:/tmp")});
        QVERIFY2(r.out.contains(QStringLiteral("cp ./backup-12:30.tar web.1.aaa:/tmp")),
                 qPrintable(r.out + r.err));
        r = run(QStringLiteral("dsh"), {QStringLiteral("web")});
        QVERIFY2(r.out.contains(QStringLiteral("exec -it -e TERM=")) &&
                     r.out.contains(QStringLiteral("web.1.aaa /bin/sh -c")),
                 qPrintable(r.out + r.err));
        r = run(QStringLiteral("dexec"), {QStringLiteral("nosuch"), QStringLiteral("true")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no service named nosuch")), qPrintable(r.err));
        r = run(QStringLiteral("dexec"),
                {QStringLiteral("-3"), QStringLiteral("web"), QStringLiteral("true")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no running task number 3")), qPrintable(r.err));
        r = run(QStringLiteral("dsh"), {QStringLiteral("web"), QStringLiteral("extra")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("usage: dsh")), qPrintable(r.err));
    }

    void osReleaseIsRead()
    {
        const HostFacts alma = HostFacts::almaLinux9();
        QVERIFY(alma.isRhel());
        QCOMPARE(alma.majorVersion(), 9);
        QString why;
        QVERIFY(alma.supported(why));
        QVERIFY(HostFacts::debian12().supported(why));
        const HostFacts ubuntu = HostFacts::fromOsRelease(
            "NAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nID=ubuntu\nID_LIKE=debian\n"
            "PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\n");
        QCOMPARE(ubuntu.family, HostFacts::Family::Debian);
        QVERIFY(ubuntu.supported(why));
        const HostFacts centos7 = HostFacts::fromOsRelease(
            "NAME=\"CentOS Linux\"\nVERSION_ID=\"7\"\nID=\"centos\"\nID_LIKE=\"rhel fedora\"\n"
            "PRETTY_NAME=\"CentOS Linux 7 (Core)\"\n");
        QVERIFY(centos7.isRhel());
        QVERIFY(!centos7.supported(why));
        QVERIFY2(why.contains(QStringLiteral("CentOS Linux 7")), qPrintable(why));
        QVERIFY(!HostFacts::fromOsRelease("ID=alpine\nVERSION_ID=3.19\n").supported(why));
    }

    void internalCidrIsSplitAsTheManualSays()
    {
        InternalCidrSplit s;
        QString error;
        QVERIFY(InternalCidrSplit::compute(QStringLiteral("172.20.0.0/16"), s, error));
        QCOMPARE(s.overlay, QStringLiteral("172.20.0.0/18"));
        QCOMPARE(s.ingress, QStringLiteral("172.20.64.0/18"));
        QCOMPARE(s.gwbridge, QStringLiteral("172.20.128.0/19"));
        QCOMPARE(s.docker0, QStringLiteral("172.20.160.0/19"));
        QCOMPARE(s.registry, QStringLiteral("172.20.192.0/19"));
        QCOMPARE(s.zabbix, QStringLiteral("172.20.224.0/19"));
        QCOMPARE(s.bip, QStringLiteral("172.20.160.1/19"));
        QVERIFY(!InternalCidrSplit::compute(QStringLiteral("172.20.0.0/27"), s, error));
        QVERIFY2(error.contains(QStringLiteral("172.20.0.0/27")), qPrintable(error));
        QVERIFY(!InternalCidrSplit::compute(QStringLiteral("172.20.0.1/16"), s, error));
        QVERIFY2(error.contains(QStringLiteral("internal_cidr")), qPrintable(error));
    }

    void almaLinux9StepsMatchTheirGoldenFiles()
    {
        compareWithGolden(QStringLiteral("almalinux9"), HostFacts::almaLinux9());
    }
    void debian12StepsMatchTheirGoldenFiles()
    {
        compareWithGolden(QStringLiteral("debian12"), HostFacts::debian12());
    }

    void secretsNeverShow()
    {
        const SetupHostContext c = goldenContext(HostFacts::debian12());
        QString all;
        for (const QString &step : SetupHostsPhase::recipeSteps())
            all += HostChange::describe(
                SetupHostsPhase::changesFor(step, c, QStringLiteral("s3cret-Registry-pw")));
        QVERIFY(!all.contains(QStringLiteral("s3cret-Registry-pw")));
        QVERIFY(!all.contains(QStringLiteral("p-hive0's key")));
        QVERIFY(!all.contains(QStringLiteral("admin's key")));
        QVERIFY(all.contains(QStringLiteral("(secret: ")));
        // Nor on the command lines that run (ps, sudo's log on the host):
        // the registry password goes to `docker login` on standard input.
        bool given = false;
        // The zabbix step's host part too (its API part runs against the bed).
        for (const QString &step :
             SetupHostsPhase::recipeSteps() + QStringList{QStringLiteral("zabbix")}) {
            SetupHostContext forStep = c;
            forStep.host = c.repositoryHost; // the registry's own login too
            forStep.isRepository = true;
            for (const HostChange &change :
                 SetupHostsPhase::changesFor(step, forStep, QStringLiteral("s3cret-Registry-pw"))) {
                QVERIFY2(!change.apply.contains(QStringLiteral("s3cret-Registry-pw")) &&
                             !change.check.contains(QStringLiteral("s3cret-Registry-pw")),
                         qPrintable(change.what));
                given = given || change.applyInput == "s3cret-Registry-pw\n";
            }
        }
        QVERIFY(given);
        // The swarm's join token: in the API request on standard input.
        QVERIFY(!SwarmSteps::joinCommand().contains(QStringLiteral("SWMTKN")));
        QVERIFY(SwarmSteps::joinCommand().contains(QStringLiteral("--data-binary @-")));
        CommandResult r;
        r.status = CommandResult::Status::Exited;
        r.exitCode = 0;
        r.stdoutText = QStringLiteral("\n200\n");
        QString failure;
        QVERIFY(SwarmSteps::joined(r, failure));
        r.stdoutText = QStringLiteral("{\"message\":\"Timeout was reached before node joined. "
                                      "The attempt to join the swarm will continue in the "
                                      "background.\"}\n503\n");
        QVERIFY(!SwarmSteps::joined(r, failure));
        QVERIFY2(failure.startsWith(QStringLiteral("Timeout was reached")), qPrintable(failure));
        r.exitCode = 127;
        r.stderrText = QStringLiteral("sh: 1: curl: not found");
        QVERIFY(!SwarmSteps::joined(r, failure));
        QVERIFY2(failure.contains(QStringLiteral("curl is needed")), qPrintable(failure));
    }

    // The registry-login check runs in a real shell against real config
    // files: only an entry holding these very credentials passes, so an
    // entry left by an earlier password is logged in again (before, any
    // entry for the registry passed and pushes failed "unauthorized").
    // The admin's config.json gets the proxy beside what it holds, run by
    // the real python3 on a real file; without a proxy only ours goes.
    void theAdminsDockerClientGetsTheProxy()
    {
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(id.waitForFinished(5000));
        SetupHostContext c = goldenContext(HostFacts::debian12());
        c.adminUser = QString::fromUtf8(id.readAllStandardOutput().trimmed());
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString path = home.filePath(QStringLiteral(".docker/config.json"));
        auto run = [](const QString &command, QByteArray *err = nullptr) {
            QProcess sh;
            sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
            if (!sh.waitForFinished(10000))
                return -1;
            if (err)
                *err = sh.readAllStandardError();
            return sh.exitCode();
        };
        auto read = [&path]() {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                               : QJsonObject();
        };
        const HostChange set = DockerRecipes::clientProxy(c, home.path());
        QVERIFY(set.what.contains(QLatin1String("proxy")));
        QCOMPARE(run(set.check), 1); // no config.json yet
        QCOMPARE(run(set.apply), 0);
        QCOMPARE(run(set.check), 0);
        QJsonObject proxy = read()[QLatin1String("proxies")][QLatin1String("default")].toObject();
        QCOMPARE(proxy[QLatin1String("httpProxy")].toString(),
                 QStringLiteral("http://192.168.30.4:3128"));
        QCOMPARE(proxy[QLatin1String("httpsProxy")].toString(),
                 QStringLiteral("http://192.168.30.4:3128"));
        QVERIFY(proxy[QLatin1String("noProxy")].toString().contains(
            QLatin1String("p-hive3.golden.test,p-hive3,192.168.30.7")));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);

        // A login made meanwhile stays; unset, only our entry goes.
        QJsonObject withLogin = read();
        withLogin.insert(QStringLiteral("auths"),
                         QJsonObject{{QStringLiteral("r.test:5000"), QJsonObject{}}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(withLogin).toJson());
        f.close();
        c.proxyPort = 0;
        const HostChange unset = DockerRecipes::clientProxy(c, home.path());
        // Without a proxy, a file that does not mention one is known to be
        // as wanted before Python is started.
        QVERIFY(unset.check.startsWith(QLatin1String("grep -qs")));
        QCOMPARE(run(unset.check), 1);
        QCOMPARE(run(unset.apply), 0);
        QCOMPARE(run(unset.check), 0);
        QVERIFY(!read().contains(QLatin1String("proxies")));
        QVERIFY(read()[QLatin1String("auths")].toObject().contains(QLatin1String("r.test:5000")));
        QVERIFY(QFile::remove(path));
        QCOMPARE(run(unset.check), 0); // no file: no proxy

        // Somebody else's proxy is theirs.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"proxies\": {\"default\": {\"httpProxy\": \"http://corp.test:8080\"}}}");
        f.close();
        QCOMPARE(run(unset.check), 0);

        // A file that is not JSON is named, and stays as it was.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"auths\": ");
        f.close();
        QByteArray err;
        QVERIFY(run(set.apply, &err) != 0);
        QVERIFY2(err.contains(path.toUtf8()) && err.contains("not JSON"), err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"auths\": "));
    }

    void registryLoginCheckComparesTheCredentials()
    {
        SetupHostContext c = goldenContext(HostFacts::debian12());
        const QList<HostChange> login = DockerRecipes::registryLogin(c, QStringLiteral("pw-now"));
        QCOMPARE(login.size(), 1);
        QCOMPARE(login.first().checkInput, QByteArray("pw-now\n"));
        QVERIFY(!login.first().check.contains(QStringLiteral("pw-now")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto check = [&](const QByteArray &config) {
            if (!config.isNull()) {
                QFile f(dir.filePath(QStringLiteral("config.json")));
                if (!f.open(QIODevice::WriteOnly) || f.write(config) != config.size())
                    return -1;
            }
            QProcess sh;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DOCKER_CONFIG"), dir.path());
            sh.setProcessEnvironment(env);
            sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), login.first().check});
            sh.write(login.first().checkInput);
            sh.closeWriteChannel();
            if (!sh.waitForFinished(10000))
                return -1;
            return sh.exitCode();
        };
        const QByteArray registry = c.registry().toUtf8();
        auto entry = [&](const QByteArray &host, const QByteArray &credentials) {
            return "{\n\t\"auths\": {\n\t\t\"" + host + "\": {\n\t\t\t\"auth\": \"" +
                   credentials.toBase64() + "\"\n\t\t}\n\t}\n}\n";
        };
        QCOMPARE(check(QByteArray()), 1); // no config.json: log in
        const QByteArray user = c.registryUser.toUtf8();
        QCOMPARE(check(entry(registry, user + ":pw-now")), 0);
        QCOMPARE(check(entry(registry, user + ":pw-before")), 1);
        QCOMPARE(check(entry("other.test:5000", user + ":pw-now")), 1);
        QCOMPARE(check(entry(registry, "someone:pw-now")), 1);
    }

    // A step asks what is in place in one script: run here by a real shell on
    // real files, each finding matches what the change would find on its own,
    // a check that exits or reads its input does not end the script, and a
    // hostile path stays one word.
    void oneProbeFindsWhatIsInPlace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString same = dir.filePath(QStringLiteral("same.conf"));
        const QString other = dir.filePath(QStringLiteral("other.conf"));
        const QString modeOff = dir.filePath(QStringLiteral("mode.conf"));
        const QString hostile = dir.filePath(QStringLiteral("it's $(touch pwned) x.conf"));
        // sha256sum writes such a name escaped, its line starting with "\".
        const QString escaped = dir.filePath(QStringLiteral("new\nline \\ x.conf"));
        for (const QString &p : {same, other, modeOff, hostile, escaped}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("content\n");
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                             QFile::ReadOther);
        }
        QFile::setPermissions(modeOff, QFile::ReadOwner | QFile::WriteOwner);
        auto file = [](const QString &path, const QByteArray &content) {
            HostChange c = HostChange::file(QStringLiteral("f"), path, content, 0644);
            c.owner.clear(); // whoever runs the test
            c.group.clear();
            return c;
        };
        HostChange withInput = HostChange::command(
            QStringLiteral("secret"), QStringLiteral("cat >/dev/null"), QStringLiteral("true"));
        withInput.checkInput = "password";
        const QList<HostChange> changes{
            file(same, "content\n"),
            file(other, "new content\n"),
            file(modeOff, "content\n"),
            file(dir.filePath(QStringLiteral("missing.conf")), "x"),
            file(hostile, "content\n"),
            HostChange::command(QStringLiteral("passes"), QStringLiteral("test -d /"),
                                QStringLiteral("true")),
            HostChange::command(QStringLiteral("fails"), QStringLiteral("exit 3"),
                                QStringLiteral("true")),
            HostChange::command(QStringLiteral("no check"), QString(), QStringLiteral("true")),
            withInput,
            HostChange::command(QStringLiteral("after the others"), QStringLiteral("true"),
                                QStringLiteral("true")),
            file(escaped, "content\n"),
            file(dir.filePath(QStringLiteral("gone.conf")), "x"),
            file(same, "other content\n"),
        };
        QDir(dir.path()).mkdir(QStringLiteral("pending"));
        QFile marker(dir.filePath(QStringLiteral("pending/0123abcd")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QProcess sh;
        sh.setWorkingDirectory(dir.path());
        sh.start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             HostChangeProbe::script(changes, dir.filePath(QStringLiteral("pending")),
                                     {QStringLiteral("0123abcd"), QStringLiteral("4567ef01")})});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QStringList markers;
        using F = HostChangeProbe::Finding;
        const QList<F> found =
            HostChangeProbe::read(changes, QString::fromUtf8(sh.readAllStandardOutput()), markers);
        const QList<F> expected{F::InPlace, F::Needed, F::Needed,  F::Needed,  F::InPlace,
                                F::InPlace, F::Needed, F::Unknown, F::Unknown, F::InPlace,
                                F::InPlace, F::Needed, F::Needed};
        QCOMPARE(found, expected);
        QCOMPARE(markers, QStringList{QStringLiteral("0123abcd")});
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
        // All the files are asked with two processes, not two each.
        const QString script = HostChangeProbe::script(changes, QString(), {});
        QCOMPARE(script.count(QStringLiteral("sha256sum")), 1);
        QCOMPARE(script.count(QStringLiteral("stat -c")), 1);
        // A files' answer that does not add up (a file gone between the
        // test and stat) leaves the files unanswered, not taken in place.
        const QString answer =
            QStringLiteral("f 0 4\ns 644 a b\nh\n%1  x\ne\n").arg(QString(64, QLatin1Char('0')));
        const QList<F> partial = HostChangeProbe::read(changes, answer, markers);
        QCOMPARE(partial.at(0), F::Unknown);
        QCOMPARE(partial.at(4), F::Unknown);
        // No answer (a script cut short) is not taken for "in place".
        QCOMPARE(HostChangeProbe::read(changes, QString(), markers),
                 QList<F>(changes.size(), F::Unknown));
    }

    // What a role reads, as one fingerprint: the same for the same files,
    // another for any change of a file's content, name or presence, and of
    // the inventory; not for what Python leaves beside a plugin. A folder
    // linked into itself is read once.
    void aRolesFingerprintFollowsWhatItReads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        auto write = [&](const QString &relative, const QByteArray &content) {
            QDir().mkpath(QFileInfo(root + QLatin1Char('/') + relative).path());
            QFile f(root + QLatin1Char('/') + relative);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(QStringLiteral("roles/addon/tasks/main.yml"), "- debug: msg=hi\n");
        write(QStringLiteral("roles/addon/files/app.conf"), "a=1\n");
        write(QStringLiteral("roles/addon/filter_plugins/x.py"), "def f(): pass\n");
        write(QStringLiteral("inventory.json"), "{}");
        auto fingerprint = [&] {
            RoleInputs in = RoleInputs::ofProject(root);
            in.addFile(QStringLiteral("inventory"), root + QStringLiteral("/inventory.json"));
            return in.fingerprint();
        };
        const QString first = fingerprint();
        QCOMPARE(first.size(), 64);
        QCOMPARE(fingerprint(), first);
        write(QStringLiteral("roles/addon/filter_plugins/__pycache__/x.cpython-311.pyc"), "\x01");
        QCOMPARE(fingerprint(), first);
        write(QStringLiteral("roles/addon/files/app.conf"), "a=2\n");
        const QString content = fingerprint();
        QVERIFY(content != first);
        write(QStringLiteral("roles/addon/files/app.conf"), "a=1\n");
        QCOMPARE(fingerprint(), first);
        QVERIFY(QFile::rename(root + QStringLiteral("/roles/addon/files/app.conf"),
                              root + QStringLiteral("/roles/addon/files/other.conf")));
        QVERIFY(fingerprint() != first);
        QVERIFY(QFile::rename(root + QStringLiteral("/roles/addon/files/other.conf"),
                              root + QStringLiteral("/roles/addon/files/app.conf")));
        write(QStringLiteral("lib/my_module.py"), "print()\n");
        QVERIFY(fingerprint() != first);
        QVERIFY(QFile::remove(root + QStringLiteral("/lib/my_module.py")));
        write(QStringLiteral("inventory.json"), "{\"all\": {}}");
        QVERIFY(fingerprint() != first);
        write(QStringLiteral("inventory.json"), "{}");
        QVERIFY(QFile::link(root + QStringLiteral("/roles"),
                            root + QStringLiteral("/roles/addon/loop")));
        const QString linked = fingerprint(); // the link itself is new; its loop ends
        QVERIFY(linked != first);
        // A link pointed at another folder read already is still a change.
        QVERIFY(QFile::remove(root + QStringLiteral("/roles/addon/loop")));
        QVERIFY(QFile::link(root + QStringLiteral("/roles/addon/files"),
                            root + QStringLiteral("/roles/addon/loop")));
        QVERIFY(fingerprint() != linked);
    }

    // The marker of a role's last good run, kept in a folder of this
    // machine (a service's task): only a fingerprint is taken, and removing
    // it before a run makes the next run apply again.
    void anAppliedMarkerInAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("applied"));
        const AppliedMarker marker(folder, QStringLiteral("web"));
        const QString fingerprint(64, QLatin1Char('a'));
        QVERIFY(!marker.matches(fingerprint));
        QString error;
        QVERIFY2(marker.write(fingerprint, error), qPrintable(error));
        QVERIFY(marker.matches(fingerprint));
        QVERIFY(!marker.matches(QString(64, QLatin1Char('b'))));
        QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(!marker.write(QStringLiteral("not a fingerprint"), error));
        QVERIFY(marker.remove(error));
        QVERIFY(!marker.matches(fingerprint));
        // A name that is not a plain file name stays inside the folder.
        const AppliedMarker hostile(folder, QStringLiteral("../../etc/passwd"));
        QVERIFY(hostile.path().startsWith(folder + QLatin1Char('/')));
        QVERIFY(!hostile.path().contains(QLatin1String("..")));
    }
};

QTEST_GUILESS_MAIN(TestSetupHostsRecipes)
#include "tst_setup_hosts_recipes.moc"
