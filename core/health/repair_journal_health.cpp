#include "health/repair_journal_health.h"

#include "project/repair_journal.h"

namespace hive {

QList<HealthCheck> RepairJournalHealth::check(const QString &contextDir)
{
    QList<HealthCheck> out;
    const RepairJournal journal(contextDir);
    QStringList unreadable;
    const QString action = tr("Run `hive recover resume` to put it back (`-n` shows what it "
                              "will run first). Phases and repairs refuse to start until then.");
    const QString finish = tr("Run `hive recover resume` to finish it (`-n` shows what it will run "
                              "first). Phases and repairs refuse to start until then.");
    for (const RepairJournal::Entry &e : journal.entries(&unreadable)) {
        out << HealthCheck{
            QStringLiteral("repairs"),
            e.host,
            HealthCheck::Severity::Critical,
            tr("an interrupted %1 left %2 (since %3)")
                .arg(e.operation, e.taken,
                     e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
            e.undo.isEmpty() ? QStringLiteral("%1/%2.json").arg(journal.dir(), e.id)
                             : QStringLiteral("%1/%2.json\nundo on %3: %4")
                                   .arg(journal.dir(), e.id, e.host, e.undo),
            e.finish().isEmpty() ? action : finish,
            {QStringLiteral("recover"), QStringLiteral("resume")}};
    }
    for (const QString &path : std::as_const(unreadable)) {
        out << HealthCheck{QStringLiteral("repairs"),
                           QStringLiteral("journal"),
                           HealthCheck::Severity::Critical,
                           tr("an interrupted repair left a journal entry that cannot be read"),
                           path,
                           tr("Look at the file: it names what a repair took away. Put it back "
                              "by hand, then remove the file."),
                           {}};
    }
    return out;
}

} // namespace hive
