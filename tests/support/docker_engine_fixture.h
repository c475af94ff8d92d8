#pragma once

#include "remote/docker_endpoint.h"

#include <QByteArray>
#include <QString>

// Makes sure a Docker Engine answers for the tests: uses the one at
// DOCKER_HOST or the default socket, and otherwise starts Debian's dockerd in
// the background (root only; it keeps running for later suites). Also builds
// the small offline test image root file system (busybox).
class DockerEngineFixture
{
public:
    // Returns false and sets `whyNot` when no engine can be had here.
    static bool ensureEngine(hive::DockerEndpoint &endpoint, QString &whyNot);
    // A tar of a root file system with a static busybox as /bin/busybox and /bin/sh.
    static bool busyboxRootfsTar(QByteArray &tar, QString &whyNot);
};
