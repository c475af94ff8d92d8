#include "tests/support/fake_gce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray error(int code, const QString &reason, const QString &message)
{
    return json({{QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("code"), code},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("errors"),
                               QJsonArray{QJsonObject{{QStringLiteral("reason"), reason},
                                                      {QStringLiteral("message"), message}}}}}}});
}

} // namespace

FakeGce::FakeGce()
{
    m_server.handler = [this](const LoopbackHttpServer::Request &r) { return answer(r); };
}

bool FakeGce::listen()
{
    return m_server.listen();
}

LoopbackHttpServer::Response FakeGce::operation(const QString &scope)
{
    const QString name = QStringLiteral("operation-%1").arg(m_nextOperation++);
    QJsonObject op{{QStringLiteral("kind"), QStringLiteral("compute#operation")},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("status"),
                    pendingPolls > 0 ? QStringLiteral("RUNNING") : QStringLiteral("DONE")},
                   {QStringLiteral("progress"), pendingPolls > 0 ? 0 : 100}};
    // "projects/p/zones/z" → the operation's zone (or region) as Google
    // gives it: a link.
    static const QRegularExpression where(
        QStringLiteral("^projects/[^/]+/(zones|regions)/([^/]+)"));
    const QRegularExpressionMatch m = where.match(scope);
    if (m.hasMatch())
        op.insert(m.captured(1) == QLatin1String("zones") ? QStringLiteral("zone")
                                                          : QStringLiteral("region"),
                  QStringLiteral("https://www.googleapis.com/compute/v1/") + m.captured(0));
    const QString base = m.hasMatch()
                             ? m.captured(0)
                             : scope.section(QLatin1Char('/'), 0, 1) + QStringLiteral("/global");
    m_operations.insert(base + QStringLiteral("/operations/") + name, op);
    m_pollsLeft.insert(base + QStringLiteral("/operations/") + name, pendingPolls);
    return {200, json(op)};
}

LoopbackHttpServer::Response FakeGce::answer(const LoopbackHttpServer::Request &r)
{
    const qsizetype q = r.target.indexOf('?');
    QString path = QString::fromLatin1(q < 0 ? r.target : r.target.left(q));
    if (path == QLatin1String("/token"))
        return {200, R"({"access_token": "ya29.gce", "expires_in": 3599})"};
    if (r.header("authorization") != "Bearer ya29.gce")
        return {401, error(401, QStringLiteral("authError"), QStringLiteral("no token"))};
    // Compute Engine's and Filestore's paths share the fake's resources.
    const QString prefix = path.startsWith(QLatin1String("/file/v1/"))
                               ? QStringLiteral("/file/v1/")
                               : QStringLiteral("/compute/v1/");
    if (!path.startsWith(prefix))
        return {404, error(404, QStringLiteral("notFound"), path)};
    path = path.mid(prefix.size());
    if (m_operations.contains(path)) {
        QJsonObject op = m_operations.value(path);
        if (m_pollsLeft[path]-- <= 0) {
            op.insert(QStringLiteral("status"), QStringLiteral("DONE"));
            op.insert(QStringLiteral("progress"), 100);
            m_operations.insert(path, op);
        }
        return {200, json(op)};
    }
    ++calls;
    if (cutAfter == 0)
        return {403, error(403, QStringLiteral("forbidden"), QStringLiteral("cut off here"))};
    if (cutAfter > 0)
        --cutAfter;
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString parent = path.section(QLatin1Char('/'), 0, -2);
    const QString last = path.section(QLatin1Char('/'), -1);
    if (r.method == "GET" && last == QLatin1String("serialPort") && resources.contains(parent))
        return {200, json({{QStringLiteral("contents"), serialOutput.value(parent)}})};
    if (r.method == "GET" && last == QLatin1String("getGuestAttributes") &&
        guestAttributes.contains(parent) && resources.contains(parent))
        return {200, json(guestAttributes.value(parent))};
    if (r.method == "POST" && (last == QLatin1String("start") || last == QLatin1String("stop")) &&
        resources.contains(parent)) {
        changes << QStringLiteral("POST ") + path;
        QJsonObject instance = resources.value(parent);
        instance.insert(QStringLiteral("status"), last == QLatin1String("start")
                                                      ? QStringLiteral("RUNNING")
                                                      : QStringLiteral("TERMINATED"));
        resources.insert(parent, instance);
        return operation(parent.section(QLatin1Char('/'), 0, -3));
    }
    if (r.method == "POST") {
        // An insert sent again with its request id is the same insert.
        const QString requestId = QUrlQuery(QString::fromLatin1(r.target.mid(q + 1)))
                                      .queryItemValue(QStringLiteral("requestId"));
        if (q >= 0 && !requestId.isEmpty()) {
            if (m_requestIds.contains(requestId))
                return operation(path);
            m_requestIds << requestId;
        }
        const QString name = body.value(QStringLiteral("name")).toString();
        const QString made = path + QLatin1Char('/') + name;
        changes << QStringLiteral("POST ") + path;
        if (resources.contains(made))
            return {409, error(409, QStringLiteral("alreadyExists"),
                               QStringLiteral("The resource '%1' already exists").arg(made))};
        QJsonObject resource = body;
        if (last == QLatin1String("addresses") && !resource.contains(QStringLiteral("address")))
            resource.insert(QStringLiteral("address"),
                            QStringLiteral("198.51.100.%1").arg(m_nextAddress++));
        if (last == QLatin1String("instances")) {
            resource.insert(QStringLiteral("status"), QStringLiteral("RUNNING"));
            // As GCE does: each interface's network, from its subnetwork.
            QJsonArray nics = resource.value(QStringLiteral("networkInterfaces")).toArray();
            for (int i = 0; i < nics.size(); ++i) {
                QJsonObject nic = nics.at(i).toObject();
                const QString subnet = nic.value(QStringLiteral("subnetwork")).toString();
                nic.insert(QStringLiteral("network"),
                           resources.value(subnet).value(QStringLiteral("network")));
                nics.replace(i, nic);
            }
            resource.insert(QStringLiteral("networkInterfaces"), nics);
        }
        resource.insert(QStringLiteral("selfLink"),
                        QStringLiteral("https://www.googleapis.com/compute/v1/") + made);
        resources.insert(made, resource);
        return operation(path);
    }
    if (r.method == "GET") {
        if (resources.contains(path))
            return {200, json(resources.value(path))};
        // A collection: its items.
        QJsonArray items;
        for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
            if (it.key().section(QLatin1Char('/'), 0, -2) == path)
                items.append(it.value());
        }
        if (!items.isEmpty())
            return {200, json({{QStringLiteral("items"), items}})};
        return {404, error(404, QStringLiteral("notFound"),
                           QStringLiteral("The resource '%1' was not found").arg(path))};
    }
    if (!resources.contains(path))
        return {404, error(404, QStringLiteral("notFound"),
                           QStringLiteral("The resource '%1' was not found").arg(path))};
    changes << QString::fromLatin1(r.method) + QLatin1Char(' ') + path;
    if (r.method == "PATCH") {
        QJsonObject resource = resources.value(path);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            resource.insert(it.key(), it.value());
        resources.insert(path, resource);
    } else if (r.method == "DELETE") {
        resources.remove(path);
    }
    return operation(path.section(QLatin1Char('/'), 0, -3));
}
