#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <atomic>

namespace hive {

class Project;
struct LoadedInventory;
struct StagePlan;

// What a stage's cloud (AWS, Google Cloud, Azure) says of its hosts'
// instances, by host: "running", "stopped" (GCE's TERMINATED, a VM powered
// off), "deallocated", "stopping", "starting", or the cloud's own word. What
// the Live tab shows when no manager answers (a stage stopped with -H, an
// instance the cloud stopped). Read only, with the credentials build-infra
// uses; blocking (a worker thread).
class CloudInstanceStates
{
    Q_DECLARE_TR_FUNCTIONS(hive::CloudInstanceStates)
public:
    // Whether `provider` is a cloud this reads, and its name for people.
    static bool reads(const QString &provider);
    static QString cloudName(const QString &provider);
    // Whether `state` means the instance is stopped (build-infra starts it).
    static bool isStopped(const QString &state);
    static bool read(const LoadedInventory &loaded, const StagePlan &stage, const Project &project,
                     QMap<QString, QString> &states, QString &error,
                     const std::atomic_bool *cancel = nullptr);
};

} // namespace hive
