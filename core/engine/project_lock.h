#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hive {

// One run at a time per project stage: `.hive/<stage>/lock` holds who runs
// (host, pid, start time, phase). The file is held with flock(2), which the
// kernel releases when the holder dies — so a lock left behind by a killed
// run is recognised for certain, taken over, and reported, while a live
// holder makes a second run stop with who holds it.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(hive::ProjectLock)
public:
    struct Holder
    {
        QString host;
        qint64 pid = 0;
        QDateTime started;
        QString phase;
        bool isEmpty() const { return pid == 0; }
        QString describe() const;
    };

    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    static QString pathFor(const QString &hiveDir, const QString &stage);

    // False with a reason naming the holder when another run holds it.
    // `previous` is set when a lock of a dead run was taken over.
    bool acquire(const QString &path, const QString &phase, QString &error,
                 Holder *previous = nullptr);
    // Records the phase now running (hive all moves from phase to phase).
    void setPhase(const QString &phase);
    void release();

    // Who holds the lock now; empty when nobody does.
    static Holder holder(const QString &path);

private:
    int m_fd = -1;
    QString m_path;
    QDateTime m_started;

    bool writeHolder(const QString &phase);
    static Holder parse(const QByteArray &bytes);
};

} // namespace hive
