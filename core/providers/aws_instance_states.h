#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <atomic>

namespace hive {

struct AwsStageAccess;

// What AWS says of a stage's instances (pending, running, stopping,
// stopped, …) by host, found by their Name and Project tags: what the Live
// tab shows when no manager answers (a stage stopped with -H, an instance
// AWS stopped). Read only; blocking (a worker thread).
class AwsInstanceStates
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsInstanceStates)
public:
    static bool read(const AwsStageAccess &access, QMap<QString, QString> &states, QString &error,
                     const std::atomic_bool *cancel = nullptr);
};

} // namespace hive
