#include "providers/gcp_network.h"

#include "cloud/gcp_rest_client.h"
#include "providers/gcp_change_list.h"
#include "providers/gcp_resource_plan.h"

#include <QJsonArray>
#include <algorithm>

namespace hive {

namespace {

QString networkPath(const QString &project, const QString &network)
{
    return QStringLiteral("projects/%1/global/networks/%2").arg(project, network);
}

// The allowed list as a comparable text: "icmp|tcp:22,2222|udp:53".
QString allowedText(const QJsonArray &allowed)
{
    QStringList rules;
    for (const QJsonValue &v : allowed) {
        const QJsonObject rule = v.toObject();
        QStringList ports;
        for (const QJsonValue &p : rule.value(QStringLiteral("ports")).toArray())
            ports << p.toString();
        ports.sort();
        rules << rule.value(QStringLiteral("IPProtocol")).toString() +
                     (ports.isEmpty() ? QString()
                                      : QLatin1Char(':') + ports.join(QLatin1Char(',')));
    }
    rules.sort();
    return rules.join(QLatin1Char('|'));
}

QStringList sortedStrings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toString();
    out.sort();
    return out;
}

} // namespace

QJsonObject GcpNetwork::networkBody(const GcpResourcePlan &plan)
{
    return {{QStringLiteral("name"), plan.networkName},
            {QStringLiteral("autoCreateSubnetworks"), false},
            {QStringLiteral("mtu"), 1500}};
}

QJsonObject GcpNetwork::subnetworkBody(const GcpResourcePlan &plan, int index,
                                       const QString &project)
{
    const GcpResourcePlan::Subnetwork &s = plan.subnetworks.at(index);
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("network"), networkPath(project, plan.networkName)},
            {QStringLiteral("ipCidrRange"), s.cidr},
            {QStringLiteral("region"), plan.region}};
}

QJsonObject GcpNetwork::firewallBody(const GcpResourcePlan &plan, int index, const QString &project)
{
    const GcpResourcePlan::Firewall &f = plan.firewalls.at(index);
    QJsonArray allowed;
    for (const GcpResourcePlan::Allowed &a : f.allowed) {
        QJsonObject rule{{QStringLiteral("IPProtocol"), a.protocol}};
        if (!a.ports.isEmpty())
            rule.insert(QStringLiteral("ports"), QJsonArray::fromStringList(a.ports));
        allowed.append(rule);
    }
    return {{QStringLiteral("name"), f.name},
            {QStringLiteral("network"), networkPath(project, plan.networkName)},
            {QStringLiteral("direction"), QStringLiteral("INGRESS")},
            {QStringLiteral("priority"), 1000},
            {QStringLiteral("sourceRanges"), QJsonArray::fromStringList(f.sources)},
            {QStringLiteral("allowed"), allowed}};
}

GcpNetwork::Result GcpNetwork::ensure(GcpRestClient &compute, const GcpResourcePlan &plan,
                                      bool checkOnly, const std::atomic_bool *cancel,
                                      const std::function<void(const QString &)> &progress)
{
    const QString project = compute.project();
    GcpChangeList list(compute, checkOnly, cancel, progress);
    const auto result = [&] { return Result{list.status, list.done, list.error}; };
    const auto failed = [&](const QString &error) {
        list.fail(error);
        return result();
    };
    const auto change = [&](const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &what) { return list.apply(method, path, what, body); };

    // The network.
    const QString network = networkPath(project, plan.networkName);
    GcpRestClient::Reply r = compute.call("GET", network, {}, {}, cancel);
    if (!r.ok && !GcpRestClient::notFound(r))
        return failed(tr("network %1: %2").arg(plan.networkName, r.message));
    if (r.ok && r.json.value(QStringLiteral("autoCreateSubnetworks")).toBool())
        return failed(tr("network %1 of project %2 is in auto mode (a subnetwork in every "
                         "region); hive's networks are custom: give the stage another "
                         "hive_vpc_name, or delete that network")
                          .arg(plan.networkName, project));
    if (!r.ok && !change("POST", QStringLiteral("projects/%1/global/networks").arg(project),
                         networkBody(plan), tr("create network %1").arg(plan.networkName)))
        return result();

    // Its subnetworks, in the stage's region.
    for (int i = 0; i < plan.subnetworks.size(); ++i) {
        const GcpResourcePlan::Subnetwork &s = plan.subnetworks.at(i);
        const QString path = QStringLiteral("projects/%1/regions/%2/subnetworks/%3")
                                 .arg(project, plan.region, s.name);
        r = compute.call("GET", path, {}, {}, cancel);
        if (r.ok) {
            const QString range = r.json.value(QStringLiteral("ipCidrRange")).toString();
            const QString on =
                GcpRestClient::nameOf(r.json.value(QStringLiteral("network")).toString());
            if (range != s.cidr || on != plan.networkName)
                return failed(tr("subnetwork %1 in %2 is %3 on network %4, not %5 on %6 as the "
                                 "stage says: its range cannot be changed in place; delete it, "
                                 "or rename the stage's subnet")
                                  .arg(s.name, plan.region, range, on, s.cidr, plan.networkName));
            continue;
        }
        if (!GcpRestClient::notFound(r))
            return failed(tr("subnetwork %1: %2").arg(s.name, r.message));
        if (!change("POST",
                    QStringLiteral("projects/%1/regions/%2/subnetworks").arg(project, plan.region),
                    subnetworkBody(plan, i, project),
                    tr("create subnetwork %1 %2 in %3").arg(s.name, s.cidr, plan.region)))
            return result();
    }

    // The firewalls: made, or patched to the plan's sources and ports.
    for (int i = 0; i < plan.firewalls.size(); ++i) {
        const GcpResourcePlan::Firewall &f = plan.firewalls.at(i);
        const QJsonObject wanted = firewallBody(plan, i, project);
        const QString path = QStringLiteral("projects/%1/global/firewalls/%2").arg(project, f.name);
        r = compute.call("GET", path, {}, {}, cancel);
        if (!r.ok && !GcpRestClient::notFound(r))
            return failed(tr("firewall %1: %2").arg(f.name, r.message));
        if (!r.ok) {
            if (!change("POST", QStringLiteral("projects/%1/global/firewalls").arg(project), wanted,
                        tr("create firewall %1").arg(f.name)))
                return result();
            continue;
        }
        const QString on =
            GcpRestClient::nameOf(r.json.value(QStringLiteral("network")).toString());
        if (on != plan.networkName)
            return failed(tr("firewall %1 of project %2 belongs to network %3, not %4: delete it, "
                             "or give the stage another hive name")
                              .arg(f.name, project, on, plan.networkName));
        const bool sameSources =
            sortedStrings(r.json.value(QStringLiteral("sourceRanges")).toArray()) ==
            sortedStrings(wanted.value(QStringLiteral("sourceRanges")).toArray());
        const bool samePorts = allowedText(r.json.value(QStringLiteral("allowed")).toArray()) ==
                               allowedText(wanted.value(QStringLiteral("allowed")).toArray());
        if (sameSources && samePorts)
            continue;
        const QJsonObject patch{
            {QStringLiteral("sourceRanges"), wanted.value(QStringLiteral("sourceRanges"))},
            {QStringLiteral("allowed"), wanted.value(QStringLiteral("allowed"))}};
        if (!change("PATCH", path, patch,
                    sameSources
                        ? tr("set the ports of firewall %1 to the plan's").arg(f.name)
                        : tr("set the sources and ports of firewall %1 to the plan's").arg(f.name)))
            return result();
    }
    return result();
}

} // namespace hive
