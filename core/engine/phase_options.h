#pragma once

#include "remote/docker_endpoint.h"

#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

// How a phase is run, the same for every phase and every front end (-C,
// -H/-D, -l, -T, --force, first contact, cancellation). A phase reads what
// its traits say it takes (PhaseCatalog); PhaseRequest makes these from
// what the user asked for.
struct PhaseOptions
{
    bool checkOnly = false; // -C
    bool halt = false;      // -H (build-infra)
    bool destroy = false;   // -D
    QString limit;          // -l
    QString tags;           // -T (comma-separated)
    // --force: roles re-applied although nothing they read changed, and a run
    // although an interrupted repair left something to put back
    bool force = false;
    bool trustNewHostKeys = false; // --trust-new-host-keys (build-infra, prepared hosts)
    QStringList hostKeys;          // --host-key ADDRESS=SHA256:… (build-infra)
    QString writeDevice;           // --write-device: the device kickstart's medium may erase
    const std::atomic_bool *cancel = nullptr;
    DockerEndpoint engine = DockerEndpoint::fromEnvironment();

    QStringList tagList() const;
    // Whether the roles of `step` run again although nothing they read
    // changed: --force, or -T naming the step.
    bool reapplies(const QString &step) const;
};

} // namespace hive
