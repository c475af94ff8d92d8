#pragma once

#include "engine/step.h"
#include "remote/ssh_endpoint.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <mutex>

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

// What the provider's steps learn while they run: host keys read through a
// trusted channel (build-infra pins them in known_hosts). Its hosts step
// adds them from several threads at once.
struct InfraResult
{
    void addHostKeys(const QString &host, const QStringList &keys)
    {
        std::lock_guard lock(mutex);
        trustedHostKeys.insert(host, keys);
    }
    QStringList hostKeys(const QString &host) const
    {
        std::lock_guard lock(mutex);
        return trustedHostKeys.value(host);
    }

private:
    mutable std::mutex mutex;
    QHash<QString, QStringList> trustedHostKeys; // host -> "type base64" lines
};

// Where a stage's hosts come from. A provider gives build-infra its steps
// (Step, run by StepSequence like every phase's): what it checks on this
// machine, what it makes there, and a step named "hosts" that makes,
// starts, stops or removes each host. Steps on this machine run on the one
// host Step::here(). `request` and `result` outlive the steps, which read
// the request when they run (build-infra's ssh-key step fills publicKey
// first).
class InfraProvider
{
public:
    virtual ~InfraProvider() = default;
    virtual QString name() const = 0;
    // RequireKnown when the steps learn each host's keys through a trusted
    // channel (InfraResult): build-infra pins them and SSH refuses any other.
    // RecordFirstContact when the first SSH connection records them.
    virtual SshEndpoint::HostKeyPolicy hostKeyPolicy() const = 0;
    virtual QList<Step> steps(const InfraRequest &request, InfraResult &result,
                              RunReporter &reporter) = 0;
};

} // namespace hive
