#pragma once

#include "data/yaml_text_editor.h"
#include "project/repair_journal.h"
#include "recovery/drbd_repair_flow.h"
#include "recovery/recovery_plan.h"

#include <memory>

namespace hive {

class RecoveryContext;
struct LoadedInventory;

// `hive recover drbd VOLUME --grow SIZE` — a DRBD volume that is filling up
// made larger, the way seeds/000 does it by hand, as one guided run: the
// services that use it are scaled to 0 and the volume's files are archived
// into .hive/<stage>/backups (owner only); the volume's `drbd.size` is
// changed in its services file (only that value; comments and layout kept);
// the services and the volume are removed and built again at the new size
// (deploy-services -D, build-volumes -D, build-volumes, deploy-services);
// then, with the services at 0 again, the files are put back and the
// services scaled back whatever happened. The archive stays.
// Where a hive cannot run DRBD (the test bed), the volume is a plain local
// volume: it is archived where the service ran and put back on every hive.
class DrbdGrowFlow
{
    Q_DECLARE_TR_FUNCTIONS(hive::DrbdGrowFlow)
public:
    // Where the volume's size is written.
    struct Definition
    {
        QString file;
        YamlTextEditor::Path path; // services, NAME, volumes, N, drbd, size
        QString size;              // as written now
    };

    static bool definition(const LoadedInventory &loaded, const QString &volume, Definition &out,
                           QString &error);
    // The hive where a task of the first service that uses the volume runs
    // (where a local volume's files are); empty when none runs.
    static QString dataHost(const std::shared_ptr<RecoveryContext> &context,
                            const QStringList &services);
    static RecoveryPlan plan(const std::shared_ptr<RecoveryContext> &context,
                             const DrbdRepairFlow::Target &target, const Definition &definition,
                             const QString &newSize, const QString &dataHost);
    // What archives the volume's files into `archive` on a host (DRBD:
    // primary, mounted read-only; else the local volume's folder).
    static QString backupCommand(const DrbdResource &resource, const QString &archive,
                                 const QString &owner);
    static QString restoreCommand(const DrbdResource &resource, const QString &archive);

    // What a grow leaves in the journal from the moment the volume's
    // definition changes until its services run again: the volume, the new
    // size, the archive with its files, the services, and whether the files
    // are back already. `hive recover resume` finishes the grow from it.
    struct Progress
    {
        QString volume;
        QString size;
        QString archive;
        QStringList services;
        bool restored = false; // only deploy-services is left
    };
    static RepairJournal::Entry journalEntry(const QString &host, const Progress &progress);
    static bool progressOf(const RepairJournal::Entry &entry, Progress &out);
    // The rest of an interrupted grow (refused when its archive is gone).
    static RecoveryPlan resumePlan(const std::shared_ptr<RecoveryContext> &context,
                                   const LoadedInventory &loaded,
                                   const RepairJournal::Entry &entry);

private:
    // Rebuilding the volume (unless the files are back), the files put
    // back, the services deployed and checked; the entry goes at the end.
    static void finish(RecoveryPlan &plan, const std::shared_ptr<RecoveryContext> &context,
                       const DrbdResource &resource, const Progress &progress);
};

} // namespace hive
