#pragma once

#include "cloud/gcp_service_account.h"
#include "providers/gcp_resource_plan.h"
#include "tests/support/fake_gce.h"
#include "tests/support/inventory_fixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// A service account of project hive-test-123 with a fresh RSA key (made
// by OpenSSL in `dir`), whose tokens come from `tokenUri`.
inline bool gcpTestAccount(const QTemporaryDir &dir, const QString &tokenUri,
                           hive::GcpServiceAccount &account)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                   QStringLiteral("-out"), QStringLiteral("key.pem")});
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0 ||
        !key.open(QIODevice::ReadOnly)) {
        qWarning("openssl genpkey failed");
        return false;
    }
    account.projectId = QStringLiteral("hive-test-123");
    account.clientEmail = QStringLiteral("hive@hive-test-123.iam.gserviceaccount.com");
    account.tokenUri = tokenUri;
    account.privateKeyPem = key.readAll();
    return true;
}

// The GCP suites' inventory: stage staging of hive pdns in
// asia-northeast1 (four hosts, a drbd disk on the hives, web publishing
// 80/tcp and 53/udp).
inline hive::LoadedInventory gcpTestLoaded()
{
    return InventoryFixture()
        .file(QStringLiteral("hive.yml"), "plugin: hive_inventory\n"
                                          "name: pdns\n"
                                          "stages:\n"
                                          "  staging:\n"
                                          "    provider: gcp\n"
                                          "    region: asia-northeast1\n"
                                          "    cidr: 192.168.0.0/24\n"
                                          "    instance_type: e2-medium\n"
                                          "    mirrored_disk_size: 10\n")
        .file(QStringLiteral("services.yml"), "plugin: hive_services\n"
                                              "services:\n"
                                              "  web:\n"
                                              "    image: nginx:1\n"
                                              "    ports: ['80:80', '8053:53/udp']\n")
        .load();
}

// The GCP suites' project: the service account of gcpTestAccount, whose
// tokens come from `gce`, and the plan of
// stage staging of hive pdns in asia-northeast1 (four hosts, a drbd disk on the
// hives, web publishing 80/tcp and 53/udp). Points the Compute client at
// `gce`. False (with a warning) when it cannot be set up.
inline bool gcpTestProject(FakeGce &gce, const QTemporaryDir &dir, hive::GcpServiceAccount &account,
                           hive::GcpResourcePlan &plan)
{
    qputenv("CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE", gce.computeEndpoint());
    qputenv("CLOUDSDK_API_ENDPOINT_OVERRIDES_FILE", gce.fileEndpoint());
    if (!gcpTestAccount(dir, gce.tokenUri(), account))
        return false;
    const hive::LoadedInventory loaded = gcpTestLoaded();
    QStringList errors;
    if (!loaded.ok() || !hive::GcpResourcePlan::make(
                            loaded, *loaded.hive.stage(QStringLiteral("staging")), plan, errors)) {
        qWarning("%s", qPrintable(errors.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}
