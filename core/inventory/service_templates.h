#pragma once

#include "data/value.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hive {

// Starting points for a new service, written the way a services file says
// them (hive-builder's hive_services): a web server, a database whose data
// lives on a volume mirrored between the hives (DRBD), and a worker that
// runs a command. Images are pinned to a tag, so a rebuild gets the same
// image; change the tag to upgrade.
class ServiceTemplates
{
    Q_DECLARE_TR_FUNCTIONS(hive::ServiceTemplates)
public:
    struct Template
    {
        QString id; // web, database, worker
        QString title;
        QString description;
        QString suggestedName;
    };
    static QList<Template> all();

    // Service `name` made from template `id` (empty Value for an unknown
    // id). The web server publishes the first port from 8080 on that
    // `usedPorts` does not hold; the database's volume is `<name>_data`
    // (`<name>_data_2`… when `usedVolumes` has it).
    static Value make(const QString &id, const QString &name, const QList<qint64> &usedPorts,
                      const QStringList &usedVolumes = {});

    // Whether `name` can name a service (ValueGrammar's SwarmName), and the
    // grammar in words.
    static bool isValidName(const QString &name);
    static QString nameGrammar();
    // Text of a new, empty services file.
    static QByteArray emptyFile();
};

} // namespace hive
