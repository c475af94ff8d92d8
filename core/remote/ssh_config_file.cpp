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

QList<SshEndpoint> SshConfigFile::endpoints(const QByteArray &content)
{
    QList<SshEndpoint> out;
    const auto unquoted = [](QByteArray v) {
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return QString::fromUtf8(v);
    };
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        const int space = int(line.indexOf(' '));
        if (line.startsWith('#') || space < 0)
            continue;
        const QByteArray key = line.left(space);
        const QByteArray value = line.mid(space + 1).trimmed();
        if (key == "Host") {
            SshEndpoint e;
            e.name = QString::fromUtf8(value.split(' ').value(0));
            e.policy = SshEndpoint::HostKeyPolicy::RequireKnown;
            out << e;
        } else if (out.isEmpty()) {
            continue;
        } else if (key == "HostName") {
            out.last().address = QString::fromUtf8(value);
        } else if (key == "Port") {
            out.last().port = value.toInt();
        } else if (key == "User") {
            out.last().user = QString::fromUtf8(value);
        } else if (key == "IdentityFile") {
            out.last().identityFile = unquoted(value);
        } else if (key == "UserKnownHostsFile") {
            out.last().knownHostsFile = unquoted(value);
        }
    }
    return out;
}

} // namespace hive
