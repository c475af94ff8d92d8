#include "providers/azure_instance.h"

#include "cloud/azure_rest_client.h"
#include "cloud/http_exchange.h"
#include "providers/azure_change_list.h"
#include "providers/console_host_keys.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace hive {

namespace {

const QString kNetwork = QStringLiteral("Microsoft.Network/");

QString path(const AzureRestClient &arm, const AzureResourcePlan &plan, const QString &type,
             const QString &name)
{
    return arm.resourceId(plan.resourceGroup, type, name);
}

// "PowerState/running" → "running"; empty when the answer has none.
QString powerState(const QJsonObject &vm)
{
    for (const QJsonValue &v : vm.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("instanceView"))
                                   .toObject()
                                   .value(QStringLiteral("statuses"))
                                   .toArray()) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        if (code.startsWith(QLatin1String("PowerState/")))
            return code.mid(11);
    }
    return {};
}

// A resource whose making failed (an allocation that failed in its
// operation, a timed-out provisioning) stays, in state Failed: the same
// PUT again is Azure's way to finish it.
bool failedState(const QJsonObject &resource)
{
    return resource.value(QStringLiteral("properties"))
               .toObject()
               .value(QStringLiteral("provisioningState"))
               .toString() == QLatin1String("Failed");
}

} // namespace

QString AzureInstance::refusedAdmin(const QString &user)
{
    // Azure's list of names a Linux VM's administrator may not have.
    static const QStringList reserved{QStringLiteral("administrator"), QStringLiteral("admin"),
                                      QStringLiteral("user"),          QStringLiteral("user1"),
                                      QStringLiteral("test"),          QStringLiteral("user2"),
                                      QStringLiteral("test1"),         QStringLiteral("user3"),
                                      QStringLiteral("admin1"),        QStringLiteral("1"),
                                      QStringLiteral("123"),           QStringLiteral("a"),
                                      QStringLiteral("actuser"),       QStringLiteral("adm"),
                                      QStringLiteral("admin2"),        QStringLiteral("aspnet"),
                                      QStringLiteral("backup"),        QStringLiteral("console"),
                                      QStringLiteral("david"),         QStringLiteral("guest"),
                                      QStringLiteral("john"),          QStringLiteral("owner"),
                                      QStringLiteral("root"),          QStringLiteral("server"),
                                      QStringLiteral("sql"),           QStringLiteral("support"),
                                      QStringLiteral("sys"),           QStringLiteral("test2"),
                                      QStringLiteral("test3"),         QStringLiteral("user4"),
                                      QStringLiteral("user5")};
    if (!reserved.contains(user.toLower()))
        return {};
    return tr("Azure does not take '%1' as a VM's administrator: set hive_admin to another name "
              "(hive-builder's default on Azure is hiveadmin)")
        .arg(user);
}

QJsonObject AzureInstance::publicIpBody(const AzureResourcePlan &plan)
{
    // Standard (zonal VMs need it), static: the address SSH and
    // ssh_config keep.
    return {
        {QStringLiteral("location"), plan.region},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Standard")}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("publicIPAllocationMethod"), QStringLiteral("Static")},
                     {QStringLiteral("publicIPAddressVersion"), QStringLiteral("IPv4")}}}};
}

QJsonObject AzureInstance::interfaceBody(const AzureRestClient &arm, const AzureResourcePlan &plan,
                                         const AzureResourcePlan::Machine &machine)
{
    const QString subnet =
        path(arm, plan, kNetwork + QStringLiteral("virtualNetworks"), plan.networkName) +
        QStringLiteral("/subnets/") + machine.subnet;
    return {
        {QStringLiteral("location"), plan.region},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("networkSecurityGroup"),
              QJsonObject{{QStringLiteral("id"),
                           path(arm, plan, kNetwork + QStringLiteral("networkSecurityGroups"),
                                plan.securityGroup)}}},
             {QStringLiteral("ipConfigurations"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("name"), QStringLiteral("eth0")},
                  {QStringLiteral("properties"),
                   QJsonObject{
                       {QStringLiteral("primary"), true},
                       {QStringLiteral("privateIPAllocationMethod"), QStringLiteral("Static")},
                       {QStringLiteral("privateIPAddress"), machine.privateIp},
                       {QStringLiteral("subnet"), QJsonObject{{QStringLiteral("id"), subnet}}},
                       {QStringLiteral("publicIPAddress"),
                        QJsonObject{{QStringLiteral("id"),
                                     path(arm, plan, kNetwork + QStringLiteral("publicIPAddresses"),
                                          machine.publicIpName)}}}}}}}}}}};
}

