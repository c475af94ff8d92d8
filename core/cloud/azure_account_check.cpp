#include "cloud/azure_account_check.h"

#include "cloud/azure_rest_client.h"

#include <QJsonArray>
#include <QUrl>

namespace hive {

namespace {
constexpr const char *kSubscriptions = "2020-01-01";
constexpr const char *kSkus = "2021-07-01";
} // namespace

CloudAccountResult AzureAccountCheck::run(const AzureCredentials &credentials,
                                          const QString &location, const QStringList &sizes,
                                          const std::atomic_bool *cancel)
{
    CloudAccountResult r;
    const auto arm = AzureRestClient::make(credentials);
    const auto failed = [&](const QString &what, const AzureRestClient::Reply &reply) {
        r.error = tr("%1: %2").arg(what, reply.message);
        if (reply.status == 403)
            r.error += QLatin1Char(' ') +
                       tr("Give the service principal a role on subscription %1 (Contributor).")
                           .arg(credentials.subscriptionId);
        return r;
    };
    const QString subscription = QStringLiteral("subscriptions/") + credentials.subscriptionId;
    AzureRestClient::Reply reply =
        arm->call("GET", subscription, kSubscriptions, {}, cancel, 20000);
    if (!reply.ok)
        return failed(tr("subscription %1").arg(credentials.subscriptionId), reply);
    r.identity =
        tr("subscription %1 (%2, %3) as application %4")
            .arg(credentials.subscriptionId,
                 reply.json.value(QStringLiteral("displayName")).toString(),
                 reply.json.value(QStringLiteral("state")).toString(), credentials.clientId);

    reply = arm->call("GET", subscription + QStringLiteral("/locations"), kSubscriptions, {},
                      cancel, 20000);
    if (!reply.ok)
        return failed(tr("the locations of subscription %1").arg(credentials.subscriptionId),
                      reply);
    QStringList locations;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("value")).toArray())
        locations << v.toObject().value(QStringLiteral("name")).toString();
    if (!locations.contains(location)) {
        locations.sort();
        r.error =
            tr("%1 is not a location of subscription %2 (it has %3)")
                .arg(location, credentials.subscriptionId, locations.join(QStringLiteral(", ")));
        return r;
    }

    QStringList wanted = sizes;
    wanted.removeAll(QString());
    wanted.removeDuplicates();
    const QString filter = QStringLiteral("location eq '%1'").arg(location);
    reply = arm->call("GET",
                      subscription + QStringLiteral("/providers/Microsoft.Compute/skus?$filter=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(filter)),
                      kSkus, {}, cancel, 60000);
    if (!reply.ok)
        return failed(tr("the VM sizes of %1").arg(location), reply);
    QStringList found;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("value")).toArray()) {
        const QJsonObject sku = v.toObject();
        if (sku.value(QStringLiteral("resourceType")).toString() !=
                QLatin1String("virtualMachines") ||
            !wanted.contains(sku.value(QStringLiteral("name")).toString()))
            continue;
        // Restricted for this subscription (NotAvailableForSubscription): in
        // the whole location, or in some of its zones.
        bool restricted = false;
        QStringList closedZones;
        for (const QJsonValue &x : sku.value(QStringLiteral("restrictions")).toArray()) {
            const QJsonObject restriction = x.toObject();
            if (restriction.value(QStringLiteral("type")).toString() == QLatin1String("Location"))
                restricted = true;
            for (const QJsonValue &zone : restriction.value(QStringLiteral("restrictionInfo"))
                                              .toObject()
                                              .value(QStringLiteral("zones"))
                                              .toArray())
                closedZones << zone.toString();
        }
        if (restricted)
            continue;
        found << sku.value(QStringLiteral("name")).toString();
        for (const QJsonValue &info : sku.value(QStringLiteral("locationInfo")).toArray())
            for (const QJsonValue &zone : info.toObject().value(QStringLiteral("zones")).toArray())
                if (!closedZones.contains(zone.toString()) && !r.zones.contains(zone.toString()))
                    r.zones << zone.toString();
    }
    r.zones.sort();
    for (const QString &size : std::as_const(wanted))
        if (!found.contains(size))
            r.missingTypes << size;
    r.ok = true;
    return r;
}

} // namespace hive
