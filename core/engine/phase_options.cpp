#include "engine/phase_options.h"

namespace hive {

QStringList PhaseOptions::tagList() const
{
    QStringList out;
    for (const QString &t : tags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    }
    return out;
}

bool PhaseOptions::reapplies(const QString &step) const
{
    return force || tagList().contains(step);
}

} // namespace hive
