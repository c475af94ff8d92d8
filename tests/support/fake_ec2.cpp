#include "tests/support/fake_ec2.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>
#include <functional>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray tagSet(const QHash<QString, QString> &tags)
{
    QByteArray out = "<tagSet>";
    QStringList keys = tags.keys();
    keys.sort();
    for (const QString &k : keys)
        out += "<item><key>" + esc(k).toUtf8() + "</key><value>" + esc(tags.value(k)).toUtf8() +
               "</value></item>";
    return out + "</tagSet>";
}

QByteArray response(const QString &action, const QByteArray &inner)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + action.toUtf8() +
           "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>fake</"
           "requestId>" +
           inner + "</" + action.toUtf8() + "Response>";
}

QPair<int, QByteArray> error(int status, const QString &code, const QString &message)
{
    return {status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" +
                        code.toUtf8() + "</Code><Message>" + esc(message).toUtf8() +
                        "</Message></Error></Errors><RequestID>fake</RequestID></Response>"};
}

// Filter.N.Name / Filter.N.Value.M
QHash<QString, QStringList> filters(const QHash<QString, QString> &p)
{
    QHash<QString, QStringList> out;
    for (int n = 1; p.contains(QStringLiteral("Filter.%1.Name").arg(n)); ++n) {
        QStringList values;
        for (int m = 1; p.contains(QStringLiteral("Filter.%1.Value.%2").arg(n).arg(m)); ++m)
            values << p.value(QStringLiteral("Filter.%1.Value.%2").arg(n).arg(m));
        out.insert(p.value(QStringLiteral("Filter.%1.Name").arg(n)), values);
    }
    return out;
}

// Every filter matches: tag:K by the tag, the others by `field`.
bool matches(const QHash<QString, QStringList> &f, const FakeEc2::Tagged &r,
             const std::function<QString(const QString &)> &field)
{
    for (auto it = f.begin(); it != f.end(); ++it) {
        const QString value = it.key().startsWith(QLatin1String("tag:"))
                                  ? r.tags.value(it.key().mid(4), QStringLiteral("\x01"))
                                  : field(it.key());
        if (!it.value().contains(value))
            return false;
    }
    return true;
}

// TagSpecification.1.Tag.N.Key/Value
QHash<QString, QString> specifiedTags(const QHash<QString, QString> &p)
{
    QHash<QString, QString> tags;
    for (int n = 1; p.contains(QStringLiteral("TagSpecification.1.Tag.%1.Key").arg(n)); ++n)
        tags.insert(p.value(QStringLiteral("TagSpecification.1.Tag.%1.Key").arg(n)),
                    p.value(QStringLiteral("TagSpecification.1.Tag.%1.Value").arg(n)));
    return tags;
}

QList<FakeEc2::Permission> permissions(const QHash<QString, QString> &p)
{
    QList<FakeEc2::Permission> out;
    for (int n = 1; p.contains(QStringLiteral("IpPermissions.%1.IpProtocol").arg(n)); ++n) {
        const QString base = QStringLiteral("IpPermissions.%1.").arg(n);
        FakeEc2::Permission perm;
        perm.protocol = p.value(base + QStringLiteral("IpProtocol"));
        perm.from = p.value(base + QStringLiteral("FromPort")).toInt();
        perm.to = p.value(base + QStringLiteral("ToPort")).toInt();
        for (int m = 1; p.contains(base + QStringLiteral("IpRanges.%1.CidrIp").arg(m)); ++m) {
            FakeEc2::Permission one = perm;
            one.cidr = p.value(base + QStringLiteral("IpRanges.%1.CidrIp").arg(m));
            out << one;
        }
        for (int m = 1; p.contains(base + QStringLiteral("Groups.%1.GroupId").arg(m)); ++m) {
            FakeEc2::Permission one = perm;
            one.group = p.value(base + QStringLiteral("Groups.%1.GroupId").arg(m));
            out << one;
        }
    }
    return out;
}

QHash<QString, QString> formParams(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (QByteArray pair : body.split('&')) {
        pair.replace('+', ' ');
        const int eq = int(pair.indexOf('='));
        if (eq > 0)
            out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return out;
}

// Whether this request is refused (failWith, or past cutAfter).
bool cutOff(FakeEc2::State &st)
{
    if (st.cutAfter == 0 && st.failWith.isEmpty())
        st.failWith = QStringLiteral("AuthFailure");
    if (st.cutAfter > 0)
        --st.cutAfter;
    return !st.failWith.isEmpty();
}

} // namespace

