#include "providers/provider_catalog.h"

namespace hive {

QStringList ProviderCatalog::buildable()
{
    return {QStringLiteral("docker"),   QStringLiteral("prepared"), QStringLiteral("aws"),
            QStringLiteral("gcp"),      QStringLiteral("azure"),    QStringLiteral("vagrant"),
            QStringLiteral("kickstart")};
}

bool ProviderCatalog::canBuild(const QString &provider)
{
    return buildable().contains(provider);
}

QString ProviderCatalog::cannotBuild(const QString &provider)
{
    if (canBuild(provider))
        return {};
    return tr("this version cannot build hosts with provider %1 yet: a stage on it can be "
              "designed and edited, not built (providers that build: %2)")
        .arg(provider, buildable().join(QStringLiteral(", ")));
}

} // namespace hive
