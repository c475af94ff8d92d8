#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

// Docker Swarm's state words as the user reads them (translated): a task's
// state, a node's state, availability and role. The Live tab shows these;
// the model keeps Docker's own words (what the API says and --json prints).
// A word Docker adds later is shown as it is.
class DockerWording
{
    Q_DECLARE_TR_FUNCTIONS(hive::DockerWording)
public:
    static QString taskState(const QString &state);
    static QString nodeState(const QString &state);
    static QString availability(const QString &availability);
    static QString role(const QString &role);
};

} // namespace hive
