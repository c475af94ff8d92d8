// DRBD health from `drbdadm status` as the recovery stories of seeds/000
// show it (host names as they appear there): every copy Outdated, a pair
// connected on one side only, plus a sync in progress, a split brain, lost
// quorum, a healthy volume with a diskless client, and output that is not a
// DRBD status at all.
#include "health/drbd_diagnosis.h"

#include <QtTest>

using namespace hive;

namespace {
DrbdStatus parsed(const char *text)
{
    DrbdStatus s;
    QString error;
    if (!DrbdStatus::parse(QString::fromUtf8(text), s, error))
        qFatal("%s", qPrintable(error));
    return s;
}
} // namespace

class TestDrbdDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void statusIsRead()
    {
        const DrbdStatus s = parsed("ldap_data role:Primary\n"
                                    "  disk:UpToDate\n"
                                    "  hive0.op role:Secondary\n"
                                    "    replication:WFBitMapS peer-disk:Consistent\n"
                                    "  hive2.op role:Secondary\n"
                                    "    peer-disk:UpToDate\n");
        QCOMPARE(s.resource, QStringLiteral("ldap_data"));
        QCOMPARE(s.role, QStringLiteral("Primary"));
        QCOMPARE(s.disk, QStringLiteral("UpToDate"));
        QCOMPARE(s.peers.size(), 2);
        QCOMPARE(s.peers.at(0).host, QStringLiteral("hive0.op"));
        QCOMPARE(s.peers.at(0).replication, QStringLiteral("WFBitMapS"));
        QCOMPARE(s.peers.at(0).peerDisk, QStringLiteral("Consistent"));
        QCOMPARE(s.peers.at(1).replication, QStringLiteral("Established"));
        DrbdStatus bad;
        QString error;
        // What drbdadm prints for a resource the host does not have.
        QVERIFY(!DrbdStatus::parse(
            QStringLiteral("'ldap_data' not defined in your config (for this host).\n"), bad,
            error));
        QVERIFY2(error.contains(QStringLiteral("not defined in your config")), qPrintable(error));
        QVERIFY(!DrbdStatus::parse(QStringLiteral("  disk:UpToDate\n"), bad, error));
        QVERIFY2(error.contains(QStringLiteral("line 1")), qPrintable(error));
    }

    // seeds/000: "全部のホストで Outdated".
    void everyCopyOutdated()
    {
        QHash<QString, DrbdStatus> byHost;
        byHost.insert(QStringLiteral("hive0.op"),
                      parsed("vol role:Secondary\n  disk:Outdated\n"
                             "  hive1.op role:Secondary\n    peer-disk:Outdated\n"
                             "  hive2.op role:Secondary\n    peer-disk:Outdated\n"));
        byHost.insert(QStringLiteral("hive1.op"),
                      parsed("vol role:Secondary\n  disk:Outdated\n"
                             "  hive0.op role:Secondary\n    peer-disk:Outdated\n"
                             "  hive2.op role:Secondary\n    peer-disk:Outdated\n"));
        byHost.insert(QStringLiteral("hive2.op"),
                      parsed("vol role:Secondary\n  disk:Outdated\n"
                             "  hive0.op role:Secondary\n    peer-disk:Outdated\n"
                             "  hive1.op role:Secondary\n    peer-disk:Outdated\n"));
        const QList<DrbdFinding> f =
            DrbdDiagnosis::diagnose(QStringLiteral("vol"), byHost, QStringLiteral("hive0.op"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).severity, DrbdFinding::Severity::Critical);
        QCOMPARE(f.at(0).evidence.size(), 3);
        // The manual's order: force primary on the first hive, reconnect the
        // others, then make it secondary again.
        QCOMPARE(f.at(0).actions.size(), 4);
        QCOMPARE(f.at(0).actions.first().host, QStringLiteral("hive0.op"));
        QCOMPARE(f.at(0).actions.first().command, QStringLiteral("drbdadm primary --force vol"));
        QCOMPARE(f.at(0).actions.at(1).command,
                 QStringLiteral("drbdadm disconnect vol && drbdadm connect vol"));
        QCOMPARE(f.at(0).actions.last().command, QStringLiteral("drbdadm secondary vol"));
    }

    // seeds/000: "接続が不完全" — hive1 sees hive0 as WFBitMapS/Consistent,
    // hive0 sees everything normal: reconnect on hive0.
    void connectedOnOneSideOnly()
    {
        QHash<QString, DrbdStatus> byHost;
        byHost.insert(QStringLiteral("hive0.op"),
                      parsed("vol role:Secondary\n  disk:UpToDate\n"
                             "  hive1.op role:Primary\n    peer-disk:UpToDate\n"
                             "  hive2.op role:Secondary\n    peer-disk:UpToDate\n"));
        byHost.insert(
            QStringLiteral("hive1.op"),
            parsed("vol role:Primary\n  disk:UpToDate\n"
                   "  hive0.op role:Secondary\n    replication:WFBitMapS peer-disk:Consistent\n"
                   "  hive2.op role:Secondary\n    peer-disk:UpToDate\n"));
        byHost.insert(QStringLiteral("hive2.op"),
                      parsed("vol role:Secondary\n  disk:UpToDate\n"
                             "  hive0.op role:Secondary\n    peer-disk:UpToDate\n"
                             "  hive1.op role:Primary\n    peer-disk:UpToDate\n"));
        const QList<DrbdFinding> f =
            DrbdDiagnosis::diagnose(QStringLiteral("vol"), byHost, QStringLiteral("hive0.op"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).severity, DrbdFinding::Severity::Warning);
        QVERIFY2(f.at(0).summary.contains(QStringLiteral("reconnect on hive0.op")),
                 qPrintable(f.at(0).summary));
        QCOMPARE(f.at(0).actions.size(), 1);
        QCOMPARE(f.at(0).actions.at(0).host, QStringLiteral("hive0.op"));
    }

    void syncSplitBrainQuorumAndHealthy()
    {
        QHash<QString, DrbdStatus> syncing;
        syncing.insert(QStringLiteral("hive0"),
                       parsed("vol role:Primary\n  disk:UpToDate\n"
                              "  hive1 role:Secondary\n    replication:SyncSource "
                              "peer-disk:Inconsistent done:42.50\n"));
        syncing.insert(QStringLiteral("hive1"),
                       parsed("vol role:Secondary\n  disk:Inconsistent\n"
                              "  hive0 role:Primary\n    replication:SyncTarget peer-disk:UpToDate "
                              "done:42.50\n"));
        const QList<DrbdFinding> s =
            DrbdDiagnosis::diagnose(QStringLiteral("vol"), syncing, QStringLiteral("hive0"));
        bool progress = false;
        for (const DrbdFinding &f : s)
            progress = progress || f.summary.contains(QStringLiteral("42.5% done"));
        QVERIFY(progress);

        QHash<QString, DrbdStatus> split;
        split.insert(QStringLiteral("hive0"), parsed("vol role:Primary\n  disk:UpToDate\n"
                                                     "  hive1 connection:StandAlone\n"));
        const QList<DrbdFinding> b =
            DrbdDiagnosis::diagnose(QStringLiteral("vol"), split, QStringLiteral("hive0"));
        QCOMPARE(b.at(0).severity, DrbdFinding::Severity::Critical);
        QVERIFY(b.at(0).summary.contains(QStringLiteral("StandAlone")));
        // Which copy loses its changes is not chosen here (it used to be
        // the reporting host: here the Primary, the copy in use).
        QVERIFY(b.at(0).splitBrain);
        QVERIFY(b.at(0).actions.isEmpty());
        QVERIFY(b.at(0).summary.contains(QStringLiteral("--discard HOST")));

        QHash<QString, DrbdStatus> noQuorum;
        noQuorum.insert(QStringLiteral("hive0"),
                        parsed("vol role:Secondary\n  disk:UpToDate quorum:no\n"
                               "  hive1 connection:Connecting\n  hive2 connection:Connecting\n"));
        QCOMPARE(DrbdDiagnosis::diagnose(QStringLiteral("vol"), noQuorum, QStringLiteral("hive0"))
                     .at(0)
                     .severity,
                 DrbdFinding::Severity::Critical);

        QHash<QString, DrbdStatus> healthy;
        healthy.insert(QStringLiteral("hive0"),
                       parsed("vol role:Primary\n  disk:UpToDate\n"
                              "  hive1 role:Secondary\n    peer-disk:UpToDate\n"
                              "  hive2 role:Secondary\n    peer-disk:Diskless\n"));
        healthy.insert(QStringLiteral("hive2"),
                       parsed("vol role:Secondary\n  disk:Diskless\n"
                              "  hive0 role:Primary\n    peer-disk:UpToDate\n"
                              "  hive1 role:Secondary\n    peer-disk:UpToDate\n"));
        const QList<DrbdFinding> ok =
            DrbdDiagnosis::diagnose(QStringLiteral("vol"), healthy, QStringLiteral("hive0"));
        QCOMPARE(ok.size(), 1);
        QCOMPARE(ok.at(0).severity, DrbdFinding::Severity::Ok);
        QVERIFY2(ok.at(0).summary.contains(QStringLiteral("diskless clients: 1")),
                 qPrintable(ok.at(0).summary));
    }
};

QTEST_GUILESS_MAIN(TestDrbdDiagnosis)
#include "tst_drbd_diagnosis.moc"
