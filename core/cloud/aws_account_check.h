#pragma once

#include "cloud/aws_signature.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

// What the wizard's AWS page asks before a stage is written: whose the
// access key is (sts:GetCallerIdentity), the region's zones that are
// available (ec2:DescribeAvailabilityZones), and which of the instance
// types chosen the region offers (ec2:DescribeInstanceTypeOfferings). Read
// only; blocking (a worker thread).
class AwsAccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsAccountCheck)
public:
    struct Result
    {
        bool ok = false;
        QString error; // AWS's code and message, with what to do
        QString account;
        QString arn;
        QStringList zones;        // available ones, sorted
        QStringList missingTypes; // chosen but not offered in the region
    };
    static Result run(const AwsCredentials &credentials, const QString &region,
                      const QStringList &instanceTypes, const std::atomic_bool *cancel = nullptr);
};

} // namespace hive
