#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hive {

// What a service's spec takes from the stage around it.
struct ServiceDeployContext
{
    QString stage;
    QString registry;                       // "repository-host:5000"
    QList<QPair<QString, QString>> servers; // every server of the stage: name, address
    QString syslogAddress;                  // "udp://address:port" of the repository server
    QStringList networks;                   // the stage's networks: the default attachment
    QHash<QString, QString> networkIds;     // name -> id on the swarm
    // http_proxy's and pip's settings for every task (ProxySettings::
    // containerEnvironment); a name the service sets itself wins.
    QList<QPair<QString, QString>> proxyEnvironment;
};

} // namespace hive
