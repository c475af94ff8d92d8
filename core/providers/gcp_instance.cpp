#include "providers/gcp_instance.h"

#include "cloud/gcp_rest_client.h"
#include "cloud/http_exchange.h"
#include "providers/console_host_keys.h"
#include "providers/gcp_change_list.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

namespace hive {

QJsonObject GcpInstance::body(const GcpResourcePlan &plan, const GcpResourcePlan::Instance &host,
                              const QString &project, const QString &adminUser,
                              const QString &publicKey, const QString &address)
{
    QJsonArray disks{
        QJsonObject{{QStringLiteral("boot"), true},
                    {QStringLiteral("autoDelete"), true},
                    {QStringLiteral("deviceName"), host.bootDisk},
                    {QStringLiteral("initializeParams"),
                     QJsonObject{{QStringLiteral("diskName"), host.bootDisk},
                                 {QStringLiteral("diskSizeGb"), QString::number(host.bootDiskGb)},
                                 {QStringLiteral("sourceImage"), plan.image}}}}};
    if (!host.mirroredDisk.isEmpty())
        disks.append(QJsonObject{
            {QStringLiteral("autoDelete"), true},
            {QStringLiteral("deviceName"), host.mirroredDisk},
            {QStringLiteral("initializeParams"),
             QJsonObject{{QStringLiteral("diskName"), host.mirroredDisk},
                         {QStringLiteral("diskSizeGb"), QString::number(host.mirroredDiskGb)}}}});
    const QString key = adminUser + QLatin1Char(':') + publicKey.trimmed();
    return {
        {QStringLiteral("name"), host.name},
        {QStringLiteral("hostname"), host.host},
        {QStringLiteral("machineType"),
         QStringLiteral("zones/%1/machineTypes/%2").arg(host.zone, host.machineType)},
        {QStringLiteral("disks"), disks},
        {QStringLiteral("networkInterfaces"),
         QJsonArray{QJsonObject{
             {QStringLiteral("subnetwork"), QStringLiteral("projects/%1/regions/%2/subnetworks/%3")
                                                .arg(project, plan.region, host.subnetwork)},
             {QStringLiteral("networkIP"), host.privateIp},
             {QStringLiteral("accessConfigs"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("External NAT")},
                                     {QStringLiteral("type"), QStringLiteral("ONE_TO_ONE_NAT")},
                                     {QStringLiteral("natIP"), address}}}}}}},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("items"),
                      QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("hostname")},
                                             {QStringLiteral("value"), host.host}},
                                 QJsonObject{{QStringLiteral("key"), QStringLiteral("ssh-keys")},
                                             {QStringLiteral("value"), key}},
                                 // Google's guest agent publishes the host keys
                                 // there (hostkeys/), where build-infra reads them.
                                 QJsonObject{{QStringLiteral("key"),
                                              QStringLiteral("enable-guest-attributes")},
                                             {QStringLiteral("value"), QStringLiteral("TRUE")}}}}}},
    };
}

GcpInstance::Result GcpInstance::ensure(GcpRestClient &compute, const GcpResourcePlan &plan,
                                        const GcpResourcePlan::Instance &host,
                                        const QString &adminUser, const QString &publicKey,
                                        bool checkOnly, const std::atomic_bool *cancel,
                                        const Say &progress)
{
    Result out;
    const QString project = compute.project();
    GcpChangeList list(compute, checkOnly, cancel, progress);
    const auto fail = [&](const QString &error) {
        out.status = RunEvent::Status::Failed;
        out.message = error;
        return out;
    };
    const auto change = [&](const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &what) {
        if (list.apply(method, path, what, body))
            return true;
        fail(list.error);
        return false;
    };

    // Its static external address.
    const QString addresses =
        QStringLiteral("projects/%1/regions/%2/addresses").arg(project, plan.region);
    GcpRestClient::Reply r =
        compute.call("GET", addresses + QLatin1Char('/') + host.addressName, {}, {}, cancel);
    if (!r.ok && !GcpRestClient::notFound(r))
        return fail(tr("address %1: %2").arg(host.addressName, r.message));
    if (!r.ok) {
        QJsonObject address{{QStringLiteral("name"), host.addressName},
                            {QStringLiteral("addressType"), QStringLiteral("EXTERNAL")}};
        if (!host.publishedIp.isEmpty())
            address.insert(QStringLiteral("address"), host.publishedIp);
        if (!change("POST", addresses, address,
                    host.publishedIp.isEmpty()
                        ? tr("reserve address %1").arg(host.addressName)
                        : tr("reserve address %1 at %2").arg(host.addressName, host.publishedIp)))
            return out;
        if (!checkOnly)
            r = compute.call("GET", addresses + QLatin1Char('/') + host.addressName, {}, {},
                             cancel);
    }
    out.publicIp = r.json.value(QStringLiteral("address")).toString();
    if (!checkOnly && out.publicIp.isEmpty())
        return fail(tr("address %1 has no IP address: %2").arg(host.addressName, r.message));

    // The instance.
    const QString instances =
        QStringLiteral("projects/%1/zones/%2/instances").arg(project, host.zone);
    const QString path = instances + QLatin1Char('/') + host.name;
    r = compute.call("GET", path, {}, {}, cancel);
    if (!r.ok && !GcpRestClient::notFound(r))
        return fail(tr("instance %1: %2").arg(host.name, r.message));
    if (!r.ok) {
        if (!change(
                "POST", instances, body(plan, host, project, adminUser, publicKey, out.publicIp),
                tr("create instance %1 (%2, %3) at %4 in %5")
                    .arg(host.name, host.machineType, host.zone, host.privateIp, host.subnetwork)))
            return out;
    } else {
        const QJsonObject nic =
            r.json.value(QStringLiteral("networkInterfaces")).toArray().at(0).toObject();
        const QString ip = nic.value(QStringLiteral("networkIP")).toString();
        const QString subnet =
            GcpRestClient::nameOf(nic.value(QStringLiteral("subnetwork")).toString());
        const QString natIp = nic.value(QStringLiteral("accessConfigs"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("natIP"))
                                  .toString();
        if (!checkOnly && natIp != out.publicIp)
            return fail(tr("instance %1 is reached at %2, not at its address %3 (%4): give it "
                           "that address in the console (its network interface's external IP), "
                           "or delete the instance")
                            .arg(host.name, natIp.isEmpty() ? tr("no external address") : natIp,
                                 host.addressName, out.publicIp));
        if (ip != host.privateIp || subnet != host.subnetwork)
            return fail(tr("instance %1 is at %2 in %3, not at %4 in %5 as planned: an instance's "
                           "address cannot change in place; delete it (build-infra -D removes "
                           "the stage) or correct the inventory")
                            .arg(host.name, ip, subnet, host.privateIp, host.subnetwork));
        const QString type =
            GcpRestClient::nameOf(r.json.value(QStringLiteral("machineType")).toString());
        if (type != host.machineType)
            if (progress)
                progress(tr("instance %1 is a %2, not a %3 as planned: left as it is (stop it and "
                            "change "
                            "its machine type in the console)")
                             .arg(host.name, type, host.machineType));
        const QString status = r.json.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("TERMINATED") || status == QLatin1String("STOPPED") ||
            status == QLatin1String("SUSPENDED")) {
            if (!change("POST", path + QStringLiteral("/start"), {},
                        tr("start instance %1 (%2)").arg(host.name, status.toLower())))
                return out;
        }
    }
    out.status = list.status;
    out.message = list.done.isEmpty()
                      ? tr("instance %1 as planned, at %2").arg(host.name, out.publicIp)
                      : list.done.join(QStringLiteral("; "));
    return out;
}

