#include "engine/phase_order.h"

#include "engine/phase_catalog.h"

namespace hive {

const QStringList &PhaseOrder::phases()
{
    static const QStringList all = PhaseCatalog::names();
    return all;
}

bool PhaseOrder::isPhase(const QString &name)
{
    return phases().contains(name);
}

QString PhaseOrder::nextStart(const QString &phase)
{
    const qsizetype i = phases().indexOf(phase);
    if (i < 0 || i + 1 >= phases().size())
        return phases().first();
    return phases().at(i + 1);
}

QStringList PhaseOrder::toRun(const QString &requested, const QString &start)
{
    const qsizetype target = phases().indexOf(requested);
    if (target < 0)
        return {};
    const qsizetype from = std::max<qsizetype>(0, phases().indexOf(start));
    if (from >= target)
        return {requested};
    return phases().mid(from, target - from + 1);
}

QStringList PhaseOrder::allFrom(const QString &start)
{
    const qsizetype from = std::max<qsizetype>(0, phases().indexOf(start));
    return phases().mid(from);
}

} // namespace hive
