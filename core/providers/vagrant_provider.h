#pragma once

#include "providers/infra_provider.h"
#include "providers/vagrant_plan.h"
#include "remote/command_result.h"

#include <QCoreApplication>
#include <functional>
#include <mutex>

namespace hive {

// The `vagrant` provider, as hive-builder's roles/vagrant builds a stage:
// virtual machines on this machine. Its steps: vagrant (Vagrant is there and
// which of its providers runs the machines: libvirt when vagrant-libvirt is
// installed, else VirtualBox), vagrantfile (the stage's Vagrantfile in the
// context dir, VagrantPlan), vagrant-box (the box, added once), and hosts:
// per machine `vagrant status` first, `vagrant up` when it is not running,
// then through `vagrant ssh` its SSH host keys (handed to build-infra to
// pin: vagrant's own channel to a machine on this machine, never a first
// contact over the network) and the admin user with the hive's key
// (AdminBootstrap). The hosts are reached at hive_private_ip. -H halts
// them; -D destroys them and, for the whole stage, removes the files
// build-infra made, listing them.
class VagrantProvider : public InfraProvider
{
    Q_DECLARE_TR_FUNCTIONS(hive::VagrantProvider)
public:
    VagrantProvider(VagrantPlan plan, QString contextDir);

    QString name() const override { return QStringLiteral("vagrant"); }
    SshEndpoint::HostKeyPolicy hostKeyPolicy() const override
    {
        return SshEndpoint::HostKeyPolicy::RequireKnown;
    }
    QList<Step> steps(const InfraRequest &request, InfraResult &result,
                      RunReporter &reporter) override;

    // The vagrant command (tests give a stand-in) and the device KVM needs.
    void setProgram(const QString &program) { m_program = program; }
    void setKvmDevice(const QString &path) { m_kvmDevice = path; }

    // The boxes this machine's Vagrant has ("almalinux/9 (libvirt)"), for
    // a picker; empty without Vagrant. Blocking (a second or two).
    static QStringList boxesHere(const QString &program = QStringLiteral("vagrant"));
    // The network bridges this machine has (for `dev`), from /sys/class/net.
    static QStringList bridgesHere(const QString &sysNet = QStringLiteral("/sys/class/net"));
    // "type base64" host keys in what `cat /etc/ssh/ssh_host_*_key.pub` printed.
    static QStringList hostKeysIn(const QString &output);
    // The files -D removes from the context dir for the whole stage.
    QStringList generatedFiles() const;

private:
    Step checkStep(const InfraRequest &request);
    Step vagrantfileStep(const InfraRequest &request);
    Step boxStep(const InfraRequest &request, RunReporter &reporter);
    Step hostsStep(const InfraRequest &request, InfraResult &result, RunReporter &reporter);
    Step filesStep(const InfraRequest &request);

    RunEvent::Status buildHost(const InfraRequest &request, InfraResult &result,
                               RunReporter &reporter, const QString &host, QString &message);
    RunEvent::Status haltHost(const InfraRequest &request, RunReporter &reporter,
                              const QString &host, QString &message);
    RunEvent::Status destroyHost(const InfraRequest &request, RunReporter &reporter,
                                 const QString &host, QString &message);
    // `vagrant ARGS` in the context dir; `say` gets what it says per line.
    CommandResult vagrant(const QStringList &arguments, const InfraRequest &request,
                          const std::function<void(const QString &)> &say = {},
                          int timeoutMs = 120000) const;
    // The machine's state, or false with `error` set.
    bool stateOf(const InfraRequest &request, const QString &host, QString &state,
                 QString &error) const;
    QString failure(const CommandResult &r, const QString &what) const;
    QString providerName() const;
    // Whether the Vagrantfile in the context dir defines the host's machine.
    bool defined(const QString &host) const;
    // The machines Vagrant has made here (by the ids it keeps).
    QStringList machinesMade() const;

    VagrantPlan m_plan;
    QString m_contextDir;
    QString m_program = QStringLiteral("vagrant");
    QString m_kvmDevice = QStringLiteral("/dev/kvm");
    mutable std::mutex m_mutex;
    QString m_provider; // libvirt or virtualbox, found by the vagrant step
};

} // namespace hive
