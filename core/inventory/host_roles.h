#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hive {

struct HostPlan;
struct StagePlan;

// How a planned host is described to users, the same in `hive list-hosts`
// and in the app: its roles (hive, repository, first), its address with the
// netmask, its availability zone ("-" without one).
class HostRoles
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostRoles)
public:
    static QStringList of(const StagePlan &stage, const HostPlan &host);
    static QString addressWithNetmask(const HostPlan &host);
    // "172.30.240.4/24": the address with its prefix length (the netmask as
    // given when it is not a dotted quad of leading ones).
    static QString addressWithPrefix(const HostPlan &host);
    static QString zone(const HostPlan &host);
};

} // namespace hive
