#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace hive {

class HostPool;

// What a role's last successful run on a target left: the fingerprint of
// its inputs (RoleInputs). On a host, in /var/lib/hive/applied/NAME (root's):
// a host made again has none, so its roles run again. For a target reached
// through the Docker API (a service's task), in a folder of the project's
// context, the fingerprint naming the task's container. A run stopped
// halfway leaves none either: the marker is removed before a role runs and
// written once it ended well.
class AppliedMarker
{
    Q_DECLARE_TR_FUNCTIONS(hive::AppliedMarker)
public:
    AppliedMarker(HostPool &pool, const QString &host, const QString &name,
                  const std::atomic_bool *cancel = nullptr);
    // Kept in `folder` on this machine (made 0700 when written).
    AppliedMarker(const QString &folder, const QString &name);

    // On a host: the marker holds only until the host boots again (what a
    // role set at run time, sysctl -w or a started service, may be gone).
    void setUntilReboot(bool untilReboot) { m_untilReboot = untilReboot; }

    // The fingerprint left there; empty when none (or unreadable, or left
    // before the host booted again when setUntilReboot).
    QString read() const;
    bool matches(const QString &fingerprint) const;
    // Before the role runs. False with the reason.
    bool remove(QString &error) const;
    // Once it ended well. False with the reason (the next run applies again).
    bool write(const QString &fingerprint, QString &error) const;

    QString path() const;

private:
    HostPool *m_pool = nullptr; // null: kept in the local folder m_host
    QString m_host;
    QString m_name;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_untilReboot = false;
};

} // namespace hive
