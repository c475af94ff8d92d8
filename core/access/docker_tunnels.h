#pragma once

#include "diagnostics/expected.h"
#include "remote/docker_endpoint.h"
#include "remote/ssh_endpoint.h"

#include <QCoreApplication>

namespace hive {

// The Docker API of a host this machine reaches only over SSH (a cloud
// host at its public address: its port 2376 is not open to the internet):
// its /var/run/docker.sock carried over an SSH session (the admin user is
// in the docker group) to a local socket of its owner alone in a folder of mode
// 0700 of this process. One tunnel per host for the life of the process,
// started on first use and again when its session has dropped; the host
// key is checked as on every connection. Thread-safe.
class DockerTunnels
{
    Q_DECLARE_TR_FUNCTIONS(hive::DockerTunnels)
public:
    static Expected<DockerEndpoint> through(const SshEndpoint &ssh);
    // Connections carried by the tunnel to `ssh` so far (tests).
    static int carried(const SshEndpoint &ssh);
};

} // namespace hive
