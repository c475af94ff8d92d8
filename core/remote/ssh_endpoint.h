#pragma once

#include <QString>
#include <QStringList>

namespace hive {

// How to reach one host over SSH and how to trust it.
struct SshEndpoint
{
    enum class HostKeyPolicy
    {
        RecordFirstContact, // unknown host: record its key (first contact), then require it
        RequireKnown,       // unknown host: refuse
    };

    QString name;    // the hive's name for the host (p-hive0.pdns), used in messages
    QString address; // what to connect to (its hive_private_ip)
    int port = 22;
    QString user;
    QString identityFile;   // private key; preferred over the password
    QString password;       // secret: never logged or printed
    QString knownHostsFile; // the hive's own known_hosts in the context dir
    HostKeyPolicy policy = HostKeyPolicy::RecordFirstContact;
    // Fingerprints (SHA256:…) the user pinned for this host (a stage's
    // host_keys): any other key is refused, whatever known_hosts says, before
    // anything is sent; a pinned key seen for the first time is recorded.
    QStringList pinnedKeys;
    int connectTimeoutSeconds = 10;

    QString displayName() const { return name.isEmpty() ? address : name; }

    bool operator==(const SshEndpoint &o) const
    {
        return name == o.name && address == o.address && port == o.port && user == o.user &&
               identityFile == o.identityFile && password == o.password &&
               knownHostsFile == o.knownHostsFile && policy == o.policy &&
               pinnedKeys == o.pinnedKeys && connectTimeoutSeconds == o.connectTimeoutSeconds;
    }
};

} // namespace hive
