#include "tests/support/test_bed.h"

#include "remote/docker_client.h"
#include "tests/support/docker_engine_fixture.h"

#include <unistd.h>

using namespace hive;

QString TestBed::prepare(DockerEndpoint &engine)
{
    if (geteuid() != 0)
        return QStringLiteral("the docker provider test bed needs root (node image: "
                              "debootstrap/chroot; engine: dockerd)");
    QString whyNot;
    if (!DockerEngineFixture::ensureEngine(engine, whyNot))
        return QStringLiteral("no Docker Engine here: ") + whyNot;
    return {};
}

QByteArray TestBed::inNode(const DockerEndpoint &engine, const QString &node, const QString &script,
                           int timeoutMs)
{
    const DockerClient::ExecResult r = DockerClient(engine).exec(
        node, {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script}, timeoutMs);
    return r.stdoutData + r.stderrData;
}

void TestBed::remove(const DockerEndpoint &engine, const QStringList &nodes, const QString &network)
{
    DockerClient docker(engine);
    for (const QString &h : nodes) {
        docker.removeContainer(h, true);
        docker.removeVolume(h + QStringLiteral(".docker"), true);
    }
    docker.removeNetwork(network);
}
