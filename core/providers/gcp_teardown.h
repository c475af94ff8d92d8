#pragma once

#include "engine/run_event.h"
#include "providers/gcp_resource_plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class GcpRestClient;

// A GCP stage stopped or taken away, as roles/gcp does it, touching only
// what carries the plan's names in the key's project (GCP resources carry
// no labels in hive-builder): -H stops the hosts' instances (their disks
// and addresses stay); -D deletes the instances (their disks go with
// them), the addresses, the firewalls, the subnetworks, then the network,
// each waited for; a part with the name but on another network is left. What is not there is passed
// over, so a run cut short is finished by the next. With checkOnly nothing changes and each change
// is said as "would ...".
class GcpTeardown
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpTeardown)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QStringList done;
        QString error;
    };
    using Say = std::function<void(const QString &)>;

    static Result halt(GcpRestClient &compute, const GcpResourcePlan::Instance &host,
                       bool checkOnly, const std::atomic_bool *cancel, const Say &progress = {});
    // `file` (Filestore's client) is asked about the stage's Filestore when
    // it has nfs volumes: one still there stops -D, saying so.
    static Result destroy(GcpRestClient &compute, GcpRestClient *file, const GcpResourcePlan &plan,
                          bool checkOnly, const std::atomic_bool *cancel, const Say &progress = {});
};

} // namespace hive
