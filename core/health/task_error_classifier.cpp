#include "health/task_error_classifier.h"

#include <QRegularExpression>

namespace hive {

TaskErrorClassifier::Result TaskErrorClassifier::classify(const QString &error,
                                                          const QString &service)
{
    Result r;
    if (error.trimmed().isEmpty())
        return r;
    const QString e = error.toLower();
    if (e.contains(QLatin1String("failed to mount local volume")) ||
        e.contains(QLatin1String("error while mounting volume"))) {
        // "mount /dev/drbd8:/var/lib/docker/volumes/ldap_data/_data: invalid argument"
        static const QRegularExpression mount(
            QStringLiteral("mount (/dev/[^:\\s]+):/var/lib/docker/volumes/([^/]+)/_data"));
        const QRegularExpressionMatch m = mount.match(error);
        if (m.hasMatch()) {
            r.device = m.captured(1);
            r.volume = m.captured(2);
        }
        const bool damaged = e.contains(QLatin1String("invalid argument")) ||
                             e.contains(QLatin1String("structure needs cleaning")) ||
                             e.contains(QLatin1String("bad superblock")) ||
                             e.contains(QLatin1String("wrong fs type"));
        if (damaged) {
            r.kind = Kind::FileSystemDamage;
            r.explanation = tr("the file system of volume %1 (%2) is damaged")
                                .arg(r.volume.isEmpty() ? tr("(unnamed)") : r.volume,
                                     r.device.isEmpty() ? tr("device unknown") : r.device);
            r.action =
                tr("On the first hive: `docker service scale %1=0`, repair the file system "
                   "(`xfs_repair %2` for xfs, `fsck -y %2` otherwise), then `docker "
                   "service scale %1=<replicas>` (hive-builder manual, chapter 12).")
                    .arg(service, r.device.isEmpty() ? QStringLiteral("<device>") : r.device);
        } else {
            r.kind = Kind::VolumeMount;
            r.explanation = tr("volume %1 cannot be mounted").arg(r.volume);
            r.action = tr("Check the volume's DRBD state (`drbdadm status %1`) and that it is "
                          "primary where the task runs; `hive build-volumes -l %1` recreates a "
                          "missing one.")
                           .arg(r.volume.isEmpty() ? QStringLiteral("<volume>") : r.volume);
        }
        return r;
    }
    if (e.contains(QLatin1String("no such image")) ||
        e.contains(QLatin1String("pull access denied")) ||
        e.contains(QLatin1String("manifest unknown")) ||
        e.contains(QLatin1String("not found: manifest")) ||
        e.contains(QLatin1String("failed to resolve reference")) ||
        e.contains(QLatin1String("no basic auth credentials")) ||
        e.contains(QLatin1String("unauthorized: authentication required"))) {
        r.kind = Kind::ImagePull;
        r.explanation = tr("the image cannot be pulled");
        r.action = tr("Check that the image exists in the hive registry and the hosts are logged "
                      "in: `hive build-images -l %1`, then `hive deploy-services -l %1`.")
                       .arg(service);
        return r;
    }
    if (e.contains(QLatin1String("port is already allocated")) ||
        e.contains(QLatin1String("address already in use")) ||
        e.contains(QLatin1String("host-mode port already in use"))) {
        r.kind = Kind::PortConflict;
        r.explanation = tr("a published port is already taken on the node");
        r.action = tr("Find what holds the port on that node (`ss -ltnp`) and stop it, or publish "
                      "%1 on another port.")
                       .arg(service);
        return r;
    }
    if (e.contains(QLatin1String("no suitable node"))) {
        r.kind = Kind::NoSuitableNode;
        r.explanation = tr("no node satisfies the service's placement (constraints, resources or "
                           "a drained node)");
        r.action =
            tr("Check the placement of %1 against the nodes' labels and availability "
               "(`docker node ls`); a drained node takes tasks again after `docker node update "
               "--availability active HOST`.")
                .arg(service);
        return r;
    }
    if (e.contains(QLatin1String("exit (137)")) || e.contains(QLatin1String("oomkilled")) ||
        e.contains(QLatin1String("out of memory"))) {
        r.kind = Kind::OutOfMemory;
        r.explanation = tr("the process was killed (exit 137: out of memory or killed)");
        r.action = tr("Raise the memory limit of %1 or find what uses the memory on the node.")
                       .arg(service);
        return r;
    }
    if (e.contains(QLatin1String("non-zero exit"))) {
        r.kind = Kind::ProcessExit;
        r.explanation = tr("the service's process exits with an error");
        r.action = tr("Read its log: `docker service logs --tail 50 %1` on the first hive, or "
                      "/var/log/services/%1.log on the repository server.")
                       .arg(service);
        return r;
    }
    r.kind = Kind::Other;
    r.explanation = tr("the task fails");
    r.action =
        tr("Read the error above and the service's log (`docker service logs %1`).").arg(service);
    return r;
}

QString TaskErrorClassifier::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::FileSystemDamage:
        return QStringLiteral("file-system-damage");
    case Kind::VolumeMount:
        return QStringLiteral("volume-mount");
    case Kind::ImagePull:
        return QStringLiteral("image-pull");
    case Kind::PortConflict:
        return QStringLiteral("port-conflict");
    case Kind::NoSuitableNode:
        return QStringLiteral("no-suitable-node");
    case Kind::OutOfMemory:
        return QStringLiteral("out-of-memory");
    case Kind::ProcessExit:
        return QStringLiteral("process-exit");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace hive
