// What setup-hosts would do, without a host: the RHEL-family paths cannot run
// on the test bed, so the exact files and commands of every step for an
// AlmaLinux 9 host (and, for comparison, a Debian 12 one) are kept as golden
// files under tests/fixtures/setup-hosts/ and reviewed by hand. Set
// HIVE_UPDATE_GOLDEN=1 to rewrite them after an intended change, then read
// the diff. Also: the OS detection, the internal_cidr split, the hive's
// certificates (real OpenSSL, checked with Qt's TLS verification) and the
// registry's bcrypt credentials.
#include "access/hive_certificates.h"
#include "access/registry_credentials.h"
#include "data/value.h"
#include "inventory/internal_cidr_split.h"
#include "phases/setup_hosts/setup_hosts_phase.h"
#include "phases/setup_hosts/swarm_steps.h"
#include "project/context_file.h"
#include "recipes/host_facts.h"
#include "recipes/setup_host_context.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

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

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
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
        for (const QString &step : SetupHostsPhase::recipeSteps()) {
            SetupHostContext forStep = c;
            if (step == QLatin1String("registry") || step == QLatin1String("rsyslogd")) {
                forStep.host = c.repositoryHost;
                forStep.isRepository = true;
            }
            const QString text = QStringLiteral("# setup-hosts step %1 on %2 (%3)\n")
                                     .arg(step, forStep.host, facts.prettyName) +
                                 HostChange::describe(SetupHostsPhase::changesFor(
                                     step, forStep, QStringLiteral("golden-pw")));
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
        for (const QString &step : SetupHostsPhase::recipeSteps()) {
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

    void certificatesAreMadeOnceAndVerify()
    {
        QTemporaryDir dir;
        HiveCertificates pki(dir.path());
        QString error;
        const QStringList names{QStringLiteral("p-hive0.c.test"), QStringLiteral("p-hive0"),
                                QStringLiteral("192.168.30.4")};
        // Check mode on an empty context: would make, makes nothing.
        QCOMPARE(pki.ensureCa(QStringLiteral("c.test"), true, error),
                 HiveCertificates::Outcome::Created);
        QVERIFY(!QFile::exists(pki.caCertPath()));
        QCOMPARE(pki.ensureCa(QStringLiteral("c.test"), false, error),
                 HiveCertificates::Outcome::Created);
        QCOMPARE(pki.ensureHost(QStringLiteral("p-hive0.c.test"), names, false, error),
                 HiveCertificates::Outcome::Created);
        QCOMPARE(pki.ensureClient(QStringLiteral("admin"), false, error),
                 HiveCertificates::Outcome::Created);
        for (const QString &f :
             {pki.caCertPath(), pki.caKeyPath(), pki.hostCertPath(QStringLiteral("p-hive0.c.test")),
              pki.hostKeyPath(QStringLiteral("p-hive0.c.test")),
              pki.clientDir() + QStringLiteral("/key.pem")})
            QCOMPARE(modeOf(f), 0600);

        // Verified by Qt's TLS backend against the CA, for its names.
        const auto ca = QSslCertificate::fromPath(pki.caCertPath());
        const auto host =
            QSslCertificate::fromPath(pki.hostCertPath(QStringLiteral("p-hive0.c.test")));
        QCOMPARE(ca.size(), 1);
        QCOMPARE(host.size(), 1);
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(ca);
        QSslConfiguration::setDefaultConfiguration(trust);
        const auto errors = QSslCertificate::verify(host + ca, QStringLiteral("p-hive0.c.test"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
        QVERIFY(QSslCertificate::verify(host + ca, QStringLiteral("p-hive0")).isEmpty());
        QVERIFY(!QSslCertificate::verify(host + ca, QStringLiteral("p-hive1.c.test")).isEmpty());
        const auto client =
            QSslCertificate::fromPath(pki.clientDir() + QStringLiteral("/cert.pem"));
        QCOMPARE(client.value(0).subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("admin"));
        QVERIFY(QSslCertificate::verify(client + ca).isEmpty());
        QCOMPARE(ContextFile::read(pki.clientDir() + QStringLiteral("/ca.pem")),
                 ContextFile::read(pki.caCertPath()));

        // Server certificates are for servers only; the admin's client
        // certificate is one per host, and the registry has its own.
        const auto usage = [](const QString &path) {
            for (const QSslCertificateExtension &e :
                 QSslCertificate::fromPath(path).value(0).extensions()) {
                if (e.name() == QLatin1String("extendedKeyUsage"))
                    return e.value().toStringList().join(QStringLiteral(", "));
            }
            return QString();
        };
        QVERIFY2(usage(pki.hostCertPath(QStringLiteral("p-hive0.c.test"))) ==
                     QLatin1String("TLS Web Server Authentication"),
                 qPrintable(usage(pki.hostCertPath(QStringLiteral("p-hive0.c.test")))));
        QCOMPARE(pki.ensureAdminClient(QStringLiteral("p-hive0.c.test"), QStringLiteral("admin"),
                                       false, error),
                 HiveCertificates::Outcome::Created);
        QCOMPARE(pki.ensureAdminClient(QStringLiteral("p-hive1.c.test"), QStringLiteral("admin"),
                                       false, error),
                 HiveCertificates::Outcome::Created);
        QCOMPARE(pki.ensureRegistry(names, false, error), HiveCertificates::Outcome::Created);
        QCOMPARE(usage(pki.adminCertPath(QStringLiteral("p-hive0.c.test"))),
                 QStringLiteral("TLS Web Client Authentication"));
        QCOMPARE(usage(pki.registryCertPath()), QStringLiteral("TLS Web Server Authentication"));
        const QByteArray adminKey0 =
            ContextFile::read(pki.adminKeyPath(QStringLiteral("p-hive0.c.test")));
        QVERIFY(adminKey0 != ContextFile::read(pki.adminKeyPath(QStringLiteral("p-hive1.c.test"))));
        QVERIFY(adminKey0 != ContextFile::read(pki.clientDir() + QStringLiteral("/key.pem")));
        QVERIFY(ContextFile::read(pki.registryKeyPath()) !=
                ContextFile::read(pki.hostKeyPath(QStringLiteral("p-hive0.c.test"))));
        for (const QString &f :
             {pki.adminKeyPath(QStringLiteral("p-hive0.c.test")), pki.registryKeyPath()})
            QCOMPARE(modeOf(f), 0600);
        QCOMPARE(QSslCertificate::fromPath(pki.adminCertPath(QStringLiteral("p-hive1.c.test")))
                     .value(0)
                     .subjectInfo(QSslCertificate::CommonName)
                     .value(0),
                 QStringLiteral("admin@p-hive1.c.test"));
        QCOMPARE(pki.ensureRegistry(names, false, error), HiveCertificates::Outcome::Kept);

        // Second time: kept, byte for byte.
        const QByteArray before =
            ContextFile::read(pki.hostCertPath(QStringLiteral("p-hive0.c.test")));
        QCOMPARE(pki.ensureCa(QStringLiteral("c.test"), false, error),
                 HiveCertificates::Outcome::Kept);
        QCOMPARE(pki.ensureHost(QStringLiteral("p-hive0.c.test"), names, false, error),
                 HiveCertificates::Outcome::Kept);
        QCOMPARE(pki.ensureClient(QStringLiteral("admin"), false, error),
                 HiveCertificates::Outcome::Kept);
        QCOMPARE(ContextFile::read(pki.hostCertPath(QStringLiteral("p-hive0.c.test"))), before);
        // A server certificate of an earlier version, for servers and
        // clients at once (same CA, key and names; made by openssl), is
        // made again for servers only.
        QFile ext(dir.filePath(QStringLiteral("earlier.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("extendedKeyUsage=serverAuth,clientAuth\n"
                  "subjectAltName=DNS:p-hive0.c.test,DNS:p-hive0,IP:192.168.30.4\n");
        ext.close();
        const QString csr = dir.filePath(QStringLiteral("earlier.csr"));
        QCOMPARE(QProcess::execute(
                     QStringLiteral("openssl"),
                     {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                      pki.hostKeyPath(QStringLiteral("p-hive0.c.test")), QStringLiteral("-subj"),
                      QStringLiteral("/CN=p-hive0.c.test"), QStringLiteral("-out"), csr}),
                 0);
        QCOMPARE(QProcess::execute(
                     QStringLiteral("openssl"),
                     {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                      QStringLiteral("-CA"), pki.caCertPath(), QStringLiteral("-CAkey"),
                      pki.caKeyPath(), QStringLiteral("-days"), QStringLiteral("800"),
                      QStringLiteral("-extfile"), ext.fileName(), QStringLiteral("-out"),
                      pki.hostCertPath(QStringLiteral("p-hive0.c.test"))}),
                 0);
        QCOMPARE(usage(pki.hostCertPath(QStringLiteral("p-hive0.c.test"))),
                 QStringLiteral("TLS Web Server Authentication, TLS Web Client Authentication"));
        QCOMPARE(pki.ensureHost(QStringLiteral("p-hive0.c.test"), names, false, error),
                 HiveCertificates::Outcome::Created);
        QCOMPARE(usage(pki.hostCertPath(QStringLiteral("p-hive0.c.test"))),
                 QStringLiteral("TLS Web Server Authentication"));
        QCOMPARE(pki.ensureHost(QStringLiteral("p-hive0.c.test"), names, false, error),
                 HiveCertificates::Outcome::Kept);
        // A changed address needs a new certificate.
        QCOMPARE(pki.ensureHost(QStringLiteral("p-hive0.c.test"),
                                {QStringLiteral("p-hive0.c.test"), QStringLiteral("192.168.30.9")},
                                false, error),
                 HiveCertificates::Outcome::Created);
        // A certificate of another CA is replaced.
        QTemporaryDir other;
        HiveCertificates foreign(other.path());
        QCOMPARE(foreign.ensureCa(QStringLiteral("x"), false, error),
                 HiveCertificates::Outcome::Created);
        QCOMPARE(foreign.ensureHost(QStringLiteral("p-hive0.c.test"), names, false, error),
                 HiveCertificates::Outcome::Created);
        QFile::remove(pki.hostCertPath(QStringLiteral("p-hive0.c.test")));
        QVERIFY(QFile::copy(foreign.hostCertPath(QStringLiteral("p-hive0.c.test")),
                            pki.hostCertPath(QStringLiteral("p-hive0.c.test"))));
        QCOMPARE(pki.ensureHost(QStringLiteral("p-hive0.c.test"), names, true, error),
                 HiveCertificates::Outcome::Created);
        // A damaged CA is an error naming it, never silently replaced.
        QFile ca2(pki.caCertPath());
        QVERIFY(ca2.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ca2.write("not a certificate\n");
        ca2.close();
        QCOMPARE(pki.ensureCa(QStringLiteral("c.test"), false, error),
                 HiveCertificates::Outcome::Failed);
        QVERIFY2(error.contains(pki.caCertPath()), qPrintable(error));
    }

    void registryCredentialsAreStable()
    {
        QTemporaryDir dir;
        RegistryCredentials creds(dir.path());
        QString error;
        QCOMPARE(creds.ensure(true, error), RegistryCredentials::Outcome::Created);
        QVERIFY(!QFile::exists(creds.passwordPath()));
        QCOMPARE(creds.ensure(false, error), RegistryCredentials::Outcome::Created);
        const QString pw = creds.password();
        QCOMPARE(pw.size(), 24);
        const QByteArray line = creds.htpasswd();
        QVERIFY(line.startsWith("admin:$2b$10$"));
        QVERIFY(RegistryCredentials::matches(pw, line.trimmed().mid(6)));
        QVERIFY(!RegistryCredentials::matches(pw + QLatin1Char('x'), line.trimmed().mid(6)));
        QCOMPARE(creds.ensure(false, error), RegistryCredentials::Outcome::Kept);
        QCOMPARE(creds.htpasswd(), line);
        QCOMPARE(modeOf(creds.passwordPath()), 0600);
        QCOMPARE(modeOf(creds.htpasswdPath()), 0600);
        // A password changed by hand gets a new hash, and keeps the password.
        bool changed = false;
        QVERIFY(ContextFile::writeIfChanged(creds.passwordPath(), "by-hand-Password-1\n", changed,
                                            error));
        QCOMPARE(creds.ensure(false, error), RegistryCredentials::Outcome::Created);
        QCOMPARE(creds.password(), QStringLiteral("by-hand-Password-1"));
        QVERIFY(RegistryCredentials::matches(creds.password(), creds.htpasswd().trimmed().mid(6)));
    }
};

QTEST_GUILESS_MAIN(TestSetupHostsRecipes)
#include "tst_setup_hosts_recipes.moc"
