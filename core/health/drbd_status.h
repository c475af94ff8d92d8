#pragma once

#include <QList>
#include <QString>

namespace hive {

// What `drbdadm status RESOURCE` printed on one host, as read by the health
// checks (the formats of seeds/000: Outdated everywhere, a half-connected
// pair, syncs in progress, diskless clients, StandAlone after a split brain).
struct DrbdStatus
{
    struct Peer
    {
        QString host;
        QString role;                                        // Primary, Secondary, Unknown
        QString connection = QStringLiteral("Connected");    // StandAlone, Connecting, ...
        QString replication = QStringLiteral("Established"); // SyncSource, WFBitMapS, ...
        QString peerDisk;        // UpToDate, Consistent, Outdated, Diskless ...
        double donePercent = -1; // while syncing
    };

    QString resource;
    QString role; // of this host
    QString disk; // of this host: UpToDate, Outdated, Diskless, Inconsistent ...
    bool quorum = true;
    QList<Peer> peers;

    // False when the text is not drbdadm status output (the error names the line).
    static bool parse(const QString &text, DrbdStatus &out, QString &error);
};

} // namespace hive
