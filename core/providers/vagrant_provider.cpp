#include "providers/vagrant_provider.h"

#include "engine/run_reporter.h"
#include "project/context_file.h"
#include "providers/admin_bootstrap.h"
#include "providers/vagrant_machine_output.h"
#include "remote/known_hosts_file.h"
#include "remote/local_command.h"
#include "remote/shell_command.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <signal.h>

namespace hive {

namespace {

constexpr int kMaxParallel = 4;
constexpr int kUpTimeoutMs = 30 * 60 * 1000;  // a first boot, with its provisioning
constexpr int kBoxTimeoutMs = 60 * 60 * 1000; // a box of a GB or more

const VagrantPlan::Machine *machineNamed(const VagrantPlan &plan, const QString &name)
{
    for (const VagrantPlan::Machine &m : plan.machines)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

VagrantProvider::VagrantProvider(VagrantPlan plan, QString contextDir)
    : m_plan(std::move(plan)), m_contextDir(std::move(contextDir))
{}

QList<Step> VagrantProvider::steps(const InfraRequest &request, InfraResult &result,
                                   RunReporter &reporter)
{
    QList<Step> steps{checkStep(request)};
    if (request.action == InfraRequest::Action::Build)
        steps << vagrantfileStep(request) << boxStep(request, reporter);
    steps << hostsStep(request, result, reporter);
    if (request.action == InfraRequest::Action::Destroy)
        steps << filesStep(request);
    return steps;
}

QString VagrantProvider::providerName() const
{
    std::lock_guard lock(m_mutex);
    return m_provider;
}

CommandResult VagrantProvider::vagrant(const QStringList &arguments, const InfraRequest &request,
                                       const std::function<void(const QString &)> &say,
                                       int timeoutMs) const
{
    LocalCommand::Options options;
    options.workingDir = m_contextDir;
    options.timeoutMs = timeoutMs;
    options.cancel = request.cancel;
    // Vagrant's own check for a newer version: nothing a build needs.
    options.environment << QStringLiteral("VAGRANT_CHECKPOINT_DISABLE=1");
    // Cancelled as Ctrl-C would: Vagrant then cleans up a machine it was
    // making, which takes a while.
    options.stopSignal = SIGINT;
    options.stopGraceMs = 60000;
    if (say) {
        options.onLine = [&say](LocalCommand::Stream, const QString &line) {
            VagrantMachineOutput::Record record;
            if (!VagrantMachineOutput::parse(line, record))
                return;
            const QString text = VagrantMachineOutput::uiText(record);
            if (!text.isEmpty())
                say(text);
        };
    }
    return LocalCommand::run(m_program, arguments, options);
}

QString VagrantProvider::failure(const CommandResult &r, const QString &what) const
{
    if (r.status == CommandResult::Status::Failed && !r.started)
        return tr("%1: Vagrant is not installed here (`sudo apt install vagrant "
                  "vagrant-libvirt libvirt-daemon-system`, or Vagrant and VirtualBox from "
                  "their makers)")
            .arg(what);
    if (r.status != CommandResult::Status::Exited)
        return tr("%1: %2").arg(what, r.error);
    QString error = VagrantMachineOutput::error(VagrantMachineOutput::parseAll(r.stdoutText));
    if (error.isEmpty())
        error = r.stderrText.trimmed().isEmpty()
                    ? r.stdoutText.trimmed().section(QLatin1Char('\n'), -3)
                    : r.stderrText.trimmed();
    const QString advice = VagrantMachineOutput::advice(error + QLatin1Char(' ') + r.stderrText);
    return advice.isEmpty() ? tr("%1: %2").arg(what, error)
                            : tr("%1: %2\n%3").arg(what, error, advice);
}

Step VagrantProvider::checkStep(const InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("vagrant");
    step.hosts = Step::here();
    step.fatal = true;
    step.work = [this, &request](const QString &, QString &message) {
        const CommandResult version = vagrant({QStringLiteral("--version")}, request);
        if (!version.succeeded()) {
            message = failure(version, tr("`vagrant --version`"));
            return RunEvent::Status::Failed;
        }
        const CommandResult plugins = vagrant({QStringLiteral("plugin"), QStringLiteral("list"),
                                               QStringLiteral("--machine-readable")},
                                              request);
        if (!plugins.succeeded()) {
            message = failure(plugins, tr("`vagrant plugin list`"));
            return RunEvent::Status::Failed;
        }
        // As Vagrant picks one, and hive-builder's Vagrantfile configures
        // both: a provider the user chose, else libvirt, else VirtualBox.
        QString provider = qEnvironmentVariable("VAGRANT_DEFAULT_PROVIDER");
        if (provider.isEmpty() &&
            VagrantMachineOutput::plugins(VagrantMachineOutput::parseAll(plugins.stdoutText))
                .contains(QLatin1String("vagrant-libvirt")))
            provider = QStringLiteral("libvirt");
        if (provider.isEmpty() &&
            !QStandardPaths::findExecutable(QStringLiteral("VBoxManage")).isEmpty())
            provider = QStringLiteral("virtualbox");
        if (provider.isEmpty()) {
            message = tr("Vagrant has no provider to run the machines: install vagrant-libvirt "
                         "(`sudo apt install vagrant-libvirt libvirt-daemon-system`) or "
                         "VirtualBox");
            return RunEvent::Status::Failed;
        }
        if (provider != QLatin1String("libvirt") && provider != QLatin1String("virtualbox")) {
            message = tr("VAGRANT_DEFAULT_PROVIDER is %1: the stage's Vagrantfile is written for "
                         "libvirt and virtualbox")
                          .arg(provider);
            return RunEvent::Status::Failed;
        }
        {
            std::lock_guard lock(m_mutex);
            m_provider = provider;
        }
        message = tr("%1 with %2").arg(version.stdoutText.trimmed(), provider);
        // Said, not refused: vagrant-libvirt can run machines without KVM
        // (driver qemu), slowly; `vagrant up` says what it cannot do.
        if (provider == QLatin1String("libvirt") && request.action == InfraRequest::Action::Build &&
            !QFileInfo::exists(m_kvmDevice))
            message +=
                QStringLiteral(". ") +
                tr("This machine has no %1: the machines will not start unless libvirt "
                   "emulates them. %2")
                    .arg(m_kvmDevice, VagrantMachineOutput::advice(QStringLiteral("/dev/kvm")));
        return RunEvent::Status::Ok;
    };
    return step;
}

Step VagrantProvider::vagrantfileStep(const InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("vagrantfile");
    step.hosts = Step::here();
    step.fatal = true;
    step.work = [this, &request](const QString &, QString &message) {
        // A machine of a host taken out of the stage would be left running
        // with nothing to remove it once the Vagrantfile forgets it.
        for (const QString &made : machinesMade()) {
            if (!machineNamed(m_plan, made)) {
                message = tr("%1 is no longer in the stage, but its virtual machine is still "
                             "there: remove it first with `vagrant destroy -f %1` in %2 (the "
                             "Vagrantfile there still defines it), then run build-infra again")
                              .arg(made, m_contextDir);
                return RunEvent::Status::Failed;
            }
        }
        QList<QPair<QString, QByteArray>> files{
            {QDir(m_contextDir).filePath(QStringLiteral("Vagrantfile")), m_plan.vagrantfile()}};
        if (m_plan.growsRoot())
            files.append(
                {QDir(m_contextDir).filePath(QLatin1String(VagrantPlan::kGrowRootScriptName)),
                 VagrantPlan::growRootScript()});
        QStringList written;
        for (const auto &[path, content] : std::as_const(files)) {
            if (request.checkOnly) {
                if (ContextFile::read(path) != content)
                    written << path;
                continue;
            }
            bool changed = false;
            if (!ContextFile::writeIfChanged(path, content, changed, message))
                return RunEvent::Status::Failed;
            if (changed)
                written << path;
        }
        if (written.isEmpty()) {
            message = files.first().first;
            return RunEvent::Status::Ok;
        }
        message = (request.checkOnly ? tr("would write %1") : tr("wrote %1"))
                      .arg(written.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    };
    return step;
}

Step VagrantProvider::boxStep(const InfraRequest &request, RunReporter &reporter)
{
    Step step;
    step.name = QStringLiteral("vagrant-box");
    step.hosts = Step::here();
    step.fatal = true;
    step.work = [this, &request, &reporter](const QString &, QString &message) {
        const QString provider = providerName();
        const CommandResult list = vagrant(
            {QStringLiteral("box"), QStringLiteral("list"), QStringLiteral("--machine-readable")},
            request);
        if (!list.succeeded()) {
            message = failure(list, tr("`vagrant box list`"));
            return RunEvent::Status::Failed;
        }
        const QString wanted = m_plan.box + QLatin1Char(' ') + provider;
        if (VagrantMachineOutput::boxes(VagrantMachineOutput::parseAll(list.stdoutText))
                .contains(wanted)) {
            message = tr("box %1 for %2 is here").arg(m_plan.box, provider);
            return RunEvent::Status::Ok;
        }
        if (request.checkOnly) {
            message = tr("would add box %1 for %2").arg(m_plan.box, provider);
            return RunEvent::Status::Changed;
        }
        const CommandResult add = vagrant(
            {QStringLiteral("box"), QStringLiteral("add"), QStringLiteral("--provider"), provider,
             QStringLiteral("--machine-readable"), m_plan.box},
            request,
            [&](const QString &line) { reporter.output(QStringLiteral("vagrant-box"), {}, line); },
            kBoxTimeoutMs);
        if (!add.succeeded()) {
            message = failure(add, tr("adding box %1 for %2").arg(m_plan.box, provider));
            return RunEvent::Status::Failed;
        }
        message = tr("added box %1 for %2").arg(m_plan.box, provider);
        return RunEvent::Status::Changed;
    };
    return step;
}

Step VagrantProvider::hostsStep(const InfraRequest &request, InfraResult &result,
                                RunReporter &reporter)
{
    Step step;
    step.name = QStringLiteral("hosts");
    step.hosts = request.hostNames();
    step.maxParallel = kMaxParallel;
    step.work = [this, &request, &result, &reporter](const QString &host, QString &message) {
        if (!machineNamed(m_plan, host)) {
            message = tr("%1 is not in the stage's Vagrantfile").arg(host);
            return RunEvent::Status::Failed;
        }
        // Vagrant asked about a machine its Vagrantfile does not define
        // (none written yet, or written before the host was added) would
        // look for another Vagrantfile in the folders above.
        if (!defined(host)) {
            const bool build = request.action == InfraRequest::Action::Build;
            message = build ? tr("would create it") : tr("no machine");
            return build ? RunEvent::Status::Changed : RunEvent::Status::Ok;
        }
        switch (request.action) {
        case InfraRequest::Action::Build:
            return buildHost(request, result, reporter, host, message);
        case InfraRequest::Action::Halt:
            return haltHost(request, reporter, host, message);
        case InfraRequest::Action::Destroy:
            return destroyHost(request, reporter, host, message);
        }
        return RunEvent::Status::Failed;
    };
    return step;
}

bool VagrantProvider::stateOf(const InfraRequest &request, const QString &host, QString &state,
                              QString &error) const
{
    const CommandResult status =
        vagrant({QStringLiteral("status"), QStringLiteral("--machine-readable"), host}, request);
    if (!status.succeeded()) {
        error = failure(status, tr("`vagrant status %1`").arg(host));
        return false;
    }
    state =
        VagrantMachineOutput::states(VagrantMachineOutput::parseAll(status.stdoutText)).value(host);
    if (state.isEmpty()) {
        error = tr("`vagrant status %1` did not say its state").arg(host);
        return false;
    }
    return true;
}

RunEvent::Status VagrantProvider::buildHost(const InfraRequest &request, InfraResult &result,
                                            RunReporter &reporter, const QString &host,
                                            QString &message)
{
    const auto say = [&](const QString &line) {
        reporter.output(QStringLiteral("hosts"), host, line);
    };
    QString state;
    if (!stateOf(request, host, state, message))
        return RunEvent::Status::Failed;
    bool changed = false;
    if (state != QLatin1String("running")) {
        if (request.checkOnly) {
            message = state == QLatin1String("not_created") ? tr("would create it")
                                                            : tr("would start it (%1)").arg(state);
            return RunEvent::Status::Changed;
        }
        // One machine made at a time: VirtualBox registers disks and names
        // globally, and vagrant-libvirt's locks hold within one process
        // only (two at once race on the box's volume and the network).
        static std::mutex making;
        std::lock_guard serial(making);
        say(state == QLatin1String("not_created")
                ? tr("creating it (vagrant up)")
                : tr("starting it (vagrant up; it was %1)").arg(state));
        const CommandResult up =
            vagrant({QStringLiteral("up"), QStringLiteral("--provider"), providerName(),
                     QStringLiteral("--machine-readable"), host},
                    request, say, kUpTimeoutMs);
        if (!up.succeeded()) {
            message = failure(up, tr("`vagrant up %1`").arg(host));
            return RunEvent::Status::Failed;
        }
        changed = true;
    } else if (request.checkOnly) {
        message = tr("running");
        return RunEvent::Status::Ok;
    }

    // Through vagrant's own channel: the host keys to pin, then the admin
    // user with the hive's key.
    const QString command =
        QStringLiteral("cat /etc/ssh/ssh_host_*_key.pub && sudo -n sh -c %1 sh %2 %3")
            .arg(ShellCommand::quote(AdminBootstrap::script()),
                 ShellCommand::quote(request.adminUser), ShellCommand::quote(request.publicKey));
    const CommandResult ssh = vagrant(
        {QStringLiteral("ssh"), QStringLiteral("--no-tty"), QStringLiteral("-c"), command, host},
        request);
    bool bootstrapped = false;
    if (!ssh.succeeded() || !AdminBootstrap::parseOutput(ssh.stdoutText, bootstrapped)) {
        message = tr("setting up %1 through `vagrant ssh %2` failed: %3")
                      .arg(request.adminUser, host, ssh.failure());
        return RunEvent::Status::Failed;
    }
    const QStringList keys = hostKeysIn(ssh.stdoutText);
    if (keys.isEmpty()) {
        message = tr("%1 showed no SSH host key in /etc/ssh").arg(host);
        return RunEvent::Status::Failed;
    }
    result.addHostKeys(host, keys);
    const VagrantPlan::Machine *m = machineNamed(m_plan, host);
    QStringList said;
    said << (changed ? tr("up (%1)").arg(providerName()) : tr("running"));
    said << tr("reached at %1").arg(m->ip);
    if (bootstrapped)
        said << tr("%1 set up with the hive's key").arg(request.adminUser);
    message = said.join(QStringLiteral("; "));
    return changed || bootstrapped ? RunEvent::Status::Changed : RunEvent::Status::Ok;
}

RunEvent::Status VagrantProvider::haltHost(const InfraRequest &request, RunReporter &reporter,
                                           const QString &host, QString &message)
{
    QString state;
    if (!stateOf(request, host, state, message))
        return RunEvent::Status::Failed;
    if (state != QLatin1String("running")) {
        message = tr("not running (%1)").arg(state);
        return RunEvent::Status::Ok;
    }
    if (request.checkOnly) {
        message = tr("would halt it");
        return RunEvent::Status::Changed;
    }
    const CommandResult halt = vagrant(
        {QStringLiteral("halt"), QStringLiteral("--machine-readable"), host}, request,
        [&](const QString &line) { reporter.output(QStringLiteral("hosts"), host, line); }, 600000);
    if (!halt.succeeded()) {
        message = failure(halt, tr("`vagrant halt %1`").arg(host));
        return RunEvent::Status::Failed;
    }
    message = tr("halted");
    return RunEvent::Status::Changed;
}

RunEvent::Status VagrantProvider::destroyHost(const InfraRequest &request, RunReporter &reporter,
                                              const QString &host, QString &message)
{
    QString state;
    if (!stateOf(request, host, state, message))
        return RunEvent::Status::Failed;
    if (state == QLatin1String("not_created")) {
        message = tr("no machine");
        return RunEvent::Status::Ok;
    }
    if (request.checkOnly) {
        message = tr("would destroy it and its disks (%1)").arg(state);
        return RunEvent::Status::Changed;
    }
    const CommandResult destroy = vagrant(
        {QStringLiteral("destroy"), QStringLiteral("--force"), QStringLiteral("--machine-readable"),
         host},
        request, [&](const QString &line) { reporter.output(QStringLiteral("hosts"), host, line); },
        600000);
    if (!destroy.succeeded()) {
        message = failure(destroy, tr("`vagrant destroy %1`").arg(host));
        return RunEvent::Status::Failed;
    }
    message = tr("destroyed");
    return RunEvent::Status::Changed;
}

bool VagrantProvider::defined(const QString &host) const
{
    const QByteArray file =
        ContextFile::read(QDir(m_contextDir).filePath(QStringLiteral("Vagrantfile")));
    return file.contains(VagrantPlan::defineLine(host).toUtf8());
}

QStringList VagrantProvider::machinesMade() const
{
    // Vagrant keeps a made machine's id in .vagrant/machines/NAME/PROVIDER/id.
    QStringList out;
    const QDir machines(QDir(m_contextDir).filePath(QStringLiteral(".vagrant/machines")));
    for (const QString &name : machines.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir machine(machines.filePath(name));
        for (const QString &provider : machine.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QFileInfo::exists(machine.filePath(provider + QStringLiteral("/id"))))
                out << name;
    }
    out.removeDuplicates();
    return out;
}

QStringList VagrantProvider::generatedFiles() const
{
    QStringList names{QStringLiteral("Vagrantfile"),
                      QLatin1String(VagrantPlan::kGrowRootScriptName)};
    for (const VagrantPlan::Machine &m : m_plan.machines)
        names << VagrantPlan::virtualBoxDiskName(m.name);
    QStringList out;
    for (const QString &name : std::as_const(names)) {
        const QString path = QDir(m_contextDir).filePath(name);
        if (QFileInfo::exists(path))
            out << path;
    }
    return out;
}

Step VagrantProvider::filesStep(const InfraRequest &request)
{
    Step step;
    step.name = QStringLiteral("vagrant-files");
    step.hosts = Step::here();
    step.work = [this, &request](const QString &, QString &message) {
        if (request.hosts.size() != m_plan.machines.size()) {
            message = tr("kept the Vagrantfile: the stage's other machines still use it");
            return RunEvent::Status::Skipped;
        }
        if (!request.checkOnly && defined(m_plan.machines.value(0).name)) {
            // Only when every machine is gone: a failed destroy keeps what
            // it needs to be run again.
            const CommandResult status =
                vagrant({QStringLiteral("status"), QStringLiteral("--machine-readable")}, request);
            if (!status.succeeded()) {
                message = failure(status, tr("`vagrant status`"));
                return RunEvent::Status::Failed;
            }
            const QHash<QString, QString> states =
                VagrantMachineOutput::states(VagrantMachineOutput::parseAll(status.stdoutText));
            for (auto it = states.cbegin(); it != states.cend(); ++it) {
                if (it.value() != QLatin1String("not_created")) {
                    message = tr("kept the Vagrantfile: %1 is still there (%2)")
                                  .arg(it.key(), it.value());
                    return RunEvent::Status::Failed;
                }
            }
        }
        const QStringList files = generatedFiles();
        const QString state = QDir(m_contextDir).filePath(QStringLiteral(".vagrant"));
        const bool hasState = QFileInfo(state).isDir();
        if (files.isEmpty() && !hasState) {
            message = tr("no files of Vagrant's left");
            return RunEvent::Status::Ok;
        }
        QStringList listed = files;
        if (hasState)
            listed << state + QLatin1Char('/');
        if (request.checkOnly) {
            message = tr("would remove %1").arg(listed.join(QStringLiteral(", ")));
            return RunEvent::Status::Changed;
        }
        for (const QString &f : files) {
            if (!QFile::remove(f)) {
                message = tr("cannot remove %1").arg(f);
                return RunEvent::Status::Failed;
            }
        }
        if (hasState && !QDir(state).removeRecursively()) {
            message = tr("cannot remove %1").arg(state);
            return RunEvent::Status::Failed;
        }
        message = tr("removed %1").arg(listed.join(QStringLiteral(", ")));
        return RunEvent::Status::Changed;
    };
    return step;
}

QStringList VagrantProvider::boxesHere(const QString &program)
{
    LocalCommand::Options options;
    options.timeoutMs = 30000;
    options.environment << QStringLiteral("VAGRANT_CHECKPOINT_DISABLE=1");
    const CommandResult r = LocalCommand::run(
        program,
        {QStringLiteral("box"), QStringLiteral("list"), QStringLiteral("--machine-readable")},
        options);
    QStringList out;
    if (!r.succeeded())
        return out;
    for (const QString &box :
         VagrantMachineOutput::boxes(VagrantMachineOutput::parseAll(r.stdoutText)))
        out << QStringLiteral("%1 (%2)").arg(box.section(QLatin1Char(' '), 0, 0),
                                             box.section(QLatin1Char(' '), 1));
    out.removeDuplicates();
    return out;
}

QStringList VagrantProvider::bridgesHere(const QString &sysNet)
{
    QStringList out;
    const QDir net(sysNet);
    for (const QString &name : net.entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        if (QFileInfo(net.filePath(name) + QStringLiteral("/bridge")).isDir())
            out << name;
    return out;
}

QStringList VagrantProvider::hostKeysIn(const QString &output)
{
    static const QRegularExpression key(QStringLiteral(
        "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)) ([A-Za-z0-9+/]+={0,2})(?:\\s|$)"));
    QStringList out;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = key.match(line.trimmed());
        if (m.hasMatch())
            out << m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    return out;
}

} // namespace hive
