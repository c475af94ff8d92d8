#pragma once

#include "data/value.h"
#include "recipes/host_facts.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hive {

// Everything the setup-hosts recipes need to say what one host must look
// like: its OS, its inventory variables, the hive around it and the files
// made on this machine (certificates, registry credentials).
struct SetupHostContext
{
    QString host; // the inventory name, also the host name
    HostFacts facts;
    Value vars; // the host's inventory variables (group_vars, host_vars, hive_*)
    QString privateIp;
    QString netmask;
    QString cidr; // the stage's network
    bool isHive = false;
    bool isRepository = false;
    QString adminUser = QStringLiteral("admin");
    int sshPort = 22;
    QList<QPair<QString, QString>> servers; // (host name, address) of every server
    QString repositoryHost;
    QString repositoryIp;
    int registryPort = 5000;
    int syslogPort = 10514; // hive_syslog_port
    // PEM files from the context dir
    QByteArray caPem;
    QByteArray certPem; // this host's server certificate
    QByteArray keyPem;
    QByteArray clientCertPem; // the admin's client certificate on this host
    QByteArray clientKeyPem;
    QByteArray registryCertPem; // the registry's own (repository server)
    QByteArray registryKeyPem;
    QByteArray registryHtpasswd; // "user:bcrypt\n"
    QString registryUser;

    QString var(const QString &name) const { return vars.value(name).text(); }
    QString registry() const
    {
        return repositoryHost + QLatin1Char(':') + QString::number(registryPort);
    }
};

} // namespace hive
