#include "providers/cloud_instance_states.h"

#include "cloud/azure_credentials.h"
#include "cloud/azure_rest_client.h"
#include "cloud/gcp_rest_client.h"
#include "cloud/gcp_service_account.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "providers/aws_instance_states.h"
#include "providers/aws_stage_access.h"
#include "providers/azure_resource_plan.h"
#include "providers/gcp_resource_plan.h"

#include <QDir>
#include <QJsonArray>

namespace hive {

bool CloudInstanceStates::reads(const QString &provider)
{
    return provider == QLatin1String("aws") || provider == QLatin1String("gcp") ||
           provider == QLatin1String("azure");
}

QString CloudInstanceStates::cloudName(const QString &provider)
{
    if (provider == QLatin1String("aws"))
        return QStringLiteral("AWS");
    if (provider == QLatin1String("gcp"))
        return QStringLiteral("Google Cloud");
    if (provider == QLatin1String("azure"))
        return QStringLiteral("Azure");
    return provider;
}

bool CloudInstanceStates::isStopped(const QString &state)
{
    return state == QLatin1String("stopped") || state == QLatin1String("stopping") ||
           state == QLatin1String("deallocated") || state == QLatin1String("deallocating") ||
           state == QLatin1String("suspended");
}

bool CloudInstanceStates::read(const LoadedInventory &loaded, const StagePlan &stage,
                               const Project &project, QMap<QString, QString> &states,
                               QString &error, const std::atomic_bool *cancel)
{
    if (stage.provider == QLatin1String("aws")) {
        AwsStageAccess aws;
        return AwsStageAccess::open(loaded, stage, project.persistents(), aws, error) &&
               AwsInstanceStates::read(aws, states, error, cancel);
    }
    QStringList errors;
    if (stage.provider == QLatin1String("gcp")) {
        GcpResourcePlan plan;
        GcpServiceAccount account;
        QString from;
        if (!GcpResourcePlan::make(loaded, stage, plan, errors)) {
            error = errors.join(QStringLiteral("; "));
            return false;
        }
        if (!GcpServiceAccount::find(QDir(project.rootDir()).absolutePath(), account, from, error))
            return false;
        const auto compute = GcpRestClient::compute(account);
        for (const GcpResourcePlan::Instance &i : std::as_const(plan.instances)) {
            const GcpRestClient::Reply r =
                compute->call("GET",
                              QStringLiteral("projects/%1/zones/%2/instances/%3")
                                  .arg(account.projectId, i.zone, i.name),
                              {}, {}, cancel, 20000);
            if (GcpRestClient::notFound(r))
                continue;
            if (!r.ok) {
                error = tr("instance %1: %2").arg(i.name, r.message);
                return false;
            }
            const QString status = r.json.value(QStringLiteral("status")).toString();
            states.insert(i.host, status == QLatin1String("RUNNING") ? QStringLiteral("running")
                                  : status == QLatin1String("TERMINATED") ||
                                          status == QLatin1String("STOPPED")
                                      ? QStringLiteral("stopped")
                                  : status == QLatin1String("STOPPING") ? QStringLiteral("stopping")
                                  : status == QLatin1String("PROVISIONING") ||
                                          status == QLatin1String("STAGING")
                                      ? QStringLiteral("starting")
                                      : status.toLower());
        }
        return true;
    }
    if (stage.provider == QLatin1String("azure")) {
        AzureResourcePlan plan;
        AzureCredentials credentials;
        QString from;
        if (!AzureResourcePlan::make(loaded, stage, plan, errors)) {
            error = errors.join(QStringLiteral("; "));
            return false;
        }
        if (!AzureCredentials::find(project.persistents(), stage.name, credentials, from, error))
            return false;
        const auto arm = AzureRestClient::make(credentials);
        for (const AzureResourcePlan::Machine &m : std::as_const(plan.machines)) {
            const AzureRestClient::Reply r = arm->call(
                "GET",
                arm->resourceId(plan.resourceGroup,
                                QStringLiteral("Microsoft.Compute/virtualMachines"), m.name) +
                    QStringLiteral("/instanceView"),
                AzureRestClient::kCompute, {}, cancel, 20000);
            if (AzureRestClient::notFound(r))
                continue;
            if (!r.ok) {
                error = tr("VM %1: %2").arg(m.name, r.message);
                return false;
            }
            for (const QJsonValue &v : r.json.value(QStringLiteral("statuses")).toArray()) {
                const QString code = v.toObject().value(QStringLiteral("code")).toString();
                if (code.startsWith(QLatin1String("PowerState/")))
                    states.insert(m.host, code.mid(11));
            }
        }
        return true;
    }
    error = tr("provider %1 has no cloud to ask").arg(stage.provider);
    return false;
}

} // namespace hive
