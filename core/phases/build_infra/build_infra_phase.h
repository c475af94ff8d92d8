#pragma once

#include "providers/infra_provider.h"
#include "remote/docker_endpoint.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
class RunReporter;
struct LoadedInventory;

// The build-infra phase: the provider makes (or starts, stops, removes) the
// stage's hosts; then the context dir gets the hive's SSH key pair,
// known_hosts and ssh_config, and every host must answer SSH as the admin
// user. Running it again changes nothing.
class BuildInfraPhase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildInfraPhase)
public:
    struct Options
    {
        InfraRequest::Action action = InfraRequest::Action::Build;
        bool checkOnly = false;
        QString limit; // -l
        const std::atomic_bool *cancel = nullptr;
        bool trustNewHostKeys = false; // --trust-new-host-keys
        QStringList hostKeys;          // --host-key ADDRESS=SHA256:…: pins for this run
        int sshWaitSeconds = 180;
        DockerEndpoint engine = DockerEndpoint::fromEnvironment();
    };

    BuildInfraPhase(const Project &project, const LoadedInventory &loaded, RunEventSink *sink);

    // True when every selected host ended ok or changed.
    bool run(const Options &options);

private:
    const Project &m_project;
    const LoadedInventory &m_loaded;
    RunEventSink *m_sink;

    bool ensureKey(RunReporter &reporter, const Options &options, QString &publicKey);
    bool pinHostKeys(RunReporter &reporter, const InfraRequest &request, const InfraResult &result);
    void forgetHosts(RunReporter &reporter, const InfraRequest &request);
    bool writeSshConfig(RunReporter &reporter, const InfraRequest &request);
    bool waitForSsh(RunReporter &reporter, const InfraRequest &request, const InfraResult &result,
                    const Options &options);
};

} // namespace hive
