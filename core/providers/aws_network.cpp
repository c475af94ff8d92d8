#include "providers/aws_network.h"

#include "cloud/aws_query_client.h"
#include "providers/aws_resource_plan.h"

namespace hive {

namespace {

using Params = AwsQueryClient::Params;

void addFilter(Params &p, int n, const QString &name, const QString &value)
{
    AwsQueryClient::addFilter(p, n, name, {value});
}

void addTags(Params &p, const QString &type, const QList<QPair<QString, QString>> &tags)
{
    AwsQueryClient::addTagSpecification(p, 1, type, tags);
}

// One inbound rule as AWS lists it, in a form to compare.
QString ruleKey(const QString &protocol, int port, const QString &source)
{
    return protocol + QLatin1Char('/') + QString::number(port) + QLatin1Char('/') + source;
}

// The parameters of one rule, IpPermissions.N.
void addPermission(Params &p, int n, const QString &protocol, int port, const QString &cidr,
                   const QString &group)
{
    const QString base = QStringLiteral("IpPermissions.%1.").arg(n);
    p.append({base + QStringLiteral("IpProtocol"), protocol});
    if (protocol != QLatin1String("-1")) {
        p.append({base + QStringLiteral("FromPort"), QString::number(port)});
        p.append({base + QStringLiteral("ToPort"), QString::number(port)});
    }
    if (group.isEmpty())
        p.append({base + QStringLiteral("IpRanges.1.CidrIp"), cidr});
    else
        p.append({base + QStringLiteral("Groups.1.GroupId"), group});
}

} // namespace

AwsNetwork::Result AwsNetwork::ensure(AwsQueryClient &ec2, const AwsResourcePlan &plan,
                                      bool checkOnly,
                                      const std::function<void(const QString &)> &progress)
{
    Result r;
    const auto say = [&](const QString &text) {
        r.changes << text;
        if (progress)
            progress(text);
    };
    const auto failed = [&](const QString &what, const AwsQueryClient::Reply &reply) {
        r.status = RunEvent::Status::Failed;
        r.error = tr("%1: %2").arg(what, reply.message);
        return r;
    };
    const auto changed = [&] {
        if (r.status == RunEvent::Status::Ok)
            r.status = RunEvent::Status::Changed;
    };
    const auto would = [&](const QString &text) {
        return checkOnly ? tr("would %1").arg(text) : text;
    };
    const QList<QPair<QString, QString>> project{{QStringLiteral("Project"), plan.hiveName}};

    // The VPC.
    Params find;
    addFilter(find, 1, QStringLiteral("tag:Name"), plan.vpcName);
    addFilter(find, 2, QStringLiteral("tag:Project"), plan.hiveName);
    addFilter(find, 3, QStringLiteral("cidr-block"), plan.cidr);
    AwsQueryClient::Reply reply = ec2.call(QStringLiteral("DescribeVpcs"), find);
    if (!reply.ok)
        return failed(tr("looking for VPC %1").arg(plan.vpcName), reply);
    const QList<const XmlNode *> vpcs = reply.body.items(QStringLiteral("vpcSet"));
    if (vpcs.size() > 1) {
        r.status = RunEvent::Status::Failed;
        r.error = tr("%1 VPCs are named %2 with cidr %3 in %4; remove the extra ones")
                      .arg(vpcs.size())
                      .arg(plan.vpcName, plan.cidr, plan.region);
        return r;
    }
    if (!vpcs.isEmpty()) {
        r.vpcId = vpcs.first()->value(QStringLiteral("vpcId"));
        // DNS on, also in a VPC an earlier run made and was cut off after.
        for (const char *attribute : {"enableDnsSupport", "enableDnsHostnames"}) {
            reply = ec2.call(QStringLiteral("DescribeVpcAttribute"),
                             {{QStringLiteral("VpcId"), r.vpcId},
                              {QStringLiteral("Attribute"), QLatin1String(attribute)}});
            if (!reply.ok)
                return failed(tr("looking at DNS in VPC %1").arg(r.vpcId), reply);
            if (reply.body.value(QLatin1String(attribute) + QStringLiteral("/value")) ==
                QLatin1String("true"))
                continue;
            changed();
            say(would(tr("turn on %1 in VPC %2").arg(QLatin1String(attribute), r.vpcId)));
            if (checkOnly)
                continue;
            QString name = QLatin1String(attribute);
            name[0] = name.at(0).toUpper();
            reply = ec2.call(QStringLiteral("ModifyVpcAttribute"),
                             {{QStringLiteral("VpcId"), r.vpcId},
                              {name + QStringLiteral(".Value"), QStringLiteral("true")}});
            if (!reply.ok)
                return failed(tr("turning on DNS in VPC %1").arg(r.vpcId), reply);
        }
    } else {
        changed();
        say(would(tr("create VPC %1 (%2)").arg(plan.vpcName, plan.cidr)));
        if (checkOnly)
            return r; // everything below hangs on it
        Params create{{QStringLiteral("CidrBlock"), plan.cidr}};
        addTags(create, QStringLiteral("vpc"),
                QList<QPair<QString, QString>>{{QStringLiteral("Name"), plan.vpcName}} + project);
        reply = ec2.call(QStringLiteral("CreateVpc"), create);
        if (!reply.ok)
            return failed(tr("creating VPC %1").arg(plan.vpcName), reply);
        r.vpcId = reply.body.value(QStringLiteral("vpc/vpcId"));
        // EFS names and the hosts' names resolve inside the VPC.
        for (const char *attribute : {"EnableDnsSupport.Value", "EnableDnsHostnames.Value"}) {
            reply = ec2.call(QStringLiteral("ModifyVpcAttribute"),
                             {{QStringLiteral("VpcId"), r.vpcId},
                              {QLatin1String(attribute), QStringLiteral("true")}});
            if (!reply.ok)
                return failed(tr("turning on DNS in VPC %1").arg(r.vpcId), reply);
        }
    }

    // Its internet gateway.
    Params gateways;
    addFilter(gateways, 1, QStringLiteral("attachment.vpc-id"), r.vpcId);
    reply = ec2.call(QStringLiteral("DescribeInternetGateways"), gateways);
    if (!reply.ok)
        return failed(tr("looking for the internet gateway of %1").arg(r.vpcId), reply);
    const QList<const XmlNode *> found = reply.body.items(QStringLiteral("internetGatewaySet"));
    // One made for it by a run cut off before it was attached.
    QString detached;
    if (found.isEmpty() && !r.vpcId.isEmpty()) {
        Params ours;
        addFilter(ours, 1, QStringLiteral("tag:Name"), plan.gatewayName);
        addFilter(ours, 2, QStringLiteral("tag:Project"), plan.hiveName);
        const AwsQueryClient::Reply tagged =
            ec2.call(QStringLiteral("DescribeInternetGateways"), ours);
        if (!tagged.ok)
            return failed(tr("looking for the internet gateway of %1").arg(r.vpcId), tagged);
        for (const XmlNode *g : tagged.body.items(QStringLiteral("internetGatewaySet")))
            if (g->items(QStringLiteral("attachmentSet")).isEmpty())
                detached = g->value(QStringLiteral("internetGatewayId"));
    }
    if (!found.isEmpty()) {
        r.gatewayId = found.first()->value(QStringLiteral("internetGatewayId"));
    } else if (!detached.isEmpty()) {
        changed();
        say(would(tr("attach internet gateway %1").arg(detached)));
        r.gatewayId = detached;
        if (!checkOnly) {
            reply = ec2.call(QStringLiteral("AttachInternetGateway"),
                             {{QStringLiteral("InternetGatewayId"), r.gatewayId},
                              {QStringLiteral("VpcId"), r.vpcId}});
            if (!reply.ok)
                return failed(tr("attaching internet gateway %1").arg(r.gatewayId), reply);
        }
    } else {
        changed();
        say(would(tr("create and attach internet gateway \"%1\"").arg(plan.gatewayName)));
        if (!checkOnly) {
            Params create;
            addTags(create, QStringLiteral("internet-gateway"),
                    QList<QPair<QString, QString>>{{QStringLiteral("Name"), plan.gatewayName}} +
                        project);
            reply = ec2.call(QStringLiteral("CreateInternetGateway"), create);
            if (!reply.ok)
                return failed(tr("creating the internet gateway"), reply);
            r.gatewayId = reply.body.value(QStringLiteral("internetGateway/internetGatewayId"));
            reply = ec2.call(QStringLiteral("AttachInternetGateway"),
                             {{QStringLiteral("InternetGatewayId"), r.gatewayId},
                              {QStringLiteral("VpcId"), r.vpcId}});
            if (!reply.ok)
                return failed(tr("attaching internet gateway %1").arg(r.gatewayId), reply);
        }
    }

    // The subnets, by cidr.
    for (const AwsResourcePlan::Subnet &s : plan.subnets) {
        Params look;
        addFilter(look, 1, QStringLiteral("vpc-id"), r.vpcId);
        addFilter(look, 2, QStringLiteral("cidr-block"), s.cidr);
        reply = ec2.call(QStringLiteral("DescribeSubnets"), look);
        if (!reply.ok)
            return failed(tr("looking for subnet %1").arg(s.name), reply);
        const QList<const XmlNode *> subnets = reply.body.items(QStringLiteral("subnetSet"));
        if (!subnets.isEmpty()) {
            const QString zone = subnets.first()->value(QStringLiteral("availabilityZone"));
            if (zone != s.zone) {
                r.status = RunEvent::Status::Failed;
                r.error = tr("subnet %1 (%2) is in %3, not %4: a subnet cannot move; change "
                             "available_zone back, or remove the subnet and its hosts")
                              .arg(s.name, s.cidr, zone, s.zone);
                return r;
            }
            r.subnetIds.insert(s.name, subnets.first()->value(QStringLiteral("subnetId")));
            continue;
        }
        changed();
        say(would(tr("create subnet %1 (%2) in %3").arg(s.name, s.cidr, s.zone)));
        if (checkOnly)
            continue;
        Params create{{QStringLiteral("VpcId"), r.vpcId},
                      {QStringLiteral("CidrBlock"), s.cidr},
                      {QStringLiteral("AvailabilityZone"), s.zone}};
        addTags(create, QStringLiteral("subnet"),
                QList<QPair<QString, QString>>{{QStringLiteral("Name"), s.name}} + project);
        reply = ec2.call(QStringLiteral("CreateSubnet"), create);
        if (!reply.ok)
            return failed(tr("creating subnet %1").arg(s.name), reply);
        r.subnetIds.insert(s.name, reply.body.value(QStringLiteral("subnet/subnetId")));
    }

    // The main route table's way out.
    Params tables;
    addFilter(tables, 1, QStringLiteral("vpc-id"), r.vpcId);
    addFilter(tables, 2, QStringLiteral("association.main"), QStringLiteral("true"));
    reply = ec2.call(QStringLiteral("DescribeRouteTables"), tables);
    if (!reply.ok)
        return failed(tr("looking for the route table of %1").arg(r.vpcId), reply);
    const QList<const XmlNode *> mains = reply.body.items(QStringLiteral("routeTableSet"));
    if (mains.isEmpty()) {
        r.status = RunEvent::Status::Failed;
        r.error = tr("VPC %1 has no main route table").arg(r.vpcId);
        return r;
    }
    const QString table = mains.first()->value(QStringLiteral("routeTableId"));
    QString via;
    bool routed = false;
    for (const XmlNode *route : mains.first()->items(QStringLiteral("routeSet"))) {
        if (route->value(QStringLiteral("destinationCidrBlock")) == QLatin1String("0.0.0.0/0")) {
            routed = true;
            via = route->value(QStringLiteral("gatewayId"));
        }
    }
    if (!routed || via != r.gatewayId) {
        changed();
        say(would(tr("route 0.0.0.0/0 of %1 to the internet gateway").arg(table)));
        if (!checkOnly) {
            reply =
                ec2.call(routed ? QStringLiteral("ReplaceRoute") : QStringLiteral("CreateRoute"),
                         {{QStringLiteral("RouteTableId"), table},
                          {QStringLiteral("DestinationCidrBlock"), QStringLiteral("0.0.0.0/0")},
                          {QStringLiteral("GatewayId"), r.gatewayId}});
            if (!reply.ok)
                return failed(tr("routing %1 to the internet gateway").arg(table), reply);
        }
    }

    // The default security group's inbound rules.
    Params groups;
    addFilter(groups, 1, QStringLiteral("vpc-id"), r.vpcId);
    addFilter(groups, 2, QStringLiteral("group-name"), QStringLiteral("default"));
    reply = ec2.call(QStringLiteral("DescribeSecurityGroups"), groups);
    if (!reply.ok)
        return failed(tr("looking for the default security group of %1").arg(r.vpcId), reply);
    const QList<const XmlNode *> defaults = reply.body.items(QStringLiteral("securityGroupInfo"));
    if (defaults.isEmpty()) {
        r.status = RunEvent::Status::Failed;
        r.error = tr("VPC %1 has no default security group").arg(r.vpcId);
        return r;
    }
    const XmlNode &group = *defaults.first();
    r.groupId = group.value(QStringLiteral("groupId"));
    QHash<QString, QPair<QString, QString>> present; // key -> (cidr, group)
    for (const XmlNode *perm : group.items(QStringLiteral("ipPermissions"))) {
        const QString protocol = perm->value(QStringLiteral("ipProtocol"));
        const int port = perm->value(QStringLiteral("fromPort")).toInt();
        for (const XmlNode *range : perm->items(QStringLiteral("ipRanges")))
            present.insert(ruleKey(protocol, port, range->value(QStringLiteral("cidrIp"))),
                           {range->value(QStringLiteral("cidrIp")), QString()});
        for (const XmlNode *g : perm->items(QStringLiteral("groups")))
            present.insert(ruleKey(protocol, port, g->value(QStringLiteral("groupId"))),
                           {QString(), g->value(QStringLiteral("groupId"))});
    }
    Params authorize{{QStringLiteral("GroupId"), r.groupId}};
    QStringList wanted, added;
    int n = 0;
    for (const AwsResourcePlan::Rule &rule : plan.inbound) {
        const QString source = rule.source.isEmpty() ? r.groupId : rule.source;
        const int port = rule.protocol == QLatin1String("-1") ? 0 : rule.port;
        const QString key = ruleKey(rule.protocol, port, source);
        wanted << key;
        if (present.contains(key))
            continue;
        addPermission(authorize, ++n, rule.protocol, rule.port, rule.source,
                      rule.source.isEmpty() ? r.groupId : QString());
        added << (rule.source.isEmpty() ? tr("all from the group")
                                        : QStringLiteral("%1/%2 from %3")
                                              .arg(rule.protocol)
                                              .arg(rule.port)
                                              .arg(rule.source));
    }
    if (n > 0) {
        changed();
        say(would(tr("allow %1 in").arg(added.join(QStringLiteral(", ")))));
        if (!checkOnly) {
            reply = ec2.call(QStringLiteral("AuthorizeSecurityGroupIngress"), authorize);
            if (!reply.ok)
                return failed(tr("opening the security group %1").arg(r.groupId), reply);
        }
    }
    Params revoke{{QStringLiteral("GroupId"), r.groupId}};
    QStringList removed;
    n = 0;
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        const QStringList parts = it.key().split(QLatin1Char('/'));
        addPermission(revoke, ++n, parts.at(0), parts.at(1).toInt(), it.value().first,
                      it.value().second);
        removed << it.key();
    }
    if (n > 0) {
        changed();
        removed.sort();
        say(would(tr("no longer allow %1").arg(removed.join(QStringLiteral(", ")))));
        if (!checkOnly) {
            reply = ec2.call(QStringLiteral("RevokeSecurityGroupIngress"), revoke);
            if (!reply.ok)
                return failed(tr("closing the security group %1").arg(r.groupId), reply);
        }
    }
    return r;
}

} // namespace hive
