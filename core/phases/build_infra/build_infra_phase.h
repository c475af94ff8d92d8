#pragma once

#include "phases/phase.h"
#include "providers/infra_provider.h"
#include "remote/docker_endpoint.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;

// The build-infra phase: the provider makes (or starts, stops, removes) the
// stage's hosts; then the context dir gets the hive's SSH key pair,
// known_hosts and ssh_config, and every host must answer SSH as the admin
// user. Running it again changes nothing.
class BuildInfraPhase : public Phase
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

    QString name() const override { return QStringLiteral("build-infra"); }
    // True when every selected host ended ok or changed.
    bool run(PhaseContext &context) const override;
    bool run(PhaseContext &context, const Options &options) const;

private:
    bool ensureKey(PhaseContext &context, const Options &options, QString &publicKey) const;
    bool pinHostKeys(PhaseContext &context, const InfraRequest &request,
                     const InfraResult &result) const;
    void forgetHosts(PhaseContext &context, const InfraRequest &request) const;
    bool writeSshConfig(PhaseContext &context, const InfraRequest &request) const;
    bool waitForSsh(PhaseContext &context, const InfraRequest &request, const InfraResult &result,
                    const Options &options) const;
};

} // namespace hive
