#include "providers/aws_file_system.h"

#include "cloud/aws_rest_json_client.h"
#include "providers/aws_resource_plan.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QThread>

namespace hive {

namespace {

const QString kFileSystems = QStringLiteral("/2015-02-01/file-systems");
const QString kMountTargets = QStringLiteral("/2015-02-01/mount-targets");
constexpr qint64 kWaitMs = 15 * 60 * 1000;

// Sleeps `ms`, a cancel cutting it short; false when cancelled.
bool pause(int ms, const std::atomic_bool *cancel)
{
    for (int slept = 0; slept < ms; slept += 100) {
        if (cancel && cancel->load())
            return false;
        QThread::msleep(quint64(qMin(100, ms)));
    }
    return !(cancel && cancel->load());
}

} // namespace

AwsFileSystem::Result AwsFileSystem::ensure(AwsRestJsonClient &efs, const AwsResourcePlan &plan,
                                            const QHash<QString, QString> &subnetIds,
                                            const QString &groupId, bool checkOnly,
                                            const std::atomic_bool *cancel,
                                            const std::function<void(const QString &)> &progress,
                                            int pollMs)
{
    Result r;
    const auto fail = [&](const QString &what, const QString &why) {
        r.status = RunEvent::Status::Failed;
        r.message = tr("%1: %2").arg(what, why);
        return r;
    };
    const auto say = [&](const QString &text) {
        if (progress)
            progress(text);
    };
    const QString &token = plan.fileSystemToken;
    const auto describe = [&](QJsonObject &fs, QString &error) {
        const AwsRestJsonClient::Reply found =
            efs.call(QStringLiteral("DescribeFileSystems"), "GET", kFileSystems,
                     {{QStringLiteral("CreationToken"), token}}, {}, cancel);
        if (!found.ok) {
            error = found.message;
            return false;
        }
        const QJsonArray all = found.json.value(QStringLiteral("FileSystems")).toArray();
        fs = all.isEmpty() ? QJsonObject() : all.first().toObject();
        return true;
    };
    QStringList done;
    QJsonObject fs;
    QString error;
    if (!describe(fs, error))
        return fail(tr("looking for EFS %1").arg(token), error);
    if (fs.isEmpty()) {
        if (checkOnly) {
            r.status = RunEvent::Status::Changed;
            r.message = tr("would create EFS %1 with a mount target in each of %n subnet(s)",
                           nullptr, int(plan.subnets.size()))
                            .arg(token);
            return r;
        }
        // Encrypted as the hives' mirrored disks are.
        bool encrypted = false;
        QString kms;
        for (const AwsResourcePlan::Instance &i : plan.instances) {
            if (i.hasMirroredDisk && i.mirrored.encrypted) {
                encrypted = true;
                kms = i.mirrored.kmsKeyId;
            }
        }
        QJsonObject body{{QStringLiteral("CreationToken"), token},
                         {QStringLiteral("PerformanceMode"), QStringLiteral("generalPurpose")},
                         {QStringLiteral("Encrypted"), encrypted},
                         {QStringLiteral("Tags"),
                          QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("Name")},
                                                 {QStringLiteral("Value"), token}},
                                     QJsonObject{{QStringLiteral("Key"), QStringLiteral("Project")},
                                                 {QStringLiteral("Value"), plan.hiveName}}}}};
        if (encrypted && !kms.isEmpty())
            body.insert(QStringLiteral("KmsKeyId"), kms);
        const AwsRestJsonClient::Reply made =
            efs.call(QStringLiteral("CreateFileSystem"), "POST", kFileSystems, {}, body, cancel);
        if (!made.ok && made.code != QLatin1String("FileSystemAlreadyExists"))
            return fail(tr("creating EFS %1").arg(token), made.message);
        if (made.ok)
            fs = made.json;
        else if (!describe(fs, error) || fs.isEmpty())
            return fail(tr("looking for EFS %1").arg(token), error);
        done << tr("created EFS %1 (%2)")
                    .arg(token, fs.value(QStringLiteral("FileSystemId")).toString());
        say(done.last());
    }
    r.fileSystemId = fs.value(QStringLiteral("FileSystemId")).toString();
    r.dnsName = QStringLiteral("%1.efs.%2.amazonaws.com").arg(r.fileSystemId, plan.region);

    // Until it is available.
    QElapsedTimer waited;
    waited.start();
    while (!checkOnly &&
           fs.value(QStringLiteral("LifeCycleState")).toString() != QLatin1String("available")) {
        const QString state = fs.value(QStringLiteral("LifeCycleState")).toString();
        if (state != QLatin1String("creating") && state != QLatin1String("updating"))
            return fail(tr("EFS %1").arg(r.fileSystemId),
                        tr("it is %1; remove it or wait until it is gone").arg(state));
        if (waited.elapsed() > kWaitMs)
            return fail(tr("EFS %1").arg(r.fileSystemId),
                        tr("still %1 after 15 minutes; run again later").arg(state));
        say(tr("EFS %1 is %2 (%3 s)").arg(r.fileSystemId, state).arg(waited.elapsed() / 1000));
        if (!pause(pollMs, cancel) || !describe(fs, error) || fs.isEmpty())
            return fail(tr("waiting for EFS %1").arg(r.fileSystemId),
                        error.isEmpty() ? tr("cancelled; the next run goes on from here") : error);
    }

    // A mount target in each subnet.
    const auto targets = [&](QJsonArray &out, QString &why) {
        const AwsRestJsonClient::Reply listed =
            efs.call(QStringLiteral("DescribeMountTargets"), "GET", kMountTargets,
                     {{QStringLiteral("FileSystemId"), r.fileSystemId}}, {}, cancel);
        if (!listed.ok) {
            why = listed.message;
            return false;
        }
        out = listed.json.value(QStringLiteral("MountTargets")).toArray();
        return true;
    };
    QJsonArray existing;
    if (!targets(existing, error))
        return fail(tr("looking for the mount targets of %1").arg(r.fileSystemId), error);
    QSet<QString> covered;
    for (const QJsonValue &t : std::as_const(existing))
        covered.insert(t.toObject().value(QStringLiteral("SubnetId")).toString());
    for (const AwsResourcePlan::Subnet &s : plan.subnets) {
        const QString subnet = subnetIds.value(s.name);
        if (!subnet.isEmpty() && covered.contains(subnet))
            continue;
        if (checkOnly) {
            done << tr("would add a mount target in subnet %1").arg(s.name);
            continue;
        }
        if (subnet.isEmpty())
            return fail(tr("a mount target in subnet %1").arg(s.name),
                        tr("the subnet was not made; run build-infra again"));
        const AwsRestJsonClient::Reply added =
            efs.call(QStringLiteral("CreateMountTarget"), "POST", kMountTargets, {},
                     {{QStringLiteral("FileSystemId"), r.fileSystemId},
                      {QStringLiteral("SubnetId"), subnet},
                      {QStringLiteral("SecurityGroups"), QJsonArray{groupId}}},
                     cancel);
        if (!added.ok && added.code != QLatin1String("MountTargetConflict"))
            return fail(tr("adding a mount target in subnet %1").arg(s.name), added.message);
        done << tr("added a mount target in subnet %1").arg(s.name);
        say(done.last());
    }
    // Until none is still being made.
    waited.restart();
    for (bool creating = !checkOnly; creating;) {
        if (!targets(existing, error))
            return fail(tr("looking for the mount targets of %1").arg(r.fileSystemId), error);
        creating = false;
        for (const QJsonValue &t : std::as_const(existing))
            creating =
                creating || t.toObject().value(QStringLiteral("LifeCycleState")).toString() ==
                                QLatin1String("creating");
        if (!creating)
            break;
        if (waited.elapsed() > kWaitMs)
            return fail(tr("mount targets of %1").arg(r.fileSystemId),
                        tr("still being made after 15 minutes; run again later"));
        say(tr("mount targets of %1 are being made (%2 s)")
                .arg(r.fileSystemId)
                .arg(waited.elapsed() / 1000));
        if (!pause(pollMs, cancel))
            return fail(tr("waiting for the mount targets of %1").arg(r.fileSystemId),
                        tr("cancelled; the next run goes on from here"));
    }
    r.status = done.isEmpty() ? RunEvent::Status::Ok : RunEvent::Status::Changed;
    r.message =
        done.isEmpty()
            ? tr("EFS %1 (%2) with a mount target in each subnet").arg(token, r.fileSystemId)
            : done.join(QStringLiteral("; "));
    return r;
}