QStringList GcpInstance::guestAttributeKeys(const QJsonObject &answer)
{
    static const QRegularExpression type(
        QStringLiteral("^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521))$"));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    QStringList keys;
    for (const QJsonValue &v : answer.value(QStringLiteral("queryValue"))
                                   .toObject()
                                   .value(QStringLiteral("items"))
                                   .toArray()) {
        const QJsonObject item = v.toObject();
        const QString name = item.value(QStringLiteral("key")).toString();
        const QString value = item.value(QStringLiteral("value")).toString().trimmed();
        if (item.value(QStringLiteral("namespace")).toString() == QLatin1String("hostkeys") &&
            type.match(name).hasMatch() && base64.match(value).hasMatch())
            keys << name + QLatin1Char(' ') + value;
    }
    keys.removeDuplicates();
    return keys;
}

bool GcpInstance::readHostKeys(GcpRestClient &compute, const GcpResourcePlan::Instance &host,
                               QStringList &keys, QString &error, const std::atomic_bool *cancel,
                               int timeoutMs, int pollMs, const Say &progress)
{
    const QString instance = QStringLiteral("projects/%1/zones/%2/instances/%3")
                                 .arg(compute.project(), host.zone, host.name);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        // Google's guest agent (its images) publishes them as guest
        // attributes; cloud-init (other images) prints them on the serial
        // port. Both come through the authorised API.
        GcpRestClient::Reply r =
            compute.call("GET", instance + QStringLiteral("/getGuestAttributes"),
                         {{QStringLiteral("queryPath"), QStringLiteral("hostkeys/")}}, {}, cancel);
        if (!r.ok && !GcpRestClient::notFound(r)) {
            error = tr("the guest attributes of %1: %2").arg(host.name, r.message);
            return false;
        }
        keys = guestAttributeKeys(r.json);
        if (!keys.isEmpty())
            return true;
        r = compute.call("GET", instance + QStringLiteral("/serialPort"),
                         {{QStringLiteral("port"), QStringLiteral("1")}}, {}, cancel);
        if (!r.ok) {
            error = tr("the serial port output of %1: %2").arg(host.name, r.message);
            return false;
        }
        keys = ConsoleHostKeys::parse(r.json.value(QStringLiteral("contents")).toString().toUtf8());
        if (!keys.isEmpty())
            return true;
        if (cancel && cancel->load()) {
            error = tr("cancelled while waiting for the host keys of %1").arg(host.name);
            return false;
        }
        if (waited.elapsed() > timeoutMs) {
            error = tr("%1 gave no SSH host keys within %2 min, neither as guest attributes "
                       "(Google's guest agent, with enable-guest-attributes) nor on its serial "
                       "port (cloud-init): its image may have neither")
                        .arg(host.name)
                        .arg(timeoutMs / 60000);
            return false;
        }
        if (progress)
            progress(tr("waiting for %1 to publish its SSH host keys").arg(host.name));
        HttpExchange::pause(pollMs, cancel);
    }
}

} // namespace hive
