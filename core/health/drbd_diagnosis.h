#pragma once

#include "health/drbd_status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

// One thing found about a DRBD volume across the hives, with the evidence
// and what to do (the host and the exact command for each step), as the
// recovery stories of seeds/000 describe it.
struct DrbdFinding
{
    enum class Severity
    {
        Ok,
        Warning,
        Critical,
    };
    struct Action
    {
        QString host;
        QString command;
    };

    Severity severity = Severity::Ok;
    QString resource;
    QString summary;
    QStringList evidence; // "host: what its status said"
    QList<Action> actions;
    // StandAlone (split brain): the repair needs the operator to name the
    // copy whose changes are discarded; the finding has no actions.
    bool splitBrain = false;
};

// Reads the `drbdadm status` of one volume from every hive and says what
// state the volume is in: all copies Outdated, a pair connected on one side
// only (WFBitMapS / Consistent seen from one host, normal from the other),
// StandAlone (split brain), lost quorum, damaged disks, a sync in progress,
// or healthy.
class DrbdDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(hive::DrbdDiagnosis)
public:
    static QList<DrbdFinding> diagnose(const QString &resource,
                                       const QHash<QString, DrbdStatus> &byHost,
                                       const QString &firstHive);
};

} // namespace hive
