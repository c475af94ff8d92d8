#pragma once

#include "data/value.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct PortPlan
{
    qint64 publishedPort = 0;
    qint64 targetPort = 0;
    QString protocol = QStringLiteral("tcp");
    QString mode;           // empty: ingress (the default)
    bool allocated = false; // published port chosen by us, not written by the user
    SourceMark mark;
};

struct VolumePlan
{
    enum class Kind
    {
        Mount,
        Driver,
        Drbd,
        Nfs
    };
    Kind kind = Kind::Mount;
    QString source;
    QString target;
    QString type;
    qint64 deviceId = 0; // DRBD minor
    QString fstype;
    QString size;
    QStringList availableOn;
    SourceMark mark;
};

struct ServicePlan
{
    QString name;
    QString file;
    SourceMark mark;
    QStringList availableOn;
    QString imageTag;  // `image: tag`
    QString buildFrom; // `image: {from: ...}`
    bool standalone = false;
    QList<PortPlan> ports;
    QList<VolumePlan> volumes;
    Value definition;

    bool buildsImage() const { return !buildFrom.isEmpty(); }
};

struct NetworkPlan
{
    QString name;
    QString file;
    QStringList availableOn;
    SourceMark mark;
};

struct ServiceCatalog
{
    QList<ServicePlan> services;
    QList<NetworkPlan> networks;

    const ServicePlan *service(const QString &name) const;
};

} // namespace hive
