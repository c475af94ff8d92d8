#pragma once

#include "topology/live_topology.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// A live topology from the Docker API answers recorded on the bed
// (tests/fixtures/live/STATE-{nodes,services,tasks,networks}.json; the
// including test defines HIVE_FIXTURES).
inline hive::LiveTopology recordedLiveTopology(const QString &state)
{
    const auto read = [&state](const char *what) {
        QFile f(
            QStringLiteral(HIVE_FIXTURES "/live/%1-%2.json").arg(state, QString::fromLatin1(what)));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).array()
                                           : QJsonArray();
    };
    hive::LiveTopology t;
    t.parse(read("nodes"), read("services"), read("tasks"), read("networks"));
    return t;
}
