#include "providers/gcp_teardown.h"

#include "cloud/gcp_rest_client.h"

namespace hive {

namespace {

// Runs one change and waits for it; false with `out` failed.
bool apply(GcpRestClient &compute, const QByteArray &method, const QString &path,
           const QString &what, bool checkOnly, const std::atomic_bool *cancel,
           const GcpTeardown::Say &say, GcpTeardown::Result &out)
{
    out.done << (checkOnly ? GcpTeardown::tr("would %1").arg(what) : what);
    out.status = RunEvent::Status::Changed;
    if (checkOnly)
        return true;
    if (say)
        say(what);
    GcpRestClient::Reply r = compute.call(method, path, {}, {}, cancel);
    if (r.ok)
        r = compute.waitFor(r.json, cancel);
    if (r.ok || GcpRestClient::notFound(r))
        return true;
    out.status = RunEvent::Status::Failed;
    out.error = GcpTeardown::tr("%1: %2").arg(what, r.message);
    return false;
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
    apply(compute, "POST", path + QStringLiteral("/stop"), tr("stop instance %1").arg(host.name),
          checkOnly, cancel, progress, out);
    return out;
}

GcpTeardown::Result GcpTeardown::destroy(GcpRestClient &compute, const GcpResourcePlan &plan,
                                         bool checkOnly, const std::atomic_bool *cancel,
                                         const Say &progress)
{
    Result out;
    const QString project = compute.project();
    // Innermost first: an address in use, a subnetwork with instances or a
    // network with subnetworks cannot go.
    QList<QPair<QString, QString>> parts; // path, what
    for (const GcpResourcePlan::Instance &i : plan.instances)
        parts.append(
            {QStringLiteral("projects/%1/zones/%2/instances/%3").arg(project, i.zone, i.name),
             tr("delete instance %1 and its disks").arg(i.name)});
    for (const GcpResourcePlan::Instance &i : plan.instances)
        parts.append({QStringLiteral("projects/%1/regions/%2/addresses/%3")
                          .arg(project, plan.region, i.addressName),
                      tr("release address %1").arg(i.addressName)});
    for (const GcpResourcePlan::Firewall &f : plan.firewalls)
        parts.append({QStringLiteral("projects/%1/global/firewalls/%2").arg(project, f.name),
                      tr("delete firewall %1").arg(f.name)});
    for (const GcpResourcePlan::Subnetwork &s : plan.subnetworks)
        parts.append({QStringLiteral("projects/%1/regions/%2/subnetworks/%3")
                          .arg(project, plan.region, s.name),
                      tr("delete subnetwork %1").arg(s.name)});
    parts.append({QStringLiteral("projects/%1/global/networks/%2").arg(project, plan.networkName),
                  tr("delete network %1").arg(plan.networkName)});
    for (const auto &[path, what] : parts) {
        if (cancel && cancel->load()) {
            out.status = RunEvent::Status::Interrupted;
            out.error = tr("cancelled before: %1").arg(what);
            return out;
        }
        const GcpRestClient::Reply found = compute.call("GET", path, {}, {}, cancel);
        if (GcpRestClient::notFound(found))
            continue;
        if (!found.ok) {
            out.status = RunEvent::Status::Failed;
            out.error = tr("%1: %2").arg(what, found.message);
            return out;
        }
        if (!apply(compute, "DELETE", path, what, checkOnly, cancel, progress, out))
            return out;
    }
    return out;
}

} // namespace hive
