#pragma once

#include "engine/run_event.h"

#include <QFile>
#include <QList>
#include <QString>

// The events of a run log file, as the run wrote them: what the views of a
// run are compared with.
inline QList<hive::RunEvent> readRunEvents(const QString &path)
{
    QList<hive::RunEvent> out;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            hive::RunEvent e;
            if (hive::RunEvent::fromJsonLine(f.readLine(), e))
                out << e;
        }
    }
    return out;
}
