#include "tests/support/docker_engine_fixture.h"

#include "remote/docker_client.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <unistd.h>

bool DockerEngineFixture::ensureEngine(hive::DockerEndpoint &endpoint, QString &whyNot)
{
    endpoint = hive::DockerEndpoint::fromEnvironment();
    if (hive::DockerClient(endpoint).ping().ok)
        return true;
    const QString dockerd = QStandardPaths::findExecutable(
        QStringLiteral("dockerd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (dockerd.isEmpty()) {
        whyNot = QStringLiteral("no Docker Engine answers and dockerd is not installed "
                                "(scripts/install-deps.sh --test)");
        return false;
    }
    if (geteuid() != 0) {
        whyNot = QStringLiteral("no Docker Engine answers and starting dockerd needs root");
        return false;
    }
    // No init system runs it on these machines: start it in the background,
    // detached and with no inherited pipes (an inherited stdout would keep the
    // caller's output pipe, e.g. CI's, open for as long as dockerd runs).
    QProcess daemon;
    daemon.setProgram(dockerd);
    daemon.setStandardInputFile(QProcess::nullDevice());
    daemon.setStandardOutputFile(QStringLiteral("/var/tmp/hive-test-dockerd.log"),
                                 QIODevice::Append);
    daemon.setStandardErrorFile(QStringLiteral("/var/tmp/hive-test-dockerd.log"),
                                QIODevice::Append);
    if (!daemon.startDetached()) {
        whyNot = QStringLiteral("cannot start %1").arg(dockerd);
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        if (hive::DockerClient(endpoint).ping().ok)
            return true;
        QThread::msleep(500);
    }
    whyNot =
        QStringLiteral("dockerd did not answer within 60 s; see /var/tmp/hive-test-dockerd.log");
    return false;
}

bool DockerEngineFixture::busyboxRootfsTar(QByteArray &tar, QString &whyNot)
{
    const QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (busybox.isEmpty()) {
        whyNot = QStringLiteral("busybox is not installed (scripts/install-deps.sh --test)");
        return false;
    }
    QTemporaryDir root;
    QDir().mkpath(root.filePath(QStringLiteral("bin")));
    QDir().mkpath(root.filePath(QStringLiteral("tmp")));
    if (!QFile::copy(busybox, root.filePath(QStringLiteral("bin/busybox")))) {
        whyNot = QStringLiteral("cannot copy busybox");
        return false;
    }
    QFile::link(QStringLiteral("busybox"), root.filePath(QStringLiteral("bin/sh")));
    QProcess p;
    p.start(QStringLiteral("tar"), {QStringLiteral("-C"), root.path(), QStringLiteral("-cf"),
                                    QStringLiteral("-"), QStringLiteral(".")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        whyNot = QStringLiteral("tar failed");
        return false;
    }
    tar = p.readAllStandardOutput();
    return true;
}
