#include "providers/azure_teardown.h"

#include "cloud/azure_rest_client.h"
#include "providers/azure_change_list.h"

#include <QJsonArray>

namespace hive {

namespace {

AzureTeardown::Result resultOf(const AzureChangeList &list)
{
    return {list.status, list.done, list.error};
}

// Whether `id` is in resource group `group` (ARM ids are not case-sensitive).
bool inGroup(const QString &id, const QString &group)
{
    return id.contains(QStringLiteral("/resourceGroups/") + group + QLatin1Char('/'),
                       Qt::CaseInsensitive);
}

} // namespace

AzureTeardown::Result AzureTeardown::halt(AzureRestClient &arm, const AzureResourcePlan &plan,
                                          const AzureResourcePlan::Machine &machine, bool checkOnly,
                                          const std::atomic_bool *cancel, const Say &progress)
{
    Result out;
    const QString vm = arm.resourceId(
        plan.resourceGroup, QStringLiteral("Microsoft.Compute/virtualMachines"), machine.name);
    const AzureRestClient::Reply r = arm.call("GET", vm + QStringLiteral("/instanceView"),
                                              AzureRestClient::kCompute, {}, cancel);
    if (AzureRestClient::notFound(r))
        return out;
    if (!r.ok) {
        out.status = RunEvent::Status::Failed;
        out.error = tr("VM %1: %2").arg(machine.name, r.message);
        return out;
    }
    for (const QJsonValue &v : r.json.value(QStringLiteral("statuses")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() ==
            QLatin1String("PowerState/deallocated")) {
            out.done << tr("VM %1 is deallocated").arg(machine.name);
            return out;
        }
    }
    AzureChangeList list(arm, checkOnly, cancel, progress);
    list.apply("POST", vm + QStringLiteral("/deallocate"), AzureRestClient::kCompute,
               tr("deallocate VM %1").arg(machine.name));
    return resultOf(list);
}

AzureTeardown::Result AzureTeardown::destroy(AzureRestClient &arm, const AzureResourcePlan &plan,
                                             bool checkOnly, const std::atomic_bool *cancel,
                                             const Say &progress)
{
    AzureChangeList list(arm, checkOnly, cancel, progress);
    const QString group = arm.groupPath(plan.resourceGroup);
    const auto id = [&](const char *type, const QString &name) {
        return arm.resourceId(plan.resourceGroup, QLatin1String(type), name);
    };
    AzureRestClient::Reply r = arm.call("GET", group, AzureRestClient::kResources, {}, cancel);
    if (AzureRestClient::notFound(r))
        return resultOf(list);
    if (!r.ok) {
        list.fail(tr("resource group %1: %2").arg(plan.resourceGroup, r.message));
        return resultOf(list);
    }
    // A storage account holds the nfs volumes' data: this version does not
    // delete it.
    if (plan.storageAccount) {
        r = arm.call("GET", id("Microsoft.Storage/storageAccounts", plan.storageAccountName),
                     AzureRestClient::kStorage, {}, cancel);
        if (r.ok) {
            list.fail(tr("storage account %1 holds the stage's nfs volumes: delete it in the "
                         "portal once its data is safe (this version does not), then run -D "
                         "again")
                          .arg(plan.storageAccountName));
            return resultOf(list);
        }
        if (!AzureRestClient::notFound(r)) {
            list.fail(tr("storage account %1: %2").arg(plan.storageAccountName, r.message));
            return resultOf(list);
        }
    }

    struct Part
    {
        QString path;
        const char *version;
        QString what;
    };
    QList<Part> parts;
    QStringList ids; // of everything removed, to tell what else is in the group
    const auto add = [&](const QString &path, const char *version, const QString &what) {
        if (ids.contains(path.toLower()))
            return;
        parts.append({path, version, what});
        ids << path.toLower();
    };
    // Each VM, then what it was made with: its disks and interfaces (those
    // hive-builder made have names Azure gave; the VM tells them).
    QList<Part> after;
    QStringList left;
    for (const AzureResourcePlan::Machine &m : plan.machines) {
        const QString vm = id("Microsoft.Compute/virtualMachines", m.name);
        r = arm.call("GET", vm, AzureRestClient::kCompute, {}, cancel);
        if (!r.ok && !AzureRestClient::notFound(r)) {
            list.fail(tr("VM %1: %2").arg(m.name, r.message));
            return resultOf(list);
        }
        if (r.ok) {
            const QJsonObject p = r.json.value(QStringLiteral("properties")).toObject();
            // A VM of the host's name on another interface is not this
            // stage's (build refuses it too): it stays, and is said.
            const QJsonArray nics = p.value(QStringLiteral("networkProfile"))
                                        .toObject()
                                        .value(QStringLiteral("networkInterfaces"))
                                        .toArray();
            const QString first = AzureRestClient::nameOf(
                nics.at(0).toObject().value(QStringLiteral("id")).toString());
            if (first.compare(m.nicName, Qt::CaseInsensitive) != 0) {
                left << m.name; // nor the disks of its name: they may be its
                if (progress)
                    progress(tr("left VM %1: it uses network interface %2, not this stage's %3")
                                 .arg(m.name, first, m.nicName));
                continue;
            }
            add(vm, AzureRestClient::kCompute, tr("delete VM %1").arg(m.name));
            const QJsonObject storage = p.value(QStringLiteral("storageProfile")).toObject();
            QJsonArray disks = storage.value(QStringLiteral("dataDisks")).toArray();
            disks.prepend(storage.value(QStringLiteral("osDisk")));
            for (const QJsonValue &d : disks) {
                const QString disk = d.toObject()
                                         .value(QStringLiteral("managedDisk"))
                                         .toObject()
                                         .value(QStringLiteral("id"))
                                         .toString();
                if (inGroup(disk, plan.resourceGroup))
                    after.append({disk, AzureRestClient::kDisks,
                                  tr("delete disk %1").arg(AzureRestClient::nameOf(disk))});
            }
            for (const QJsonValue &n : p.value(QStringLiteral("networkProfile"))
                                           .toObject()
                                           .value(QStringLiteral("networkInterfaces"))
                                           .toArray()) {
                const QString nic = n.toObject().value(QStringLiteral("id")).toString();
                if (inGroup(nic, plan.resourceGroup))
                    after.append(
                        {nic, AzureRestClient::kNetwork,
                         tr("delete network interface %1").arg(AzureRestClient::nameOf(nic))});
            }
        }
    }
    for (const Part &p : std::as_const(after))
        add(p.path, p.version, p.what);
    for (const AzureResourcePlan::Machine &m : plan.machines) {
        if (!left.contains(m.name)) {
            add(id("Microsoft.Compute/disks", m.osDisk), AzureRestClient::kDisks,
                tr("delete disk %1").arg(m.osDisk));
            if (!m.dataDisk.isEmpty())
                add(id("Microsoft.Compute/disks", m.dataDisk), AzureRestClient::kDisks,
                    tr("delete disk %1").arg(m.dataDisk));
        }
        add(id("Microsoft.Network/networkInterfaces", m.nicName), AzureRestClient::kNetwork,
            tr("delete network interface %1").arg(m.nicName));
    }
    for (const AzureResourcePlan::Machine &m : plan.machines)
        add(id("Microsoft.Network/publicIPAddresses", m.publicIpName), AzureRestClient::kNetwork,
            tr("delete public IP %1").arg(m.publicIpName));
    add(id("Microsoft.Network/networkSecurityGroups", plan.securityGroup),
        AzureRestClient::kNetwork, tr("delete network security group %1").arg(plan.securityGroup));
    add(id("Microsoft.Network/virtualNetworks", plan.networkName), AzureRestClient::kNetwork,
        tr("delete virtual network %1").arg(plan.networkName));

    for (const Part &part : std::as_const(parts)) {
        if (cancel && cancel->load()) {
            list.fail(tr("cancelled before: %1").arg(part.what));
            list.status = RunEvent::Status::Interrupted;
            return resultOf(list);
        }
        r = arm.call("GET", part.path, part.version, {}, cancel);
        if (AzureRestClient::notFound(r))
            continue;
        if (!r.ok) {
            list.fail(tr("%1: %2").arg(part.what, r.message));
            return resultOf(list);
        }
        if (!list.apply("DELETE", part.path, part.version, part.what))
            return resultOf(list);
    }

    // The resource group, when it was made here and holds nothing else.
    if (plan.preparedResourceGroup)
        return resultOf(list);
    r = arm.call("GET", group + QStringLiteral("/resources"), AzureRestClient::kResources, {},
                 cancel);
    if (!r.ok) {
        list.fail(tr("the resources of group %1: %2").arg(plan.resourceGroup, r.message));
        return resultOf(list);
    }
    QStringList others;
    for (const QJsonValue &v : r.json.value(QStringLiteral("value")).toArray()) {
        // What was (or, under -C, would be) removed is not "else": Azure's
        // list can still name a resource for a while after its delete.
        const QJsonObject resource = v.toObject();
        if (!ids.contains(resource.value(QStringLiteral("id")).toString().toLower()))
            others << resource.value(QStringLiteral("name")).toString();
    }
    if (!others.isEmpty()) {
        if (progress)
            progress(tr("left resource group %1: it also holds %2")
                         .arg(plan.resourceGroup, others.join(QStringLiteral(", "))));
        list.done << tr("left resource group %1, which holds %n other resource(s)", nullptr,
                        int(others.size()))
                         .arg(plan.resourceGroup);
        return resultOf(list);
    }
    list.apply("DELETE", group, AzureRestClient::kResources,
               tr("delete resource group %1").arg(plan.resourceGroup));
    return resultOf(list);
}

} // namespace hive
