#include "cloud/aws_account_check.h"

#include "cloud/aws_query_client.h"

namespace hive {

AwsAccountCheck::Result AwsAccountCheck::run(const AwsCredentials &credentials,
                                             const QString &region,
                                             const QStringList &instanceTypes,
                                             const std::atomic_bool *cancel)
{
    Result r;
    const auto failed = [&](const QString &what, const AwsQueryClient::Reply &reply) {
        r.error = tr("%1: %2").arg(what, reply.message); // AWS's code is in it
        if (reply.code == QLatin1String("InvalidClientTokenId") ||
            reply.code == QLatin1String("SignatureDoesNotMatch"))
            r.error += QLatin1Char(' ') + tr("Check the access key ID and the secret access key.");
        else if (reply.code == QLatin1String("UnauthorizedOperation") ||
                 reply.code == QLatin1String("AccessDenied"))
            r.error += QLatin1Char(' ') + tr("Give the key's user the permission named above.");
        return r;
    };

    AwsQueryClient sts(credentials, region, QStringLiteral("sts"), QStringLiteral("2011-06-15"));
    AwsQueryClient::Reply reply = sts.call(QStringLiteral("GetCallerIdentity"), {}, cancel, 20000);
    if (!reply.ok)
        return failed(tr("whose key this is (sts:GetCallerIdentity)"), reply);
    r.account = reply.body.value(QStringLiteral("GetCallerIdentityResult/Account"));
    r.arn = reply.body.value(QStringLiteral("GetCallerIdentityResult/Arn"));

    const auto ec2 = AwsQueryClient::ec2(credentials, region);
    AwsQueryClient::Params zones;
    AwsQueryClient::addFilter(zones, 1, QStringLiteral("state"), {QStringLiteral("available")});
    reply = ec2->call(QStringLiteral("DescribeAvailabilityZones"), zones, cancel, 20000);
    if (!reply.ok)
        return failed(tr("the zones of %1 (ec2:DescribeAvailabilityZones)").arg(region), reply);
    for (const XmlNode *z : reply.body.items(QStringLiteral("availabilityZoneInfo")))
        r.zones << z->value(QStringLiteral("zoneName"));
    r.zones.sort();

    QStringList wanted = instanceTypes;
    wanted.removeAll(QString());
    wanted.removeDuplicates();
    if (!wanted.isEmpty()) {
        AwsQueryClient::Params offered{{QStringLiteral("LocationType"), QStringLiteral("region")}};
        AwsQueryClient::addFilter(offered, 1, QStringLiteral("instance-type"), wanted);
        reply = ec2->call(QStringLiteral("DescribeInstanceTypeOfferings"), offered, cancel, 20000);
        if (!reply.ok)
            return failed(
                tr("the instance types of %1 (ec2:DescribeInstanceTypeOfferings)").arg(region),
                reply);
        QStringList found;
        for (const XmlNode *o : reply.body.items(QStringLiteral("instanceTypeOfferingSet")))
            found << o->value(QStringLiteral("instanceType"));
        for (const QString &t : std::as_const(wanted))
            if (!found.contains(t))
                r.missingTypes << t;
    }
    r.ok = true;
    return r;
}

} // namespace hive
