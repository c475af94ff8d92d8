#include "phases/deploy_services/service_spec_builder.h"

#include "data/quantity_text.h"
#include "inventory/inventory_loader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace hive {

namespace {

QJsonValue json(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Null:
        return QJsonValue::Null;
    case Value::Type::Bool:
        return v.toBool();
    case Value::Type::Int:
        return double(v.toInt());
    case Value::Type::Double:
        return v.toDouble();
    case Value::Type::String:
        return v.toString();
    case Value::Type::List: {
        QJsonArray a;
        for (const Value &item : v.items())
            a.append(json(item));
        return a;
    }
    case Value::Type::Map: {
        QJsonObject o;
        for (const Value::Entry &e : v.entries())
            o.insert(e.key, json(e.value));
        return o;
    }
    }
    return {};
}

// A label value: strings as they are, anything else as JSON.
QString labelText(const Value &v)
{
    if (v.isScalar())
        return v.text();
    const QJsonValue j = json(v);
    return QString::fromUtf8(j.isArray()
                                 ? QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact));
}

// A command: a list as it is, a string split like a shell would.
QJsonArray words(const Value &v)
{
    QJsonArray out;
    if (v.isList()) {
        for (const Value &item : v.items())
            out.append(item.text());
    } else if (!v.isNull()) {
        for (const QString &w : QProcess::splitCommand(v.text()))
            out.append(w);
    }
    return out;
}

QJsonArray stringList(const Value &v)
{
    QJsonArray out;
    if (v.isList()) {
        for (const Value &item : v.items())
            out.append(item.text());
    } else if (!v.isNull()) {
        out.append(v.text());
    }
    return out;
}

class Reader
{
public:
    Reader(const QString &service, QStringList &errors) : m_service(service), m_errors(errors) {}

    void duration(QJsonObject &into, const char *field, const Value &v, const QString &key)
    {
        if (v.isNull())
            return;
        qint64 ns = 0;
        if (!QuantityText::nanoseconds(v.text(), ns)) {
            m_errors << ServiceSpecBuilder::tr(
                            "service %1: %2 '%3' is not a duration (like 30s, 1m30s, 500ms)")
                            .arg(m_service, key, v.text());
            return;
        }
        into.insert(QLatin1String(field), double(ns));
    }
    void bytes(QJsonObject &into, const char *field, const Value &v, const QString &key)
    {
        if (v.isNull())
            return;
        qint64 n = 0;
        if (!QuantityText::bytes(v.text(), n)) {
            m_errors << ServiceSpecBuilder::tr(
                            "service %1: %2 '%3' is not a size (like 512M, 1G, 1048576)")
                            .arg(m_service, key, v.text());
            return;
        }
        into.insert(QLatin1String(field), double(n));
    }
    void error(const QString &message) { m_errors << message; }

private:
    QString m_service;
    QStringList &m_errors;
};

void insertIfNotEmpty(QJsonObject &o, const char *key, const QJsonValue &v)
{
    if ((v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty()) ||
        (v.isString() && v.toString().isEmpty()) || v.isNull() || v.isUndefined())
        return;
    o.insert(QLatin1String(key), v);
}

QJsonArray environment(const Value &v)
{
    QJsonArray env;
    if (v.isMap()) {
        for (const Value::Entry &e : v.entries())
            env.append(e.key + QLatin1Char('=') + e.value.text());
    } else {
        for (const Value &item : v.items())
            env.append(item.text());
    }
    return env;
}

QJsonObject labels(const Value &v)
{
    QJsonObject out;
    for (const Value::Entry &e : v.entries())
        out.insert(e.key, labelText(e.value));
    return out;
}

