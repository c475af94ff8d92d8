#pragma once

#include "phases/deploy_services/service_deploy_context.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;

// A service definition as a Docker Engine API ServiceSpec (what
// POST /services/create takes and `docker service inspect` shows as .Spec),
// read from the service's inventory variables the way hive-builder's
// deploy-services maps them.
class ServiceSpecBuilder
{
    Q_DECLARE_TR_FUNCTIONS(hive::ServiceSpecBuilder)
public:
    // The label holding a digest of the spec as it was deployed.
    static QString specLabel();

    // The image the service runs in this stage: its tag, the hive
    // registry's image_<service>:latest when it is built, or pull_from in
    // the stages of pull_on.
    static QString image(const LoadedInventory &loaded, const QString &service,
                         const ServiceDeployContext &context);
    // True when build-images makes the service's image in this stage.
    static bool builtHere(const LoadedInventory &loaded, const QString &service,
                          const QString &stage);

    // The spec; `imageReference` is image() with the digest it resolved to,
    // when known. Values that cannot be read (a bad duration, ...) are
    // errors naming the service and the key; the spec is then incomplete.
    static QJsonObject build(const LoadedInventory &loaded, const QString &service,
                             const ServiceDeployContext &context, const QString &imageReference,
                             QStringList &errors);
    // hive_replicas unset or -1 (hive-builder's "leave as is"): `wanted`
    // takes the count `actualSpec` runs, so a service scaled by hand keeps
    // it (build() makes a new one start at 1). The spec label's digest is
    // not touched: it was made with the default, as the deployed one was.
    static void keepDeployedReplicas(const LoadedInventory &loaded, const QString &service,
                                     QJsonObject &wanted, const QJsonObject &actualSpec);
    // Empty when every value of `wanted` is in `actual` as it is (the
    // engine adds defaults of its own, which are not compared); otherwise
    // the first differences, as key paths.
    static QStringList differences(const QJsonObject &wanted, const QJsonObject &actual);
    // The digest specLabel() holds for `spec` (computed without the label).
    static QString digest(const QJsonObject &spec);
};

} // namespace hive
