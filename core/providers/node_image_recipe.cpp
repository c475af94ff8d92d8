#include "providers/node_image_recipe.h"

#include <QCryptographicHash>
#include <QFile>

namespace hive {

NodeImageRecipe NodeImageRecipe::standard()
{
    NodeImageRecipe r;
    r.suite = QStringLiteral("bookworm");
    r.packages = QStringList{
        QStringLiteral("systemd"),
        QStringLiteral("systemd-sysv"),
        QStringLiteral("dbus"),
        QStringLiteral("openssh-server"),
        QStringLiteral("sudo"),
        QStringLiteral("iproute2"),
        QStringLiteral("iputils-ping"),
        QStringLiteral("python3"),
        QStringLiteral("docker.io"),
        QStringLiteral("ca-certificates"),
        QStringLiteral("procps"),
        QStringLiteral("less"),
        QStringLiteral("curl"),
        QStringLiteral("docker-registry"), // on the repository server
        // what setup-hosts installs (the bed's hosts cannot reach a mirror)
        QStringLiteral("rsyslog"),
        QStringLiteral("logrotate"),
        QStringLiteral("lsof"),
        QStringLiteral("strace"),
        QStringLiteral("sysstat"),
        QStringLiteral("tcpdump"),
        QStringLiteral("unzip"),
        QStringLiteral("vim-tiny"),
        QStringLiteral("wget"),
    };
    QFile f(QStringLiteral(":/hive/providers/docker/customize-node-rootfs.sh"));
    if (f.open(QIODevice::ReadOnly))
        r.script = f.readAll();
    return r;
}

QByteArray NodeImageRecipe::hash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData("hive-studio node image v1\n");
    h.addData(suite.toUtf8() + '\n');
    h.addData(packages.join(QLatin1Char(',')).toUtf8() + '\n');
    h.addData(script);
    return h.result().toHex();
}

QString NodeImageRecipe::tag() const
{
    return suite + QLatin1Char('-') + QString::fromLatin1(hash().left(12));
}

} // namespace hive
