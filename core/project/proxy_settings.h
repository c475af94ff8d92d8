#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hive {

class Persistents;
struct StagePlan;

// hive-builder's proxy variables, set with `hive set` (manual chapter 3):
//   http_proxy        a proxy this machine reaches ("localhost:3128"), which
//                     every host reaches while hive runs, through a port
//                     its sshd listens on for this machine (ssh -R)
//   http_proxy_port   that port on the hosts (3128)
//   registry_mirror   a Docker Hub mirror for dockerd ("http://mirror:5000")
//   pip_index_url, pip_trusted_host   pip's index, for the hosts and builds
class ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(hive::ProxySettings)
public:
    QString proxyHost; // as this machine reaches it; empty: no proxy
    int proxyPort = 0;
    int hostPort = 3128;
    QString registryMirror;
    QString pipIndexUrl;
    QString pipTrustedHost;

    bool hasProxy() const { return !proxyHost.isEmpty(); }
    // What the hosts' tools are given: http://127.0.0.1:<http_proxy_port>.
    QString urlOnHosts() const;
    // What containers (builds, services) are given: the host's own address
    // on the hive's network, where its sshd also listens for the proxy
    // (GatewayPorts clientspecified, written by setup-hosts).
    QString urlAt(const QString &address) const;
    // The environment containers get, as hive-builder gives its builds and
    // services: the proxy at `address` in both cases of each name, what goes
    // around it, and pip's index. Empty without a proxy or pip settings.
    QList<QPair<QString, QString>> containerEnvironment(const QString &address,
                                                        const QStringList &noProxy) const;
    // The same for containers on `host` of `stage`: the proxy at its
    // address, and around it localhost, every server's name, short name
    // and address, the stage's network and `alsoAround`.
    QList<QPair<QString, QString>> containerEnvironment(const StagePlan &stage, const QString &host,
                                                        const QStringList &alsoAround) const;

    // The stage's values; false with the error naming the variable when one
    // cannot be used (http_proxy without a port, a name no DNS takes).
    static bool read(const Persistents &persistents, const QString &stage, ProxySettings &out,
                     QString &error);
};

} // namespace hive
