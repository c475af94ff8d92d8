#pragma once

#include "data/value.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hive {

struct HostPlan;
struct LoadedInventory;
struct StagePlan;

// What every cloud's plan (AWS, GCP) reads of a stage the same way, as
// hive-builder's roles read it: the services' published ports below 10000
// (the ports above are the hive's own, kept inside it), whether any service
// has an nfs volume, the port setup-hosts moves sshd to, each host's
// instance type and disk sizes.
class CloudStageReading
{
    Q_DECLARE_TR_FUNCTIONS(hive::CloudStageReading)
public:
    // ("tcp"|"udp", port), sorted, each once: the stage's services' ports
    // published below 10000.
    static QList<QPair<QString, int>> publishedPorts(const LoadedInventory &loaded,
                                                     const StagePlan &stage);
    static bool hasNfsVolumes(const LoadedInventory &loaded, const StagePlan &stage);
    // hive_safe_sshd_port, else hive_sshd_port, from the stage's shared
    // variables; 0 when sshd stays on 22.
    static int movedSshPort(const Value &shared);
    // A repository server alone (not also a hive) takes the repository_*
    // attributes where they are written.
    static bool isRepositoryOnly(const HostPlan &host);
    // instance_type, or repository_instance_type for the repository server;
    // empty with the reason in `errors` (`example`: "t3.medium").
    static QString instanceType(const StagePlan &stage, const HostPlan &host, const QString &cloud,
                                const QString &example, QStringList &errors);
    // disk_size, or repository_disk_size for the repository server, in GiB
    // (20 or 20G); 0 when not written.
    static int diskSizeGiB(const StagePlan &stage, const HostPlan &host, QStringList &errors);
    // mirrored_disk_size in GiB for a hive that has the mirrored disk (not
    // hive_no_mirrored_device), else 0.
    static int mirroredDiskGiB(const StagePlan &stage, const HostPlan &host, const Value &hostVars,
                               QStringList &errors);
};

} // namespace hive
