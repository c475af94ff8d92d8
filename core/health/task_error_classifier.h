#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

// What the error of a rejected or failed task means, as `docker service ps
// --no-trunc` shows it, and what to do about it (seeds/000: a damaged file
// system on a DRBD volume, pulls that fail, ports already taken, processes
// that exit, placement that no node satisfies).
class TaskErrorClassifier
{
    Q_DECLARE_TR_FUNCTIONS(hive::TaskErrorClassifier)
public:
    enum class Kind
    {
        None,
        FileSystemDamage,
        VolumeMount,
        ImagePull,
        PortConflict,
        NoSuitableNode,
        OutOfMemory,
        ProcessExit,
        Other,
    };
    struct Result
    {
        Kind kind = Kind::None;
        QString explanation;
        QString action;
        QString volume; // the volume named by a mount error
        QString device; // its device (/dev/drbdN)
    };

    static Result classify(const QString &error, const QString &service);
    static QString kindName(Kind kind); // stable, for --json and tests
};

} // namespace hive
