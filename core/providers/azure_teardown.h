#pragma once

#include "engine/run_event.h"
#include "providers/azure_resource_plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AzureRestClient;

// -H and -D on an Azure stage, asking Azure first. halt deallocates a VM
// (its compute is no longer billed; its disks, interface and public IP
// stay, and build starts it again). destroy removes the stage innermost
// first: each VM with the disks and interface it was made with, the
// interfaces, public IPs, security group and virtual network of the plan's
// names, then the resource group itself when it was made here and nothing
// else is left in it; what is left is listed. A storage account (nfs
// volumes' data) stops it: this version does not delete one. With
// checkOnly each removal is said as "would ...".
class AzureTeardown
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureTeardown)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QStringList done;
        QString error;
    };
    using Say = std::function<void(const QString &)>;

    static Result halt(AzureRestClient &arm, const AzureResourcePlan &plan,
                       const AzureResourcePlan::Machine &machine, bool checkOnly,
                       const std::atomic_bool *cancel, const Say &progress = {});
    static Result destroy(AzureRestClient &arm, const AzureResourcePlan &plan, bool checkOnly,
                          const std::atomic_bool *cancel, const Say &progress = {});
};

} // namespace hive
