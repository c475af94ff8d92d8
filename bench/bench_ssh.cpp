// Runs `true` on 4 hosts x 100 rounds through the HostPool (one SSH session per
// host, reused) and the same through one `ssh` process per command, against a
// real sshd on 127.0.0.1, and prints the time per command of both. Needs root
// and openssh-server (as the remote tests do); prints why when it cannot run.

#include "remote/host_pool.h"
#include "tests/support/sshd_fixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <cstdio>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int hosts = 4;
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    SshdFixture sshd;
    QString whyNot;
    if (!sshd.start(whyNot)) {
        std::printf("bench_ssh: skipped: %s\n", qPrintable(whyNot));
        return 0;
    }

    hive::HostPool pool;
    QStringList names;
    for (int i = 0; i < hosts; ++i) {
        hive::SshEndpoint e = sshd.endpoint();
        e.name = QStringLiteral("p-hive%1.bench").arg(i);
        names << e.name;
        pool.addHost(e);
    }
    QElapsedTimer t;
    t.start();
    int failures = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const hive::CommandResult &result : pool.runOnAll(names, QStringLiteral("true"), {}))
            failures += result.succeeded() ? 0 : 1;
    }
    const double poolMs = double(t.nsecsElapsed()) / 1e6;

    const hive::SshEndpoint e = sshd.endpoint();
    const QStringList sshArgs = {QStringLiteral("-i"),
                                 e.identityFile,
                                 QStringLiteral("-p"),
                                 QString::number(e.port),
                                 QStringLiteral("-o"),
                                 QStringLiteral("UserKnownHostsFile=") + e.knownHostsFile,
                                 QStringLiteral("-o"),
                                 QStringLiteral("StrictHostKeyChecking=yes"),
                                 QStringLiteral("-o"),
                                 QStringLiteral("BatchMode=yes"),
                                 QStringLiteral("-F"),
                                 QStringLiteral("/dev/null"),
                                 QStringLiteral("root@127.0.0.1"),
                                 QStringLiteral("true")};
    t.restart();
    for (int r = 0; r < rounds; ++r) {
        std::vector<std::thread> threads;
        std::atomic_int bad{0};
        for (int h = 0; h < hosts; ++h) {
            threads.emplace_back([&] {
                if (QProcess::execute(QStringLiteral("ssh"), sshArgs) != 0)
                    ++bad;
            });
        }
        for (auto &th : threads)
            th.join();
        failures += bad;
    }
    const double processMs = double(t.nsecsElapsed()) / 1e6;

    const int commands = hosts * rounds;
    std::printf("%-28s %10s %12s\n", "way", "total ms", "ms/command");
    std::printf("%-28s %10.0f %12.2f\n", "HostPool (4 sessions)", poolMs, poolMs / commands);
    std::printf("%-28s %10.0f %12.2f\n", "ssh process per command", processMs,
                processMs / commands);
    std::printf("pool is %.1fx faster per command (%d commands, %d failed)\n", processMs / poolMs,
                commands, failures);
    return failures == 0 ? 0 : 1;
}
