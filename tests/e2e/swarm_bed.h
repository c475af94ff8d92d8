#pragma once

#include "remote/docker_endpoint.h"
#include "tests/support/hive_cli_run.h"
#include "tests/support/test_bed.h" // HIVE_REQUIRE_BED

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

// A hive of four hosts on the test bed, in a project folder of its own: a
// private stage on the docker provider with a separate repository (p-hive0
// to p-hive2 are the managers, p-hive3 the repository server), a services
// file with a DRBD volume and a driver volume, and an addon role. Suites
// that run side by side use beds of different names and addresses.
class SwarmBed
{
public:
    // `name` is the hive's (hosts are p-hiveN.NAME); the stage's network is
    // 172.30.SUBNET.0/24 and Docker's own networks come from 10.INTERNAL.0.0/16.
    SwarmBed(const QString &name, int subnet, int internal);

    // Empty when the bed can run; otherwise why not. Removes what a killed
    // earlier run may have left behind and writes the project.
    QString prepare();
    // Removes the bed's containers, their volumes and its network.
    void remove() const;

    const QStringList &hosts() const { return m_hosts; }
    const QString &network() const { return m_network; }
    // host:port of the registry on the repository server
    const QString &registry() const { return m_registry; }
    // The stage network's address of host `index`.
    QString address(int index) const;
    const hive::DockerEndpoint &engine() const { return m_engine; }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }

    // The real `hive` binary on the project.
    HiveCliRun hive(const QStringList &args) const;
    // A shell command inside host `index` as root, through the bed's back
    // door (to look and to cause faults, never to set up: the phases do
    // that over SSH); its output, trimmed.
    QString inNode(int index, const QString &script) const;

    // Polls `done` once a second for up to `seconds`.
    static bool waitUntil(const std::function<bool()> &done, int seconds);
    // How many hives p-hive0 lists as ready managers.
    QString managersReady() const;
    QString nodeList() const;
    // The three hives as ready managers within `seconds`; empty when they
    // are. A node that stays down while its engine answers (met in CI after
    // two managers were stopped and started again) is what the doctor
    // names with `recover node`: that repair is run, as the app's Repair
    // button would, timed, and given 90 s more.
    QString threeReadyManagers(int seconds) const;
    // The registry's probe image (/bin/dash and sleep) made on p-hive0 and
    // pushed with the generated credentials; its output ends with "pushed".
    QString pushProbeImage() const;

private:
    QTemporaryDir m_dir;
    hive::DockerEndpoint m_engine;
    QString m_name;
    int m_subnet;
    int m_internal;
    QStringList m_hosts;
    QString m_network;
    QString m_registry;
};