QJsonObject AzureInstance::machineBody(const AzureRestClient &arm, const AzureResourcePlan &plan,
                                       const AzureResourcePlan::Machine &machine,
                                       const QString &adminUser, const QString &publicKey)
{
    const AzureResourcePlan::Image &i = plan.image;
    QJsonObject image;
    if (i.id.startsWith(QLatin1String("images/")))
        image.insert(QStringLiteral("id"),
                     path(arm, plan, QStringLiteral("Microsoft.Compute/images"), i.id.mid(7)));
    else if (!i.id.isEmpty())
        image.insert(QStringLiteral("id"), i.id);
    else
        image = {{QStringLiteral("publisher"), i.publisher},
                 {QStringLiteral("offer"), i.offer},
                 {QStringLiteral("sku"), i.sku},
                 {QStringLiteral("version"), i.version}};
    const QJsonObject managed{
        {QStringLiteral("storageAccountType"), QLatin1String(AzureResourcePlan::kDiskType)}};
    QJsonObject osDisk{{QStringLiteral("name"), machine.osDisk},
                       {QStringLiteral("createOption"), QStringLiteral("FromImage")},
                       {QStringLiteral("managedDisk"), managed},
                       {QStringLiteral("deleteOption"), QStringLiteral("Delete")}};
    if (machine.osDiskGb > 0)
        osDisk.insert(QStringLiteral("diskSizeGB"), machine.osDiskGb);
    QJsonObject storage{{QStringLiteral("imageReference"), image},
                        {QStringLiteral("osDisk"), osDisk}};
    // The mirrored disk at LUN 0, where the drbd step looks for it
    // (/dev/disk/azure/scsi1/lun0).
    if (!machine.dataDisk.isEmpty())
        storage.insert(
            QStringLiteral("dataDisks"),
            QJsonArray{QJsonObject{{QStringLiteral("lun"), 0},
                                   {QStringLiteral("name"), machine.dataDisk},
                                   {QStringLiteral("createOption"), QStringLiteral("Empty")},
                                   {QStringLiteral("diskSizeGB"), machine.dataDiskGb},
                                   {QStringLiteral("managedDisk"), managed},
                                   {QStringLiteral("deleteOption"), QStringLiteral("Delete")}}});
    const QJsonObject linux{
        {QStringLiteral("disablePasswordAuthentication"), true},
        {QStringLiteral("ssh"),
         QJsonObject{{QStringLiteral("publicKeys"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("path"),
                           QStringLiteral("/home/%1/.ssh/authorized_keys").arg(adminUser)},
                          {QStringLiteral("keyData"), publicKey.trimmed()}}}}}}};
    QJsonObject body{
        {QStringLiteral("location"), plan.region},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("hardwareProfile"),
              QJsonObject{{QStringLiteral("vmSize"), machine.size}}},
             {QStringLiteral("storageProfile"), storage},
             {QStringLiteral("osProfile"),
              QJsonObject{{QStringLiteral("computerName"), machine.name},
                          {QStringLiteral("adminUsername"), adminUser},
                          {QStringLiteral("linuxConfiguration"), linux}}},
             {QStringLiteral("networkProfile"),
              QJsonObject{{QStringLiteral("networkInterfaces"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("id"),
                                path(arm, plan, kNetwork + QStringLiteral("networkInterfaces"),
                                     machine.nicName)},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("primary"), true}}}}}}}},
             // Its serial log, where cloud-init prints the host keys that
             // build-infra pins.
             {QStringLiteral("diagnosticsProfile"),
              QJsonObject{{QStringLiteral("bootDiagnostics"),
                           QJsonObject{{QStringLiteral("enabled"), true}}}}}}}};
    if (!machine.zone.isEmpty())
        body.insert(QStringLiteral("zones"), QJsonArray{machine.zone});
    return body;
}

