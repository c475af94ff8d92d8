#pragma once

#include "engine/run_event.h"
#include "providers/gcp_resource_plan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class GcpRestClient;

// One host of a GCP stage made to match its plan, asked first: its static
// external address (gip-<name>, the published IP reserved when one is
// given), then its instance at the planned zone, machine type, private
// address and subnetwork, with its boot disk (and drbd disk on hives), the
// host's name, and the admin's key in its metadata, as roles/gcp makes it.
// A stopped instance is started. An instance that differs where it cannot
// change in place (its addresses, its subnetwork) is said, not touched. With checkOnly
// nothing changes and each change is said as "would ...". Each change
// carries a new request id (GcpChangeList).
class GcpInstance
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpInstance)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QString message;
        QString publicIp;
    };
    using Say = std::function<void(const QString &)>;

    static Result ensure(GcpRestClient &compute, const GcpResourcePlan &plan,
                         const GcpResourcePlan::Instance &host, const QString &adminUser,
                         const QString &publicKey, bool checkOnly, const std::atomic_bool *cancel,
                         const Say &progress = {});
    // What is sent to make the instance (Compute Engine's field names).
    static QJsonObject body(const GcpResourcePlan &plan, const GcpResourcePlan::Instance &host,
                            const QString &project, const QString &adminUser,
                            const QString &publicKey, const QString &address);
    // Its SSH host keys, as Google's guest agent publishes them (guest
    // attributes under hostkeys/, which the instance's metadata enables), or
    // as cloud-init prints them on its serial port (ConsoleHostKeys); asked
    // again until one of them has them or the time is up.
    // "type base64" lines from a getGuestAttributes answer for hostkeys/.
    static QStringList guestAttributeKeys(const QJsonObject &answer);
    static bool readHostKeys(GcpRestClient &compute, const GcpResourcePlan::Instance &host,
                             QStringList &keys, QString &error, const std::atomic_bool *cancel,
                             int timeoutMs = 600000, int pollMs = 10000, const Say &progress = {});
};

} // namespace hive
