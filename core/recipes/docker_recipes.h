#pragma once

#include "data/value.h"
#include "recipes/host_change.h"

#include <QList>

namespace hive {

struct SetupHostContext;

// What the docker step (and the docker-client part of it) makes true on a
// host: the engine installed, its TLS API on 2376 with the host's
// certificate from the hive CA, daemon.json with the address pools from
// internal_cidr, the hive CA trusted for the registry, and the admin's
// client certificate; plus the DRBD packages and resource pool.
class DockerRecipes
{
public:
    static constexpr int kApiPort = 2376;

    static QList<HostChange> docker(const SetupHostContext &c);
    static QByteArray daemonJson(const SetupHostContext &c);
    // The admin's Docker client gives containers the hive's proxy (its
    // config.json "proxies"), or no longer does once http_proxy is unset.
    static HostChange clientProxy(const SetupHostContext &c, const QString &home);
    // Logs every hive's root into the hive registry (a secret command).
    static QList<HostChange> registryLogin(const SetupHostContext &c, const QString &password);
    // root logged in to each registry of hive_ext_repositories ({repository,
    // login_user, password, email}; no repository: Docker Hub).
    static QList<HostChange> externalRegistryLogins(const Value &repositories);
    // The shell command that exits 0 when this kernel runs DRBD 9 (loading
    // the module); otherwise it says why on stderr.
    static QString drbdAvailable();
    static QList<HostChange> drbd(const SetupHostContext &c);
    // drbd() in two: the packages that bring the module (installed before
    // drbdAvailable() asks for it), then the module at boot and the pool.
    static QList<HostChange> drbdPackages(const SetupHostContext &c);
    static QList<HostChange> drbdStorage(const SetupHostContext &c);
    // The disk DRBD mirrors: hive_mirrored_device, else the first of these
    // that exists and is unused (the second disk as each platform names
    // it), else free space after the partitions of the first partitioned one.
    static QStringList mirroredDeviceCandidates();
    // The shell that picks it into $d (or says why not and exits 1).
    static QString mirroredDevicePick();
};

} // namespace hive
