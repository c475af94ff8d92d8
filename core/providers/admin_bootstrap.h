#pragma once

#include <QString>

namespace hive {

// The shell script that makes a fresh host usable by the hive: the admin
// user and group, passwordless sudo, and the hive's public key in its
// authorized_keys. Run as root (over `docker exec` by the docker provider,
// over a one-time root password login by the prepared provider). Idempotent;
// the last line of its output says whether it changed anything.
class AdminBootstrap
{
public:
    // Arguments for `sh -c SCRIPT sh USER KEY`.
    static QString script();
    static bool isValidUserName(const QString &user);
    // Parses the script's output: true and `changed` set when it finished.
    static bool parseOutput(const QString &stdoutText, bool &changed);
};

} // namespace hive
