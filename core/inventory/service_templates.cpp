#include "inventory/service_templates.h"

#include "inventory/value_grammar.h"

namespace hive {

namespace {

Value text(const char *s)
{
    return Value::string(QString::fromUtf8(s));
}

Value stringList(std::initializer_list<const char *> items)
{
    Value list = Value::list();
    for (const char *item : items)
        list.append(text(item));
    return list;
}

} // namespace

QList<ServiceTemplates::Template> ServiceTemplates::all()
{
    return {
        {QStringLiteral("web"), tr("Web server"),
         tr("nginx 1.27 on every hive, published on port 8080 of each host."),
         QStringLiteral("web")},
        {QStringLiteral("database"), tr("Database on a mirrored volume"),
         tr("Redis 7.4 with its data on a DRBD volume mirrored between the hives: one replica, "
            "which moves with its data when a hive fails."),
         QStringLiteral("db")},
        {QStringLiteral("worker"), tr("Worker"),
         tr("A busybox 1.36 container that runs a command and publishes nothing."),
         QStringLiteral("worker")},
    };
}

Value ServiceTemplates::make(const QString &id, const QString &name, const QList<qint64> &usedPorts,
                             const QStringList &usedVolumes)
{
    Value service = Value::map();
    if (id == QLatin1String("web")) {
        qint64 port = 8080;
        while (usedPorts.contains(port))
            ++port;
        service.insert(QStringLiteral("image"), text("nginx:1.27.3"));
        service.insert(QStringLiteral("mode"), text("global"));
        service.insert(QStringLiteral("endpoint_mode"), text("dnsrr"));
        Value published = Value::map();
        published.insert(QStringLiteral("published_port"), Value::integer(port));
        published.insert(QStringLiteral("target_port"), Value::integer(80));
        published.insert(QStringLiteral("mode"), text("host"));
        Value ports = Value::list();
        ports.append(published);
        service.insert(QStringLiteral("ports"), ports);
    } else if (id == QLatin1String("database")) {
        service.insert(QStringLiteral("image"), text("redis:7.4.1"));
        service.insert(QStringLiteral("replicas"), Value::integer(1));
        service.insert(QStringLiteral("endpoint_mode"), text("dnsrr"));
        service.insert(QStringLiteral("command"),
                       stringList({"redis-server", "--appendonly", "yes"}));
        Value drbd = Value::map();
        drbd.insert(QStringLiteral("fstype"), text("xfs"));
        drbd.insert(QStringLiteral("size"), text("1G"));
        Value volume = Value::map();
        QString source = name + QStringLiteral("_data");
        for (int n = 2; usedVolumes.contains(source); ++n)
            source = QStringLiteral("%1_data_%2").arg(name).arg(n);
        volume.insert(QStringLiteral("source"), Value::string(source));
        volume.insert(QStringLiteral("target"), text("/data"));
        volume.insert(QStringLiteral("type"), text("volume"));
        volume.insert(QStringLiteral("drbd"), drbd);
        Value volumes = Value::list();
        volumes.append(volume);
        service.insert(QStringLiteral("volumes"), volumes);
    } else if (id == QLatin1String("worker")) {
        service.insert(QStringLiteral("image"), text("busybox:1.36.1"));
        service.insert(QStringLiteral("replicas"), Value::integer(1));
        service.insert(QStringLiteral("command"),
                       stringList({"sh", "-c", "while true; do date; sleep 60; done"}));
    } else {
        return {};
    }
    return service;
}

bool ServiceTemplates::isValidName(const QString &name)
{
    return ValueGrammar::matches(ValueGrammar::Kind::SwarmName, name);
}

QString ServiceTemplates::nameGrammar()
{
    return ValueGrammar::describe(ValueGrammar::Kind::SwarmName);
}

QByteArray ServiceTemplates::emptyFile()
{
    return "# Services of this hive: add them in Hive Studio (Add Service) or here.\n"
           "plugin: hive_services\n"
           "services: {}\n";
}

} // namespace hive
