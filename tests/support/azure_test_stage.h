#pragma once

#include "cloud/azure_credentials.h"
#include "providers/azure_resource_plan.h"
#include "tests/support/fake_arm.h"
#include "tests/support/inventory_fixture.h"

// The Azure suites' stage: the service principal `arm` takes, and the plan
// of stage staging of hive pdns in japaneast (four hosts over zones 1, 2,
// 3, a mirrored disk on the hives, web publishing 80/tcp and 53/udp on
// 8053). Points the client at `arm` (AZURE_AUTHORITY_HOST,
// AZURE_RESOURCE_MANAGER_ENDPOINT). False (with a warning) when it cannot be
// set up.
inline hive::AzureCredentials azureTestCredentials(const FakeArm &arm)
{
    qputenv("AZURE_AUTHORITY_HOST", arm.authority());
    qputenv("AZURE_RESOURCE_MANAGER_ENDPOINT", arm.management());
    return {arm.tenant, arm.clientId, arm.secret, arm.subscription};
}

inline const char *azureTestInventory()
{
    return "plugin: hive_inventory\n"
           "name: pdns\n"
           "stages:\n"
           "  staging:\n"
           "    provider: azure\n"
           "    region: japaneast\n"
           "    cidr: 192.168.0.0/24\n"
           "    instance_type: Standard_B2s\n"
           "    mirrored_disk_size: 10\n";
}

inline hive::LoadedInventory azureTestLoaded(const char *hive = azureTestInventory(),
                                             const QByteArray &allVars = "{}\n")
{
    return InventoryFixture()
        .file(QStringLiteral("hive.yml"), hive)
        .groupVars(QStringLiteral("all"), allVars)
        .file(QStringLiteral("services.yml"), "plugin: hive_services\n"
                                              "services:\n"
                                              "  web:\n"
                                              "    image: nginx:1\n"
                                              "    ports: ['80:80', '8053:53/udp']\n")
        .load();
}

inline bool azureTestPlan(hive::AzureResourcePlan &plan, const char *hive = azureTestInventory(),
                          const QByteArray &allVars = "{}\n")
{
    const hive::LoadedInventory loaded = azureTestLoaded(hive, allVars);
    QStringList errors;
    for (const hive::Diagnostic &d : loaded.diagnostics.all())
        errors << d.message;
    if (!loaded.ok() || !hive::AzureResourcePlan::make(
                            loaded, *loaded.hive.stage(QStringLiteral("staging")), plan, errors)) {
        qWarning("%s", qPrintable(errors.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}
