#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class GcpRestClient;
struct GcpResourcePlan;

// The network of a GCP stage made to match its plan, asked first: the VPC
// network (custom mode, as roles/gcp makes it), each subnetwork in the
// stage's region, and the three firewalls, all found by name in the key's
// project. What is missing is made; a firewall whose sources or allowed
// ports differ is patched to the plan; what cannot be changed in place (a
// network in auto mode, a subnetwork over another range, a firewall on
// another network) is said, with what to do, and nothing is touched. With
// checkOnly nothing is changed and each change is said as "would ...". A
// run cut short is finished by the next: every part is found again by its
// name.
class GcpNetwork
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpNetwork)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QStringList changes; // what was (or would be) done, in order
        QString error;
    };

    static Result ensure(GcpRestClient &compute, const GcpResourcePlan &plan, bool checkOnly,
                         const std::atomic_bool *cancel,
                         const std::function<void(const QString &)> &progress = {});

    // What is sent to make each part (Compute Engine's field names).
    static QJsonObject networkBody(const GcpResourcePlan &plan);
    static QJsonObject subnetworkBody(const GcpResourcePlan &plan, int index,
                                      const QString &project);
    static QJsonObject firewallBody(const GcpResourcePlan &plan, int index, const QString &project);
};

} // namespace hive
