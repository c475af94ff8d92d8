#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hive {

class Inventory;
struct StagePlan;

// Which hosts of a stage a run touches, from -l/--limit: comma- or
// colon-separated host names (full, or without the domain), group names
// (hives, repository, servers, or any inventory group), `all`, and `!name`
// to leave one out — the subset of Ansible's limit patterns hive projects use.
class HostSelection
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostSelection)
public:
    // The selected host names in stage order; false with an error naming the
    // pattern that matched nothing.
    static bool select(const StagePlan &stage, const Inventory &inventory, const QString &limit,
                       QStringList &hosts, QString &error);
};

} // namespace hive
