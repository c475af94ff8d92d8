#pragma once

#include "engine/run_event.h"
#include "providers/infra_provider.h"

#include <QCoreApplication>

namespace hive {

// The `prepared` provider: machines that already exist, at the stage's
// ip_address_list (or cidr) addresses. build-infra only makes them usable:
// when the admin user cannot log in with the hive's key yet and the stage has
// a root_password, it logs in once as root by password and creates the admin
// user, its passwordless sudo and authorized_keys; from then on keys only.
// Host keys are recorded on first contact. -H and -D leave the machines alone.
class PreparedProvider : public InfraProvider
{
    Q_DECLARE_TR_FUNCTIONS(hive::PreparedProvider)
public:
    QString name() const override { return QStringLiteral("prepared"); }
    SshEndpoint::HostKeyPolicy hostKeyPolicy() const override
    {
        return SshEndpoint::HostKeyPolicy::RecordFirstContact;
    }
    QList<Step> steps(const InfraRequest &request, InfraResult &result,
                      RunReporter &reporter) override;

    // Where the hive's private key is (set by build-infra before its steps run).
    void setIdentityFile(const QString &path) { m_identityFile = path; }

private:
    QString m_identityFile;

    RunEvent::Status prepareHost(const InfraRequest &request, const InfraRequest::Host &host,
                                 QString &message) const;
};

} // namespace hive
