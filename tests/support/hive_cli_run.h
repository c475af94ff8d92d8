#pragma once

#include "engine/run_event.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The real `hive` binary run on a project folder, as the end-to-end tests
// use it: exit code, output, and with --json the parsed event stream.
struct HiveCliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<hive::RunEvent> events; // with --json
    qint64 elapsedMs = 0;

    static HiveCliRun run(const QString &binary, const QString &root, const QStringList &args,
                          int timeoutMs = 15 * 60 * 1000);
    // For failure messages: the exit code and the ends of both outputs.
    QString describe() const;
    // host -> status of the host-finished events of `step`
    QHash<QString, hive::RunEvent::Status> statuses(const QString &step) const;
    QStringList steps() const; // the steps that started, in order
};
