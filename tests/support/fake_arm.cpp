#include "tests/support/fake_arm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

LoopbackHttpServer::Response error(int status, const QString &code, const QString &message)
{
    return {status,
            json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                        {QStringLiteral("message"), message}}}}),
            {}};
}

// "subscriptions/s/resourcegroups/g": the group a path is in, or empty.
QString groupOf(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    return parts.size() >= 4 && parts.at(2) == QLatin1String("resourcegroups")
               ? parts.mid(0, 4).join(QLatin1Char('/'))
               : QString();
}

} // namespace

FakeArm::FakeArm()
{
    m_server.handler = [this](const LoopbackHttpServer::Request &r) { return answer(r); };
}

bool FakeArm::listen()
{
    return m_server.listen();
}

QStringList FakeArm::namesOf(const QString &type) const
{
    QStringList out;
    for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
        if (it.key().section(QLatin1Char('/'), -2, -2) == type)
            out << it.value().value(QStringLiteral("name")).toString();
    }
    return out;
}

LoopbackHttpServer::Response FakeArm::asyncOperation(bool failed, const QString &what)
{
    const QString path = QStringLiteral("operations/%1").arg(m_next++);
    m_pollsLeft.insert(path, pendingPolls);
    m_finals.insert(
        path, failed ? QJsonObject{{QStringLiteral("status"), QStringLiteral("Failed")},
                                   {QStringLiteral("error"),
                                    QJsonObject{{QStringLiteral("code"), failCode},
                                                {QStringLiteral("message"),
                                                 QStringLiteral("%1 is not available").arg(what)}}}}
                     : QJsonObject{{QStringLiteral("status"), QStringLiteral("Succeeded")}});
    LoopbackHttpServer::Response out{201, {}, {}};
    out.headers.append(qMakePair(QByteArray("Azure-AsyncOperation"),
                                 management() + path.toLatin1() + "?api-version=2022-07-01"));
    return out;
}

LoopbackHttpServer::Response FakeArm::location()
{
    const QString path = QStringLiteral("locations/%1").arg(m_next++);
    m_pollsLeft.insert(path, pendingPolls);
    LoopbackHttpServer::Response out{202, {}, {}};
    out.headers.append(qMakePair(QByteArray("Location"), QByteArray(management() + path.toLatin1() +
                                                                    "?api-version=2022-07-01")));
    out.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
    return out;
}

QJsonObject FakeArm::view(const QString &key) const
{
    QJsonObject resource = resources.value(key);
    // A virtual network's subnets are its children, shown inside it.
    if (key.section(QLatin1Char('/'), -2, -2) == QLatin1String("virtualnetworks")) {
        QJsonArray subnets;
        for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
            if (it.key().startsWith(key + QStringLiteral("/subnets/")))
                subnets.append(it.value());
        }
        QJsonObject properties = resource.value(QStringLiteral("properties")).toObject();
        properties.insert(QStringLiteral("subnets"), subnets);
        resource.insert(QStringLiteral("properties"), properties);
    }
    return resource;
}

