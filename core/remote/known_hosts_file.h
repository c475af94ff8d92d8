#pragma once

#include <QStringList>

namespace hive {

// The hive's own known_hosts (OpenSSH format, read by libssh and by the
// system `ssh` through the generated ssh_config). Providers that learn a
// host's keys from a trusted channel (the docker provider reads them inside
// the container it just made) pin them here; other hosts are recorded on
// first contact by SshSession. Every change of the file goes through here,
// one at a time between threads and processes (a lock file beside it):
// hosts are reached in parallel, and each change is a read-modify-write of
// the whole file.
class KnownHostsFile
{
public:
    // "address" for port 22, "[address]:port" otherwise, as OpenSSH writes it.
    static QString hostPattern(const QString &address, int port);
    // Replaces every entry of the host with `keys` ("type base64" each).
    static bool pin(const QString &path, const QString &address, int port, const QStringList &keys,
                    bool &changed, QString &error);
    // First contact: records `key` ("type base64") for a host that has no
    // entry yet; a host that has one keeps it (another thread may have just
    // recorded it).
    static bool record(const QString &path, const QString &address, int port, const QString &key,
                       QString &error);
    // Drops every entry of these hosts.
    static bool forget(const QString &path, const QStringList &patterns, bool &changed,
                       QString &error);
    // The keys ("type base64") recorded for the host.
    static QStringList keysOf(const QString &path, const QString &address, int port);
};

} // namespace hive
