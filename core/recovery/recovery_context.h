#pragma once

#include "project/repair_journal.h"
#include "recovery/recovery_plan.h"
#include "recovery/swarm_survey.h"
#include "remote/host_pool.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace hive {

class Project;
struct LoadedInventory;
struct StagePlan;

// What a recovery flow works with: the stage's hives with their addresses
// and inventory groups, SSH to every host (pinned keys, the hive's key), the
// context dir, and a fresh survey of the swarm. Shared by the steps of a
// plan, which run after the planning returned.
class RecoveryContext
{
    Q_DECLARE_TR_FUNCTIONS(hive::RecoveryContext)
public:
    // Null, with the reason, when the stage cannot be reached yet (no such
    // stage, errors in the inventory, no SSH key: build-infra first).
    static std::shared_ptr<RecoveryContext> open(const Project &project,
                                                 const LoadedInventory &loaded, QString &error);

    // A context of given hives and addresses, its pool still empty: what
    // open() fills in, and what plans are made from when they are shown
    // before any host is reached.
    static std::shared_ptr<RecoveryContext> make(const QString &stage, const QStringList &hives,
                                                 const QHash<QString, QString> &addresses,
                                                 const QString &adminUser,
                                                 const QString &contextDir);

    const QString &stage() const { return m_stage; }
    const QStringList &hives() const { return m_hives; } // stage order
    QString firstHive() const { return m_hives.value(0); }
    // Every host of the stage (hives and the repository server), stage order.
    const QStringList &hosts() const { return m_hosts.isEmpty() ? m_hives : m_hosts; }
    void setHosts(const QStringList &hosts) { m_hosts = hosts; }
    QString repositoryHost() const { return m_repository; }
    void setRepositoryHost(const QString &host) { m_repository = host; }
    QString addressOf(const QString &host) const { return m_addresses.value(host); }
    QString adminUser() const { return m_admin; }
    QString contextDir() const { return m_contextDir; }
    HostPool &pool() { return m_pool; }
    // What the running repair took away and has not put back yet.
    RepairJournal journal() const { return RepairJournal(m_contextDir); }

    const std::atomic_bool *cancel = nullptr;
    // Output lines of the commands steps run (for the run's event stream).
    std::function<void(const QString &host, const QString &line)> onOutput;

    SwarmSurvey survey();
    // Why `host` cannot be the subject of a repair (not a hive of the
    // stage, naming the hives); empty when it is one.
    QString notAHive(const QString &host) const;
    // Runs a command as root; false with a message naming the host and
    // the command when it failed. `out` is its trimmed standard output.
    bool run(const QString &host, const QString &command, QString &out, QString &message,
             int timeoutMs = 120000);
    // The same, `input` on the command's standard input: how a secret (an
    // unlock key) reaches the host, never on its command line.
    bool runWithInput(const QString &host, const QString &command, const QByteArray &input,
                      QString &out, QString &message, int timeoutMs = 120000);
    // Fetches an archive a step made on `host` (SFTP) into `localPath`, in a
    // folder and file only the owner may read (archives hold keys and data),
    // then removes it there. False with the reason; `bytes` is its size.
    bool fetchArchive(const QString &host, const QString &remotePath, const QString &localPath,
                      qint64 &bytes, QString &message);
    // The way back: puts a local archive onto `host` (SFTP) at `remotePath`,
    // owner only. False with the reason; `bytes` is its size.
    bool putArchive(const QString &host, const QString &localPath, const QString &remotePath,
                    qint64 &bytes, QString &message);
    // Asks `host` (a manager) again and again until `ready` says yes for
    // what it printed, or `seconds` pass. True when it did.
    bool waitFor(const QString &host, const QString &command, int seconds,
                 const std::function<bool(const QString &out)> &ready, QString &last);
    // A step that runs `commands` in order on each of `hosts` (stopping at
    // the first that fails, with its message) and reports `done` as a change.
    static RecoveryPlan::Step commandStep(const std::shared_ptr<RecoveryContext> &context,
                                          const QString &name, const QStringList &hosts,
                                          const QStringList &commands, const QString &done);

private:
    QString m_stage;
    QStringList m_hives;
    QStringList m_hosts;
    QString m_repository;
    QHash<QString, QString> m_addresses;
    QString m_admin;
    QString m_contextDir;
    HostPool m_pool;
};

} // namespace hive
