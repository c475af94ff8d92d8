#include "remote/ssh_config_file.h"

namespace hive {

QByteArray SshConfigFile::render(const QString &title, const QList<Host> &hosts,
                                 const QString &user, const QString &identityFile,
                                 const QString &knownHostsFile)
{
    QString out;
    out += QStringLiteral("# %1\n# Written by `hive build-infra`; changes here are overwritten.\n")
               .arg(title);
    for (const Host &h : hosts) {
        const QString shortName = h.name.section(QLatin1Char('.'), 0, 0);
        out += QStringLiteral("\nHost %1%2\n")
                   .arg(h.name, shortName != h.name ? QLatin1Char(' ') + shortName : QString());
        out += QStringLiteral("  HostName %1\n").arg(h.address);
        if (h.port != 22)
            out += QStringLiteral("  Port %1\n").arg(h.port);
        out += QStringLiteral("  User %1\n").arg(user);
        out += QStringLiteral("  IdentityFile \"%1\"\n").arg(identityFile);
        out += QStringLiteral("  IdentitiesOnly yes\n");
        out += QStringLiteral("  UserKnownHostsFile \"%1\"\n").arg(knownHostsFile);
        out += QStringLiteral("  StrictHostKeyChecking yes\n");
        out += QStringLiteral("  ConnectTimeout 10\n");
        out += QStringLiteral("  ServerAliveInterval 30\n");
        out += QStringLiteral("  ServerAliveCountMax 4\n");
    }
    return out.toUtf8();
}

QStringList SshConfigFile::hostNames(const QByteArray &content)
{
    QStringList names;
    for (const QByteArray &line : content.split('\n')) {
        if (line.startsWith("Host ")) {
            const QList<QByteArray> words = line.mid(5).simplified().split(' ');
            for (const QByteArray &w : words)
                names << QString::fromUtf8(w);
        }
    }
    return names;
}

} // namespace hive