LoopbackHttpServer::Response FakeArm::answer(const LoopbackHttpServer::Request &r)
{
    const qsizetype q = r.target.indexOf('?');
    const QString path =
        QString::fromLatin1(QByteArray::fromPercentEncoding(q < 0 ? r.target : r.target.left(q)));
    const QUrlQuery query(QString::fromLatin1(q < 0 ? QByteArray() : r.target.mid(q + 1)));

    if (path == QStringLiteral("/login/%1/oauth2/v2.0/token").arg(tenant) && r.method == "POST") {
        // As a server reads a form: '+' is a space, then %XX.
        QMap<QByteArray, QString> form;
        for (const QByteArray &pair : r.body.split('&')) {
            const qsizetype eq = pair.indexOf('=');
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            form.insert(
                eq < 0 ? pair : pair.left(eq),
                QString::fromUtf8(QByteArray::fromPercentEncoding(value.replace('+', ' '))));
        }
        const auto field = [&](const char *name) { return form.value(name); };
        if (field("grant_type") != QLatin1String("client_credentials") ||
            field("scope") != QString::fromLatin1(management()) + QStringLiteral(".default"))
            return {
                400,
                R"({"error": "invalid_request", "error_description": "AADSTS900144: bad grant"})",
                {}};
        if (field("client_id") != clientId || field("client_secret") != secret)
            return {401,
                    "{\"error\": \"invalid_client\", \"error_description\": \"AADSTS7000215: "
                    "Invalid client secret provided.\\r\\nTrace ID: 1\"}",
                    {}};
        ++tokens;
        return {200,
                R"({"token_type": "Bearer", "expires_in": 3599, "access_token": "arm-token"})",
                {}};
    }
    if (path.startsWith(QLatin1String("/blob/"))) {
        // A SAS address: no token goes there.
        if (!r.header("authorization").isEmpty() || !query.hasQueryItem(QStringLiteral("sig")))
            return error(403, QStringLiteral("AuthenticationFailed"), QStringLiteral("no SAS"));
        const QString vm = path.mid(6);
        if (!serialLog.contains(vm))
            return error(404, QStringLiteral("BlobNotFound"), vm);
        return {200, serialLog.value(vm).toUtf8(), {}};
    }
    if (!path.startsWith(QLatin1String("/arm/")))
        return error(404, QStringLiteral("NotFound"), path);
    if (r.header("authorization") != "Bearer arm-token")
        return error(401, QStringLiteral("AuthenticationFailed"), QStringLiteral("no token"));
    const QString apiVersion = query.queryItemValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return error(400, QStringLiteral("MissingApiVersionParameter"), path);
    const QString sent = path.mid(5);
    const QString key = sent.toLower();

    // An operation polled.
    if (m_pollsLeft.contains(key)) {
        if (m_pollsLeft[key]-- > 0)
            return key.startsWith(QLatin1String("locations/"))
                       ? location()
                       : LoopbackHttpServer::Response{
                             200,
                             json({{QStringLiteral("status"), QStringLiteral("InProgress")}}),
                             {}};
        return key.startsWith(QLatin1String("locations/"))
                   ? LoopbackHttpServer::Response{200, "{}", {}}
                   : LoopbackHttpServer::Response{200, json(m_finals.value(key)), {}};
    }

    ++calls;
    if (cutAfter == 0)
        return error(403, QStringLiteral("AuthorizationFailed"),
                     QStringLiteral("the run was cut off here"));
    if (cutAfter > 0)
        --cutAfter;

    const QString group = groupOf(key);
    const QString last = key.section(QLatin1Char('/'), -1);
    const QString parent = key.section(QLatin1Char('/'), 0, -2);
    const auto missing = [&](const QString &at) {
        if (!group.isEmpty() && !resources.contains(group))
            return error(404, QStringLiteral("ResourceGroupNotFound"),
                         QStringLiteral("Resource group '%1' could not be found.")
                             .arg(group.section(QLatin1Char('/'), -1)));
        return error(404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Resource '%1' was not found.").arg(at));
    };

    if (r.method == "GET") {
        if (last == QLatin1String("resources") && key == group + QStringLiteral("/resources")) {
            if (!resources.contains(group))
                return missing(key);
            QJsonArray value;
            for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
                // Top-level resources only: .../providers/ns/type/name.
                if (it.key().startsWith(group + QLatin1Char('/')) &&
                    it.key().count(QLatin1Char('/')) == 7)
                    value.append(it.value());
            }
            return {200, json({{QStringLiteral("value"), value}}), {}};
        }
        if (last == QLatin1String("instanceview") && resources.contains(parent)) {
            return {200,
                    json(resources.value(parent)
                             .value(QStringLiteral("properties"))
                             .toObject()
                             .value(QStringLiteral("instanceView"))
                             .toObject()),
                    {}};
        }
        if (!resources.contains(key))
            return missing(sent);
        QJsonObject resource = view(key);
        if (query.queryItemValue(QStringLiteral("$expand")) != QLatin1String("instanceView")) {
            QJsonObject properties = resource.value(QStringLiteral("properties")).toObject();
            properties.remove(QStringLiteral("instanceView"));
            resource.insert(QStringLiteral("properties"), properties);
        }
        return {200, json(resource), {}};
    }

    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (r.method == "PUT") {
        const bool isGroup = key == group;
        if (!isGroup && !resources.contains(group))
            return missing(sent);
        changes << QStringLiteral("PUT ") + sent;
        puts.append({sent, apiVersion, body});
        QJsonObject resource = body;
        resource.insert(QStringLiteral("id"), QLatin1Char('/') + sent);
        resource.insert(QStringLiteral("name"), sent.section(QLatin1Char('/'), -1));
        QJsonObject properties = resource.value(QStringLiteral("properties")).toObject();
        properties.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
        const QString type = key.section(QLatin1Char('/'), -2, -2);
        if (type == QLatin1String("publicipaddresses") &&
            !properties.contains(QStringLiteral("ipAddress")))
            properties.insert(QStringLiteral("ipAddress"),
                              QStringLiteral("20.0.0.%1").arg(m_nextAddress++));
        if (type == QLatin1String("virtualnetworks")) {
            for (const QJsonValue &v : properties.take(QStringLiteral("subnets")).toArray()) {
                QJsonObject subnet = v.toObject();
                const QString name = subnet.value(QStringLiteral("name")).toString();
                subnet.insert(QStringLiteral("id"),
                              QLatin1Char('/') + sent + QStringLiteral("/subnets/") + name);
                resources.insert(key + QStringLiteral("/subnets/") + name.toLower(), subnet);
            }
        }
        if (type == QLatin1String("subnets"))
            resource.insert(QStringLiteral("properties"), properties);
        if (type == QLatin1String("virtualmachines")) {
            QJsonObject storage = properties.value(QStringLiteral("storageProfile")).toObject();
            const auto made = [&](QJsonObject disk) {
                const QString name = disk.value(QStringLiteral("name")).toString();
                const QString diskPath =
                    group + QStringLiteral("/providers/Microsoft.Compute/disks/") + name;
                resources.insert(diskPath.toLower(),
                                 {{QStringLiteral("name"), name},
                                  {QStringLiteral("id"), QLatin1Char('/') + diskPath}});
                QJsonObject managed = disk.value(QStringLiteral("managedDisk")).toObject();
                managed.insert(QStringLiteral("id"), QLatin1Char('/') + diskPath);
                disk.insert(QStringLiteral("managedDisk"), managed);
                return disk;
            };
            storage.insert(QStringLiteral("osDisk"),
                           made(storage.value(QStringLiteral("osDisk")).toObject()));
            QJsonArray data;
            for (const QJsonValue &d : storage.value(QStringLiteral("dataDisks")).toArray())
                data.append(made(d.toObject()));
            storage.insert(QStringLiteral("dataDisks"), data);
            properties.insert(QStringLiteral("storageProfile"), storage);
            properties.insert(
                QStringLiteral("instanceView"),
                QJsonObject{
                    {QStringLiteral("statuses"),
                     QJsonArray{QJsonObject{{QStringLiteral("code"),
                                             QStringLiteral("ProvisioningState/succeeded")}},
                                QJsonObject{{QStringLiteral("code"),
                                             QStringLiteral("PowerState/running")}}}}});
        }
        // A making that fails in its operation (an allocation) leaves the
        // resource in state Failed, as Azure does.
        const bool fails = !failPutOn.isEmpty() && key.contains(failPutOn.toLower());
        if (fails)
            properties.insert(QStringLiteral("provisioningState"), QStringLiteral("Failed"));
        resource.insert(QStringLiteral("properties"), properties);
        resources.insert(key, resource);
        LoopbackHttpServer::Response out =
            asyncOperation(fails, sent.section(QLatin1Char('/'), -1));
        out.body = json(resource);
        return out;
    }
    if (r.method == "POST") {
        if (last == QLatin1String("retrievebootdiagnosticsdata")) {
            if (!resources.contains(parent))
                return missing(sent);
            const QString vm = parent.section(QLatin1Char('/'), -1);
            return {200,
                    json({{QStringLiteral("serialConsoleLogBlobUri"),
                           QString::fromLatin1(url()) + QStringLiteral("/blob/") + vm +
                               QStringLiteral("?sv=2022&sig=c2ln")}}),
                    {}};
        }
        if (!resources.contains(parent))
            return missing(sent);
        changes << QStringLiteral("POST ") + sent;
        QJsonObject vm = resources.value(parent);
        QJsonObject properties = vm.value(QStringLiteral("properties")).toObject();
        const QString power = last == QLatin1String("start")        ? QStringLiteral("running")
                              : last == QLatin1String("deallocate") ? QStringLiteral("deallocated")
                                                                    : QStringLiteral("stopped");
        properties.insert(
            QStringLiteral("instanceView"),
            QJsonObject{{QStringLiteral("statuses"),
                         QJsonArray{QJsonObject{{QStringLiteral("code"),
                                                 QStringLiteral("ProvisioningState/succeeded")}},
                                    QJsonObject{{QStringLiteral("code"),
                                                 QStringLiteral("PowerState/") + power}}}}});
        vm.insert(QStringLiteral("properties"), properties);
        resources.insert(parent, vm);
        return location();
    }
    if (r.method == "DELETE") {
        if (!resources.contains(key))
            return {204, {}, {}};
        changes << QStringLiteral("DELETE ") + sent;
        if (key == group) {
            for (const QString &k : resources.keys()) {
                if (k == key || k.startsWith(key + QLatin1Char('/')))
                    resources.remove(k);
            }
            return location();
        }
        // A VM takes the disks made to go with it.
        const QJsonObject storage = resources.value(key)
                                        .value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("storageProfile"))
                                        .toObject();
        QJsonArray disks = storage.value(QStringLiteral("dataDisks")).toArray();
        disks.append(storage.value(QStringLiteral("osDisk")));
        for (const QJsonValue &d : disks) {
            const QJsonObject disk = d.toObject();
            if (disk.value(QStringLiteral("deleteOption")).toString() == QLatin1String("Delete"))
                resources.remove(disk.value(QStringLiteral("managedDisk"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString()
                                     .mid(1)
                                     .toLower());
        }
        for (const QString &k : resources.keys()) {
            if (k == key || k.startsWith(key + QLatin1Char('/')))
                resources.remove(k);
        }
        return location();
    }
    return error(405, QStringLiteral("MethodNotAllowed"), QString::fromLatin1(r.method));
}
