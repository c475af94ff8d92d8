#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AwsRestJsonClient;
struct AwsResourcePlan;

// The EFS file system of a stage with nfs volumes, as hive-builder 3.9
// makes it: found by its creation token "efs-<hive>" (so one hive-builder
// made is the same), tagged Name and Project, encrypted as the mirrored
// disks are, waited for until available; a mount target in each of the
// stage's subnets in the VPC's default security group (its rule for the
// group lets the hosts reach NFS). Describe first; a run cut short is
// finished by the next. destroy() removes the mount targets, waits for
// them to go, then the file system.
class AwsFileSystem
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsFileSystem)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QString message;
        QString fileSystemId;
        QString dnsName; // <id>.efs.<region>.amazonaws.com
    };
    static Result ensure(AwsRestJsonClient &efs, const AwsResourcePlan &plan,
                         const QHash<QString, QString> &subnetIds, const QString &groupId,
                         bool checkOnly, const std::atomic_bool *cancel,
                         const std::function<void(const QString &)> &progress = {},
                         int pollMs = 5000);
    static Result destroy(AwsRestJsonClient &efs, const AwsResourcePlan &plan, bool checkOnly,
                          const std::atomic_bool *cancel,
                          const std::function<void(const QString &)> &progress = {},
                          int pollMs = 5000);
};

} // namespace hive
