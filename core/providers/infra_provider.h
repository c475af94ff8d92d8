#pragma once

#include "remote/ssh_endpoint.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class RunReporter;
struct StagePlan;

// What build-infra asks a provider to do, for which hosts.
struct InfraRequest
{
    enum class Action
    {
        Build,   // create or start the hosts
        Halt,    // -H: stop them, keep everything
        Destroy, // -D: remove what the provider made
    };
    struct Host
    {
        QString name;
        QString address;
    };
    Action action = Action::Build;
    bool checkOnly = false; // -C: report what would change, change nothing
    QString hiveName;
    QString stageName;
    QString cidr;
    const StagePlan *stage = nullptr;
    QList<Host> hosts; // after -l
    QStringList hostNames() const
    {
        QStringList names;
        for (const Host &h : hosts)
            names << h.name;
        return names;
    }
    QString adminUser;
    QString publicKey; // the hive's, for authorized_keys
    QString rootPassword;
    // The root password goes only to hosts whose key was known before this
    // run, or when the user has checked the keys shown (--trust-new-host-keys).
    bool trustNewHostKeys = false;
    // The stage's host_keys: fingerprints (SHA256:…) by address. A host with
    // a pin needs no --trust-new-host-keys: its key is checked against it.
    QHash<QString, QStringList> pinnedHostKeys;
    QString knownHostsFile;
    QString workDir; // for temporary files (node image root file system)
    int memoryMiB = 0;
    const std::atomic_bool *cancel = nullptr;
};

// What the provider learned: host keys from a trusted channel (pinned in
// known_hosts), and the SSH endpoints to reach each host as the admin user.
struct InfraResult
{
    bool ok = true;
    QHash<QString, QStringList> trustedHostKeys; // host -> "type base64" lines
    SshEndpoint::HostKeyPolicy hostKeyPolicy = SshEndpoint::HostKeyPolicy::RecordFirstContact;
};

// Where a stage's hosts come from. Each provider reports its own steps and
// per-host results through the reporter.
class InfraProvider
{
public:
    virtual ~InfraProvider() = default;
    virtual QString name() const = 0;
    virtual InfraResult run(const InfraRequest &request, RunReporter &reporter) = 0;
};

} // namespace hive
