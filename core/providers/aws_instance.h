#pragma once

#include "engine/run_event.h"
#include "providers/aws_resource_plan.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace hive {

class AwsQueryClient;

// One host of an AWS stage made, started and reachable: its instance
// (found by its Name and Project tags, as hive-builder finds it; made with
// its type, image, private address in its subnet, the default group, the
// key pair, its root disk and, on hives, /dev/sdb; a stopped one started),
// waited for until running, and its Elastic IP (the one it has; else
// hive_published_ip, which must be free in the account; else one tagged
// for it by an earlier run cut short; else a new one). RunInstances
// carries a client token of the hive, stage and host, so a request sent
// twice makes one instance.
class AwsInstance
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsInstance)
public:
    struct Image
    {
        QString id;
        QString rootDevice; // "/dev/xvda", "/dev/sda1"
    };
    // The plan's image in the region: the id checked, or the newest of
    // its name (and owner).
    static bool resolveImage(AwsQueryClient &ec2, const AwsResourcePlan::Image &wanted, Image &out,
                             QString &error);

    struct Where
    {
        QString subnetId;
        QString groupId;
        QString keyName;
        Image image;
    };
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QString message;
        QString instanceId;
        QString publicIp;
    };
    static Result ensure(AwsQueryClient &ec2, const AwsResourcePlan &plan,
                         const AwsResourcePlan::Instance &host, const Where &where, bool checkOnly,
                         const std::atomic_bool *cancel,
                         const std::function<void(const QString &)> &progress = {},
                         int pollMs = 5000);
};

} // namespace hive
