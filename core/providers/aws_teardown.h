#pragma once

#include "engine/run_event.h"
#include "providers/aws_resource_plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AwsQueryClient;

// build-infra -H and -D on AWS. halt() stops the stage's instances (found
// by their Name and Project tags) and keeps everything else: a later build
// starts them with the same disks and Elastic IPs. destroy() first lists
// what it would remove (the app shows the list before it asks), then
// removes, each part found again by what it is so a run cut short is
// finished by the next: the instances (terminated, waited for), their
// Elastic IPs (a hive_published_ip is only let go, never released), the
// key pair when no other instance uses it, the subnets, the gateway and
// the VPC. Nothing not tagged for this hive, or not of the stage's cidr, is
// touched.
class AwsTeardown
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsTeardown)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QStringList done; // or, with checkOnly, what would be
        QString error;
    };
    static Result halt(AwsQueryClient &ec2, const AwsResourcePlan &plan, bool checkOnly,
                       const std::atomic_bool *cancel,
                       const std::function<void(const QString &)> &progress = {},
                       int pollMs = 5000);
    // With checkOnly: the list, nothing removed.
    static Result destroy(AwsQueryClient &ec2, const AwsResourcePlan &plan, bool checkOnly,
                          const std::atomic_bool *cancel,
                          const std::function<void(const QString &)> &progress = {},
                          int pollMs = 5000);
};

} // namespace hive
