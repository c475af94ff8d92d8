// How this machine reaches a stage's Docker Engines and registry: the hive's
// certificate authority and its certificates, and the registry credentials,
// made once in the context dir (owner only) and kept from then on.
#include "access/hive_builder_files.h"
#include "access/hive_certificates.h"
#include "access/registry_credentials.h"
#include "access/stage_files.h"
#include "data/password_hash.h"
#include "inventory/inventory_loader.h"
#include "project/context_file.h"
#include "tests/support/inventory_fixture.h"

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

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestStageAccess : public QObject
{
    Q_OBJECT
private slots:
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
        // hive-builder's user by default.
        QVERIFY(line.startsWith("hive:$2b$10$"));
        QVERIFY(PasswordHash::matches(pw, line.trimmed().mid(5)));
        QVERIFY(!PasswordHash::matches(pw + QLatin1Char('x'), line.trimmed().mid(5)));
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
        QVERIFY(PasswordHash::matches(creds.password(), creds.htpasswd().trimmed().mid(5)));

        // A hive made when the user was "admin" keeps it; hive_docker_login_user
        // changes it.
        QVERIFY(ContextFile::writeIfChanged(
            creds.htpasswdPath(),
            "admin:" + PasswordHash::make(pw, PasswordHash::Scheme::Bcrypt, error) + '\n', changed,
            error));
        QCOMPARE(RegistryCredentials(dir.path()).user(), QStringLiteral("admin"));
        RegistryCredentials configured(dir.path(), QStringLiteral("deployer"));
        QCOMPARE(configured.ensure(false, error), RegistryCredentials::Outcome::Created);
        QVERIFY(configured.htpasswd().startsWith("deployer:$2b$"));
        QCOMPARE(RegistryCredentials(dir.path()).user(), QStringLiteral("deployer"));
    }

    // Where sshd answers: 22 until the ssh-port step records a move; a move
    // back to 22 drops the record; other hosts' lines stay.
    void reachablePortsAreRecorded()
    {
        QTemporaryDir dir;
        const QString a = QStringLiteral("192.168.30.5"), b = QStringLiteral("192.168.30.6");
        QCOMPARE(StageFiles::reachablePort(dir.path(), a), 22);
        QString error;
        QVERIFY(StageFiles::recordReachablePort(dir.path(), a, 2222, error));
        QVERIFY(StageFiles::recordReachablePort(dir.path(), b, 2022, error));
        QCOMPARE(StageFiles::reachablePort(dir.path(), a), 2222);
        QCOMPARE(StageFiles::reachablePort(dir.path(), b), 2022);
        QCOMPARE(StageFiles::reachablePort(dir.path(), QStringLiteral("192.168.30.50")), 22);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("ssh_ports"))), 0600);
        QVERIFY(StageFiles::recordReachablePort(dir.path(), a, 22, error));
        QCOMPARE(StageFiles::reachablePort(dir.path(), a), 22);
        QCOMPARE(StageFiles::reachablePort(dir.path(), b), 2022);
    }

    // hive_admin as hive-builder defaults it per provider; set, it wins; the
    // safe sshd port from hive_sshd_port or hive_safe_sshd_port.
    void adminAndSshPortAsHiveBuilderDefaultsThem()
    {
        const LoadedInventory l =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"),
                      "plugin: hive_inventory\nname: adm.test\nstages:\n"
                      "  private:\n    provider: vagrant\n    cidr: 192.168.0.0/24\n"
                      "  staging:\n    provider: azure\n    cidr: 192.168.1.0/24\n"
                      "  production:\n    provider: aws\n    cidr: 192.168.2.0/24\n")
                .hostVars(QStringLiteral("s-hive1.adm.test"),
                          "hive_admin: ops\nhive_sshd_port: 2222\n")
                .hostVars(QStringLiteral("s-hive2.adm.test"), "hive_safe_sshd_port: 2022\n")
                .load();
        QVERIFY(l.ok());
        QCOMPARE(StageFiles::adminUser(l, QStringLiteral("p-hive0.adm.test")),
                 QStringLiteral("vagrant"));
        QCOMPARE(StageFiles::adminUser(l, QStringLiteral("s-hive0.adm.test")),
                 QStringLiteral("hiveadmin"));
        QCOMPARE(StageFiles::adminUser(l, QStringLiteral("hive0.adm.test")),
                 QStringLiteral("ec2-user"));
        QCOMPARE(StageFiles::adminUser(l, QStringLiteral("s-hive1.adm.test")),
                 QStringLiteral("ops"));
        QCOMPARE(StageFiles::sshPort(l, QStringLiteral("s-hive0.adm.test")), 22);
        QCOMPARE(StageFiles::sshPort(l, QStringLiteral("s-hive1.adm.test")), 2222);
        QCOMPARE(StageFiles::sshPort(l, QStringLiteral("s-hive2.adm.test")), 2022);
    }

    // A site hive-builder built: its SSH key and CA are used, not new ones;
    // our client certificate is signed by its CA, which its hosts trust.
    void hiveBuilderFilesAreTaken()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ca")));
        QCOMPARE(StageFiles::keyPath(dir.path()), dir.filePath(QStringLiteral("id_ed25519")));
        QFile rsa(dir.filePath(QStringLiteral("id_rsa")));
        QVERIFY(rsa.open(QIODevice::WriteOnly));
        rsa.close();
        QCOMPARE(StageFiles::keyPath(dir.path()), dir.filePath(QStringLiteral("id_rsa")));
        QVERIFY(HiveBuilderFiles::present(dir.path()));

        // hive-builder's CA: RSA, made by openssl as its role makes it.
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), QStringLiteral("ca/cakey.pem"),
                       QStringLiteral("-out"), QStringLiteral("ca/cacert.pem"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=pdns hive CA"),
                       QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-addext"),
                       QStringLiteral("basicConstraints=critical,CA:TRUE")});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);

        QStringList adopted;
        QString error;
        QVERIFY2(HiveBuilderFiles::adopt(dir.path(), adopted, error), qPrintable(error));
        QCOMPARE(adopted.size(), 2);
        HiveCertificates pki(dir.path());
        QCOMPARE(ContextFile::read(pki.caCertPath()),
                 ContextFile::read(dir.filePath(QStringLiteral("ca/cacert.pem"))));
        QCOMPARE(modeOf(pki.caKeyPath()), 0600);
        QCOMPARE(pki.ensureCa(QStringLiteral("pdns"), false, error),
                 HiveCertificates::Outcome::Kept);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                       dir.filePath(QStringLiteral("ca/cacert.pem")),
                       pki.clientDir() + QStringLiteral("/cert.pem")});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        // Once ours, nothing more is taken.
        adopted.clear();
        QVERIFY(HiveBuilderFiles::adopt(dir.path(), adopted, error));
        QVERIFY(adopted.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStageAccess)
#include "tst_stage_access.moc"
