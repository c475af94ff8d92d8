#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AwsQueryClient;
struct AwsResourcePlan;

// The network of an AWS stage made to match its plan, describe first: the
// VPC (found by its Name and Project tags and cidr, as hive-builder finds
// it; made with DNS support and host names), its internet gateway, each
// subnet (found by cidr), the default route of the VPC's main route table
// to the gateway, and the default security group's inbound rules (missing
// ones added, others taken away, as hive-builder keeps them). Only what is
// missing or differs is changed; with checkOnly nothing is, and each change
// is said as "would ...". A run cut short is finished by the next: every
// part is found again by what it is.
class AwsNetwork
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsNetwork)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QStringList changes; // what was (or would be) done, in order
        QString error;
        QString vpcId;
        QString gatewayId;
        QString groupId;
        QHash<QString, QString> subnetIds; // subnet name -> id
    };

    static Result ensure(AwsQueryClient &ec2, const AwsResourcePlan &plan, bool checkOnly,
                         const std::function<void(const QString &)> &progress = {});
};

} // namespace hive
