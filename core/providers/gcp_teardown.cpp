#include "providers/gcp_teardown.h"

#include "cloud/gcp_rest_client.h"
#include "providers/gcp_change_list.h"

#include <QJsonArray>

namespace hive {

namespace {

// The network a found part is on ("" when it has none: an address).
QString networkOf(const QJsonObject &part)
{
    const QJsonArray nics = part.value(QStringLiteral("networkInterfaces")).toArray();
    return GcpRestClient::nameOf(
        nics.isEmpty() ? part.value(QStringLiteral("network")).toString()
                       : nics.at(0).toObject().value(QStringLiteral("network")).toString());
}

GcpTeardown::Result resultOf(const GcpChangeList &list)
{
    return {list.status, list.done, list.error};
}

} // namespace

GcpTeardown::Result GcpTeardown::halt(GcpRestClient &compute, const GcpResourcePlan::Instance &host,
                                      bool checkOnly, const std::atomic_bool *cancel,
                                      const Say &progress)
{
    Result out;
    const QString path = QStringLiteral("projects/%1/zones/%2/instances/%3")
                             .arg(compute.project(), host.zone, host.name);
    const GcpRestClient::Reply r = compute.call("GET", path, {}, {}, cancel);
    if (GcpRestClient::notFound(r))
        return out;
    if (!r.ok) {
        out.status = RunEvent::Status::Failed;
        out.error = tr("instance %1: %2").arg(host.name, r.message);
        return out;
    }
    const QString status = r.json.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("TERMINATED") || status == QLatin1String("STOPPED")) {
        out.done << tr("instance %1 is stopped").arg(host.name);
        return out;
    }
    GcpChangeList list(compute, checkOnly, cancel, progress);
    list.apply("POST", path + QStringLiteral("/stop"), tr("stop instance %1").arg(host.name));
    return resultOf(list);
}

GcpTeardown::Result GcpTeardown::destroy(GcpRestClient &compute, GcpRestClient *file,
                                         const GcpResourcePlan &plan, bool checkOnly,
                                         const std::atomic_bool *cancel, const Say &progress)
{
    const QString project = compute.project();
    GcpChangeList list(compute, checkOnly, cancel, progress);
    // A Filestore on the network keeps it in use, and holds the nfs
    // volumes' data: this version does not delete it.
    if (plan.fileStore && file) {
        const GcpRestClient::Reply found =
            file->call("GET",
                       QStringLiteral("projects/%1/locations/%2/instances/%3")
                           .arg(project, plan.region, plan.fileStoreName),
                       {}, {}, cancel);
        if (found.ok) {
            list.fail(tr("Filestore %1 holds the stage's nfs volumes and uses network %2: "
                         "delete it in the console once its data is safe (this version does "
                         "not), then run -D again")
                          .arg(plan.fileStoreName, plan.networkName));
            return resultOf(list);
        }
        if (!GcpRestClient::notFound(found)) {
            list.fail(tr("Filestore %1: %2").arg(plan.fileStoreName, found.message));
            return resultOf(list);
        }
    }
    // Innermost first: an address in use, a subnetwork with instances or a
    // network with subnetworks cannot go. A part on another network has the
    // name but is not this stage's: it is left, and said.
    struct Part
    {
        QString path, what;
        bool onNetwork; // must be on the plan's network to be ours
    };
    QList<Part> parts;
    for (const GcpResourcePlan::Instance &i : plan.instances)
        parts.append(
            {QStringLiteral("projects/%1/zones/%2/instances/%3").arg(project, i.zone, i.name),
             tr("delete instance %1 and its disks").arg(i.name), true});
    for (const GcpResourcePlan::Instance &i : plan.instances)
        parts.append({QStringLiteral("projects/%1/regions/%2/addresses/%3")
                          .arg(project, plan.region, i.addressName),
                      tr("release address %1").arg(i.addressName), false});
    for (const GcpResourcePlan::Firewall &f : plan.firewalls)
        parts.append({QStringLiteral("projects/%1/global/firewalls/%2").arg(project, f.name),
                      tr("delete firewall %1").arg(f.name), true});
    for (const GcpResourcePlan::Subnetwork &s : plan.subnetworks)
        parts.append({QStringLiteral("projects/%1/regions/%2/subnetworks/%3")
                          .arg(project, plan.region, s.name),
                      tr("delete subnetwork %1").arg(s.name), true});
    parts.append({QStringLiteral("projects/%1/global/networks/%2").arg(project, plan.networkName),
                  tr("delete network %1").arg(plan.networkName), false});
    for (const Part &part : std::as_const(parts)) {
        if (cancel && cancel->load()) {
            list.fail(tr("cancelled before: %1").arg(part.what));
            list.status = RunEvent::Status::Interrupted;
            return resultOf(list);
        }
        const GcpRestClient::Reply found = compute.call("GET", part.path, {}, {}, cancel);
        if (GcpRestClient::notFound(found))
            continue;
        if (!found.ok) {
            list.fail(tr("%1: %2").arg(part.what, found.message));
            return resultOf(list);
        }
        const QString on = networkOf(found.json);
        if (part.onNetwork && on != plan.networkName) {
            if (progress)
                progress(tr("left %1: it is on network %2, not this stage's %3")
                             .arg(GcpRestClient::nameOf(part.path), on, plan.networkName));
            continue;
        }
        if (!list.apply("DELETE", part.path, part.what))
            return resultOf(list);
    }
    return resultOf(list);
}

} // namespace hive