FakeEc2::FakeEc2() : m_thread(std::make_unique<QThread>())
{
    auto *server = new QTcpServer;
    server->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, server, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        server,
        [this, server] {
            server->listen(QHostAddress::LocalHost);
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *s = server->nextPendingConnection()) {
                    auto buffer = std::make_shared<QByteArray>();
                    QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                    QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                        *buffer += s->readAll();
                        for (;;) {
                            const int headEnd = int(buffer->indexOf("\r\n\r\n"));
                            if (headEnd < 0)
                                return;
                            int length = 0;
                            for (const QByteArray &line : buffer->left(headEnd).split('\n'))
                                if (line.toLower().startsWith("content-length:"))
                                    length = line.mid(15).trimmed().toInt();
                            if (buffer->size() < headEnd + 4 + length)
                                return;
                            const QList<QByteArray> requestLine =
                                buffer->left(buffer->indexOf("\r\n")).split(' ');
                            const QByteArray body = buffer->mid(headEnd + 4, length);
                            buffer->remove(0, headEnd + 4 + length);
                            const QUrl target(QString::fromUtf8(requestLine.value(1)));
                            if (target.path().startsWith(QLatin1String("/2015-02-01/"))) {
                                QHash<QString, QString> query;
                                for (const auto &[k, v] :
                                     QUrlQuery(target).queryItems(QUrl::FullyDecoded))
                                    query.insert(k, v);
                                const auto [status, json] =
                                    answerEfs(requestLine.value(0), target.path(), query, body);
                                s->write("HTTP/1.1 " + QByteArray::number(status) +
                                         " X\r\nContent-Type: application/json\r\n"
                                         "Content-Length: " +
                                         QByteArray::number(json.size()) + "\r\n\r\n" + json);
                                continue;
                            }
                            const auto [status, xml] = answer(formParams(body));
                            s->write("HTTP/1.1 " + QByteArray::number(status) +
                                     " X\r\nContent-Type: text/xml;charset=UTF-8\r\n"
                                     "Content-Length: " +
                                     QByteArray::number(xml.size()) + "\r\n\r\n" + xml);
                        }
                    });
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

FakeEc2::~FakeEc2()
{
    m_thread->quit();
    m_thread->wait();
}

QUrl FakeEc2::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QStringList FakeEc2::actions() const
{
    QMutexLocker lock(&m_mutex);
    return m_actions;
}

QList<QHash<QString, QString>> FakeEc2::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<FakeEc2::RestRequest> FakeEc2::restRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_restRequests;
}

