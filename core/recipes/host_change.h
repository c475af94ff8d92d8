#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hive {

// One thing a setup-hosts step makes true on a host: a file with this exact
// content and mode, or a command guarded by a check (exit 0: already done).
// Steps are lists of these, so what a step would do on any OS can be shown,
// reviewed (golden files) and applied with check-before-change everywhere.
struct HostChange
{
    enum class Kind
    {
        File,
        Command,
    };

    Kind kind = Kind::Command;
    QString what; // what it is for, in words (shown on -C and in failures)
    // File
    QString path;
    QByteArray content;
    int mode = 0644;
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    // A command that must accept a new content before it is installed
    // (`visudo -cf %s`; %s: the candidate file).
    QString validate;
    // A key or a command carrying a password: its content or command line is
    // never shown (not on -C, in failures, in golden files or run logs).
    bool secret = false;
    // Command: `apply` runs only when `check` fails (an empty check: always).
    QString check;
    QString apply;
    // Given to `check` and `apply` on their standard input: how a secret
    // reaches the host (a password, a key), never inside the command line.
    QByteArray checkInput;
    QByteArray applyInput;
    // Runs once at the end of the step when any change with the same
    // `onChange` changed (a restart after its configuration files).
    QString onChange;
    // That restart runs on one host at a time across the run: restarting
    // docker on every manager at once would stop the swarm's services
    // everywhere (a renewed certificate, a changed daemon.json).
    bool oneHostAtATime = false;
    // Only while this check passes on the host (empty: always): docker's
    // restarts need their turn only on a host in a swarm; a host set up for
    // the first time restarts beside the others.
    QString oneHostAtATimeWhile;

    static HostChange file(const QString &what, const QString &path, const QByteArray &content,
                           int mode = 0644, const QString &onChange = {});
    static HostChange command(const QString &what, const QString &check, const QString &apply,
                              const QString &onChange = {});

    // Plain text of a list of changes (the golden files of a step).
    static QString describe(const QList<HostChange> &changes);
};

} // namespace hive
