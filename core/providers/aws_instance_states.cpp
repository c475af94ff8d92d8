#include "providers/aws_instance_states.h"

#include "cloud/aws_query_client.h"
#include "providers/aws_stage_access.h"

namespace hive {

bool AwsInstanceStates::read(const AwsStageAccess &access, QMap<QString, QString> &states,
                             QString &error, const std::atomic_bool *cancel)
{
    QStringList hosts;
    for (const AwsResourcePlan::Instance &i : access.plan.instances)
        hosts << i.host;
    if (hosts.isEmpty())
        return true;
    const auto ec2 = AwsQueryClient::ec2(access.credentials, access.plan.region);
    AwsQueryClient::Params p;
    AwsQueryClient::addFilter(p, 1, QStringLiteral("tag:Name"), hosts);
    AwsQueryClient::addFilter(p, 2, QStringLiteral("tag:Project"), {access.plan.hiveName});
    const AwsQueryClient::Reply reply =
        ec2->call(QStringLiteral("DescribeInstances"), p, cancel, 15000);
    if (!reply.ok) {
        error = tr("asking AWS for the instances: %1").arg(reply.message);
        return false;
    }
    for (const XmlNode *i : AwsQueryClient::instancesIn(reply.body)) {
        QString name;
        for (const XmlNode *t : i->items(QStringLiteral("tagSet")))
            if (t->value(QStringLiteral("key")) == QLatin1String("Name"))
                name = t->value(QStringLiteral("value"));
        const QString state = i->value(QStringLiteral("instanceState/name"));
        // A terminated one lingers for an hour; a live one of the same name wins.
        if (!name.isEmpty() &&
            (!states.contains(name) || states.value(name) == QLatin1String("terminated")))
            states.insert(name, state);
    }
    return true;
}

} // namespace hive
