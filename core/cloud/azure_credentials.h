#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

class Persistents;

// A service principal's client credentials for Azure Resource Manager, and
// where a stage's come from, first found wins, as hive-builder (through
// Ansible's azure collection) reads them:
//  1. `hive set azure_client_id / azure_secret / azure_subscription_id /
//     azure_tenant` for the stage (.hive/persistents.yml, 0600);
//  2. AZURE_CLIENT_ID, AZURE_SECRET (or AZURE_CLIENT_SECRET),
//     AZURE_SUBSCRIPTION_ID, AZURE_TENANT (or AZURE_TENANT_ID);
//  3. the [default] profile (AZURE_PROFILE names another) of
//     ~/.azure/credentials: client_id, secret, subscription_id, tenant.
// `from` names the source for messages; the secret never appears in one.
struct AzureCredentials
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureCredentials)
public:
    QString tenant;
    QString clientId;
    QString secret;
    QString subscriptionId;

    bool complete() const
    {
        return !tenant.isEmpty() && !clientId.isEmpty() && !secret.isEmpty() &&
               !subscriptionId.isEmpty();
    }
    static bool find(const Persistents &persistents, const QString &stage, AzureCredentials &out,
                     QString &from, QString &error);
};

} // namespace hive
