#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

class Project;
struct LoadedInventory;
struct StagePlan;

// The first contact with prepared hosts. A root password goes only to a
// host whose key this machine knew, whose key the stage pins (host_keys),
// or whose key the user has compared on its console. `scan` lists the hosts
// still waiting for that check, with the fingerprint each shows now; it
// records nothing. The app shows them before it runs build-infra with
// --trust-new-host-keys.
class FirstContactKeys
{
    Q_DECLARE_TR_FUNCTIONS(hive::FirstContactKeys)
public:
    struct Host
    {
        QString name;
        QString address;
        QString fingerprint; // SHA256:…, empty when the host did not answer
        QString problem;     // why not, then
    };

    // The stage's host_keys: fingerprints by address.
    static QHash<QString, QStringList> pinned(const StagePlan &stage);
    // Whether `host` of the project's stage (prepared) has neither a known
    // nor a pinned key: what its key is, is still to be checked. Reads
    // files only.
    static bool awaitsCheck(const Project &project, const StagePlan &stage, const QString &host);
    // Hosts of the project's stage (prepared) with neither a known nor a
    // pinned key, asked in parallel.
    static QList<Host> scan(const Project &project, const LoadedInventory &loaded);
};

} // namespace hive