QJsonArray mounts(const Value &volumes)
{
    QJsonArray out;
    for (const Value &v : volumes.items()) {
        QJsonObject m;
        QString type = v.value(QStringLiteral("type")).text();
        if (type.isEmpty())
            type = QStringLiteral("volume");
        m.insert(QStringLiteral("Type"), type);
        const QString source = v.value(QStringLiteral("source")).text();
        if (!source.isEmpty())
            m.insert(QStringLiteral("Source"), source);
        m.insert(QStringLiteral("Target"), v.value(QStringLiteral("target")).text());
        const Value ro = v.value(QStringLiteral("readonly"));
        if (ro.isBool() && ro.toBool())
            m.insert(QStringLiteral("ReadOnly"), true);
        out.append(m);
    }
    return out;
}

QJsonObject endpoint(const Value &vars)
{
    QJsonObject e;
    const QString mode = vars.value(QStringLiteral("hive_endpoint_mode")).text();
    e.insert(QStringLiteral("Mode"), mode.isEmpty() ? QStringLiteral("vip") : mode);
    QJsonArray ports;
    for (const Value &p : vars.value(QStringLiteral("hive_ports")).items()) {
        QJsonObject port;
        QString protocol = p.value(QStringLiteral("protocol")).text();
        port.insert(QStringLiteral("Protocol"),
                    protocol.isEmpty() ? QStringLiteral("tcp") : protocol);
        port.insert(QStringLiteral("TargetPort"),
                    double(p.value(QStringLiteral("target_port")).toInt()));
        port.insert(QStringLiteral("PublishedPort"),
                    double(p.value(QStringLiteral("published_port")).toInt()));
        const QString publish = p.value(QStringLiteral("mode")).text();
        port.insert(QStringLiteral("PublishMode"),
                    publish.isEmpty() ? QStringLiteral("ingress") : publish);
        ports.append(port);
    }
    if (!ports.isEmpty())
        e.insert(QStringLiteral("Ports"), ports);
    return e;
}

bool subset(const QJsonValue &want, const QJsonValue &have, const QString &path, QStringList &diffs)
{
    if (diffs.size() >= 5)
        return false;
    if (want.isObject()) {
        const QJsonObject w = want.toObject();
        const QJsonObject h = have.toObject();
        bool same = true;
        for (auto it = w.begin(); it != w.end(); ++it) {
            if (!subset(it.value(), h.value(it.key()),
                        path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), diffs))
                same = false;
        }
        return same;
    }
    if (want.isArray()) {
        const QJsonArray w = want.toArray();
        const QJsonArray h = have.toArray();
        if (w.size() != h.size()) {
            diffs << path;
            return false;
        }
        bool same = true;
        for (int i = 0; i < w.size(); ++i) {
            if (!subset(w.at(i), h.at(i), path + QStringLiteral("[%1]").arg(i), diffs))
                same = false;
        }
        return same;
    }
    const bool same =
        want.isDouble() && have.isDouble() ? want.toDouble() == have.toDouble() : want == have;
    if (!same)
        diffs << path;
    return same;
}
} // namespace

QString ServiceSpecBuilder::specLabel()
{
    return QStringLiteral("studio.hive.spec");
}

bool ServiceSpecBuilder::builtHere(const LoadedInventory &loaded, const QString &service,
                                   const QString &stage)
{
    const Value vars = loaded.inventory.flattenedHostVars(service);
    const QString imageHost = vars.value(QStringLiteral("hive_image_name")).text();
    if (imageHost.isEmpty())
        return false;
    const Value image = loaded.inventory.flattenedHostVars(imageHost);
    for (const Value &s : image.value(QStringLiteral("hive_pull_on")).items()) {
        if (s.text() == stage)
            return false;
    }
    return true;
}

QString ServiceSpecBuilder::image(const LoadedInventory &loaded, const QString &service,
                                  const ServiceDeployContext &context)
{
    const Value vars = loaded.inventory.flattenedHostVars(service);
    const QString imageHost = vars.value(QStringLiteral("hive_image_name")).text();
    if (imageHost.isEmpty())
        return vars.value(QStringLiteral("hive_image")).text();
    if (!builtHere(loaded, service, context.stage)) {
        const Value image = loaded.inventory.flattenedHostVars(imageHost);
        return image.value(QStringLiteral("hive_pull_from")).text();
    }
    return context.registry + QLatin1Char('/') + imageHost + QStringLiteral(":latest");
}

