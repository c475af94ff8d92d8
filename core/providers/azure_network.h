#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AzureRestClient;
struct AzureResourcePlan;

// The network of an Azure stage made to match its plan, asked first: the
// resource group (unless prepared beforehand, when it must be there), the
// network security group with the plan's rules, the virtual network over
// the stage's cidr and each subnet, found by name. What is missing is made;
// a rule of the plan that differs is set back (rules others added are
// kept); what cannot change in place (a virtual network over other
// addresses, a subnet over another range) is said, with what to do, and
// nothing is touched. With checkOnly nothing changes and each change is
// said as "would ...". A run cut short is finished by the next.
class AzureNetwork
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureNetwork)
public:
    struct Result
    {
        RunEvent::Status status = RunEvent::Status::Ok;
        QStringList changes;
        QString error;
    };

    static Result ensure(AzureRestClient &arm, const AzureResourcePlan &plan, bool checkOnly,
                         const std::atomic_bool *cancel,
                         const std::function<void(const QString &)> &progress = {});

    // What is sent (ARM's field names, at AzureRestClient's API versions).
    static QJsonObject securityRuleBody(const AzureResourcePlan &plan, int index);
    static QJsonObject securityGroupBody(const AzureResourcePlan &plan);
    static QJsonObject subnetBody(const AzureResourcePlan &plan, int index);
    static QJsonObject virtualNetworkBody(const AzureResourcePlan &plan);
    // A rule as a comparable text, from the plan's body or ARM's answer.
    static QString ruleText(const QJsonObject &rule);
};

} // namespace hive
