#pragma once

#include "engine/phase_options.h"
#include "engine/phase_session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;

// One run of phases as a user asks for it — `hive all [-S PHASE]` or
// `hive PHASE` with -C, -H, -D, -l, -T — and what follows from it: which
// phases run given the persisted start_phase, what the run does to
// start_phase, and the equivalent command line. The CLI and the app's Build
// view both run phases from one of these, so both run the same phases.
struct PhaseRequest
{
    Q_DECLARE_TR_FUNCTIONS(hive::PhaseRequest)
public:
    QString command;    // "all" or a phase name
    QString startPhase; // all: -S (empty: the persisted start_phase)
    bool checkOnly = false;
    bool halt = false;    // -H: build-infra only
    bool destroy = false; // -D: build-infra, build-networks, build-volumes, deploy-services
    QString limit;        // -l
    QString tags;         // -T
    bool force = false;   // --force: although an interrupted repair left something
    bool trustNewHostKeys = false; // --trust-new-host-keys: root password to new hosts
    // --host-key ADDRESS=SHA256:… (build-infra): the keys the user checked
    // for this run, as if the stage pinned them (the app passes the keys it
    // showed, so a host that shows another key by now gets nothing).
    QStringList hostKeys;
    // --write-device DEVICE (build-infra, kickstart): the user says again
    // which device the install medium may erase.
    QString writeDevice;
    QString stage; // -s (empty: the project's current stage)

    bool isAll() const { return command == QLatin1String("all"); }
    // Retry Failed: `phase` again, limited to what failed where its -l can
    // name it (the stage's hosts, defined services; volumes and networks by
    // name); the whole phase when nothing that failed can be named.
    static PhaseRequest retryOf(const QString &phase, const QString &stage,
                                const QStringList &failed, const LoadedInventory *loaded);
    static bool canHalt(const QString &phase);
    static bool canDestroy(const QString &phase);

    // What every phase of the run gets.
    PhaseOptions options(const std::atomic_bool *cancel,
                         const DockerEndpoint &engine = DockerEndpoint::fromEnvironment()) const;
    // Empty when the request can run; else what is wrong with it.
    QString problem() const;
    // The phases it runs when start_phase is `persistedStart` (a phase run
    // with -H, -D or -T runs alone).
    QStringList phases(const QString &persistedStart) const;
    // How start_phase moves after each phase that succeeds (it stays under
    // -C, -H, -T and a -D of anything but build-infra).
    PhaseSession::StartPhaseRule startPhaseRule() const;
    // `hive` arguments that run the same thing, and them as one shell line.
    QStringList arguments() const;
    QString commandLine() const;
};

} // namespace hive
