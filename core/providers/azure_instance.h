#pragma once

#include "engine/run_event.h"
#include "providers/azure_resource_plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AzureRestClient;

// One host of an Azure stage made to match its plan, asked first: its
// static public IP (gip-<name>), its network interface (<name>-primary) at
// its private address in its subnet behind the stage's security group,
// then its VM of the planned size in its zone, from the image, with its
// managed OS disk (and data disk on hives, LUN 0), the admin's key and boot
// diagnostics on, as roles/azure makes it. A stopped or deallocated VM is
// started. A part that differs where it cannot change in place (an
// interface's address or subnet, a VM on another interface) is said, not
// touched. With checkOnly nothing changes and each change is said as
// "would ...".
class AzureInstance
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureInstance)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QString message;
        QString publicIp;
        // Its host keys can be read from its serial log (boot diagnostics
        // on since it was made).
        bool keysReadable = true;
    };
    using Say = std::function<void(const QString &)>;

    static Result ensure(AzureRestClient &arm, const AzureResourcePlan &plan,
                         const AzureResourcePlan::Machine &machine, const QString &adminUser,
                         const QString &publicKey, bool checkOnly, const std::atomic_bool *cancel,
                         const Say &progress = {});
    // What is sent (ARM's field names, at AzureRestClient's API versions).
    static QJsonObject publicIpBody(const AzureResourcePlan &plan);
    static QJsonObject interfaceBody(const AzureRestClient &arm, const AzureResourcePlan &plan,
                                     const AzureResourcePlan::Machine &machine);
    static QJsonObject machineBody(const AzureRestClient &arm, const AzureResourcePlan &plan,
                                   const AzureResourcePlan::Machine &machine,
                                   const QString &adminUser, const QString &publicKey);
    // Why Azure would refuse `user` as a VM's admin (its reserved names), or
    // empty.
    static QString refusedAdmin(const QString &user);
    // Its SSH host keys, as cloud-init prints them on the serial console,
    // read from the VM's boot diagnostics (the serial log's address ARM
    // gives, signed for a few minutes) until they are there or the time is
    // up.
    static bool readHostKeys(AzureRestClient &arm, const AzureResourcePlan &plan,
                             const AzureResourcePlan::Machine &machine, QStringList &keys,
                             QString &error, const std::atomic_bool *cancel, int timeoutMs = 600000,
                             int pollMs = 10000, const Say &progress = {});
};

} // namespace hive