AzureInstance::Result AzureInstance::ensure(AzureRestClient &arm, const AzureResourcePlan &plan,
                                            const AzureResourcePlan::Machine &machine,
                                            const QString &adminUser, const QString &publicKey,
                                            bool checkOnly, const std::atomic_bool *cancel,
                                            const Say &progress)
{
    Result out;
    AzureChangeList list(arm, checkOnly, cancel, progress);
    const auto fail = [&](const QString &error) {
        out.status = RunEvent::Status::Failed;
        out.message = error;
        return out;
    };
    const auto change = [&](const QByteArray &method, const QString &at, const char *version,
                            const QJsonObject &body, const QString &what) {
        if (list.apply(method, at, version, what, body))
            return true;
        fail(list.error);
        return false;
    };
    if (const QString why = refusedAdmin(adminUser); !why.isEmpty())
        return fail(why);
    const char *net = AzureRestClient::kNetwork;

    // Its public IP.
    const QString ipPath =
        path(arm, plan, kNetwork + QStringLiteral("publicIPAddresses"), machine.publicIpName);
    AzureRestClient::Reply r = arm.call("GET", ipPath, net, {}, cancel);
    if (!r.ok && !AzureRestClient::notFound(r))
        return fail(tr("public IP %1: %2").arg(machine.publicIpName, r.message));
    if (!r.ok || failedState(r.json)) {
        if (!change(
                "PUT", ipPath, net, publicIpBody(plan),
                r.ok ? tr("make public IP %1 again (its making failed)").arg(machine.publicIpName)
                     : tr("create public IP %1").arg(machine.publicIpName)))
            return out;
        if (!checkOnly)
            r = arm.call("GET", ipPath, net, {}, cancel);
    }
    out.publicIp = r.json.value(QStringLiteral("properties"))
                       .toObject()
                       .value(QStringLiteral("ipAddress"))
                       .toString();
    if (!checkOnly && out.publicIp.isEmpty())
        return fail(r.ok ? tr("public IP %1 has no address yet").arg(machine.publicIpName)
                         : tr("public IP %1: %2").arg(machine.publicIpName, r.message));

    // Its network interface.
    const QString nicPath =
        path(arm, plan, kNetwork + QStringLiteral("networkInterfaces"), machine.nicName);
    r = arm.call("GET", nicPath, net, {}, cancel);
    if (!r.ok && !AzureRestClient::notFound(r))
        return fail(tr("network interface %1: %2").arg(machine.nicName, r.message));
    if (!r.ok || failedState(r.json)) {
        if (!change(
                "PUT", nicPath, net, interfaceBody(arm, plan, machine),
                r.ok
                    ? tr("make network interface %1 again (its making failed)").arg(machine.nicName)
                    : tr("create network interface %1 at %2 in %3")
                          .arg(machine.nicName, machine.privateIp, machine.subnet)))
            return out;
    } else {
        const QJsonObject ip = r.json.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("ipConfigurations"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("properties"))
                                   .toObject();
        const QString address = ip.value(QStringLiteral("privateIPAddress")).toString();
        const QString subnet = AzureRestClient::nameOf(
            ip.value(QStringLiteral("subnet")).toObject().value(QStringLiteral("id")).toString());
        const QString publicIp = AzureRestClient::nameOf(ip.value(QStringLiteral("publicIPAddress"))
                                                             .toObject()
                                                             .value(QStringLiteral("id"))
                                                             .toString());
        if (address != machine.privateIp || subnet != machine.subnet)
            return fail(
                tr("network interface %1 is at %2 in %3, not at %4 in %5 as planned: "
                   "delete it (build-infra -D removes the stage) or correct the inventory")
                    .arg(machine.nicName, address, subnet, machine.privateIp, machine.subnet));
        if (publicIp != machine.publicIpName)
            return fail(tr("network interface %1 has public IP %2, not %3: give it %3 in the "
                           "portal, or delete it")
                            .arg(machine.nicName, publicIp.isEmpty() ? tr("none") : publicIp,
                                 machine.publicIpName));
    }

    // Its VM.
    const QString vmPath =
        path(arm, plan, QStringLiteral("Microsoft.Compute/virtualMachines"), machine.name);
    r = arm.call("GET", vmPath + QStringLiteral("?$expand=instanceView"), AzureRestClient::kCompute,
                 {}, cancel);
    if (!r.ok && !AzureRestClient::notFound(r))
        return fail(tr("VM %1: %2").arg(machine.name, r.message));
    if (!r.ok || failedState(r.json)) {
        // A VM whose making failed is sent again as planned: Azure
        // finishes it (its disks and interface are kept).
        QString what =
            machine.zone.isEmpty()
                ? tr("create VM %1 (%2)").arg(machine.name, machine.size)
                : tr("create VM %1 (%2) in zone %3").arg(machine.name, machine.size, machine.zone);
        if (r.ok)
            what = tr("make VM %1 again (its making failed)").arg(machine.name);
        if (!change("PUT", vmPath, AzureRestClient::kCompute,
                    machineBody(arm, plan, machine, adminUser, publicKey), what))
            return out;
    } else {
        const QJsonObject properties = r.json.value(QStringLiteral("properties")).toObject();
        const QString nic =
            AzureRestClient::nameOf(properties.value(QStringLiteral("networkProfile"))
                                        .toObject()
                                        .value(QStringLiteral("networkInterfaces"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toString());
        if (nic.compare(machine.nicName, Qt::CaseInsensitive) != 0)
            return fail(tr("VM %1 uses network interface %2, not %3: it is not this stage's "
                           "host; delete it, or rename the host")
                            .arg(machine.name, nic, machine.nicName));
        const QString size = properties.value(QStringLiteral("hardwareProfile"))
                                 .toObject()
                                 .value(QStringLiteral("vmSize"))
                                 .toString();
        if (size != machine.size && progress)
            progress(tr("VM %1 is a %2, not a %3 as planned: left as it is (resize it in the "
                        "portal)")
                         .arg(machine.name, size, machine.size));
        // Made elsewhere (hive-builder) without boot diagnostics: its serial
        // log, where cloud-init printed the host keys at first boot, was
        // never kept.
        out.keysReadable = properties.value(QStringLiteral("diagnosticsProfile"))
                               .toObject()
                               .value(QStringLiteral("bootDiagnostics"))
                               .toObject()
                               .value(QStringLiteral("enabled"))
                               .toBool();
        const QString power = powerState(r.json);
        if (power == QLatin1String("deallocated") || power == QLatin1String("stopped")) {
            if (!change("POST", vmPath + QStringLiteral("/start"), AzureRestClient::kCompute, {},
                        tr("start VM %1 (%2)").arg(machine.name, power)))
                return out;
        }
    }
    out.status = list.status;
    out.message = list.done.isEmpty()
                      ? tr("VM %1 as planned, at %2").arg(machine.name, out.publicIp)
                      : list.done.join(QStringLiteral("; "));
    return out;
}

bool AzureInstance::readHostKeys(AzureRestClient &arm, const AzureResourcePlan &plan,
                                 const AzureResourcePlan::Machine &machine, QStringList &keys,
                                 QString &error, const std::atomic_bool *cancel, int timeoutMs,
                                 int pollMs, const Say &progress)
{
    const QString vmPath =
        path(arm, plan, QStringLiteral("Microsoft.Compute/virtualMachines"), machine.name) +
        QStringLiteral("/retrieveBootDiagnosticsData"
                       "?sasUriExpirationTimeInMinutes=10");
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const AzureRestClient::Reply r =
            arm.call("POST", vmPath, AzureRestClient::kCompute, {}, cancel);
        // Not there until the VM has booted far enough.
        if (!r.ok && !AzureRestClient::notFound(r) && r.status != 409) {
            error = tr("the boot diagnostics of %1: %2").arg(machine.name, r.message);
            return false;
        }
        const QString log = r.json.value(QStringLiteral("serialConsoleLogBlobUri")).toString();
        if (r.ok && !log.isEmpty()) {
            QByteArray console;
            QString fetchError;
            if (arm.fetch(QUrl(log), console, fetchError, cancel)) {
                keys = ConsoleHostKeys::parse(console);
                if (!keys.isEmpty())
                    return true;
            }
        }
        if (cancel && cancel->load()) {
            error = tr("cancelled while waiting for the host keys of %1").arg(machine.name);
            return false;
        }
        if (waited.elapsed() > timeoutMs) {
            error = tr("%1 printed no SSH host keys on its serial console within %2 min "
                       "(cloud-init prints them at first boot): its image may not use "
                       "cloud-init, or may not write to the serial console")
                        .arg(machine.name)
                        .arg(timeoutMs / 60000);
            return false;
        }
        if (progress)
            progress(tr("waiting for %1 to print its SSH host keys").arg(machine.name));
        HttpExchange::pause(pollMs, cancel);
    }
}

} // namespace hive
