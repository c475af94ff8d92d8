#include "providers/prepared_provider.h"

#include "providers/admin_bootstrap.h"
#include "remote/known_hosts_file.h"
#include "remote/shell_command.h"
#include "remote/ssh_session.h"

namespace hive {

namespace {
constexpr int kMaxParallel = 8;
}

QList<Step> PreparedProvider::steps(const InfraRequest &request, InfraResult &, RunReporter &)
{
    Step hosts;
    hosts.name = QStringLiteral("hosts");
    hosts.hosts = request.hostNames();
    hosts.maxParallel = kMaxParallel;
    hosts.work = [this, &request](const QString &name, QString &message) {
        if (request.action == InfraRequest::Action::Build)
            return prepareHost(request, request.hosts.at(request.hostNames().indexOf(name)),
                               message);
        message = tr("prepared machines are not stopped or removed by hive; they are yours");
        return RunEvent::Status::Skipped;
    };
    return {hosts};
}

RunEvent::Status PreparedProvider::prepareHost(const InfraRequest &request,
                                               const InfraRequest::Host &host,
                                               QString &message) const
{
    SshEndpoint admin;
    admin.name = host.name;
    admin.address = host.address;
    admin.user = request.adminUser;
    admin.identityFile = m_identityFile;
    admin.knownHostsFile = request.knownHostsFile;
    admin.policy = SshEndpoint::HostKeyPolicy::RecordFirstContact;
    admin.pinnedKeys = request.pinnedHostKeys.value(host.address);
    // Whether this machine knew the host's key before this run: a root
    // password goes only to a host it knew, whose key the stage pins (and
    // the session checked), or whose new key the user has checked
    // (--trust-new-host-keys).
    const bool knownBefore =
        !admin.pinnedKeys.isEmpty() ||
        !KnownHostsFile::keysOf(request.knownHostsFile, host.address, admin.port).isEmpty();
    SshSession session;
    QString keyError;
    if (session.connect(admin, keyError)) {
        message = tr("%1 logs in with the hive's key").arg(request.adminUser);
        return RunEvent::Status::Ok;
    }
    if (session.lastConnectFailure() != SshSession::ConnectFailure::Authentication ||
        request.rootPassword.isEmpty()) {
        message = session.lastConnectFailure() == SshSession::ConnectFailure::Authentication
                      ? tr("%1. Put the hive's public key (%2.pub) in ~%3/.ssh/authorized_keys "
                           "there, or set root_password in the stage for a one-time set-up.")
                            .arg(keyError, m_identityFile, request.adminUser)
                      : keyError;
        return RunEvent::Status::Failed;
    }
    if (request.checkOnly) {
        message = tr("would log in as root by password and set up %1").arg(request.adminUser);
        return RunEvent::Status::Changed;
    }
    if (!knownBefore && !request.trustNewHostKeys) {
        // Forgotten again, so that the next run asks again.
        bool forgotten = false;
        QString ignored;
        KnownHostsFile::forget(request.knownHostsFile,
                               {KnownHostsFile::hostPattern(host.address, admin.port)}, forgotten,
                               ignored);
        message = tr("%1 (%2) is seen for the first time, with the host key %3. Before its root "
                     "password is sent there, check that key on the host's console (`ssh-keygen "
                     "-lf /etc/ssh/ssh_host_ed25519_key.pub`), then run again with "
                     "--trust-new-host-keys, or pin it in the stage (host_keys: {%2: %3}).")
                      .arg(host.name, host.address, session.hostKeyFingerprint());
        return RunEvent::Status::Failed;
    }
    SshEndpoint root = admin;
    root.user = QStringLiteral("root");
    root.identityFile.clear();
    root.password = request.rootPassword;
    QString rootError;
    if (!session.connect(root, rootError)) {
        message = rootError;
        return RunEvent::Status::Failed;
    }
    const QString command =
        QStringLiteral("sh -c %1 sh %2 %3")
            .arg(ShellCommand::quote(AdminBootstrap::script()),
                 ShellCommand::quote(request.adminUser), ShellCommand::quote(request.publicKey));
    SshSession::RunOptions options;
    options.timeoutMs = 120000;
    options.cancel = request.cancel;
    const CommandResult r = session.run(command, options);
    bool changed = false;
    if (!r.succeeded() || !AdminBootstrap::parseOutput(r.stdoutText, changed)) {
        message =
            tr("setting up %1 on %2 as root failed: %3")
                .arg(request.adminUser, host.name,
                     r.status == CommandResult::Status::Exited ? r.stderrText.trimmed() : r.error);
        return RunEvent::Status::Failed;
    }
    session.disconnect();
    QString again;
    if (!session.connect(admin, again)) {
        message = tr("%1 was set up on %2 but still cannot log in with the key: %3")
                      .arg(request.adminUser, host.name, again);
        return RunEvent::Status::Failed;
    }
    message =
        tr("set up %1 with the hive's key (root password no longer needed)").arg(request.adminUser);
    return changed ? RunEvent::Status::Changed : RunEvent::Status::Ok;
}

} // namespace hive
