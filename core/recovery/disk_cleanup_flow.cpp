#include "recovery/disk_cleanup_flow.h"

#include "recovery/recovery_context.h"

#include <QLocale>
#include <QRegularExpression>

namespace hive {

namespace {
const QString kUsage =
    QStringLiteral("df -P / /var/lib/docker | tail -n +2 | awk '{print $6 \" \" $5}' "
                   "| sort -u");
const QString kRegistryConfig = QStringLiteral("/etc/docker/registry/config.yml");
} // namespace

qint64 DiskCleanupFlow::reclaimedBytes(const QString &pruneOutput)
{
    static const QRegularExpression re(
        QStringLiteral("Total reclaimed space:\\s*([0-9.]+)\\s*([kMGT]?B)"));
    qint64 total = 0;
    auto it = re.globalMatch(pruneOutput);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString unit = m.captured(2);
        const double scale = unit == QLatin1String("kB")   ? 1e3
                             : unit == QLatin1String("MB") ? 1e6
                             : unit == QLatin1String("GB") ? 1e9
                             : unit == QLatin1String("TB") ? 1e12
                                                           : 1.0;
        total += qint64(m.captured(1).toDouble() * scale);
    }
    return total;
}

RecoveryPlan DiskCleanupFlow::plan(const std::shared_ptr<RecoveryContext> &context,
                                   const Options &options)
{
    RecoveryPlan plan;
    plan.operation = QStringLiteral("recover-disk");
    plan.title = tr("Free disk space on %n host(s)", nullptr, int(context->hosts().size()));
    const QString imagePrune = options.allImages ? QStringLiteral("docker image prune -a -f")
                                                 : QStringLiteral("docker image prune -f");
    plan.notes << (options.allImages
                       ? tr("Every image no container uses is removed; a service that starts on "
                            "this host later pulls its image again from the registry.")
                       : tr("Only dangling images (no tag, no container) are removed; "
                            "--all-images also removes tagged images no container uses."));
    plan.notes << tr("A full DRBD volume is not freed by this: grow it as chapter 12 of the "
                     "hive-builder manual describes "
                     "(back up, remove, resize, rebuild, restore).");
    auto ctx = context;

    RecoveryPlan::Step prune;
    prune.name = QStringLiteral("prune");
    prune.hosts = context->hosts();
    prune.commands = {kUsage + QStringLiteral("   # before"),
                      QStringLiteral("docker container prune -f"), imagePrune};
    prune.maxParallel = 4;
    prune.work = [ctx, imagePrune](const QString &h, QString &message) {
        QString before, out, containers, images;
        if (!ctx->run(h, kUsage, before, message, 30000) ||
            !ctx->run(h, QStringLiteral("docker container prune -f"), containers, message,
                      300000) ||
            !ctx->run(h, imagePrune, images, message, 600000))
            return RunEvent::Status::Failed;
        const qint64 freed = reclaimedBytes(containers + QLatin1Char('\n') + images);
        QString after;
        ctx->run(h, kUsage, after, message, 30000);
        message = tr("freed %1; use before: %2, after: %3")
                      .arg(QLocale::c().formattedDataSize(freed, 1, QLocale::DataSizeSIFormat),
                           before.split(QLatin1Char('\n')).join(QStringLiteral(", ")),
                           after.split(QLatin1Char('\n')).join(QStringLiteral(", ")));
        return freed > 0 ? RunEvent::Status::Changed : RunEvent::Status::Ok;
    };
    plan.steps << prune;

    const QString repository = context->repositoryHost();
    if (options.registry && !repository.isEmpty()) {
        RecoveryPlan::Step gc;
        gc.name = QStringLiteral("registry-gc");
        gc.hosts = {repository};
        // The registry is stopped while it collects, so no push loses a
        // layer being uploaded; it is started again whatever happens.
        const QString command =
            QStringLiteral("systemctl cat docker-registry >/dev/null 2>&1 || { echo "
                           "not-packaged; exit 0; }; systemctl stop docker-registry; "
                           "docker-registry garbage-collect %1; rc=$?; systemctl start "
                           "docker-registry; exit $rc")
                .arg(kRegistryConfig);
        gc.commands = {QStringLiteral("systemctl stop docker-registry"),
                       QStringLiteral("docker-registry garbage-collect %1").arg(kRegistryConfig),
                       QStringLiteral("systemctl start docker-registry")};
        gc.work = [ctx, command](const QString &h, QString &message) {
            QString out;
            if (!ctx->run(h, command, out, message, 1800000))
                return RunEvent::Status::Failed;
            if (out == QLatin1String("not-packaged")) {
                message = tr("the registry here is not Debian's docker-registry service; "
                             "garbage-collect it by hand");
                return RunEvent::Status::Ok;
            }
            static const QRegularExpression eligible(
                QStringLiteral("(\\d+) blobs eligible for deletion"));
            const QRegularExpressionMatch m = eligible.match(out);
            const int blobs = m.hasMatch() ? m.captured(1).toInt() : 0;
            message = tr("registry garbage-collected: %n blob(s) deleted", nullptr, blobs);
            return blobs > 0 ? RunEvent::Status::Changed : RunEvent::Status::Ok;
        };
        plan.steps << gc;

        RecoveryPlan::Step logs;
        logs.name = QStringLiteral("service-logs");
        logs.hosts = {repository};
        const QString list = QStringLiteral("du -am /var/log/services 2>/dev/null | sort -rn | "
                                            "awk '$2 != \"/var/log/services\"' | head -5");
        logs.commands = {list + QStringLiteral("   # the largest, for you to compress or remove")};
        logs.work = [ctx, list](const QString &h, QString &message) {
            QString out;
            if (!ctx->run(h, list, out, message, 60000))
                return RunEvent::Status::Failed;
            QStringList largest;
            for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList f = line.simplified().split(QLatin1Char(' '));
                if (f.size() >= 2)
                    largest << QStringLiteral("%1 (%2 MiB)").arg(f.at(1), f.at(0));
            }
            message = largest.isEmpty() ? tr("no service logs")
                                        : tr("largest service logs (not removed): %1")
                                              .arg(largest.join(QStringLiteral(", ")));
            return RunEvent::Status::Ok;
        };
        plan.steps << logs;
    }
    return plan;
}

} // namespace hive
