#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

// The hive's private PKI, kept in the stage's context dir (every file 0600):
//   tls/ca.pem, tls/ca-key.pem          the hive CA, made once
//   tls/hosts/<host>/{cert,key}.pem     a server certificate per host, for
//                                       the Docker API (2376) and the registry
//   tls/client/{ca,cert,key}.pem        a client certificate for the admin
//                                       user and this app (DOCKER_CERT_PATH)
// Each ensure* call checks first: an existing file that is valid for more
// than 30 days, signed by the CA and naming what it must is kept.
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

    Outcome ensureCa(const QString &hiveName, bool checkOnly, QString &error);
    // `names`: host names and IP addresses the certificate must be valid for.
    Outcome ensureHost(const QString &host, const QStringList &names, bool checkOnly,
                       QString &error);
    Outcome ensureClient(const QString &commonName, bool checkOnly, QString &error);

private:
    QString m_dir;
};

} // namespace hive
