#pragma once

#include "engine/phase_session.h"
#include "gui/run/background_job.h"
#include "project/project.h"

#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

namespace hive {
struct LoadedInventory;
}

namespace hive::gui {

// Scheduled swarm backups while the app has the project open: every hour
// (and soon after the project opens) it asks BackupSchedule whether the
// newest archive is older than the chosen interval, and if so runs `hive
// backup` — the same plan and runner as the CLI, with the stage's lock and
// a run log — off the GUI thread. Off unless chosen, per project.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    explicit BackupScheduler(QObject *parent = nullptr);
    ~BackupScheduler() override;

    // The inventory is shared with the Health tab, not copied again.
    void setProject(const Project &project, const std::shared_ptr<const LoadedInventory> &loaded);
    void clear();
    // Hours between backups for this project; 0 = never.
    int everyHours() const { return m_everyHours; }
    void setEveryHours(int hours);
    bool isRunning() const { return m_running.isRunning(); }
    // Looks now whether a backup is due and starts it.
    void checkDue();

signals:
    // One line for the Log: started, skipped (why), finished (how).
    void message(const QString &text);
    void backedUp();
    void settingsChanged();

private:
    struct Outcome
    {
        bool ran = false;
        PhaseSession::Result result;
        QString why; // refused, nothing to do, or could not read the hosts
    };

    QTimer *m_timer;
    Project m_project;
    std::shared_ptr<const LoadedInventory> m_loaded;
    QStringList m_hives;
    int m_everyHours = 0;
    BackgroundJob<Outcome> m_running;

    QString settingsKey() const;
    void finished(const Outcome &outcome);
};

} // namespace hive::gui
