#include "providers/azure_network.h"

#include "cloud/azure_rest_client.h"
#include "providers/azure_change_list.h"
#include "providers/azure_resource_plan.h"

#include <QHash>
#include <QJsonArray>

namespace hive {

namespace {

// One value, or several: ARM's "x" / "xs" pairs ("destinationPortRange" or
// "destinationPortRanges").
void putOneOrMany(QJsonObject &into, const QString &one, const QStringList &values)
{
    if (values.size() == 1)
        into.insert(one, values.first());
    else
        into.insert(one + QLatin1Char('s'), QJsonArray::fromStringList(values));
}

QStringList oneOrMany(const QJsonObject &from, const QString &one)
{
    QStringList out;
    if (!from.value(one).toString().isEmpty())
        out << from.value(one).toString();
    for (const QJsonValue &v : from.value(one + QLatin1Char('s')).toArray())
        out << v.toString();
    out.sort();
    return out;
}

} // namespace

QJsonObject AzureNetwork::securityRuleBody(const AzureResourcePlan &plan, int index)
{
    const AzureResourcePlan::Rule &r = plan.rules.at(index);
    QJsonObject properties{
        {QStringLiteral("priority"), r.priority},
        {QStringLiteral("protocol"), r.protocol},
        {QStringLiteral("access"), r.allow ? QStringLiteral("Allow") : QStringLiteral("Deny")},
        {QStringLiteral("direction"), QStringLiteral("Inbound")},
        {QStringLiteral("sourcePortRange"), QStringLiteral("*")},
        {QStringLiteral("destinationAddressPrefix"), QStringLiteral("*")}};
    putOneOrMany(properties, QStringLiteral("sourceAddressPrefix"), r.sources);
    putOneOrMany(properties, QStringLiteral("destinationPortRange"), r.ports);
    return {{QStringLiteral("name"), r.name}, {QStringLiteral("properties"), properties}};
}

QString AzureNetwork::ruleText(const QJsonObject &rule)
{
    const QJsonObject p = rule.value(QStringLiteral("properties")).toObject();
    return QStringList{rule.value(QStringLiteral("name")).toString(),
                       QString::number(p.value(QStringLiteral("priority")).toInt()),
                       p.value(QStringLiteral("protocol")).toString(),
                       p.value(QStringLiteral("access")).toString(),
                       p.value(QStringLiteral("direction")).toString(),
                       oneOrMany(p, QStringLiteral("sourceAddressPrefix")).join(QLatin1Char(',')),
                       oneOrMany(p, QStringLiteral("destinationPortRange")).join(QLatin1Char(','))}
        .join(QLatin1Char('|'));
}

QJsonObject AzureNetwork::securityGroupBody(const AzureResourcePlan &plan)
{
    QJsonArray rules;
    for (int i = 0; i < plan.rules.size(); ++i)
        rules.append(securityRuleBody(plan, i));
    return {{QStringLiteral("location"), plan.region},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("securityRules"), rules}}}};
}

QJsonObject AzureNetwork::subnetBody(const AzureResourcePlan &plan, int index)
{
    const AzureResourcePlan::Subnet &s = plan.subnets.at(index);
    // The storage service endpoint on every subnet, as roles/azure: nfs
    // volumes (Azure Files) are reached through it.
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("addressPrefix"), s.cidr},
                         {QStringLiteral("serviceEndpoints"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("service"), QStringLiteral("Microsoft.Storage")},
                              {QStringLiteral("locations"), QJsonArray{plan.region}}}}}}}};
}

QJsonObject AzureNetwork::virtualNetworkBody(const AzureResourcePlan &plan)
{
    QJsonArray subnets;
    for (int i = 0; i < plan.subnets.size(); ++i)
        subnets.append(subnetBody(plan, i));
    return {{QStringLiteral("location"), plan.region},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("addressSpace"),
                          QJsonObject{{QStringLiteral("addressPrefixes"), QJsonArray{plan.cidr}}}},
                         {QStringLiteral("subnets"), subnets}}}};
}

