#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

class Project;
struct LoadedInventory;
struct StagePlan;

// The project's stage as everything that reaches it settles it first: the
// inventory has no errors, the stage exists in the hive definition, and -l
// selects hosts of it (phases, doctor, repairs, the Live tab). The error
// says what to do next.
class StageScope
{
    Q_DECLARE_TR_FUNCTIONS(hive::StageScope)
public:
    // The stage, with the selected host names in stage order; null with the
    // error otherwise.
    static const StagePlan *resolve(const Project &project, const LoadedInventory &loaded,
                                    const QString &limit, QStringList &hosts, QString &error);
    // The services of a stage, in definition order.
    static QStringList servicesOf(const LoadedInventory &loaded, const QString &stage);
    // Those of them with backup_scripts (their data is backed up).
    static QStringList servicesWithBackups(const LoadedInventory &loaded, const QString &stage);
};

} // namespace hive
