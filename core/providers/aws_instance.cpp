#include "providers/aws_instance.h"

#include "cloud/aws_query_client.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QThread>

namespace hive {

namespace {

using Params = AwsQueryClient::Params;

constexpr auto addFilter = &AwsQueryClient::addFilter;

// Name and Project, as hive-builder tags what it makes.
void addTagSpecification(Params &p, int n, const QString &type, const QString &name,
                         const QString &project)
{
    AwsQueryClient::addTagSpecification(
        p, n, type, {{QStringLiteral("Name"), name}, {QStringLiteral("Project"), project}});
}

void addDisk(Params &p, int n, const AwsResourcePlan::Disk &d, const QString &device)
{
    const QString base = QStringLiteral("BlockDeviceMapping.%1.").arg(n);
    p.append({base + QStringLiteral("DeviceName"), device});
    if (d.sizeGiB > 0)
        p.append({base + QStringLiteral("Ebs.VolumeSize"), QString::number(d.sizeGiB)});
    p.append({base + QStringLiteral("Ebs.DeleteOnTermination"), QStringLiteral("true")});
    if (d.encrypted) {
        p.append({base + QStringLiteral("Ebs.Encrypted"), QStringLiteral("true")});
        if (!d.kmsKeyId.isEmpty())
            p.append({base + QStringLiteral("Ebs.KmsKeyId"), d.kmsKeyId});
    }
}

} // namespace

bool AwsInstance::resolveImage(AwsQueryClient &ec2, const AwsResourcePlan::Image &wanted,
                               Image &out, QString &error)
{
    Params p;
    if (!wanted.id.isEmpty()) {
        p.append({QStringLiteral("ImageId.1"), wanted.id});
    } else {
        addFilter(p, 1, QStringLiteral("name"), {wanted.name});
        addFilter(p, 2, QStringLiteral("state"), {QStringLiteral("available")});
        if (!wanted.owner.isEmpty())
            p.append({QStringLiteral("Owner.1"), wanted.owner});
    }
    const AwsQueryClient::Reply reply = ec2.call(QStringLiteral("DescribeImages"), p);
    if (!reply.ok) {
        error = tr("looking for image %1: %2")
                    .arg(wanted.id.isEmpty() ? wanted.name : wanted.id, reply.message);
        return false;
    }
    const XmlNode *newest = nullptr;
    for (const XmlNode *image : reply.body.items(QStringLiteral("imagesSet"))) {
        if (!newest || image->value(QStringLiteral("creationDate")) >
                           newest->value(QStringLiteral("creationDate")))
            newest = image;
    }
    if (!newest) {
        error =
            wanted.id.isEmpty()
                ? tr("no image named %1 in this region; set image_name to an AMI id")
                      .arg(wanted.name)
                : tr("image %1 is not in this region (AMI ids differ per region)").arg(wanted.id);
        return false;
    }
    out.id = newest->value(QStringLiteral("imageId"));
    out.rootDevice = newest->value(QStringLiteral("rootDeviceName"));
    return true;
}

AwsInstance::Result AwsInstance::ensure(AwsQueryClient &ec2, const AwsResourcePlan &plan,
                                        const AwsResourcePlan::Instance &host, const Where &where,
                                        bool checkOnly, const std::atomic_bool *cancel,
                                        const std::function<void(const QString &)> &progress,
                                        int pollMs)
{
    Result r;
    const auto fail = [&](const QString &text) {
        r.status = RunEvent::Status::Failed;
        r.message = text;
        return r;
    };
    const auto say = [&](const QString &text) {
        if (progress)
            progress(text);
    };
    QStringList done;
    // The instance, by its tags. `kept` holds the document `found` points into.
    AwsQueryClient::Reply kept;
    const auto describe = [&](const Params &p, const XmlNode *&found, QString &error) {
        kept = ec2.call(QStringLiteral("DescribeInstances"), p, cancel);
        if (!kept.ok) {
            error = kept.message;
            return false;
        }
        const QList<const XmlNode *> instances = AwsQueryClient::instancesIn(kept.body);
        found = instances.isEmpty() ? nullptr : instances.last();
        const int count = int(instances.size());
        if (count > 1) {
            error = tr("%1 instances are named %2 in project %3; terminate the extra ones")
                        .arg(count)
                        .arg(host.host, plan.hiveName);
            return false;
        }
        return true;
    };
    Params byTags;
    addFilter(byTags, 1, QStringLiteral("tag:Name"), {host.host});
    addFilter(byTags, 2, QStringLiteral("tag:Project"), {plan.hiveName});
    addFilter(byTags, 3, QStringLiteral("instance-state-name"),
              {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("stopping"),
               QStringLiteral("stopped")});
    const XmlNode *instance = nullptr;
    QString error;
    if (!describe(byTags, instance, error))
        return fail(tr("looking for instance %1: %2").arg(host.host, error));
    QString state = instance ? instance->value(QStringLiteral("instanceState/name")) : QString();
    if (instance) {
        r.instanceId = instance->value(QStringLiteral("instanceId"));
        const QString type = instance->value(QStringLiteral("instanceType"));
        if (type != host.instanceType)
            say(tr("%1 is a %2, the stage says %3: changing the type needs a stop; it is left as "
                   "it "
                   "is")
                    .arg(host.host, type, host.instanceType));
    }
    if (checkOnly) {
        r.status = !instance || state != QLatin1String("running") ? RunEvent::Status::Changed
                                                                  : RunEvent::Status::Ok;
        r.message =
            !instance
                ? tr("would create %1 (%2) at %3").arg(host.host, host.instanceType, host.privateIp)
            : state == QLatin1String("running")
                ? tr("running (%1)").arg(r.instanceId)
                : tr("would start %1 (%2, %3)").arg(host.host, r.instanceId, state);
        return r;
    }
    if (!instance) {
        Params run{{QStringLiteral("ImageId"), where.image.id},
                   {QStringLiteral("InstanceType"), host.instanceType},
                   {QStringLiteral("KeyName"), where.keyName},
                   {QStringLiteral("MinCount"), QStringLiteral("1")},
                   {QStringLiteral("MaxCount"), QStringLiteral("1")},
                   {QStringLiteral("NetworkInterface.1.DeviceIndex"), QStringLiteral("0")},
                   {QStringLiteral("NetworkInterface.1.SubnetId"), where.subnetId},
                   {QStringLiteral("NetworkInterface.1.PrivateIpAddress"), host.privateIp},
                   {QStringLiteral("NetworkInterface.1.SecurityGroupId.1"), where.groupId},
                   {QStringLiteral("NetworkInterface.1.AssociatePublicIpAddress"),
                    QStringLiteral("false")}};
        addDisk(run, 1, host.root,
                host.root.device.isEmpty() ? where.image.rootDevice : host.root.device);
        if (host.hasMirroredDisk)
            addDisk(run, 2, host.mirrored, host.mirrored.device);
        addTagSpecification(run, 1, QStringLiteral("instance"), host.host, plan.hiveName);
        addTagSpecification(run, 2, QStringLiteral("volume"), host.host, plan.hiveName);
        // The same request sent again (a retry after a dropped answer)
        // makes no second instance.
        run.append({QStringLiteral("ClientToken"),
                    QString::fromLatin1(
                        QCryptographicHash::hash((plan.hiveName + QLatin1Char('/') + plan.stage +
                                                  QLatin1Char('/') + host.host + QLatin1Char('/') +
                                                  where.image.id)
                                                     .toUtf8(),
                                                 QCryptographicHash::Sha256)
                            .toHex()
                            .left(32))});
        const AwsQueryClient::Reply reply = ec2.call(QStringLiteral("RunInstances"), run, cancel);
        if (!reply.ok)
            return fail(tr("creating instance %1: %2").arg(host.host, reply.message));
        const QList<const XmlNode *> made = reply.body.items(QStringLiteral("instancesSet"));
        r.instanceId =
            made.isEmpty() ? QString() : made.first()->value(QStringLiteral("instanceId"));
        state = QStringLiteral("pending");
        done << tr("created %1 (%2)").arg(r.instanceId, host.instanceType);
        say(done.last());
    }
    // Stopping: let it stop, then start it.
    QElapsedTimer waited;
    waited.start();
    Params byId{{QStringLiteral("InstanceId.1"), r.instanceId}};
    while (state == QLatin1String("stopping") || state == QLatin1String("pending") ||
           state == QLatin1String("stopped")) {
        if (state == QLatin1String("stopped")) {
            const AwsQueryClient::Reply reply =
                ec2.call(QStringLiteral("StartInstances"), byId, cancel);
            if (!reply.ok)
                return fail(tr("starting %1: %2").arg(r.instanceId, reply.message));
            done << tr("started %1").arg(r.instanceId);
            say(done.last());
        }
        if (cancel && cancel->load())
            return fail(
                tr("cancelled while %1 was %2; the next run finds it").arg(r.instanceId, state));
        if (waited.elapsed() > 600000)
            return fail(tr("%1 is still %2 after 10 minutes").arg(r.instanceId, state));
        QThread::msleep(quint64(pollMs));
        if (!describe(byId, instance, error) || !instance)
            return fail(tr("looking at %1: %2").arg(r.instanceId, error));
        state = instance->value(QStringLiteral("instanceState/name"));
        say(tr("%1: %2 (%3 s)").arg(r.instanceId, state).arg(waited.elapsed() / 1000));
    }
    if (state != QLatin1String("running"))
        return fail(tr("%1 is %2").arg(r.instanceId, state));

    // Its Elastic IP.
    Params mine;
    addFilter(mine, 1, QStringLiteral("instance-id"), {r.instanceId});
    AwsQueryClient::Reply reply = ec2.call(QStringLiteral("DescribeAddresses"), mine, cancel);
    if (!reply.ok)
        return fail(tr("looking for the Elastic IP of %1: %2").arg(host.host, reply.message));
    QList<const XmlNode *> addresses = reply.body.items(QStringLiteral("addressesSet"));
    if (!addresses.isEmpty()) {
        r.publicIp = addresses.first()->value(QStringLiteral("publicIp"));
    } else {
        QString allocation;
        if (!host.publishedIp.isEmpty()) {
            reply = ec2.call(QStringLiteral("DescribeAddresses"),
                             {{QStringLiteral("PublicIp.1"), host.publishedIp}}, cancel);
            addresses = reply.ok ? reply.body.items(QStringLiteral("addressesSet"))
                                 : QList<const XmlNode *>();
            if (addresses.isEmpty())
                return fail(tr("hive_published_ip %1 of %2 is not an Elastic IP of this account in "
                               "%3 (%4)")
                                .arg(host.publishedIp, host.host, plan.region,
                                     reply.ok ? tr("not found") : reply.message));
            if (!addresses.first()->value(QStringLiteral("associationId")).isEmpty())
                return fail(tr("hive_published_ip %1 is in use by %2; free it or choose another")
                                .arg(host.publishedIp,
                                     addresses.first()->value(QStringLiteral("instanceId"))));
            allocation = addresses.first()->value(QStringLiteral("allocationId"));
            r.publicIp = host.publishedIp;
        } else {
            // One an earlier run allocated for it and did not associate.
            Params tagged;
            addFilter(tagged, 1, QStringLiteral("tag:Name"), {QStringLiteral("for ") + host.host});
            addFilter(tagged, 2, QStringLiteral("tag:Project"), {plan.hiveName});
            reply = ec2.call(QStringLiteral("DescribeAddresses"), tagged, cancel);
            if (!reply.ok)
                return fail(
                    tr("looking for the Elastic IP of %1: %2").arg(host.host, reply.message));
            for (const XmlNode *a : reply.body.items(QStringLiteral("addressesSet"))) {
                if (a->value(QStringLiteral("associationId")).isEmpty()) {
                    allocation = a->value(QStringLiteral("allocationId"));
                    r.publicIp = a->value(QStringLiteral("publicIp"));
                }
            }
            if (allocation.isEmpty()) {
                Params allocate{{QStringLiteral("Domain"), QStringLiteral("vpc")}};
                addTagSpecification(allocate, 1, QStringLiteral("elastic-ip"),
                                    QStringLiteral("for ") + host.host, plan.hiveName);
                reply = ec2.call(QStringLiteral("AllocateAddress"), allocate, cancel);
                if (!reply.ok)
                    return fail(
                        tr("allocating an Elastic IP for %1: %2").arg(host.host, reply.message));
                allocation = reply.body.value(QStringLiteral("allocationId"));
                r.publicIp = reply.body.value(QStringLiteral("publicIp"));
            }
        }
        reply = ec2.call(QStringLiteral("AssociateAddress"),
                         {{QStringLiteral("AllocationId"), allocation},
                          {QStringLiteral("InstanceId"), r.instanceId}},
                         cancel);
        if (!reply.ok)
            return fail(
                tr("giving %1 the Elastic IP %2: %3").arg(host.host, r.publicIp, reply.message));
        done << tr("Elastic IP %1").arg(r.publicIp);
        say(done.last());
    }
    r.status = done.isEmpty() ? RunEvent::Status::Ok : RunEvent::Status::Changed;
    r.message = done.isEmpty() ? tr("running (%1) at %2").arg(r.instanceId, r.publicIp)
                               : done.join(QStringLiteral(", "));
    return r;
}

} // namespace hive
