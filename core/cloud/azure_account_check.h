#pragma once

#include "cloud/cloud_account_result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace hive {

struct AzureCredentials;

// What the wizard's Azure page asks before a stage is written, with the
// service principal: its subscription (a token, then the subscription's
// name and state), whether the location is one of the subscription's, and
// the zones where each VM size chosen is offered there, from the resource
// SKUs (sizes offered nowhere, or not to this subscription, are named).
// Read only; blocking (a worker thread).
class AzureAccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureAccountCheck)
public:
    static CloudAccountResult run(const AzureCredentials &credentials, const QString &location,
                                  const QStringList &sizes,
                                  const std::atomic_bool *cancel = nullptr);
};

} // namespace hive