AzureNetwork::Result AzureNetwork::ensure(AzureRestClient &arm, const AzureResourcePlan &plan,
                                          bool checkOnly, const std::atomic_bool *cancel,
                                          const std::function<void(const QString &)> &progress)
{
    AzureChangeList list(arm, checkOnly, cancel, progress);
    const auto result = [&] { return Result{list.status, list.done, list.error}; };
    const auto failed = [&](const QString &error) {
        list.fail(error);
        return result();
    };
    const QString group = arm.groupPath(plan.resourceGroup);
    const QString network = QStringLiteral("/providers/Microsoft.Network/");

    // The resource group.
    AzureRestClient::Reply r = arm.call("GET", group, AzureRestClient::kResources, {}, cancel);
    if (!r.ok && !AzureRestClient::notFound(r))
        return failed(tr("resource group %1: %2").arg(plan.resourceGroup, r.message));
    if (!r.ok && plan.preparedResourceGroup)
        return failed(tr("resource group %1 is not in subscription %2, and the stage says it was "
                         "prepared beforehand (prepared_resource_group): make it, or remove "
                         "prepared_resource_group to have it made")
                          .arg(plan.resourceGroup, arm.subscription()));
    if (!r.ok &&
        !list.apply("PUT", group, AzureRestClient::kResources,
                    tr("create resource group %1 in %2").arg(plan.resourceGroup, plan.region),
                    {{QStringLiteral("location"), plan.region}}))
        return result();

    // The network security group: made, or the plan's rules set back.
    const QString nsgPath =
        group + network + QStringLiteral("networkSecurityGroups/") + plan.securityGroup;
    r = arm.call("GET", nsgPath, AzureRestClient::kNetwork, {}, cancel);
    if (!r.ok && !AzureRestClient::notFound(r))
        return failed(tr("network security group %1: %2").arg(plan.securityGroup, r.message));
    const QJsonObject wantedGroup = securityGroupBody(plan);
    if (!r.ok) {
        if (!list.apply("PUT", nsgPath, AzureRestClient::kNetwork,
                        tr("create network security group %1 with %n rule(s)", nullptr,
                           int(plan.rules.size()))
                            .arg(plan.securityGroup),
                        wantedGroup))
            return result();
    } else {
        QJsonArray kept;
        QStringList have, differ, dropped;
        for (const QJsonValue &v : r.json.value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("securityRules"))
                                       .toArray()) {
            const QJsonObject rule = v.toObject();
            const QString name = rule.value(QStringLiteral("name")).toString();
            have << ruleText(rule);
            bool planned = false;
            for (const AzureResourcePlan::Rule &p : plan.rules)
                planned = planned || p.name == name;
            // A rule of ours the plan no longer has (a port no longer
            // published, ssh now from given sources only) goes: kept, it
            // would still let in what the plan shuts out.
            if (!planned && AzureResourcePlan::ruleNames().contains(name)) {
                dropped << name;
                continue;
            }
            if (!planned) {
                QJsonObject properties = rule.value(QStringLiteral("properties")).toObject();
                properties.remove(QStringLiteral("provisioningState"));
                kept.append(
                    QJsonObject{{QStringLiteral("name"), rule.value(QStringLiteral("name"))},
                                {QStringLiteral("properties"), properties}});
            }
        }
        QJsonArray rules = kept;
        for (int i = 0; i < plan.rules.size(); ++i) {
            const QJsonObject wanted = securityRuleBody(plan, i);
            rules.append(wanted);
            if (!have.contains(ruleText(wanted)))
                differ << plan.rules.at(i).name;
        }
        if (!differ.isEmpty() || !dropped.isEmpty()) {
            QJsonObject body = wantedGroup;
            body.insert(QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("securityRules"), rules}});
            QStringList what;
            if (!differ.isEmpty())
                what << tr("set rule(s) %1 of network security group %2 to the plan's")
                            .arg(differ.join(QStringLiteral(", ")), plan.securityGroup);
            if (!dropped.isEmpty())
                what << tr("remove rule(s) %1 the plan no longer has from network security "
                           "group %2")
                            .arg(dropped.join(QStringLiteral(", ")), plan.securityGroup);
            if (!list.apply("PUT", nsgPath, AzureRestClient::kNetwork,
                            what.join(QStringLiteral("; ")), body))
                return result();
        }
    }

    // The virtual network and its subnets.
    const QString vnetPath =
        group + network + QStringLiteral("virtualNetworks/") + plan.networkName;
    r = arm.call("GET", vnetPath, AzureRestClient::kNetwork, {}, cancel);
    if (!r.ok && !AzureRestClient::notFound(r))
        return failed(tr("virtual network %1: %2").arg(plan.networkName, r.message));
    if (!r.ok) {
        list.apply(
            "PUT", vnetPath, AzureRestClient::kNetwork,
            tr("create virtual network %1 %2 with %n subnet(s)", nullptr, int(plan.subnets.size()))
                .arg(plan.networkName, plan.cidr),
            virtualNetworkBody(plan));
        return result();
    }
    const QJsonObject properties = r.json.value(QStringLiteral("properties")).toObject();
    QStringList prefixes;
    for (const QJsonValue &v : properties.value(QStringLiteral("addressSpace"))
                                   .toObject()
                                   .value(QStringLiteral("addressPrefixes"))
                                   .toArray())
        prefixes << v.toString();
    if (!prefixes.contains(plan.cidr))
        return failed(tr("virtual network %1 of resource group %2 is over %3, not the stage's "
                         "cidr %4: give the stage another hive_vpc_name, or correct its cidr")
                          .arg(plan.networkName, plan.resourceGroup,
                               prefixes.join(QStringLiteral(", ")), plan.cidr));
    QHash<QString, QString> found;
    for (const QJsonValue &v : properties.value(QStringLiteral("subnets")).toArray()) {
        const QJsonObject s = v.toObject();
        found.insert(s.value(QStringLiteral("name")).toString(),
                     s.value(QStringLiteral("properties"))
                         .toObject()
                         .value(QStringLiteral("addressPrefix"))
                         .toString());
    }
    for (int i = 0; i < plan.subnets.size(); ++i) {
        const AzureResourcePlan::Subnet &s = plan.subnets.at(i);
        if (found.contains(s.name)) {
            if (found.value(s.name) != s.cidr)
                return failed(tr("subnet %1 of %2 is %3, not %4 as the stage says: its range "
                                 "cannot change while it is used; delete it, or rename the "
                                 "stage's subnet")
                                  .arg(s.name, plan.networkName, found.value(s.name), s.cidr));
            continue;
        }
        QJsonObject body = subnetBody(plan, i);
        body.remove(QStringLiteral("name"));
        if (!list.apply("PUT", vnetPath + QStringLiteral("/subnets/") + s.name,
                        AzureRestClient::kNetwork, tr("create subnet %1 %2").arg(s.name, s.cidr),
                        body))
            return result();
    }
    return result();
}

} // namespace hive
