#include "cloud/gcp_account_check.h"

#include "cloud/gcp_rest_client.h"

#include <QJsonArray>

namespace hive {

CloudAccountResult GcpAccountCheck::run(const GcpServiceAccount &account, const QString &region,
                                        const QStringList &machineTypes,
                                        const std::atomic_bool *cancel)
{
    CloudAccountResult r;
    const auto compute = GcpRestClient::compute(account);
    const auto failed = [&](const QString &what, const GcpRestClient::Reply &reply) {
        r.error = tr("%1: %2").arg(what, reply.message);
        if (reply.status == 403)
            r.error += QLatin1Char(' ') +
                       tr("Give the service account the Compute Admin role in project %1, and "
                          "check that the Compute Engine API is enabled there.")
                           .arg(account.projectId);
        return r;
    };
    GcpRestClient::Reply reply = compute->call(
        "GET", QStringLiteral("projects/") + account.projectId, {}, {}, cancel, 20000);
    if (!reply.ok)
        return failed(tr("project %1").arg(account.projectId), reply);
    r.identity = tr("service account %1 of project %2").arg(account.clientEmail, account.projectId);

    reply = compute->call("GET",
                          QStringLiteral("projects/%1/regions/%2").arg(account.projectId, region),
                          {}, {}, cancel, 20000);
    if (!reply.ok)
        return failed(tr("region %1").arg(region), reply);
    for (const QJsonValue &z : reply.json.value(QStringLiteral("zones")).toArray())
        r.zones << GcpRestClient::nameOf(z.toString());
    r.zones.sort();
    if (r.zones.isEmpty()) {
        r.error = tr("region %1 has no zones").arg(region);
        return r;
    }

    QStringList wanted = machineTypes;
    wanted.removeAll(QString());
    wanted.removeDuplicates();
    for (const QString &type : std::as_const(wanted)) {
        reply = compute->call("GET",
                              QStringLiteral("projects/%1/zones/%2/machineTypes/%3")
                                  .arg(account.projectId, r.zones.first(), type),
                              {}, {}, cancel, 20000);
        if (GcpRestClient::notFound(reply)) {
            r.missingTypes << type;
            continue;
        }
        if (!reply.ok)
            return failed(tr("machine type %1").arg(type), reply);
    }
    r.ok = true;
    return r;
}

} // namespace hive
