#include "health/drbd_diagnosis.h"

#include "remote/shell_command.h"

#include <algorithm>

namespace hive {

namespace {
bool sameHost(const QString &a, const QString &b)
{
    return a == b || a.section(QLatin1Char('.'), 0, 0) == b.section(QLatin1Char('.'), 0, 0);
}

bool normalPeer(const DrbdStatus::Peer &p)
{
    return p.connection == QLatin1String("Connected") &&
           p.replication == QLatin1String("Established") &&
           (p.peerDisk == QLatin1String("UpToDate") || p.peerDisk == QLatin1String("Diskless"));
}
} // namespace

QList<DrbdFinding> DrbdDiagnosis::diagnose(const QString &resource,
                                           const QHash<QString, DrbdStatus> &byHost,
                                           const QString &firstHive)
{
    QList<DrbdFinding> findings;
    QStringList hosts = byHost.keys();
    std::sort(hosts.begin(), hosts.end());
    auto finding = [&](DrbdFinding::Severity severity, const QString &summary) {
        DrbdFinding f;
        f.severity = severity;
        f.resource = resource;
        f.summary = summary;
        return f;
    };
    const QString r = resource;
    // In the commands: quoted (the name comes from the project's files).
    const QString q = ShellCommand::quote(resource);

    // Every copy Outdated: nobody may become primary by itself.
    QStringList withDisk;
    bool allOutdated = true;
    for (const QString &h : hosts) {
        const DrbdStatus &s = byHost.value(h);
        if (s.disk == QLatin1String("Diskless"))
            continue;
        withDisk << h;
        allOutdated = allOutdated && s.disk == QLatin1String("Outdated");
    }
    if (!withDisk.isEmpty() && allOutdated) {
        DrbdFinding f =
            finding(DrbdFinding::Severity::Critical,
                    tr("every copy of %1 is Outdated: no host holds data DRBD trusts").arg(r));
        for (const QString &h : std::as_const(withDisk))
            f.evidence << QStringLiteral("%1: disk:Outdated").arg(h);
        f.actions << DrbdFinding::Action{firstHive,
                                         QStringLiteral("drbdadm primary --force %1").arg(q)};
        for (const QString &h : std::as_const(hosts)) {
            if (!sameHost(h, firstHive))
                f.actions << DrbdFinding::Action{
                    h, QStringLiteral("drbdadm disconnect %1 && drbdadm connect %1").arg(q)};
        }
        f.actions << DrbdFinding::Action{firstHive, QStringLiteral("drbdadm secondary %1").arg(q)};
        findings << f;
        return findings;
    }

    for (const QString &h : std::as_const(hosts)) {
        const DrbdStatus &s = byHost.value(h);
        if (!s.quorum) {
            DrbdFinding f = finding(DrbdFinding::Severity::Critical,
                                    tr("%1 has lost quorum on %2: writes fail until enough peers "
                                       "are back")
                                        .arg(r, h));
            f.evidence << QStringLiteral("%1: quorum:no").arg(h);
            findings << f;
        }
        if (s.disk == QLatin1String("Inconsistent") || s.disk == QLatin1String("Failed")) {
            DrbdFinding f = finding(DrbdFinding::Severity::Critical,
                                    tr("the copy of %1 on %2 is %3").arg(r, h, s.disk));
            f.evidence << QStringLiteral("%1: disk:%2").arg(h, s.disk);
            findings << f;
        }
        for (const DrbdStatus::Peer &p : s.peers) {
            if (p.connection == QLatin1String("StandAlone")) {
                // Which copy loses its changes is the operator's choice
                // (`recover drbd VOLUME --discard HOST`): no step here.
                DrbdFinding f = finding(
                    DrbdFinding::Severity::Critical,
                    tr("%1 on %2 is StandAlone from %3 (split brain or a refused connection): "
                       "decide which host's copy to keep, then discard the other's changes "
                       "with `hive recover drbd %1 --discard HOST`")
                        .arg(r, h, p.host));
                f.evidence << QStringLiteral("%1: %2 connection:StandAlone").arg(h, p.host);
                f.splitBrain = true;
                findings << f;
                continue;
            }
            if (p.replication.startsWith(QLatin1String("Sync"))) {
                DrbdFinding f =
                    finding(DrbdFinding::Severity::Warning,
                            tr("%1 is syncing between %2 and %3 (%4% done)")
                                .arg(r, h, p.host)
                                .arg(p.donePercent < 0 ? 0.0 : p.donePercent, 0, 'f', 1));
                f.evidence << QStringLiteral("%1: %2 replication:%3").arg(h, p.host, p.replication);
                findings << f;
                continue;
            }
            if (normalPeer(p))
                continue;
            // Seen as not normal from h: is h seen as normal from the peer?
            QString peerKey;
            for (const QString &other : std::as_const(hosts)) {
                if (sameHost(other, p.host))
                    peerKey = other;
            }
            bool seenNormalBack = false;
            if (!peerKey.isEmpty()) {
                for (const DrbdStatus::Peer &back : byHost.value(peerKey).peers) {
                    if (sameHost(back.host, h))
                        seenNormalBack = normalPeer(back);
                }
            }
            DrbdFinding f = finding(
                DrbdFinding::Severity::Warning,
                seenNormalBack
                    ? tr("%1 is connected on one side only: %2 sees %3 as %4/%5, %3 sees %2 as "
                         "normal; reconnect on %3")
                          .arg(r, h, p.host, p.replication, p.peerDisk)
                    : tr("%1: %2 sees %3 as %4/%5/%6")
                          .arg(r, h, p.host, p.connection, p.replication, p.peerDisk));
            f.evidence << QStringLiteral("%1: %2 replication:%3 peer-disk:%4")
                              .arg(h, p.host, p.replication, p.peerDisk);
            if (seenNormalBack)
                f.actions << DrbdFinding::Action{
                    peerKey, QStringLiteral("drbdadm disconnect %1 && drbdadm connect %1").arg(q)};
            findings << f;
        }
    }
    if (findings.isEmpty()) {
        int upToDate = 0;
        int diskless = 0;
        for (const QString &h : std::as_const(hosts)) {
            upToDate += byHost.value(h).disk == QLatin1String("UpToDate");
            diskless += byHost.value(h).disk == QLatin1String("Diskless");
        }
        findings << finding(
            DrbdFinding::Severity::Ok,
            tr("%1: UpToDate copies: %2, diskless clients: %3").arg(r).arg(upToDate).arg(diskless));
    }
    return findings;
}

} // namespace hive
