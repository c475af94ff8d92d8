#pragma once

#include "providers/infra_provider.h"
#include "providers/install_device.h"
#include "providers/kickstart_medium.h"
#include "providers/kickstart_plan.h"

#include <QCoreApplication>

namespace hive {

// The `kickstart` provider, as hive-builder's roles/kickstart: bare-metal
// servers installed from a medium build-infra makes. Its steps:
// kickstart-files (a kickstart per host in the context dir's kickstart/,
// KickstartFile), install-medium (the OS's medium with those files and a
// boot entry per host, KickstartMedium, written to iso_dest; a device only
// when the user named it again for this run, --write-device, and never a
// mounted one or this machine's system disk, InstallDevice), and hosts:
// each installed host answers SSH and its key is recorded on first contact,
// its fingerprint shown; one that does not answer yet is told how to be
// installed. -H and -D leave the servers alone; -D removes the files
// build-infra made, listing them.
class KickstartProvider : public InfraProvider
{
    Q_DECLARE_TR_FUNCTIONS(hive::KickstartProvider)
public:
    // Relative iso_src and iso_dest are in `projectRoot`.
    KickstartProvider(KickstartPlan plan, QString projectRoot, QString contextDir,
                      QString identityFile, QString confirmedDevice);

    QString name() const override { return QStringLiteral("kickstart"); }
    SshEndpoint::HostKeyPolicy hostKeyPolicy() const override
    {
        return SshEndpoint::HostKeyPolicy::RecordFirstContact;
    }
    QList<Step> steps(const InfraRequest &request, InfraResult &result,
                      RunReporter &reporter) override;

    void setMediumOptions(const KickstartMedium::Options &options) { m_medium = options; }
    void setDeviceSystem(const InstallDevice::System &system) { m_device = system; }
    void setProbeTimeoutMs(int ms) { m_probeMs = ms; }

    QString kickstartDir() const;
    // The ISO build-infra makes: iso_dest when it is a file, else
    // install-medium.iso in the context dir, then written to the device.
    QString isoPath() const;

private:
    Step filesStep(const InfraRequest &request);
    Step mediumStep(const InfraRequest &request, RunReporter &reporter);
    Step hostsStep(const InfraRequest &request);
    Step removeStep(const InfraRequest &request);
    RunEvent::Status reach(const InfraRequest &request, const QString &host, QString &message);
    QByteArray stamp() const;
    QList<KickstartMedium::Entry> entries() const;

    KickstartPlan m_plan;
    QString m_contextDir;
    QString m_identityFile;
    QString m_confirmedDevice;
    KickstartMedium::Options m_medium;
    QHash<QString, QByteArray> m_rendered; // host -> its kickstart, as the files step made it
    InstallDevice::System m_device;
    int m_probeMs = 3000;
};

} // namespace hive
