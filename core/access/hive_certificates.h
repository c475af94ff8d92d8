#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

// The hive's private PKI, kept in the stage's context dir (every file 0600):
//   tls/ca.pem, tls/ca-key.pem          the hive CA, made once
//   tls/hosts/<host>/{cert,key}.pem     a server certificate per host, for
//                                       its Docker API (2376): serverAuth only
//   tls/hosts/<host>/admin-{cert,key}.pem  the admin user's client certificate
//                                       on that host (~/.docker): one per host,
//                                       so a host broken into holds its own key
//                                       only, never this machine's
//   tls/registry/{cert,key}.pem         the registry's own server certificate
//   tls/client/{ca,cert,key}.pem        this machine's client certificate (the
//                                       app, `hive`, DOCKER_CERT_PATH)
// Each ensure* call checks first: an existing file that is valid for more
// than 30 days, signed by the CA and naming what it must is kept (a server
// certificate made before they carried serverAuth only is renewed at its
// end: replacing it now would restart Docker on every host at once).
class HiveCertificates
{
    Q_DECLARE_TR_FUNCTIONS(hive::HiveCertificates)
public:
    enum class Outcome
    {
        Kept,
        Created, // or would be, in check mode
        Failed,
    };

    explicit HiveCertificates(const QString &contextDir);

    QString caCertPath() const;
    QString caKeyPath() const;
    QString hostCertPath(const QString &host) const;
    QString hostKeyPath(const QString &host) const;
    QString clientDir() const;
    QString adminCertPath(const QString &host) const;
    QString adminKeyPath(const QString &host) const;
    QString registryCertPath() const;
    QString registryKeyPath() const;

    Outcome ensureCa(const QString &hiveName, bool checkOnly, QString &error);
    // `names`: host names and IP addresses the certificate must be valid for.
    Outcome ensureHost(const QString &host, const QStringList &names, bool checkOnly,
                       QString &error);
    Outcome ensureClient(const QString &commonName, bool checkOnly, QString &error);
    // The admin's client certificate on `host` (CN admin@host).
    Outcome ensureAdminClient(const QString &host, const QString &adminUser, bool checkOnly,
                              QString &error);
    // The registry's certificate, for the repository server's `names`.
    Outcome ensureRegistry(const QStringList &names, bool checkOnly, QString &error);

private:
    QString m_dir;
};

} // namespace hive
