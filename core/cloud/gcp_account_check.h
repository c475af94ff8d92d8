#pragma once

#include "cloud/cloud_account_result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

class GcpServiceAccount;

// What the wizard's GCP page asks before a stage is written, with the
// service account's key: the project (compute.projects.get), the region's
// zones that are up (compute.regions.get, zones), and which of the machine
// types chosen its first zone offers (compute.machineTypes.get). Read only;
// blocking (a worker thread).
class GcpAccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpAccountCheck)
public:
    static CloudAccountResult run(const GcpServiceAccount &account, const QString &region,
                                  const QStringList &machineTypes,
                                  const std::atomic_bool *cancel = nullptr);
};

} // namespace hive
