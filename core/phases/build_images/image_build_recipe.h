#pragma once

#include "data/value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;

// How build-images makes one service's image on the repository server, as
// hive-builder does: a build container `build_image_<service>` from `from`
// (kept between runs and reused), the roles applied in it with Ansible's
// docker connection, then a commit with the image settings and a push to
// the hive registry as image_<service>:latest and a timestamp tag.
struct ImageBuildRecipe
{
    Q_DECLARE_TR_FUNCTIONS(hive::ImageBuildRecipe)
public:
    QString service;
    QString imageHost; // image_<service>: the inventory host of the build
    QString from;
    QStringList roles;
    bool standalone = false;
    bool privileged = false;
    Value vars; // the image host's variables (hive_env, hive_user, ...)
    // What the roles run with (http_proxy's and pip's settings, as
    // hive-builder's build-images gives them); not part of the image.
    QList<QPair<QString, QString>> environment;

    QString container() const { return QStringLiteral("build_image_") + service; }
    // "<registry>/image_<service>"
    QString repository(const QString &registry) const
    {
        return registry + QLatin1Char('/') + imageHost;
    }

    // The images the stage builds (pull_on stages excluded), in definition order.
    static QList<ImageBuildRecipe> of(const LoadedInventory &loaded, const QString &stage);

    // `docker run` of the build container: a micro-service image sleeps
    // under a shell that stops on SIGINT; a standalone one runs its own init.
    QStringList runArguments() const;
    // A digest of how the build container is run, kept as its label
    // runLabel(): a container made otherwise (another `from`, ...) is made
    // afresh instead of reused.
    QString runDigest() const;
    static QString runLabel() { return QStringLiteral("studio.hive.build-run"); }
    // The Dockerfile lines `docker commit -c` gets: the image settings, and
    // for the rest the `from` image's own entrypoint and command
    // (`fromConfig` is its .Config), plus a label with their digest so a
    // change of settings is seen.
    QStringList commitChanges(const QJsonObject &fromConfig) const;
    static QString settingsLabel() { return QStringLiteral("studio.hive.image-settings"); }
    // The playbook: python-aptk (when first) without fact gathering, then
    // the other roles with it, on the image's inventory host.
    QByteArray playbook() const;
    // The built-in role python-aptk (tasks/main.yml).
    static QByteArray pythonAptk();
    // The built-in role hive-syslog (manual 5.4.6): rsyslog in a standalone
    // image (systemd its init) sends what its services log to the
    // repository server's rsyslogd (`address`, `port`), where each lands in
    // /var/log/services/<program>.log.
    static QByteArray hiveSyslog(const QString &address, const QString &port);
};

} // namespace hive
