#include "cli/ssh_command.h"

#include "access/stage_files.h"
#include "access/zabbix_credentials.h"
#include "cli/command_context.h"
#include "project/context_file.h"
#include "remote/ssh_config_file.h"

#include <QFile>
#include <QStandardPaths>
#include <optional>
#include <unistd.h>
#include <vector>

namespace hive::cli {

void SshCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({{QStringLiteral("t"), QStringLiteral("ssh_host"), QStringLiteral("ssh-host")},
                      tr("target host"),
                      tr("SSH_HOST")});
    parser.addOption(
        {{QStringLiteral("z"), QStringLiteral("foward_zabbix"), QStringLiteral("forward-zabbix")},
         tr("forward the zabbix web console to localhost")});
    parser.addOption({{QStringLiteral("Z"), QStringLiteral("foward_zabbix_port"),
                       QStringLiteral("forward-zabbix-port")},
                      tr("local port for the zabbix web console (default 10052)"),
                      tr("PORT")});
    parser.addOption({{QStringLiteral("L"), QStringLiteral("port_forwarding"),
                       QStringLiteral("port-forwarding")},
                      tr("port forwarding, as ssh -L takes it"),
                      tr("SPEC")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("command to run instead of a login shell"),
                                 tr("[-- command...]"));
}

int SshCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (!context.openProject())
        return 1;
    Project &project = context.project();
    const QString configPath = StageFiles::sshConfigPath(project.contextDir());
    const QByteArray config = ContextFile::read(configPath);
    if (config.isEmpty()) {
        context.err() << tr("%1 does not exist: run `hive build-infra` for stage %2 first")
                             .arg(configPath, project.stage())
                      << Qt::endl;
        return 1;
    }
    const Persistents &vars = project.persistents();
    const auto setting = [&](const char *option, const char *variable) {
        const QString name = QString::fromLatin1(option);
        if (parser.isSet(name))
            return parser.value(name);
        return vars.effective(QString::fromLatin1(variable), project.stage()).text();
    };
    // The inventory, read once and only when needed (a plain `hive ssh HOST` needs none).
    std::optional<LoadedInventory> loaded;
    const auto inventory = [&]() -> const LoadedInventory & {
        if (!loaded)
            loaded = project.loadInventory();
        return *loaded;
    };
    const auto repositoryHost = [&] {
        const StagePlan *stage = inventory().hive.stage(project.stage());
        return stage ? stage->repositoryHost() : QString();
    };
    QString host = setting("ssh_host", "ssh_host");
    const QStringList hosts = SshConfigFile::hostNames(config);
    if (host.isEmpty()) {
        // The repository server: the last host in the file, as in hive-builder.
        host = repositoryHost();
        if (host.isEmpty() && !hosts.isEmpty())
            host = hosts.last();
    }
    if (!hosts.contains(host)) {
        context.err() << tr("host %1 is not in %2 (hosts: %3)")
                             .arg(host, configPath, hosts.join(QStringLiteral(", ")))
                      << Qt::endl;
        return 1;
    }
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty()) {
        context.err() << tr("the ssh command is not installed: install openssh-client") << Qt::endl;
        return 1;
    }
    QStringList args{ssh, QStringLiteral("-F"), configPath};
    const QString zabbix = setting("foward_zabbix", "foward_zabbix");
    if (parser.isSet(QStringLiteral("foward_zabbix")) || zabbix == QLatin1String("True") ||
        zabbix == QLatin1String("true")) {
        QString port = setting("foward_zabbix_port", "foward_zabbix_port");
        if (port.isEmpty())
            port = QStringLiteral("10052");
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535) {
            context.err() << tr("-Z %1 is not a port number").arg(port) << Qt::endl;
            return 2;
        }
        // The console listens on the repository server's loopback only.
        const QString repository = repositoryHost();
        if (!repository.isEmpty() && host != repository) {
            context.err() << tr("-z forwards the Zabbix console of the repository server %1, "
                                "not of %2: run `hive ssh -z` (or `hive ssh -z %1`)")
                                 .arg(repository, host)
                          << Qt::endl;
            return 2;
        }
        args << QStringLiteral("-L") << QStringLiteral("localhost:%1:localhost:10052").arg(port);
        const ZabbixCredentials credentials(project.contextDir(),
                                            inventory()
                                                .inventory.flattenedHostVars(host)
                                                .value(QStringLiteral("hive_zabbix_admin_password"))
                                                .text());
        context.err() << tr("Zabbix console: http://localhost:%1/ (user Admin, password in %2)")
                             .arg(port, credentials.adminPasswordSource())
                      << Qt::endl;
    }
    const QString forwarding = setting("port_forwarding", "port_forwarding");
    if (!forwarding.isEmpty())
        args << QStringLiteral("-L") << forwarding;
    args << host;
    args << parser.positionalArguments();
    if (context.verbose())
        context.err() << args.join(QLatin1Char(' ')) << Qt::endl;
    context.out().flush();
    context.err().flush();

    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv.front(), argv.data());
    context.err() << tr("cannot run %1").arg(ssh) << Qt::endl;
    return 1;
}

} // namespace hive::cli
