#pragma once

#include "remote/command_result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace hive {

// One host's answers to a probe round.
struct ProbedHost
{
    QString host;
    bool reached = false;
    QString error; // why the host did not answer (SSH, or a cut-off output)
    QHash<QString, QString> sections;
    bool swarmWorker = false; // a hive the inventory makes a worker (hive_swarm_mode)

    QString section(const QString &name) const { return sections.value(name); }
};

// What `hive doctor` reads on one host, in one SSH command: each section is
// the exact output of the command named in its header, kept as evidence.
// Hives are also asked about the swarm; the manager the doctor picks is asked
// about services and tasks in a second round.
class HostProbe
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostProbe)
public:
    enum class Round
    {
        Host,     // every host: docker info, version, load, df, failed units, drbdadm status
        Services, // one manager: service ls, service ps --no-trunc
        Swarm     // every hive, quickly: docker info, version, node list
    };

    // The shell script of a round (run as root, C locale).
    static QString script(Round round);
    // Splits a script's output into its sections. False when the text is
    // not a probe's output at all (then `error` says what came instead).
    static bool parse(const QString &output, QHash<QString, QString> &sections, QString &error);
    // A host's answer to a round's script: its sections, or why it did not
    // answer (SSH failed, or the output was cut off).
    static ProbedHost answerOf(const QString &host, const CommandResult &result);
    // The command a section ran, for evidence: "docker node ls ...".
    static QString commandOf(const QString &section);
};

} // namespace hive
