#pragma once

#include "remote/docker_endpoint.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtTest>

// The docker-provider test bed as the end-to-end suites use it: whether it
// can run here (root and a Docker Engine), the back door into a node (to
// look and to cause faults, never to set up), and removing a stage's node
// containers, their volumes and network.
class TestBed
{
public:
    // Empty when the bed can run; otherwise why not. Starts an engine if needed.
    static QString prepare(hive::DockerEndpoint &engine);
    // A shell script inside a node container as root; its stdout and stderr.
    static QByteArray inNode(const hive::DockerEndpoint &engine, const QString &node,
                             const QString &script, int timeoutMs = 120000);
    static void remove(const hive::DockerEndpoint &engine, const QStringList &nodes,
                       const QString &network);
};

// Skips the test where the bed cannot run, but fails it under CI, where it must.
#define HIVE_REQUIRE_BED(whyNot)                                                                   \
    do {                                                                                           \
        if (!(whyNot).isEmpty()) {                                                                 \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(qPrintable(QStringLiteral("the test bed must run in CI: ") + (whyNot)));     \
            QSKIP(qPrintable(whyNot));                                                             \
        }                                                                                          \
    } while (false)