QJsonObject ServiceSpecBuilder::build(const LoadedInventory &loaded, const QString &service,
                                      const ServiceDeployContext &context,
                                      const QString &imageReference, QStringList &errors)
{
    const Value vars = loaded.inventory.flattenedHostVars(service);
    auto var = [&vars](const char *name) { return vars.value(QLatin1String(name)); };
    Reader read(service, errors);

    QJsonObject container;
    container.insert(QStringLiteral("Image"), imageReference);
    // The container's host name is the service's, as hive-builder sets it.
    container.insert(QStringLiteral("Hostname"), service);
    QJsonObject containerLabels = labels(var("hive_labels"));
    const Value standalone = var("hive_standalone");
    if (standalone.isBool() && standalone.toBool())
        containerLabels.insert(QStringLiteral("HIVE_STANDALONE"), QStringLiteral("true"));
    insertIfNotEmpty(container, "Labels", containerLabels);
    // Docker's names: Command is the entrypoint, Args the command.
    insertIfNotEmpty(container, "Command", words(var("hive_entrypoint")));
    insertIfNotEmpty(container, "Args", words(var("hive_command")));
    QJsonArray env = environment(var("hive_environment"));
    for (const QPair<QString, QString> &setting : context.proxyEnvironment) {
        const QString &name = setting.first;
        const QString &value = setting.second;
        const QString prefix = name + QLatin1Char('=');
        const bool own = std::any_of(env.cbegin(), env.cend(), [&](const QJsonValue &e) {
            return e.toString().startsWith(prefix) || e.toString() == name;
        });
        if (!own)
            env.append(prefix + value);
    }
    insertIfNotEmpty(container, "Env", env);
    insertIfNotEmpty(container, "Dir", var("hive_working_dir").text());
    insertIfNotEmpty(container, "User", var("hive_user").text());
    insertIfNotEmpty(container, "Mounts", mounts(var("hive_volumes")));
    QJsonArray hosts;
    for (const auto &[name, address] : context.servers) {
        const QString shortName = name.section(QLatin1Char('.'), 0, 0);
        hosts.append(address + QLatin1Char(' ') + name +
                     (shortName != name ? QLatin1Char(' ') + shortName : QString()));
    }
    const Value ownHosts = var("hive_hosts");
    for (const Value::Entry &e : ownHosts.entries())
        hosts.append(e.value.text() + QLatin1Char(' ') + e.key);
    insertIfNotEmpty(container, "Hosts", hosts);
    const QJsonArray dns = stringList(var("hive_dns"));
    if (!dns.isEmpty())
        container.insert(QStringLiteral("DNSConfig"),
                         QJsonObject{{QStringLiteral("Nameservers"), dns}});
    const Value health = var("hive_healthcheck");
    if (health.isMap()) {
        QJsonObject h;
        const Value test = health.value(QStringLiteral("test"));
        const Value disable = health.value(QStringLiteral("disable"));
        QJsonArray t;
        if (disable.isBool() && disable.toBool()) {
            t.append(QStringLiteral("NONE"));
        } else if (test.isList()) {
            t = stringList(test);
            const QString first = t.isEmpty() ? QString() : t.first().toString();
            if (first != QLatin1String("CMD") && first != QLatin1String("CMD-SHELL") &&
                first != QLatin1String("NONE"))
                t.prepend(QStringLiteral("CMD"));
        } else if (!test.isNull()) {
            t = QJsonArray{QStringLiteral("CMD-SHELL"), test.text()};
        }
        insertIfNotEmpty(h, "Test", t);
        read.duration(h, "Interval", health.value(QStringLiteral("interval")),
                      QStringLiteral("healthcheck.interval"));
        read.duration(h, "Timeout", health.value(QStringLiteral("timeout")),
                      QStringLiteral("healthcheck.timeout"));
        read.duration(h, "StartPeriod", health.value(QStringLiteral("start_period")),
                      QStringLiteral("healthcheck.start_period"));
        const Value retries = health.value(QStringLiteral("retries"));
        if (retries.isInt())
            h.insert(QStringLiteral("Retries"), double(retries.toInt()));
        insertIfNotEmpty(container, "Healthcheck", h);
    }
    read.duration(container, "StopGracePeriod", var("hive_stop_grace_period"),
                  QStringLiteral("stop_grace_period"));
    insertIfNotEmpty(container, "CapabilityAdd", stringList(var("hive_cap_add")));
    insertIfNotEmpty(container, "CapabilityDrop", stringList(var("hive_cap_drop")));
    QJsonObject sysctls;
    for (const Value::Entry &e : var("hive_sysctls").entries())
        sysctls.insert(e.key, e.value.text());
    insertIfNotEmpty(container, "Sysctls", sysctls);

    QJsonObject task;
    task.insert(QStringLiteral("ContainerSpec"), container);
    QJsonObject limits;
    const Value cpu = var("hive_cpu_limit");
    if (cpu.isInt() || cpu.isDouble())
        limits.insert(QStringLiteral("NanoCPUs"), double(qint64(cpu.toDouble() * 1e9)));
    read.bytes(limits, "MemoryBytes", var("hive_mem_limit"), QStringLiteral("mem_limit"));
    if (!limits.isEmpty())
        task.insert(QStringLiteral("Resources"), QJsonObject{{QStringLiteral("Limits"), limits}});
    const Value restart = var("hive_restart_config");
    if (restart.isMap()) {
        QJsonObject r;
        insertIfNotEmpty(r, "Condition", restart.value(QStringLiteral("condition")).text());
        read.duration(r, "Delay", restart.value(QStringLiteral("delay")),
                      QStringLiteral("restart_config.delay"));
        read.duration(r, "Window", restart.value(QStringLiteral("window")),
                      QStringLiteral("restart_config.window"));
        const Value attempts = restart.value(QStringLiteral("max_attempts"));
        if (attempts.isInt())
            r.insert(QStringLiteral("MaxAttempts"), double(attempts.toInt()));
        insertIfNotEmpty(task, "RestartPolicy", r);
    }
    const Value placement = var("hive_placement");
    if (placement.isMap()) {
        QJsonObject p;
        insertIfNotEmpty(p, "Constraints",
                         stringList(placement.value(QStringLiteral("constraints"))));
        QJsonArray preferences;
        for (const Value &pref : placement.value(QStringLiteral("preferences")).items()) {
            const QString spread = pref.value(QStringLiteral("spread")).text();
            if (!spread.isEmpty())
                preferences.append(
                    QJsonObject{{QStringLiteral("Spread"),
                                 QJsonObject{{QStringLiteral("SpreadDescriptor"), spread}}}});
        }
        insertIfNotEmpty(p, "Preferences", preferences);
        const Value maxReplicas = placement.value(QStringLiteral("max_replicas"));
        if (maxReplicas.isInt())
            p.insert(QStringLiteral("MaxReplicas"), double(maxReplicas.toInt()));
        insertIfNotEmpty(task, "Placement", p);
    }
    // Networks: the service's own, or every network of the stage.
    QStringList networkNames;
    QHash<QString, QJsonArray> aliases;
    const Value networks = var("hive_networks");
    if (networks.isMap()) {
        for (const Value::Entry &e : networks.entries()) {
            networkNames << e.key;
            aliases.insert(e.key, stringList(e.value.value(QStringLiteral("aliases"))));
        }
    } else if (networks.isList()) {
        for (const Value &n : networks.items())
            networkNames << n.text();
    } else {
        networkNames = context.networks;
    }
    QJsonArray attachments;
    for (const QString &n : std::as_const(networkNames)) {
        const QString id = context.networkIds.value(n);
        if (id.isEmpty()) {
            read.error(tr("service %1: network %2 does not exist on the swarm; run `hive "
                          "build-networks` (or define it in the service file's networks)")
                           .arg(service, n));
            continue;
        }
        QJsonObject a{{QStringLiteral("Target"), id}};
        insertIfNotEmpty(a, "Aliases", aliases.value(n));
        attachments.append(a);
    }
    insertIfNotEmpty(task, "Networks", attachments);
    const Value logging = var("hive_logging");
    QJsonObject log;
    if (logging.isMap()) {
        log.insert(QStringLiteral("Name"), logging.value(QStringLiteral("driver")).text());
        QJsonObject options;
        for (const Value::Entry &e : logging.value(QStringLiteral("options")).entries())
            options.insert(e.key, e.value.text());
        insertIfNotEmpty(log, "Options", options);
    } else if (!context.syslogAddress.isEmpty()) {
        log.insert(QStringLiteral("Name"), QStringLiteral("syslog"));
        log.insert(QStringLiteral("Options"),
                   QJsonObject{{QStringLiteral("syslog-address"), context.syslogAddress},
                               {QStringLiteral("tag"), service}});
    }
    insertIfNotEmpty(task, "LogDriver", log);

    QJsonObject spec;
    spec.insert(QStringLiteral("Name"), service);
    insertIfNotEmpty(spec, "Labels", labels(var("hive_labels")));
    spec.insert(QStringLiteral("TaskTemplate"), task);
    if (var("hive_mode").text() == QLatin1String("global")) {
        spec.insert(QStringLiteral("Mode"), QJsonObject{{QStringLiteral("Global"), QJsonObject()}});
    } else {
        const Value replicas = var("hive_replicas");
        spec.insert(QStringLiteral("Mode"),
                    QJsonObject{{QStringLiteral("Replicated"),
                                 QJsonObject{{QStringLiteral("Replicas"),
                                              double(replicas.isInt() && replicas.toInt() >= 0
                                                         ? replicas.toInt()
                                                         : 1)}}}});
    }
    spec.insert(QStringLiteral("EndpointSpec"), endpoint(vars));
    QJsonObject specLabels = spec.value(QStringLiteral("Labels")).toObject();
    specLabels.insert(specLabel(), digest(spec));
    spec.insert(QStringLiteral("Labels"), specLabels);
    return spec;
}

