#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

class HostPool;
class Project;
class RunReporter;
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
    // Starts the phase ("stage S of HIVE") and resolves; on an error the
    // phase is ended with it (RunReporter::abort) and null is returned.
    // -l for phases whose targets are names (networks, volumes): the named
    // ones of `available`, in its order. Returns the first name that is not
    // available (empty when all are); an empty limit chooses all.
    static QString chooseNamed(const QStringList &available, const QString &limit,
                               QStringList &chosen);
    static const StagePlan *begin(RunReporter &reporter, const Project &project,
                                  const LoadedInventory &loaded, const QString &limit,
                                  QStringList &hosts);
    // begin() for the phases whose targets are names (images, volumes,
    // networks, services) on the whole stage; with a pool, the stage's SSH
    // connections are added to it (an error — no key yet — ends the phase).
    static const StagePlan *beginOnStage(RunReporter &reporter, const Project &project,
                                         const LoadedInventory &loaded, HostPool *pool = nullptr);
    // The services of a stage, in definition order.
    static QStringList servicesOf(const LoadedInventory &loaded, const QString &stage);
    // -l of the service phases: the named services of the stage (all for an
    // empty limit). A name that is not one ends the phase (RunReporter::abort)
    // with the list of the stage's services, and false is returned.
    static bool chooseServices(RunReporter &reporter, const LoadedInventory &loaded,
                               const QString &stage, const QString &limit, QStringList &chosen);
};

} // namespace hive
