#pragma once

#include "phases/phase.h"
#include "recipes/host_change.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;
struct SetupHostContext;

// The setup-hosts phase (chapter 8.2 of the manual), as steps over SSH:
// facts (the OS, first), tls-certificate (here, with OpenSSL), base,
// hostsfile, ntp-client, iptables, users, internal-network, docker,
// registry-login, drbd, addon, registry and rsyslogd on the repository
// server, then swarm-init, swarm-join and node-labels. Every step checks
// before it changes; a re-run on a built hive changes nothing.
class SetupHostsPhase : public Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::SetupHostsPhase)
public:
    QString name() const override { return QStringLiteral("setup-hosts"); }
    QList<Step> outline() const override;

    // The names of the recipe steps, in order, and what one of them makes
    // true on a host (the golden files of the RHEL paths come from here).
    static QStringList recipeSteps();
    static QList<HostChange> changesFor(const QString &step, const SetupHostContext &context,
                                        const QString &registryPassword);

protected:
    QString unknownTagsNote(const QStringList &unknown) const override;
    bool plan(PhaseContext &context, Plan &plan) const override;
};

} // namespace hive