void ServiceSpecBuilder::keepDeployedReplicas(const LoadedInventory &loaded, const QString &service,
                                              QJsonObject &wanted, const QJsonObject &actualSpec)
{
    const Value replicas =
        loaded.inventory.flattenedHostVars(service).value(QStringLiteral("hive_replicas"));
    if (replicas.isInt() && replicas.toInt() >= 0)
        return;
    const QJsonObject deployed = actualSpec.value(QStringLiteral("Mode"))
                                     .toObject()
                                     .value(QStringLiteral("Replicated"))
                                     .toObject();
    QJsonObject mode = wanted.value(QStringLiteral("Mode")).toObject();
    if (!deployed.contains(QStringLiteral("Replicas")) ||
        !mode.contains(QStringLiteral("Replicated")))
        return;
    mode.insert(
        QStringLiteral("Replicated"),
        QJsonObject{{QStringLiteral("Replicas"), deployed.value(QStringLiteral("Replicas"))}});
    wanted.insert(QStringLiteral("Mode"), mode);
}

QStringList ServiceSpecBuilder::differences(const QJsonObject &wanted, const QJsonObject &actual)
{
    QStringList diffs;
    subset(wanted, actual, QString(), diffs);
    return diffs;
}

QString ServiceSpecBuilder::digest(const QJsonObject &spec)
{
    QJsonObject copy = spec;
    QJsonObject l = copy.value(QStringLiteral("Labels")).toObject();
    l.remove(specLabel());
    if (l.isEmpty())
        copy.remove(QStringLiteral("Labels"));
    else
        copy.insert(QStringLiteral("Labels"), l);
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(copy).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

} // namespace hive