AwsFileSystem::Result AwsFileSystem::destroy(AwsRestJsonClient &efs, const AwsResourcePlan &plan,
                                             bool checkOnly, const std::atomic_bool *cancel,
                                             const std::function<void(const QString &)> &progress,
                                             int pollMs)
{
    Result r;
    const auto fail = [&](const QString &what, const QString &why) {
        r.status = RunEvent::Status::Failed;
        r.message = tr("%1: %2").arg(what, why);
        return r;
    };
    const QString &token = plan.fileSystemToken;
    const AwsRestJsonClient::Reply found =
        efs.call(QStringLiteral("DescribeFileSystems"), "GET", kFileSystems,
                 {{QStringLiteral("CreationToken"), token}}, {}, cancel);
    if (!found.ok)
        return fail(tr("looking for EFS %1").arg(token), found.message);
    const QJsonArray all = found.json.value(QStringLiteral("FileSystems")).toArray();
    if (all.isEmpty()) {
        r.message = tr("no EFS %1").arg(token);
        return r;
    }
    r.fileSystemId = all.first().toObject().value(QStringLiteral("FileSystemId")).toString();
    QStringList done;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const AwsRestJsonClient::Reply listed =
            efs.call(QStringLiteral("DescribeMountTargets"), "GET", kMountTargets,
                     {{QStringLiteral("FileSystemId"), r.fileSystemId}}, {}, cancel);
        if (!listed.ok)
            return fail(tr("looking for the mount targets of %1").arg(r.fileSystemId),
                        listed.message);
        const QJsonArray targets = listed.json.value(QStringLiteral("MountTargets")).toArray();
        if (targets.isEmpty())
            break;
        bool waiting = false;
        for (const QJsonValue &v : targets) {
            const QJsonObject t = v.toObject();
            const QString id = t.value(QStringLiteral("MountTargetId")).toString();
            if (t.value(QStringLiteral("LifeCycleState")).toString() == QLatin1String("deleting")) {
                waiting = true;
                continue;
            }
            done << (checkOnly ? tr("would remove mount target %1").arg(id)
                               : tr("removed mount target %1").arg(id));
            if (checkOnly)
                continue;
            const AwsRestJsonClient::Reply removed =
                efs.call(QStringLiteral("DeleteMountTarget"), "DELETE",
                         kMountTargets + QLatin1Char('/') + id, {}, {}, cancel);
            if (!removed.ok && removed.code != QLatin1String("MountTargetNotFound"))
                return fail(tr("removing mount target %1").arg(id), removed.message);
            waiting = true;
            if (progress)
                progress(done.last());
        }
        if (checkOnly || !waiting)
            break;
        if (waited.elapsed() > kWaitMs)
            return fail(tr("mount targets of %1").arg(r.fileSystemId),
                        tr("still there after 15 minutes; run -D again later"));
        if (!pause(pollMs, cancel))
            return fail(tr("removing the mount targets of %1").arg(r.fileSystemId),
                        tr("cancelled; the next run goes on from here"));
    }
    done << (checkOnly ? tr("would remove EFS %1 (%2)") : tr("removed EFS %1 (%2)"))
                .arg(token, r.fileSystemId);
    if (!checkOnly) {
        const AwsRestJsonClient::Reply removed =
            efs.call(QStringLiteral("DeleteFileSystem"), "DELETE",
                     kFileSystems + QLatin1Char('/') + r.fileSystemId, {}, {}, cancel);
        if (!removed.ok && removed.code != QLatin1String("FileSystemNotFound"))
            return fail(tr("removing EFS %1").arg(r.fileSystemId), removed.message);
        if (progress)
            progress(done.last());
    }
    r.status = RunEvent::Status::Changed;
    r.message = done.join(QStringLiteral("; "));
    return r;
}

} // namespace hive
