#pragma once

#include "cloud/aws_signature.h"
#include "providers/aws_resource_plan.h"

#include <QCoreApplication>
#include <QString>

namespace hive {

class Persistents;
struct LoadedInventory;
struct StagePlan;

// What a phase needs before it asks AWS anything about a stage: its plan
// (what the inventory says it is made of; every problem named) and the
// access key (AwsCredentialSource: `from` names where it came from).
struct AwsStageAccess
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsStageAccess)
public:
    AwsResourcePlan plan;
    AwsCredentials credentials;
    QString from;

    static bool open(const LoadedInventory &loaded, const StagePlan &stage,
                     const Persistents &persistents, AwsStageAccess &out, QString &error);
};

} // namespace hive
