#pragma once

#include "data/value.h"
#include "recipes/host_facts.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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
    int sshPort = 22;                       // the port sshd answers on now
    int wantedSshPort = 22;                 // hive_safe_sshd_port / hive_sshd_port
    QList<QPair<QString, QString>> servers; // (host name, address) of every server
    QString repositoryHost;
    QString repositoryIp;
    int registryPort = 5000;
    int syslogPort = 10514;  // hive_syslog_port
    int dataPathPort = 4789; // the overlay's UDP port (data_path_port)
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
    // hive-builder's proxy variables (ProxySettings); empty when not set.
    QString proxyUrl;  // http://127.0.0.1:<http_proxy_port>, forwarded while hive runs
    int proxyPort = 0; // http_proxy_port on the hosts; 0 without a proxy
    QString registryMirror;
    QString pipIndexUrl;
    QString pipTrustedHost;

    QString var(const QString &name) const { return vars.value(name).text(); }
    QString registry() const
    {
        return repositoryHost + QLatin1Char(':') + QString::number(registryPort);
    }
    // What never goes through the proxy: this host, every server (names,
    // short names, addresses), the stage's network.
    QString noProxy() const
    {
        QStringList out{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
        for (const auto &[name, address] : servers) {
            const QString shortName = name.section(QLatin1Char('.'), 0, 0);
            for (const QString &n : {name, shortName, address}) {
                if (!n.isEmpty() && !out.contains(n))
                    out << n;
            }
        }
        if (!cidr.isEmpty())
            out << cidr;
        return out.join(QLatin1Char(','));
    }
};

} // namespace hive
