#include "inventory/hive_model.h"

namespace hive {

QString StagePlan::repositoryHost() const
{
    for (const HostPlan &h : hosts) {
        if (h.isRepository)
            return h.name;
    }
    return {};
}

QStringList StagePlan::hiveHosts() const
{
    QStringList out;
    for (const HostPlan &h : hosts) {
        if (h.isHive)
            out << h.name;
    }
    return out;
}

int StagePlan::dataPathPort() const
{
    const Value port = definition.value(QStringLiteral("data_path_port"));
    return port.isInt() ? int(port.toInt()) : kDefaultDataPathPort;
}

const StagePlan *HiveModel::stage(const QString &stageName) const
{
    for (const StagePlan &s : stages) {
        if (s.name == stageName)
            return &s;
    }
    return nullptr;
}

QString HiveModel::prefixFor(const QString &stage)
{
    if (stage == QLatin1String("private"))
        return QStringLiteral("p-");
    if (stage == QLatin1String("staging"))
        return QStringLiteral("s-");
    return {};
}

} // namespace hive
