#include "gui/health/backup_scheduler.h"

#include "inventory/inventory_loader.h"
#include "phases/recovery_runner.h"
#include "recovery/backup_schedule.h"
#include "recovery/recovery_context.h"
#include "recovery/recovery_request.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace hive::gui {

namespace {
constexpr int kCheckEveryMs = 3600 * 1000;
} // namespace

BackupScheduler::BackupScheduler(QObject *parent)
    : QObject(parent), m_timer(new QTimer(this)),
      m_running(this, [this](const Outcome &o, bool) { finished(o); })
{
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkDue);
}

BackupScheduler::~BackupScheduler()
{
    // A backup in progress finishes its host (docker is started again
    // whatever happens) and stops before the next one.
    m_running.cancel();
    m_running.waitForFinished();
}

QString BackupScheduler::settingsKey() const
{
    // Per project and stage: the folder may contain any character.
    const QByteArray id = QCryptographicHash::hash(
        (QDir(m_project.rootDir()).absolutePath() + QLatin1Char('\n') + m_project.stage()).toUtf8(),
        QCryptographicHash::Sha1);
    return QStringLiteral("backup/everyHours/") + QString::fromLatin1(id.toHex().left(16));
}

void BackupScheduler::setProject(const Project &project,
                                 const std::shared_ptr<const LoadedInventory> &loaded)
{
    const bool other =
        project.rootDir() != m_project.rootDir() || project.stage() != m_project.stage();
    m_project = project;
    m_loaded = loaded;
    m_hives.clear();
    if (const StagePlan *stage = loaded->hive.stage(project.stage())) {
        for (const HostPlan &h : stage->hosts) {
            if (h.isHive)
                m_hives << h.name;
        }
    }
    if (!other)
        return;
    m_everyHours = QSettings().value(settingsKey(), 0).toInt();
    emit settingsChanged();
    if (m_everyHours > 0) {
        m_timer->start();
        QTimer::singleShot(5000, this, &BackupScheduler::checkDue);
    } else {
        m_timer->stop();
    }
}

void BackupScheduler::clear()
{
    m_timer->stop();
    m_project = Project{};
    m_loaded.reset();
    m_hives.clear();
    m_everyHours = 0;
    emit settingsChanged();
}

void BackupScheduler::setEveryHours(int hours)
{
    if (!m_loaded)
        return;
    m_everyHours = qMax(0, hours);
    QSettings().setValue(settingsKey(), m_everyHours);
    if (m_everyHours > 0) {
        m_timer->start();
        checkDue();
    } else {
        m_timer->stop();
    }
    emit settingsChanged();
}

void BackupScheduler::checkDue()
{
    if (!m_loaded || m_running.isRunning() || m_everyHours <= 0)
        return;
    QDateTime newest;
    const QString contextDir = QDir(m_project.contextDir()).absolutePath();
    if (!BackupSchedule::due(contextDir, m_hives, m_everyHours, QDateTime::currentDateTimeUtc(),
                             &newest))
        return;
    emit message(newest.isValid()
                     ? tr("Scheduled backup: the newest is from %1, starting `hive backup`")
                           .arg(QLocale().toString(newest.toLocalTime(), QLocale::ShortFormat))
                     : tr("Scheduled backup: there is none yet, starting `hive backup`"));
    Project project = m_project;
    const std::shared_ptr<const LoadedInventory> loaded = m_loaded;
    m_running.start([project, loaded](const std::atomic_bool *cancel) mutable {
        Outcome o;
        QString error;
        const std::shared_ptr<RecoveryContext> context =
            RecoveryContext::open(project, *loaded, error);
        if (!context) {
            o.why = error;
            return o;
        }
        context->cancel = cancel;
        RecoveryRequest request;
        request.kind = RecoveryRequest::Kind::Backup;
        RecoveryPlan plan;
        if (!request.plan(context, *loaded, plan, error)) {
            o.why = error;
            return o;
        }
        if (!plan.runnable() || plan.empty()) {
            o.why = plan.runnable() ? plan.title : plan.refusal;
            return o;
        }
        PhaseOptions options;
        options.cancel = cancel;
        o.ran = true;
        // Nobody watches a scheduled run: its events go to the run log only.
        o.result = RecoveryRunner::run(project, *loaded, plan, nullptr, options);
        return o;
    });
}

void BackupScheduler::finished(const Outcome &o)
{
    if (!o.ran) {
        emit message(tr("Scheduled backup not taken: %1").arg(o.why));
        return;
    }
    if (!o.result.error.isEmpty())
        emit message(tr("Scheduled backup not taken: %1").arg(o.result.error));
    else if (o.result.ok)
        emit message(tr("Scheduled backup taken (run log: %1)")
                         .arg(o.result.runLogs.value(0, QStringLiteral("-"))));
    else
        emit message(tr("Scheduled backup failed during %1; the run log in %2 says why")
                         .arg(o.result.stoppedAt,
                              QDir(m_project.hiveDir()).filePath(QStringLiteral("runs"))));
    emit backedUp();
}

} // namespace hive::gui