QPair<int, QByteArray> FakeEc2::answerEfs(const QByteArray &method, const QString &path,
                                          const QHash<QString, QString> &query,
                                          const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    m_restRequests << RestRequest{QString::fromLatin1(method), path, query, body};
    m_actions << QString::fromLatin1(method) + QLatin1Char(' ') + path;
    State &st = m_state;
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    const auto json = [](int status, const QJsonObject &o) {
        return qMakePair(status, status == 204 ? QByteArray()
                                               : QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    const auto fault = [&](int status, const QString &code, const QString &message) {
        return json(status,
                    {{QStringLiteral("ErrorCode"), code}, {QStringLiteral("Message"), message}});
    };
    if (cutOff(st))
        return fault(403, st.failWith, QStringLiteral("refused"));
    const auto describeFs = [](const FileSystem &f) {
        QJsonArray tags;
        for (auto i = f.tags.cbegin(); i != f.tags.cend(); ++i)
            tags.append(QJsonObject{{QStringLiteral("Key"), i.key()},
                                    {QStringLiteral("Value"), i.value()}});
        return QJsonObject{{QStringLiteral("FileSystemId"), f.id},
                           {QStringLiteral("CreationToken"), f.token},
                           {QStringLiteral("LifeCycleState"), f.state},
                           {QStringLiteral("Encrypted"), f.encrypted},
                           {QStringLiteral("Tags"), tags}};
    };
    const auto describeTarget = [](const MountTarget &t) {
        return QJsonObject{{QStringLiteral("MountTargetId"), t.id},
                           {QStringLiteral("FileSystemId"), t.fileSystem},
                           {QStringLiteral("SubnetId"), t.subnet},
                           {QStringLiteral("LifeCycleState"), t.state}};
    };
    const QString fsPath = QStringLiteral("/2015-02-01/file-systems");
    const QString mtPath = QStringLiteral("/2015-02-01/mount-targets");
    if (method == "GET" && path == fsPath) {
        QJsonArray out;
        for (FileSystem &f : st.fileSystems) {
            if ((query.contains(QStringLiteral("CreationToken")) &&
                 f.token != query.value(QStringLiteral("CreationToken"))) ||
                (query.contains(QStringLiteral("FileSystemId")) &&
                 f.id != query.value(QStringLiteral("FileSystemId"))))
                continue;
            out.append(describeFs(f));
            if (f.state == QLatin1String("creating"))
                f.state = QStringLiteral("available");
        }
        return json(200, {{QStringLiteral("FileSystems"), out}});
    }
    if (method == "POST" && path == fsPath) {
        const QString token = in.value(QStringLiteral("CreationToken")).toString();
        for (const FileSystem &f : st.fileSystems)
            if (f.token == token)
                return fault(409, QStringLiteral("FileSystemAlreadyExists"), token);
        FileSystem f;
        f.id = QStringLiteral("fs-%1").arg(st.next++, 8, 16, QLatin1Char('0'));
        f.token = token;
        f.encrypted = in.value(QStringLiteral("Encrypted")).toBool();
        f.kmsKeyId = in.value(QStringLiteral("KmsKeyId")).toString();
        for (const QJsonValue &t : in.value(QStringLiteral("Tags")).toArray())
            f.tags.insert(t.toObject().value(QStringLiteral("Key")).toString(),
                          t.toObject().value(QStringLiteral("Value")).toString());
        st.fileSystems << f;
        return json(201, describeFs(f));
    }
    if (method == "DELETE" && path.startsWith(fsPath + QLatin1Char('/'))) {
        const QString id = path.section(QLatin1Char('/'), -1);
        for (const MountTarget &t : st.mountTargets)
            if (t.fileSystem == id)
                return fault(409, QStringLiteral("FileSystemInUse"), id);
        for (int i = 0; i < st.fileSystems.size(); ++i)
            if (st.fileSystems.at(i).id == id) {
                st.fileSystems.removeAt(i);
                return json(204, {});
            }
        return fault(404, QStringLiteral("FileSystemNotFound"), id);
    }
    if (method == "GET" && path == mtPath) {
        QJsonArray out;
        for (int i = 0; i < st.mountTargets.size(); ++i) {
            MountTarget &t = st.mountTargets[i];
            if (t.fileSystem != query.value(QStringLiteral("FileSystemId")))
                continue;
            out.append(describeTarget(t));
            if (t.state == QLatin1String("creating"))
                t.state = QStringLiteral("available");
        }
        // A target being deleted is gone once seen so.
        st.mountTargets.erase(std::remove_if(st.mountTargets.begin(), st.mountTargets.end(),
                                             [](const MountTarget &t) {
                                                 return t.state == QLatin1String("deleting");
                                             }),
                              st.mountTargets.end());
        return json(200, {{QStringLiteral("MountTargets"), out}});
    }
    if (method == "POST" && path == mtPath) {
        const QString fs = in.value(QStringLiteral("FileSystemId")).toString();
        const QString subnet = in.value(QStringLiteral("SubnetId")).toString();
        bool known = false;
        for (const FileSystem &f : st.fileSystems)
            known = known || (f.id == fs && f.state == QLatin1String("available"));
        if (!known)
            return fault(400, QStringLiteral("IncorrectFileSystemLifeCycleState"), fs);
        for (const MountTarget &t : st.mountTargets)
            if (t.fileSystem == fs && t.subnet == subnet)
                return fault(409, QStringLiteral("MountTargetConflict"), subnet);
        MountTarget t;
        t.id = QStringLiteral("fsmt-%1").arg(st.next++, 8, 16, QLatin1Char('0'));
        t.fileSystem = fs;
        t.subnet = subnet;
        for (const QJsonValue &g : in.value(QStringLiteral("SecurityGroups")).toArray())
            t.groups << g.toString();
        st.mountTargets << t;
        return json(200, describeTarget(t));
    }
    if (method == "DELETE" && path.startsWith(mtPath + QLatin1Char('/'))) {
        const QString id = path.section(QLatin1Char('/'), -1);
        for (MountTarget &t : st.mountTargets)
            if (t.id == id) {
                t.state = QStringLiteral("deleting");
                return json(204, {});
            }
        return fault(404, QStringLiteral("MountTargetNotFound"), id);
    }
    return fault(400, QStringLiteral("UnknownOperation"), QString::fromLatin1(method) + path);
}

QStringList FakeEc2::changes() const
{
    QStringList out;
    for (const QString &a : actions())
        if (!a.startsWith(QLatin1String("Describe")) && !a.startsWith(QLatin1String("GET ")))
            out << a;
    return out;
}

void FakeEc2::clearActions()
{
    QMutexLocker lock(&m_mutex);
    m_actions.clear();
}

FakeEc2::Image FakeEc2::almaLinuxImage()
{
    return {{QStringLiteral("ami-00000000000000001"), {}},
            QStringLiteral("AlmaLinux OS 9.4.20240805 x86_64"),
            QStringLiteral("764336703387"),
            QStringLiteral("/dev/sda1"),
            QStringLiteral("2024-08-05T00:00:00.000Z")};
}

FakeEc2::State FakeEc2::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

void FakeEc2::setState(const State &s)
{
    QMutexLocker lock(&m_mutex);
    m_state = s;
}

QPair<int, QByteArray> FakeEc2::answer(const QHash<QString, QString> &p)
{
    QMutexLocker lock(&m_mutex);
    const QString action = p.value(QStringLiteral("Action"));
    m_actions << action;
    m_requests << p;
    State &st = m_state;
    if (cutOff(st))
        return error(403, st.failWith,
                     QStringLiteral("The request was refused (%1).").arg(st.failWith));
    const auto newId = [&st](const char *prefix) {
        return QLatin1String(prefix) +
               QStringLiteral("-%1").arg(st.next++, 8, 16, QLatin1Char('0'));
    };
    const QHash<QString, QStringList> f = filters(p);
    const auto find = [](auto &list, const QString &id) -> decltype(&list[0]) {
        for (auto &r : list)
            if (r.id == id)
                return &r;
        return nullptr;
    };

    if (action == QLatin1String("DescribeVpcs")) {
        QByteArray items;
        for (const Vpc &v : st.vpcs) {
            if (!matches(f, v, [&](const QString &k) {
                    return k == QLatin1String("cidr-block") || k == QLatin1String("cidr") ? v.cidr
                           : k == QLatin1String("vpc-id")                                 ? v.id
                                                          : QString();
                }))
                continue;
            items += "<item><vpcId>" + v.id.toUtf8() + "</vpcId><cidrBlock>" + v.cidr.toUtf8() +
                     "</cidrBlock><state>available</state>" + tagSet(v.tags) + "</item>";
        }
        return {200, response(action, "<vpcSet>" + items + "</vpcSet>")};
    }
    if (action == QLatin1String("CreateVpc")) {
        Vpc v;
        v.id = newId("vpc");
        v.cidr = p.value(QStringLiteral("CidrBlock"));
        v.tags = specifiedTags(p);
        v.dnsSupport = true; // AWS's default
        st.vpcs << v;
        RouteTable main;
        main.id = newId("rtb");
        main.vpc = v.id;
        main.routes << Route{v.cidr, QStringLiteral("local")};
        st.routeTables << main;
        Group group;
        group.id = newId("sg");
        group.vpc = v.id;
        group.name = QStringLiteral("default");
        group.inbound << Permission{QStringLiteral("-1"), 0, 0, QString(), group.id};
        st.groups << group;
        return {200, response(action, "<vpc><vpcId>" + v.id.toUtf8() + "</vpcId><cidrBlock>" +
                                          v.cidr.toUtf8() + "</cidrBlock></vpc>")};
    }
    if (action == QLatin1String("DescribeVpcAttribute")) {
        const Vpc *v = find(st.vpcs, p.value(QStringLiteral("VpcId")));
        if (!v)
            return error(400, QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("no vpc"));
        const QString attribute = p.value(QStringLiteral("Attribute"));
        const bool on = attribute == QLatin1String("enableDnsSupport")     ? v->dnsSupport
                        : attribute == QLatin1String("enableDnsHostnames") ? v->dnsHostnames
                                                                           : false;
        return {200,
                response(action, "<vpcId>" + v->id.toUtf8() + "</vpcId><" + attribute.toUtf8() +
                                     "><value>" + (on ? "true" : "false") + "</value></" +
                                     attribute.toUtf8() + ">")};
    }
    if (action == QLatin1String("ModifyVpcAttribute")) {
        Vpc *v = find(st.vpcs, p.value(QStringLiteral("VpcId")));
        if (!v)
            return error(400, QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("no vpc"));
        if (p.contains(QStringLiteral("EnableDnsSupport.Value")))
            v->dnsSupport =
                p.value(QStringLiteral("EnableDnsSupport.Value")) == QLatin1String("true");
        if (p.contains(QStringLiteral("EnableDnsHostnames.Value")))
            v->dnsHostnames =
                p.value(QStringLiteral("EnableDnsHostnames.Value")) == QLatin1String("true");
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("CreateTags")) {
        QHash<QString, QString> tags;
        for (int n = 1; p.contains(QStringLiteral("Tag.%1.Key").arg(n)); ++n)
            tags.insert(p.value(QStringLiteral("Tag.%1.Key").arg(n)),
                        p.value(QStringLiteral("Tag.%1.Value").arg(n)));
        for (int n = 1; p.contains(QStringLiteral("ResourceId.%1").arg(n)); ++n) {
            const QString id = p.value(QStringLiteral("ResourceId.%1").arg(n));
            Tagged *t = find(st.vpcs, id);
            if (!t)
                t = find(st.gateways, id);
            if (!t)
                t = find(st.subnets, id);
            if (!t)
                t = find(st.routeTables, id);
            if (!t)
                t = find(st.groups, id);
            if (!t)
                return error(400, QStringLiteral("InvalidID"), id);
            for (auto it = tags.begin(); it != tags.end(); ++it)
                t->tags.insert(it.key(), it.value());
        }
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("DescribeInternetGateways")) {
        QByteArray items;
        for (const Gateway &g : st.gateways) {
            if (!matches(f, g, [&](const QString &k) {
                    return k == QLatin1String("attachment.vpc-id") ? g.vpc : QString();
                }))
                continue;
            items += "<item><internetGatewayId>" + g.id.toUtf8() + "</internetGatewayId>" +
                     (g.vpc.isEmpty() ? QByteArray("<attachmentSet/>")
                                      : "<attachmentSet><item><vpcId>" + g.vpc.toUtf8() +
                                            "</vpcId><state>available</state></item>"
                                            "</attachmentSet>") +
                     tagSet(g.tags) + "</item>";
        }
        return {200, response(action, "<internetGatewaySet>" + items + "</internetGatewaySet>")};
    }
    if (action == QLatin1String("CreateInternetGateway")) {
        Gateway g;
        g.id = newId("igw");
        g.tags = specifiedTags(p);
        st.gateways << g;
        return {200, response(action, "<internetGateway><internetGatewayId>" + g.id.toUtf8() +
                                          "</internetGatewayId></internetGateway>")};
    }
    if (action == QLatin1String("AttachInternetGateway")) {
        Gateway *g = find(st.gateways, p.value(QStringLiteral("InternetGatewayId")));
        if (!g || !find(st.vpcs, p.value(QStringLiteral("VpcId"))))
            return error(400, QStringLiteral("InvalidInternetGatewayID.NotFound"),
                         QStringLiteral("no gateway or vpc"));
        g->vpc = p.value(QStringLiteral("VpcId"));
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("DescribeSubnets")) {
        QByteArray items;
        for (const Subnet &s : st.subnets) {
            if (!matches(f, s, [&](const QString &k) {
                    return k == QLatin1String("vpc-id")       ? s.vpc
                           : k == QLatin1String("cidr-block") ? s.cidr
                                                              : QString();
                }))
                continue;
            items += "<item><subnetId>" + s.id.toUtf8() + "</subnetId><vpcId>" + s.vpc.toUtf8() +
                     "</vpcId><cidrBlock>" + s.cidr.toUtf8() + "</cidrBlock><availabilityZone>" +
                     s.zone.toUtf8() + "</availabilityZone>" + tagSet(s.tags) + "</item>";
        }
        return {200, response(action, "<subnetSet>" + items + "</subnetSet>")};
    }
    if (action == QLatin1String("CreateSubnet")) {
        if (!find(st.vpcs, p.value(QStringLiteral("VpcId"))))
            return error(400, QStringLiteral("InvalidVpcID.NotFound"), QStringLiteral("no vpc"));
        Subnet s;
        s.id = newId("subnet");
        s.vpc = p.value(QStringLiteral("VpcId"));
        s.cidr = p.value(QStringLiteral("CidrBlock"));
        s.zone = p.value(QStringLiteral("AvailabilityZone"));
        s.tags = specifiedTags(p);
        st.subnets << s;
        return {200,
                response(action, "<subnet><subnetId>" + s.id.toUtf8() + "</subnetId></subnet>")};
    }
    if (action == QLatin1String("DescribeRouteTables")) {
        QByteArray items;
        for (const RouteTable &t : st.routeTables) {
            if (!matches(f, t, [&](const QString &k) {
                    return k == QLatin1String("vpc-id")             ? t.vpc
                           : k == QLatin1String("association.main") ? QStringLiteral("true")
                                                                    : QString();
                }))
                continue;
            QByteArray routes;
            for (const Route &r : t.routes)
                routes += "<item><destinationCidrBlock>" + r.destination.toUtf8() +
                          "</destinationCidrBlock><gatewayId>" + r.gateway.toUtf8() +
                          "</gatewayId><state>active</state></item>";
            items += "<item><routeTableId>" + t.id.toUtf8() + "</routeTableId><vpcId>" +
                     t.vpc.toUtf8() + "</vpcId><routeSet>" + routes +
                     "</routeSet><associationSet><item><main>true</main></item></associationSet>" +
                     tagSet(t.tags) + "</item>";
        }
        return {200, response(action, "<routeTableSet>" + items + "</routeTableSet>")};
    }
    if (action == QLatin1String("CreateRoute") || action == QLatin1String("ReplaceRoute")) {
        RouteTable *t = find(st.routeTables, p.value(QStringLiteral("RouteTableId")));
        if (!t)
            return error(400, QStringLiteral("InvalidRouteTableID.NotFound"), QStringLiteral("no"));
        const QString destination = p.value(QStringLiteral("DestinationCidrBlock"));
        t->routes.erase(
            std::remove_if(t->routes.begin(), t->routes.end(),
                           [&](const Route &r) { return r.destination == destination; }),
            t->routes.end());
        t->routes << Route{destination, p.value(QStringLiteral("GatewayId"))};
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("DescribeSecurityGroups")) {
        QByteArray items;
        for (const Group &g : st.groups) {
            if (!matches(f, g, [&](const QString &k) {
                    return k == QLatin1String("vpc-id")       ? g.vpc
                           : k == QLatin1String("group-name") ? g.name
                                                              : QString();
                }))
                continue;
            QByteArray perms;
            for (const Permission &perm : g.inbound) {
                perms += "<item><ipProtocol>" + perm.protocol.toUtf8() + "</ipProtocol>";
                if (perm.protocol != QLatin1String("-1"))
                    perms += "<fromPort>" + QByteArray::number(perm.from) + "</fromPort><toPort>" +
                             QByteArray::number(perm.to) + "</toPort>";
                perms += perm.group.isEmpty()
                             ? "<groups/><ipRanges><item><cidrIp>" + perm.cidr.toUtf8() +
                                   "</cidrIp></item></ipRanges>"
                             : "<groups><item><groupId>" + perm.group.toUtf8() +
                                   "</groupId></item></groups><ipRanges/>";
                perms += "</item>";
            }
            items += "<item><groupId>" + g.id.toUtf8() + "</groupId><groupName>" + g.name.toUtf8() +
                     "</groupName><vpcId>" + g.vpc.toUtf8() + "</vpcId><ipPermissions>" + perms +
                     "</ipPermissions>" + tagSet(g.tags) + "</item>";
        }
        return {200, response(action, "<securityGroupInfo>" + items + "</securityGroupInfo>")};
    }
    if (action == QLatin1String("AuthorizeSecurityGroupIngress") ||
        action == QLatin1String("RevokeSecurityGroupIngress")) {
        Group *g = find(st.groups, p.value(QStringLiteral("GroupId")));
        if (!g)
            return error(400, QStringLiteral("InvalidGroup.NotFound"), QStringLiteral("no group"));
        for (const Permission &perm : permissions(p)) {
            const bool there = g->inbound.contains(perm);
            if (action.startsWith(QLatin1String("Authorize"))) {
                if (there)
                    return error(400, QStringLiteral("InvalidPermission.Duplicate"),
                                 QStringLiteral("the rule already exists"));
                g->inbound << perm;
            } else {
                if (!there)
                    return error(400, QStringLiteral("InvalidPermission.NotFound"),
                                 QStringLiteral("no such rule"));
                g->inbound.removeAll(perm);
            }
        }
        return {200, response(action, "<return>true</return>")};
    }
    // What the wizard's account check asks (STS's one call too: tests
    // point AWS_ENDPOINT_URL, and so every service, here).
    if (action == QLatin1String("GetCallerIdentity")) {
        return {200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetCallerIdentityResponse "
                     "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                     "<Arn>arn:aws:iam::123456789012:user/hive</Arn><UserId>AIDAFAKE</UserId>"
                     "<Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata>"
                     "<RequestId>fake</RequestId></ResponseMetadata></GetCallerIdentityResponse>"};
    }
    if (action == QLatin1String("DescribeAvailabilityZones")) {
        QByteArray items;
        for (const char *z : {"ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"})
            items += QByteArray("<item><zoneName>") + z +
                     "</zoneName><zoneState>available</zoneState><regionName>ap-northeast-1"
                     "</regionName></item>";
        return {200,
                response(action, "<availabilityZoneInfo>" + items + "</availabilityZoneInfo>")};
    }
    if (action == QLatin1String("DescribeInstanceTypeOfferings")) {
        QByteArray items;
        for (const QString &t : f.value(QStringLiteral("instance-type")))
            if (t.startsWith(QLatin1String("t3.")) || t.startsWith(QLatin1String("m5.")))
                items += "<item><instanceType>" + t.toUtf8() +
                         "</instanceType><locationType>region</locationType><location>"
                         "ap-northeast-1</location></item>";
        return {200, response(action,
                              "<instanceTypeOfferingSet>" + items + "</instanceTypeOfferingSet>")};
    }
    if (action == QLatin1String("DescribeKeyPairs")) {
        QByteArray items;
        for (const KeyPair &k : st.keyPairs) {
            if (!matches(f, k, [&](const QString &name) {
                    return name == QLatin1String("key-name") ? k.name : QString();
                }))
                continue;
            items += "<item><keyPairId>" + k.id.toUtf8() + "</keyPairId><keyName>" +
                     k.name.toUtf8() + "</keyName>" + tagSet(k.tags) + "</item>";
        }
        return {200, response(action, "<keySet>" + items + "</keySet>")};
    }
    if (action == QLatin1String("ImportKeyPair")) {
        const QString name = p.value(QStringLiteral("KeyName"));
        for (const KeyPair &k : st.keyPairs)
            if (k.name == name)
                return error(400, QStringLiteral("InvalidKeyPair.Duplicate"),
                             QStringLiteral("The keypair already exists"));
        KeyPair k;
        k.id = newId("key");
        k.name = name;
        k.material = QString::fromUtf8(
            QByteArray::fromBase64(p.value(QStringLiteral("PublicKeyMaterial")).toLatin1()));
        k.tags = specifiedTags(p);
        st.keyPairs << k;
        return {200, response(action, "<keyName>" + name.toUtf8() + "</keyName><keyPairId>" +
                                          k.id.toUtf8() + "</keyPairId>")};
    }
    if (action == QLatin1String("DeleteKeyPair")) {
        const QString name = p.value(QStringLiteral("KeyName"));
        st.keyPairs.erase(std::remove_if(st.keyPairs.begin(), st.keyPairs.end(),
                                         [&](const KeyPair &k) { return k.name == name; }),
                          st.keyPairs.end());
        return {200, response(action, "<return>true</return>")};
    }
    // Numbered parameters: Name.1, Name.2 ...
    const auto numbered = [&p](const QString &name) {
        QStringList out;
        for (int n = 1; p.contains(QStringLiteral("%1.%2").arg(name).arg(n)); ++n)
            out << p.value(QStringLiteral("%1.%2").arg(name).arg(n));
        return out;
    };
    if (action == QLatin1String("DescribeImages")) {
        const QStringList ids = numbered(QStringLiteral("ImageId"));
        const QStringList owners = numbered(QStringLiteral("Owner"));
        QHash<QString, QStringList> rest = f;
        const QStringList names = rest.take(QStringLiteral("name"));
        rest.remove(QStringLiteral("state"));
        QByteArray items;
        for (const Image &i : st.images) {
            if ((!ids.isEmpty() && !ids.contains(i.id)) ||
                (!owners.isEmpty() && !owners.contains(i.owner)))
                continue;
            bool named = names.isEmpty();
            for (const QString &pattern : names)
                named = named ||
                        QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern))
                            .match(i.name)
                            .hasMatch();
            if (!named)
                continue;
            items += "<item><imageId>" + i.id.toUtf8() + "</imageId><name>" + esc(i.name).toUtf8() +
                     "</name><imageOwnerId>" + i.owner.toUtf8() +
                     "</imageOwnerId><rootDeviceName>" + i.rootDevice.toUtf8() +
                     "</rootDeviceName><creationDate>" + i.created.toUtf8() +
                     "</creationDate><imageState>available</imageState></item>";
        }
        return {200, response(action, "<imagesSet>" + items + "</imagesSet>")};
    }
    const auto instanceXml = [](const Instance &i) {
        static const QHash<QString, int> codes{{QStringLiteral("pending"), 0},
                                               {QStringLiteral("running"), 16},
                                               {QStringLiteral("stopping"), 64},
                                               {QStringLiteral("stopped"), 80},
                                               {QStringLiteral("terminated"), 48}};
        return "<item><instanceId>" + i.id.toUtf8() + "</instanceId><imageId>" + i.image.toUtf8() +
               "</imageId><instanceState><code>" + QByteArray::number(codes.value(i.state)) +
               "</code><name>" + i.state.toUtf8() + "</name></instanceState><privateIpAddress>" +
               i.privateIp.toUtf8() + "</privateIpAddress><keyName>" + i.keyName.toUtf8() +
               "</keyName><instanceType>" + i.type.toUtf8() + "</instanceType><subnetId>" +
               i.subnet.toUtf8() + "</subnetId>" + tagSet(i.tags) + "</item>";
    };
    if (action == QLatin1String("RunInstances")) {
        const QString token = p.value(QStringLiteral("ClientToken"));
        for (const Instance &i : st.instances)
            if (!token.isEmpty() && i.clientToken == token)
                return {200, response(action, "<reservationId>r-1</reservationId><instancesSet>" +
                                                  instanceXml(i) + "</instancesSet>")};
        const QString ip = p.value(QStringLiteral("NetworkInterface.1.PrivateIpAddress"));
        for (const Instance &i : st.instances)
            if (i.privateIp == ip && i.state != QLatin1String("terminated"))
                return error(400, QStringLiteral("InvalidIPAddress.InUse"),
                             QStringLiteral("Address %1 is in use.").arg(ip));
        bool imageKnown = false;
        for (const Image &im : st.images)
            imageKnown = imageKnown || im.id == p.value(QStringLiteral("ImageId"));
        if (!imageKnown)
            return error(400, QStringLiteral("InvalidAMIID.NotFound"),
                         QStringLiteral("The image id does not exist"));
        Instance i;
        i.id = newId("i");
        i.type = p.value(QStringLiteral("InstanceType"));
        i.image = p.value(QStringLiteral("ImageId"));
        i.subnet = p.value(QStringLiteral("NetworkInterface.1.SubnetId"));
        i.privateIp = ip;
        i.keyName = p.value(QStringLiteral("KeyName"));
        i.group = p.value(QStringLiteral("NetworkInterface.1.SecurityGroupId.1"));
        i.clientToken = token;
        i.console = st.bootConsole;
        for (int n = 1; p.contains(QStringLiteral("BlockDeviceMapping.%1.DeviceName").arg(n));
             ++n) {
            const QString base = QStringLiteral("BlockDeviceMapping.%1.").arg(n);
            i.disks << Disk{p.value(base + QStringLiteral("DeviceName")),
                            p.value(base + QStringLiteral("Ebs.VolumeSize")).toInt(),
                            p.value(base + QStringLiteral("Ebs.Encrypted")) ==
                                QLatin1String("true"),
                            p.value(base + QStringLiteral("Ebs.KmsKeyId"))};
        }
        for (int n = 1; p.contains(QStringLiteral("TagSpecification.%1.ResourceType").arg(n));
             ++n) {
            const QString base = QStringLiteral("TagSpecification.%1.").arg(n);
            QHash<QString, QString> tags;
            for (int m = 1; p.contains(base + QStringLiteral("Tag.%1.Key").arg(m)); ++m)
                tags.insert(p.value(base + QStringLiteral("Tag.%1.Key").arg(m)),
                            p.value(base + QStringLiteral("Tag.%1.Value").arg(m)));
            if (p.value(base + QStringLiteral("ResourceType")) == QLatin1String("instance"))
                i.tags = tags;
            else
                i.volumeTags = tags;
        }
        st.instances << i;
        return {200, response(action, "<reservationId>r-1</reservationId><instancesSet>" +
                                          instanceXml(i) + "</instancesSet>")};
    }
    if (action == QLatin1String("DescribeInstances")) {
        const QStringList ids = numbered(QStringLiteral("InstanceId"));
        QByteArray items;
        for (Instance &i : st.instances) {
            if (!ids.isEmpty() && !ids.contains(i.id))
                continue;
            if (!matches(f, i, [&](const QString &k) {
                    return k == QLatin1String("instance-state-name") ? i.state
                           : k == QLatin1String("key-name")          ? i.keyName
                                                                     : QString();
                }))
                continue;
            items += "<item><reservationId>r-1</reservationId><instancesSet>" + instanceXml(i) +
                     "</instancesSet></item>";
            // AWS moves on between looks.
            if (i.state == QLatin1String("pending"))
                i.state = QStringLiteral("running");
            else if (i.state == QLatin1String("stopping"))
                i.state = QStringLiteral("stopped");
            else if (i.state == QLatin1String("shutting-down")) {
                i.state = QStringLiteral("terminated");
                for (Address &a : st.addresses) // AWS lets its addresses go
                    if (a.instance == i.id)
                        a.instance.clear(), a.association.clear();
            }
        }
        return {200, response(action, "<reservationSet>" + items + "</reservationSet>")};
    }
    if (action == QLatin1String("StartInstances") || action == QLatin1String("StopInstances")) {
        const bool start = action.startsWith(QLatin1String("Start"));
        QByteArray items;
        for (const QString &id : numbered(QStringLiteral("InstanceId"))) {
            Instance *i = find(st.instances, id);
            if (!i)
                return error(400, QStringLiteral("InvalidInstanceID.NotFound"), id);
            if (start && i->state == QLatin1String("stopped"))
                i->state = QStringLiteral("pending");
            else if (!start && i->state == QLatin1String("running"))
                i->state = QStringLiteral("stopping");
            items += instanceXml(*i);
        }
        return {200, response(action, "<instancesSet>" + items + "</instancesSet>")};
    }
    if (action == QLatin1String("DescribeAddresses")) {
        const QStringList ips = numbered(QStringLiteral("PublicIp"));
        QByteArray items;
        for (const Address &a : st.addresses) {
            if (!ips.isEmpty() && !ips.contains(a.publicIp))
                continue;
            if (!matches(f, a, [&](const QString &k) {
                    return k == QLatin1String("instance-id") ? a.instance : QString();
                }))
                continue;
            items += "<item><publicIp>" + a.publicIp.toUtf8() + "</publicIp><allocationId>" +
                     a.id.toUtf8() + "</allocationId><domain>vpc</domain>" +
                     (a.instance.isEmpty()
                          ? QByteArray()
                          : "<instanceId>" + a.instance.toUtf8() + "</instanceId><associationId>" +
                                a.association.toUtf8() + "</associationId>") +
                     tagSet(a.tags) + "</item>";
        }
        if (!ips.isEmpty() && items.isEmpty())
            return error(400, QStringLiteral("InvalidAddress.NotFound"),
                         QStringLiteral("Address '%1' not found.").arg(ips.first()));
        return {200, response(action, "<addressesSet>" + items + "</addressesSet>")};
    }
    if (action == QLatin1String("AllocateAddress")) {
        Address a;
        a.id = newId("eipalloc");
        a.publicIp = QStringLiteral("198.51.100.%1").arg(st.next++ % 250 + 1);
        a.tags = specifiedTags(p);
        st.addresses << a;
        return {200, response(action, "<publicIp>" + a.publicIp.toUtf8() +
                                          "</publicIp><domain>vpc</domain><allocationId>" +
                                          a.id.toUtf8() + "</allocationId>")};
    }
    if (action == QLatin1String("AssociateAddress")) {
        Address *a = find(st.addresses, p.value(QStringLiteral("AllocationId")));
        if (!a || !find(st.instances, p.value(QStringLiteral("InstanceId"))))
            return error(400, QStringLiteral("InvalidAllocationID.NotFound"), QStringLiteral("no"));
        a->instance = p.value(QStringLiteral("InstanceId"));
        a->association = newId("eipassoc");
        return {200, response(action, "<return>true</return><associationId>" +
                                          a->association.toUtf8() + "</associationId>")};
    }
    if (action == QLatin1String("GetConsoleOutput")) {
        Instance *i = find(st.instances, p.value(QStringLiteral("InstanceId")));
        if (!i)
            return error(400, QStringLiteral("InvalidInstanceID.NotFound"), QStringLiteral("no"));
        return {200, response(action, "<instanceId>" + i->id.toUtf8() + "</instanceId><output>" +
                                          i->console.toBase64() + "</output>")};
    }
    if (action == QLatin1String("TerminateInstances")) {
        QByteArray items;
        for (const QString &id : numbered(QStringLiteral("InstanceId"))) {
            Instance *i = find(st.instances, id);
            if (!i)
                return error(400, QStringLiteral("InvalidInstanceID.NotFound"), id);
            if (i->state != QLatin1String("terminated"))
                i->state = QStringLiteral("shutting-down");
            items += instanceXml(*i);
        }
        return {200, response(action, "<instancesSet>" + items + "</instancesSet>")};
    }
    if (action == QLatin1String("ReleaseAddress")) {
        Address *a = find(st.addresses, p.value(QStringLiteral("AllocationId")));
        if (!a)
            return error(400, QStringLiteral("InvalidAllocationID.NotFound"), QStringLiteral("no"));
        if (!a->instance.isEmpty())
            return error(400, QStringLiteral("InvalidIPAddress.InUse"),
                         QStringLiteral("Address %1 is in use.").arg(a->publicIp));
        const QString id = a->id;
        st.addresses.erase(std::remove_if(st.addresses.begin(), st.addresses.end(),
                                          [&](const Address &x) { return x.id == id; }),
                           st.addresses.end());
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("DeleteSubnet")) {
        const QString id = p.value(QStringLiteral("SubnetId"));
        for (const Instance &i : st.instances)
            if (i.subnet == id && i.state != QLatin1String("terminated"))
                return error(400, QStringLiteral("DependencyViolation"),
                             QStringLiteral("The subnet '%1' has dependencies").arg(id));
        st.subnets.erase(std::remove_if(st.subnets.begin(), st.subnets.end(),
                                        [&](const Subnet &s) { return s.id == id; }),
                         st.subnets.end());
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("DetachInternetGateway")) {
        Gateway *g = find(st.gateways, p.value(QStringLiteral("InternetGatewayId")));
        if (!g || g->vpc != p.value(QStringLiteral("VpcId")))
            return error(400, QStringLiteral("Gateway.NotAttached"), QStringLiteral("no"));
        g->vpc.clear();
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("DeleteInternetGateway")) {
        const QString id = p.value(QStringLiteral("InternetGatewayId"));
        Gateway *g = find(st.gateways, id);
        if (!g)
            return error(400, QStringLiteral("InvalidInternetGatewayID.NotFound"), id);
        if (!g->vpc.isEmpty())
            return error(400, QStringLiteral("DependencyViolation"), QStringLiteral("attached"));
        st.gateways.erase(std::remove_if(st.gateways.begin(), st.gateways.end(),
                                         [&](const Gateway &x) { return x.id == id; }),
                          st.gateways.end());
        return {200, response(action, "<return>true</return>")};
    }
    if (action == QLatin1String("DeleteVpc")) {
        const QString id = p.value(QStringLiteral("VpcId"));
        for (const Subnet &s : st.subnets)
            if (s.vpc == id)
                return error(400, QStringLiteral("DependencyViolation"),
                             QStringLiteral("The vpc '%1' has dependencies").arg(id));
        for (const Gateway &g : st.gateways)
            if (g.vpc == id)
                return error(400, QStringLiteral("DependencyViolation"),
                             QStringLiteral("The vpc '%1' has dependencies").arg(id));
        const auto inVpc = [&](const auto &r) { return r.vpc == id; };
        st.vpcs.erase(std::remove_if(st.vpcs.begin(), st.vpcs.end(),
                                     [&](const Vpc &v) { return v.id == id; }),
                      st.vpcs.end());
        st.routeTables.erase(std::remove_if(st.routeTables.begin(), st.routeTables.end(), inVpc),
                             st.routeTables.end());
        st.groups.erase(std::remove_if(st.groups.begin(), st.groups.end(), inVpc), st.groups.end());
        return {200, response(action, "<return>true</return>")};
    }
    return error(400, QStringLiteral("InvalidAction"),
                 QStringLiteral("the fake does not know %1").arg(action));
}
