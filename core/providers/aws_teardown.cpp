#include "providers/aws_teardown.h"

#include "cloud/aws_query_client.h"

#include <QElapsedTimer>
#include <QThread>

namespace hive {

namespace {

using Params = AwsQueryClient::Params;

constexpr auto addFilter = &AwsQueryClient::addFilter;

struct Found
{
    QString id;
    QString host;
    QString state;
};

// The stage's instances that are not gone, by their tags.
bool instancesOf(AwsQueryClient &ec2, const AwsResourcePlan &plan, const QStringList &states,
                 QList<Found> &out, QString &error)
{
    QStringList hosts;
    for (const AwsResourcePlan::Instance &i : plan.instances)
        hosts << i.host;
    if (hosts.isEmpty())
        return true;
    Params p;
    addFilter(p, 1, QStringLiteral("tag:Name"), hosts);
    addFilter(p, 2, QStringLiteral("tag:Project"), {plan.hiveName});
    addFilter(p, 3, QStringLiteral("instance-state-name"), states);
    const AwsQueryClient::Reply reply = ec2.call(QStringLiteral("DescribeInstances"), p);
    if (!reply.ok) {
        error = reply.message;
        return false;
    }
    for (const XmlNode *i : AwsQueryClient::instancesIn(reply.body)) {
        Found f{i->value(QStringLiteral("instanceId")), QString(),
                i->value(QStringLiteral("instanceState/name"))};
        for (const XmlNode *t : i->items(QStringLiteral("tagSet")))
            if (t->value(QStringLiteral("key")) == QLatin1String("Name"))
                f.host = t->value(QStringLiteral("value"));
        out << f;
    }
    return true;
}

// Until none of `ids` is in one of `passing` states (or the time is up).
bool waitUntilSettled(AwsQueryClient &ec2, const QStringList &ids, const QStringList &passing,
                      const std::atomic_bool *cancel, int pollMs,
                      const std::function<void(const QString &)> &progress, QString &error)
{
    QElapsedTimer waited;
    waited.start();
    while (!ids.isEmpty()) {
        Params p;
        for (int i = 0; i < ids.size(); ++i)
            p.append({QStringLiteral("InstanceId.%1").arg(i + 1), ids.at(i)});
        const AwsQueryClient::Reply reply =
            ec2.call(QStringLiteral("DescribeInstances"), p, cancel);
        if (!reply.ok) {
            error = reply.message;
            return false;
        }
        QStringList moving;
        for (const XmlNode *i : AwsQueryClient::instancesIn(reply.body))
            if (passing.contains(i->value(QStringLiteral("instanceState/name"))))
                moving << i->value(QStringLiteral("instanceId"));
        if (moving.isEmpty())
            return true;
        if (progress)
            progress(AwsTeardown::tr("waiting for %1 (%2 s)")
                         .arg(moving.join(QStringLiteral(", ")))
                         .arg(waited.elapsed() / 1000));
        if ((cancel && cancel->load()) || waited.elapsed() > 600000) {
            error = AwsTeardown::tr("%1 still changing; the next run goes on from here")
                        .arg(moving.join(QStringLiteral(", ")));
            return false;
        }
        QThread::msleep(quint64(pollMs));
    }
    return true;
}

} // namespace

AwsTeardown::Result AwsTeardown::halt(AwsQueryClient &ec2, const AwsResourcePlan &plan,
                                      bool checkOnly, const std::atomic_bool *cancel,
                                      const std::function<void(const QString &)> &progress,
                                      int pollMs)
{
    Result r;
    QList<Found> found;
    if (!instancesOf(
            ec2, plan,
            {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("stopping")},
            found, r.error)) {
        r.status = RunEvent::Status::Failed;
        return r;
    }
    QStringList ids;
    Params stop;
    for (const Found &f : std::as_const(found)) {
        ids << f.id;
        stop.append({QStringLiteral("InstanceId.%1").arg(ids.size()), f.id});
        r.done << (checkOnly ? tr("would stop %1 (%2)") : tr("stopping %1 (%2)")).arg(f.host, f.id);
    }
    if (ids.isEmpty()) {
        r.done << tr("no instance of stage %1 is running").arg(plan.stage);
        return r;
    }
    r.status = RunEvent::Status::Changed;
    if (checkOnly)
        return r;
    const AwsQueryClient::Reply reply = ec2.call(QStringLiteral("StopInstances"), stop, cancel);
    if (!reply.ok) {
        r.status = RunEvent::Status::Failed;
        r.error = tr("stopping the instances: %1").arg(reply.message);
        return r;
    }
    if (!waitUntilSettled(
            ec2, ids,
            {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("stopping")},
            cancel, pollMs, progress, r.error))
        r.status = RunEvent::Status::Failed;
    return r;
}

AwsTeardown::Result AwsTeardown::destroy(AwsQueryClient &ec2, const AwsResourcePlan &plan,
                                         bool checkOnly, const std::atomic_bool *cancel,
                                         const std::function<void(const QString &)> &progress,
                                         int pollMs)
{
    Result r;
    const auto fail = [&](const QString &what, const QString &why) {
        r.status = RunEvent::Status::Failed;
        r.error = tr("%1: %2").arg(what, why);
        return r;
    };
    const auto did = [&](const QString &text) {
        r.status = RunEvent::Status::Changed;
        r.done << (checkOnly ? tr("would remove %1").arg(text) : tr("removed %1").arg(text));
        if (progress && !checkOnly)
            progress(r.done.last());
    };
    const auto call = [&](const QString &action, const Params &p, AwsQueryClient::Reply &reply) {
        if (checkOnly)
            return true;
        reply = ec2.call(action, p, cancel);
        return reply.ok;
    };
    AwsQueryClient::Reply reply;
    QString error;

    // Instances.
    QList<Found> found;
    if (!instancesOf(ec2, plan,
                     {QStringLiteral("pending"), QStringLiteral("running"),
                      QStringLiteral("stopping"), QStringLiteral("stopped"),
                      QStringLiteral("shutting-down")},
                     found, error))
        return fail(tr("looking for the instances"), error);
    QStringList ids;
    Params terminate;
    for (const Found &f : std::as_const(found)) {
        ids << f.id;
        terminate.append({QStringLiteral("InstanceId.%1").arg(ids.size()), f.id});
        did(tr("instance %1 (%2)").arg(f.host, f.id));
    }
    if (!ids.isEmpty()) {
        if (!call(QStringLiteral("TerminateInstances"), terminate, reply))
            return fail(tr("terminating the instances"), reply.message);
        if (!checkOnly && !waitUntilSettled(ec2, ids,
                                            {QStringLiteral("pending"), QStringLiteral("running"),
                                             QStringLiteral("stopping"), QStringLiteral("stopped"),
                                             QStringLiteral("shutting-down")},
                                            cancel, pollMs, progress, error))
            return fail(tr("waiting for the instances to end"), error);
    }

    // Elastic IPs tagged for the stage's hosts; published ones are kept.
    QStringList published, tagNames;
    for (const AwsResourcePlan::Instance &i : plan.instances) {
        tagNames << QStringLiteral("for ") + i.host;
        if (!i.publishedIp.isEmpty())
            published << i.publishedIp;
    }
    if (!tagNames.isEmpty()) {
        Params look;
        addFilter(look, 1, QStringLiteral("tag:Name"), tagNames);
        addFilter(look, 2, QStringLiteral("tag:Project"), {plan.hiveName});
        reply = ec2.call(QStringLiteral("DescribeAddresses"), look, cancel);
        if (!reply.ok)
            return fail(tr("looking for the Elastic IPs"), reply.message);
        for (const XmlNode *a : reply.body.items(QStringLiteral("addressesSet"))) {
            const QString ip = a->value(QStringLiteral("publicIp"));
            if (published.contains(ip))
                continue;
            did(tr("Elastic IP %1").arg(ip));
            AwsQueryClient::Reply released;
            if (!call(QStringLiteral("ReleaseAddress"),
                      {{QStringLiteral("AllocationId"), a->value(QStringLiteral("allocationId"))}},
                      released))
                return fail(tr("releasing Elastic IP %1").arg(ip), released.message);
        }
    }

    // The key pair, when nothing else uses it.
    Params keys;
    addFilter(keys, 1, QStringLiteral("key-name"), {plan.keyName});
    reply = ec2.call(QStringLiteral("DescribeKeyPairs"), keys, cancel);
    if (!reply.ok)
        return fail(tr("looking for key pair %1").arg(plan.keyName), reply.message);
    if (!reply.body.items(QStringLiteral("keySet")).isEmpty()) {
        Params users;
        addFilter(users, 1, QStringLiteral("key-name"), {plan.keyName});
        addFilter(users, 2, QStringLiteral("instance-state-name"),
                  {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("stopping"),
                   QStringLiteral("stopped")});
        const AwsQueryClient::Reply used =
            ec2.call(QStringLiteral("DescribeInstances"), users, cancel);
        if (!used.ok)
            return fail(tr("looking for instances with key pair %1").arg(plan.keyName),
                        used.message);
        QStringList others;
        for (const XmlNode *i : AwsQueryClient::instancesIn(used.body))
            if (!ids.contains(i->value(QStringLiteral("instanceId"))))
                others << i->value(QStringLiteral("instanceId"));
        if (others.isEmpty()) {
            did(tr("key pair %1").arg(plan.keyName));
            AwsQueryClient::Reply removed;
            if (!call(QStringLiteral("DeleteKeyPair"), {{QStringLiteral("KeyName"), plan.keyName}},
                      removed))
                return fail(tr("removing key pair %1").arg(plan.keyName), removed.message);
        } else {
            r.done << tr("key pair %1 kept: %2 still use it")
                          .arg(plan.keyName, others.join(QStringLiteral(", ")));
        }
    }

    // A gateway an earlier -D detached and was cut off before it removed
    // (found by its tags; the VPC no longer leads to it).
    Params tagged;
    addFilter(tagged, 1, QStringLiteral("tag:Name"), {plan.gatewayName});
    addFilter(tagged, 2, QStringLiteral("tag:Project"), {plan.hiveName});
    reply = ec2.call(QStringLiteral("DescribeInternetGateways"), tagged, cancel);
    if (!reply.ok)
        return fail(tr("looking for the internet gateway"), reply.message);
    for (const XmlNode *g : reply.body.items(QStringLiteral("internetGatewaySet"))) {
        if (!g->items(QStringLiteral("attachmentSet")).isEmpty())
            continue;
        const QString id = g->value(QStringLiteral("internetGatewayId"));
        did(tr("internet gateway %1").arg(id));
        AwsQueryClient::Reply removed;
        if (!call(QStringLiteral("DeleteInternetGateway"),
                  {{QStringLiteral("InternetGatewayId"), id}}, removed))
            return fail(tr("removing internet gateway %1").arg(id), removed.message);
    }

    // The network, innermost first.
    Params vpcs;
    addFilter(vpcs, 1, QStringLiteral("tag:Name"), {plan.vpcName});
    addFilter(vpcs, 2, QStringLiteral("tag:Project"), {plan.hiveName});
    addFilter(vpcs, 3, QStringLiteral("cidr-block"), {plan.cidr});
    reply = ec2.call(QStringLiteral("DescribeVpcs"), vpcs, cancel);
    if (!reply.ok)
        return fail(tr("looking for VPC %1").arg(plan.vpcName), reply.message);
    const QList<const XmlNode *> matching = reply.body.items(QStringLiteral("vpcSet"));
    if (matching.size() != 1) {
        if (matching.size() > 1)
            return fail(tr("looking for VPC %1").arg(plan.vpcName),
                        tr("%1 match; remove the one that is not this stage's by hand")
                            .arg(matching.size()));
        if (r.done.isEmpty())
            r.done << tr("nothing of stage %1 is left in %2").arg(plan.stage, plan.region);
        return r;
    }
    const QString vpc = matching.first()->value(QStringLiteral("vpcId"));
    for (const AwsResourcePlan::Subnet &s : plan.subnets) {
        Params look;
        addFilter(look, 1, QStringLiteral("vpc-id"), {vpc});
        addFilter(look, 2, QStringLiteral("cidr-block"), {s.cidr});
        reply = ec2.call(QStringLiteral("DescribeSubnets"), look, cancel);
        if (!reply.ok)
            return fail(tr("looking for subnet %1").arg(s.name), reply.message);
        for (const XmlNode *subnet : reply.body.items(QStringLiteral("subnetSet"))) {
            const QString id = subnet->value(QStringLiteral("subnetId"));
            did(tr("subnet %1 (%2)").arg(s.name, id));
            AwsQueryClient::Reply removed;
            if (!call(QStringLiteral("DeleteSubnet"), {{QStringLiteral("SubnetId"), id}}, removed))
                return fail(tr("removing subnet %1").arg(s.name), removed.message);
        }
    }
    Params gateways;
    addFilter(gateways, 1, QStringLiteral("attachment.vpc-id"), {vpc});
    reply = ec2.call(QStringLiteral("DescribeInternetGateways"), gateways, cancel);
    if (!reply.ok)
        return fail(tr("looking for the internet gateway"), reply.message);
    for (const XmlNode *g : reply.body.items(QStringLiteral("internetGatewaySet"))) {
        const QString id = g->value(QStringLiteral("internetGatewayId"));
        did(tr("internet gateway %1").arg(id));
        AwsQueryClient::Reply step;
        if (!call(QStringLiteral("DetachInternetGateway"),
                  {{QStringLiteral("InternetGatewayId"), id}, {QStringLiteral("VpcId"), vpc}},
                  step) ||
            !call(QStringLiteral("DeleteInternetGateway"),
                  {{QStringLiteral("InternetGatewayId"), id}}, step))
            return fail(tr("removing internet gateway %1").arg(id), step.message);
    }
    did(tr("VPC %1 (%2)").arg(plan.vpcName, vpc));
    AwsQueryClient::Reply removed;
    if (!call(QStringLiteral("DeleteVpc"), {{QStringLiteral("VpcId"), vpc}}, removed))
        return fail(tr("removing VPC %1").arg(vpc), removed.message);
    return r;
}

} // namespace hive
