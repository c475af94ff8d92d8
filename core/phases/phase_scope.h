#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

class Project;
struct LoadedInventory;
struct StagePlan;

// What every host phase settles before it touches anything: the inventory
// has no errors, the project's stage exists in the hive definition, and -l
// selects hosts of it. The error says what to do next.
class PhaseScope
{
    Q_DECLARE_TR_FUNCTIONS(hive::PhaseScope)
public:
    // The stage, with the selected host names in stage order; null with the
    // error otherwise.
    static const StagePlan *resolve(const Project &project, const LoadedInventory &loaded,
                                    const QString &limit, QStringList &hosts, QString &error);
};

} // namespace hive
