#pragma once

#include "phases/phase.h"

#include <QCoreApplication>
#include <QString>

namespace hive {

struct InfraRequest;
struct InfraResult;
class InfraProvider;

// The build-infra phase: the provider makes (or starts, stops, removes) the
// stage's hosts; then the context dir gets the hive's SSH key pair,
// known_hosts and ssh_config, and every host must answer SSH as the admin
// user. Its steps: ssh-key, the provider's (InfraProvider::steps: engine,
// node-image, network, hosts for docker; hosts for prepared), known-hosts,
// ssh-config and wait-ssh; -H and -D run the provider's and forget the
// removed hosts' keys. Running it again changes nothing.
class BuildInfraPhase : public Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildInfraPhase)
public:
    QString name() const override { return QStringLiteral("build-infra"); }

protected:
    bool connects() const override { return false; } // the hosts may not exist yet
    bool plan(PhaseContext &context, Plan &plan) const override;

private:
    static Step keyStep(PhaseContext &context, InfraRequest &request);
    static Step pinStep(const InfraRequest &request, const InfraResult &result);
    static Step forgetStep(const InfraRequest &request);
    static Step sshConfigStep(PhaseContext &context, const InfraRequest &request);
    static Step waitForSshStep(PhaseContext &context, const InfraRequest &request,
                               const InfraProvider &provider);
};

} // namespace hive
