#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hive {

// What a repair took away and has not put back yet. Before a repair stops
// docker on a host, scales a service to 0 or drains a node, it writes here
// what must be put back; once it is back, the entry goes. One file per entry
// in <context>/journal/ (the stage's context folder), written atomically and
// owner-only, so whatever ends the repair — a crash, a kill, a lost
// connection, a closed terminal — the entries left say what is missing on
// which host and the command that puts it back (`hive recover resume`).
class RepairJournal
{
    Q_DECLARE_TR_FUNCTIONS(hive::RepairJournal)
public:
    struct Entry
    {
        QString id;        // [a-z0-9.-]+ and unique: the file's name without ".json"
        QString operation; // the repair: backup, maintenance, restore, recover-drbd …
        QString host;      // where `undo` runs (as root)
        QString taken;     // what was taken away, in words a user recognises
        QString undo;      // a root shell command that puts it back; running it twice is harmless
        QString check;     // optional: a command that succeeds once it is back
        QDateTime at;      // when it was taken (UTC)
        // A repair finished by the tool rather than by one command (a grown
        // volume: rebuilt, its files put back, its services deployed) names
        // how it is finished ("finish") and what that needs; `undo` is then
        // empty.
        QMap<QString, QString> details;
        QString finish() const { return details.value(QStringLiteral("finish")); }
    };

    explicit RepairJournal(const QString &contextDir);

    QString dir() const;
    // Before taking away. False (nothing taken) with an error naming the file.
    bool record(const Entry &entry, QString &error) const;
    // Once put back. Removing an entry that is not there is not an error.
    bool resolve(const QString &id, QString &error) const;
    // Oldest first. Files that cannot be read are named in `unreadable`
    // (they still count: a repair was interrupted).
    QList<Entry> entries(QStringList *unreadable = nullptr) const;
    bool empty() const;
    // The parts joined by '-', lower case, anything outside [a-z0-9.-] made '-'.
    static QString idOf(const QStringList &parts);

private:
    QString m_dir;
};

} // namespace hive
