#include "cloud/azure_credentials.h"

#include "project/persistents.h"

#include <QDir>
#include <QFile>
#include <QSettings>

namespace hive {

namespace {

QString firstOf(const char *name, const char *other = nullptr)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() && other ? qEnvironmentVariable(other) : value;
}

// The names missing from `c`, as the source spells them.
QStringList missing(const AzureCredentials &c, const QStringList &names)
{
    QStringList out;
    const QString *values[] = {&c.clientId, &c.secret, &c.subscriptionId, &c.tenant};
    for (int i = 0; i < 4; ++i) {
        if (values[i]->isEmpty())
            out << names.at(i);
    }
    return out;
}

} // namespace

bool AzureCredentials::find(const Persistents &persistents, const QString &stage,
                            AzureCredentials &out, QString &from, QString &error)
{
    const auto persistent = [&](const char *name) {
        return persistents.effective(QLatin1String(name), stage).text();
    };
    const QStringList setNames{QStringLiteral("azure_client_id"), QStringLiteral("azure_secret"),
                               QStringLiteral("azure_subscription_id"),
                               QStringLiteral("azure_tenant")};
    out = AzureCredentials{persistent("azure_tenant"), persistent("azure_client_id"),
                           persistent("azure_secret"), persistent("azure_subscription_id")};
    if (out.complete()) {
        from = tr("hive set azure_client_id (stage %1)").arg(stage);
        return true;
    }
    // Some set, some not: say which, rather than mix sources.
    if (missing(out, setNames).size() < 4) {
        error = tr("stage %1 has only part of its Azure credentials: run `hive -s %1 set NAME "
                   "VALUE` for %2")
                    .arg(stage, missing(out, setNames).join(QStringLiteral(", ")));
        return false;
    }
    out = AzureCredentials{firstOf("AZURE_TENANT", "AZURE_TENANT_ID"), firstOf("AZURE_CLIENT_ID"),
                           firstOf("AZURE_SECRET", "AZURE_CLIENT_SECRET"),
                           firstOf("AZURE_SUBSCRIPTION_ID")};
    const QStringList envNames{QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("AZURE_SECRET"),
                               QStringLiteral("AZURE_SUBSCRIPTION_ID"),
                               QStringLiteral("AZURE_TENANT")};
    if (out.complete()) {
        from = tr("the environment (AZURE_CLIENT_ID)");
        return true;
    }
    if (missing(out, envNames).size() < 4) {
        error = tr("the environment has only part of the Azure credentials: %1 not set")
                    .arg(missing(out, envNames).join(QStringLiteral(", ")));
        return false;
    }
    const QString file = QDir::homePath() + QStringLiteral("/.azure/credentials");
    QString profile = qEnvironmentVariable("AZURE_PROFILE");
    if (profile.isEmpty())
        profile = QStringLiteral("default");
    if (QFile::exists(file)) {
        QSettings ini(file, QSettings::IniFormat);
        ini.beginGroup(profile);
        out = AzureCredentials{ini.value(QStringLiteral("tenant")).toString(),
                               ini.value(QStringLiteral("client_id")).toString(),
                               ini.value(QStringLiteral("secret")).toString(),
                               ini.value(QStringLiteral("subscription_id")).toString()};
        if (out.complete()) {
            from = tr("profile %1 of %2").arg(profile, file);
            return true;
        }
    }
    error = tr("no Azure credentials for stage %1: run `hive -s %1 set azure_client_id ID`, and "
               "the same for azure_secret, azure_subscription_id and azure_tenant (or set "
               "AZURE_CLIENT_ID, AZURE_SECRET, AZURE_SUBSCRIPTION_ID and AZURE_TENANT, or a "
               "profile in %2)")
                .arg(stage, file);
    return false;
}

} // namespace hive
