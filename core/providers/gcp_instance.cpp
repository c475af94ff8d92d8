#include "providers/gcp_instance.h"

#include "cloud/gcp_rest_client.h"
#include "providers/console_host_keys.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace hive {

namespace {

QString lastPart(const QString &link)
{
    return link.section(QLatin1Char('/'), -1);
}

} // namespace

QString GcpInstance::requestId(const QString &project, const GcpResourcePlan &plan,
                               const GcpResourcePlan::Instance &host)
{
    QByteArray h =
        QCryptographicHash::hash(
            (QStringList{project, plan.hiveName, plan.stage, host.name}.join(QLatin1Char('\n')))
                .toUtf8(),
            QCryptographicHash::Sha256)
            .left(16);
    h[6] = char((h[6] & 0x0f) | 0x50); // a name-based UUID's version and variant
    h[8] = char((h[8] & 0x3f) | 0x80);
    const QByteArray x = h.toHex();
    return QString::fromLatin1(x.left(8) + '-' + x.mid(8, 4) + '-' + x.mid(12, 4) + '-' +
                               x.mid(16, 4) + '-' + x.mid(20));
}

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
                                             {QStringLiteral("value"), key}}}}}},
    };
}

GcpInstance::Result GcpInstance::ensure(GcpRestClient &compute, const GcpResourcePlan &plan,
                                        const GcpResourcePlan::Instance &host,
                                        const QString &adminUser, const QString &publicKey,
                                        bool checkOnly, const std::atomic_bool *cancel,
                                        const Say &progress)
{
    Result out;
    QStringList done;
    const QString project = compute.project();
    const auto say = [&](const QString &line) {
        if (progress)
            progress(line);
    };
    const auto fail = [&](const QString &error) {
        out.status = RunEvent::Status::Failed;
        out.message = error;
        return out;
    };
    // One change, waited for; false (with out failed) when it did not go.
    const auto change = [&](const QByteArray &method, const QString &path,
                            const GcpRestClient::Query &query, const QJsonObject &body,
                            const QString &what) {
        done << (checkOnly ? tr("would %1").arg(what) : what);
        out.status = RunEvent::Status::Changed;
        if (checkOnly)
            return true;
        say(what);
        GcpRestClient::Reply r = compute.call(method, path, query, body, cancel);
        if (r.ok)
            r = compute.waitFor(r.json, cancel, [&](int percent, const QString &status) {
                say(tr("%1: %2 %3%").arg(what, status).arg(percent));
            });
        if (!r.ok) {
            fail(tr("%1: %2").arg(what, r.message));
            return false;
        }
        return true;
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
        if (!change("POST", addresses, {}, address,
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
                "POST", instances, {{QStringLiteral("requestId"), requestId(project, plan, host)}},
                body(plan, host, project, adminUser, publicKey, out.publicIp),
                tr("create instance %1 (%2, %3) at %4 in %5")
                    .arg(host.name, host.machineType, host.zone, host.privateIp, host.subnetwork)))
            return out;
    } else {
        const QJsonObject nic =
            r.json.value(QStringLiteral("networkInterfaces")).toArray().first().toObject();
        const QString ip = nic.value(QStringLiteral("networkIP")).toString();
        const QString subnet = lastPart(nic.value(QStringLiteral("subnetwork")).toString());
        if (ip != host.privateIp || subnet != host.subnetwork)
            return fail(tr("instance %1 is at %2 in %3, not at %4 in %5 as planned: an instance's "
                           "address cannot change in place; delete it (build-infra -D removes "
                           "the stage) or correct the inventory")
                            .arg(host.name, ip, subnet, host.privateIp, host.subnetwork));
        const QString type = lastPart(r.json.value(QStringLiteral("machineType")).toString());
        if (type != host.machineType)
            say(tr("instance %1 is a %2, not a %3 as planned: left as it is (stop it and change "
                   "its machine type in the console)")
                    .arg(host.name, type, host.machineType));
        const QString status = r.json.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("TERMINATED") || status == QLatin1String("STOPPED") ||
            status == QLatin1String("SUSPENDED")) {
            if (!change("POST", path + QStringLiteral("/start"), {}, {},
                        tr("start instance %1 (%2)").arg(host.name, status.toLower())))
                return out;
        }
    }
    out.message = done.isEmpty() ? tr("instance %1 as planned, at %2").arg(host.name, out.publicIp)
                                 : done.join(QStringLiteral("; "));
    return out;
}

bool GcpInstance::readHostKeys(GcpRestClient &compute, const GcpResourcePlan::Instance &host,
                               QStringList &keys, QString &error, const std::atomic_bool *cancel,
                               int timeoutMs, int pollMs, const Say &progress)
{
    const QString path = QStringLiteral("projects/%1/zones/%2/instances/%3/serialPort")
                             .arg(compute.project(), host.zone, host.name);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const GcpRestClient::Reply r =
            compute.call("GET", path, {{QStringLiteral("port"), QStringLiteral("1")}}, {}, cancel);
        if (!r.ok && !GcpRestClient::notFound(r)) {
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
            error = tr("%1 printed no SSH host keys on its serial port within %2 min: its image "
                       "may not run cloud-init, which prints them at first boot")
                        .arg(host.name)
                        .arg(timeoutMs / 60000);
            return false;
        }
        if (progress)
            progress(
                tr("waiting for %1 to print its SSH host keys on its serial port").arg(host.name));
        for (int slept = 0; slept < pollMs && !(cancel && cancel->load()); slept += 100)
            QThread::msleep(quint64(qMin(100, pollMs)));
    }
}

} // namespace hive
