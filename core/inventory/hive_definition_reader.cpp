#include "inventory/hive_definition_reader.h"

#include "inventory/ipv4_network.h"
#include "inventory/schema.h"
#include "inventory/schema_checker.h"
#include "inventory/value_grammar.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::HiveDefinitionReader", text);
}

QString str(const char *latin)
{
    return QString::fromLatin1(latin);
}

// Hosts of a stage are spread over subnets in turn; each subnet hands out its
// addresses in order, after skipping the ones the IaaS keeps for itself.
struct SubnetAllocator
{
    QString name;
    Ipv4Network network;
    bool valid = false;
    quint64 next = 0;
    Value availableZone; // null when the subnet names none
    SourceMark mark;
    bool exhaustedReported = false;
};

constexpr int kMaxHosts = 1024;
} // namespace

HiveModel HiveDefinitionReader::read(const Value &root, const QString &file)
{
    HiveModel model;
    model.file = file;
    SchemaChecker top(m_diags, {});
    if (!top.checkMapping(root, AttributeScope::HiveFile, tr("the hive definition")))
        return model;

    for (const char *g : {"servers", "hives", "repository", "first_hive", "mother", "hosts"})
        m_inventory.addGroup(str(g));
    m_inventory.addChild(str("servers"), str("hives"));
    m_inventory.addChild(str("servers"), str("repository"));
    m_inventory.addChild(str("hosts"), str("servers"));
    m_inventory.addChild(str("hosts"), str("mother"));

    const Value *name = root.find(str("name"));
    if (!name || !name->isString())
        return model; // reported by the schema check
    if (name->toString().trimmed().isEmpty()) {
        top.error(str("bad-value"), tr("the hive name must not be empty"), name->mark(),
                  str("name"));
        return model;
    }
    // The hive name is part of every host name, certificate and ssh_config entry.
    if (!ValueGrammar::check(ValueGrammar::Kind::DnsName, name->toString(), tr("the hive name"),
                             name->mark(), str("name"), top))
        return model;
    model.name = name->toString();
    m_inventory.setVariable(str("all"), str("hive_name"), *name);

    const Value *stages = root.find(str("stages"));
    if (!stages || !stages->isMap())
        return model;
    if (stages->size() == 0)
        top.warning(str("no-stages"), tr("no stage is defined: the hive has no hosts"),
                    stages->mark(), str("stages"));
    for (const Value::Entry &entry : stages->entries())
        readStage(model.name, entry, model);
    return model;
}

void HiveDefinitionReader::readStage(const QString &hiveName, const Value::Entry &entry,
                                     HiveModel &model)
{
    const QString stageName = entry.key;
    const Value &st = entry.value;
    SchemaChecker base(m_diags, {stageName, {}, {}});
    if (!Schema::stages().contains(stageName)) {
        base.error(
            str("bad-stage"),
            tr("unknown stage '%1'; stages are private, staging and production").arg(stageName),
            entry.keyMark);
        return;
    }
    QString provider;
    if (const Value *p = st.find(str("provider"));
        p && p->isString() && Schema::providers().contains(p->toString()))
        provider = p->toString();
    SchemaChecker checker(m_diags, {stageName, {}, provider});
    if (!checker.checkMapping(st, AttributeScope::Stage, tr("stage %1").arg(stageName)))
        return;

    StagePlan plan;
    plan.name = stageName;
    plan.prefix = HiveModel::prefixFor(stageName);
    plan.provider = provider;
    plan.definition = st;
    plan.mark = entry.keyMark;

    auto has = [&](const char *key) { return st.contains(str(key)); };
    auto get = [&](const char *key) { return st.value(str(key)); };

    // Cross-attribute rules.
    for (const char *enc :
         {"disk_encrypted", "mirrored_disk_encrypted", "repository_disk_encrypted"}) {
        if (has(enc) && !has("kms_key_id"))
            checker.error(str("needs-kms-key"),
                          tr("'%1' needs 'kms_key_id' in the same stage").arg(str(enc)),
                          st.findEntry(str(enc))->keyMark, str(enc));
    }
    const Value separateValue = get("separate_repository");
    plan.separateRepository = separateValue.isBool() ? separateValue.toBool() : true;
    if (has("shared_repository") && !plan.separateRepository)
        checker.error(str("shared-repository"),
                      tr("'shared_repository' needs 'separate_repository: true'"),
                      st.findEntry(str("shared_repository"))->keyMark, str("shared_repository"));

    int count = plan.separateRepository ? 4 : 3;
    if (const Value n = get("number_of_hosts"); n.isInt()) {
        if (n.toInt() < 1 || n.toInt() > kMaxHosts) {
            checker.error(str("bad-value"),
                          tr("'number_of_hosts' must be between 1 and %1, not %2")
                              .arg(kMaxHosts)
                              .arg(n.toInt()),
                          n.mark(), str("number_of_hosts"));
            return;
        }
        count = int(n.toInt());
    }
    const Value ipList = get("ip_address_list");
    if (ipList.isList()) {
        if (ipList.size() == 0 || ipList.size() > kMaxHosts) {
            checker.error(
                str("bad-value"),
                tr("'ip_address_list' must hold between 1 and %1 addresses").arg(kMaxHosts),
                ipList.mark(), str("ip_address_list"));
            return;
        }
        if (has("number_of_hosts") && get("number_of_hosts").isInt() &&
            get("number_of_hosts").toInt() != ipList.size())
            checker.warning(str("host-count-mismatch"),
                            tr("number_of_hosts is %1 but ip_address_list has %2 addresses; the "
                               "list decides")
                                .arg(get("number_of_hosts").toInt())
                                .arg(ipList.size()),
                            get("number_of_hosts").mark(), str("number_of_hosts"));
        count = ipList.size();
        QSet<QString> seen;
        for (const Value &ip : ipList.items()) {
            if (seen.contains(ip.scalarText()))
                checker.error(
                    str("duplicate-address"),
                    tr("address %1 is listed twice in ip_address_list").arg(ip.scalarText()),
                    ip.mark(), str("ip_address_list"));
            seen.insert(ip.scalarText());
        }
    }

    if (const Value c = get("custom_hostname"); c.isString() || !has("custom_hostname")) {
        plan.customHostname = c.isString() ? c.toString() : str("hive");
        static const QRegularExpression re(str("^[a-z0-9][a-z0-9-]*[a-z0-9]$"));
        if (!re.match(plan.customHostname).hasMatch() ||
            plan.customHostname.size() + hiveName.size() >= 55) {
            checker.error(str("bad-hostname"),
                          tr("custom_hostname '%1' must be lower-case letters, digits and "
                             "hyphens (not at either end), and custom_hostname + hive name "
                             "must be shorter than 55 characters")
                              .arg(plan.customHostname),
                          c.isString() ? c.mark() : entry.keyMark, str("custom_hostname"));
            return;
        }
    }

    m_inventory.addGroup(stageName);
    if (!provider.isEmpty())
        m_inventory.setVariable(stageName, str("hive_provider"), get("provider"));
    m_inventory.setVariable(stageName, str("hive_custom_hostname"),
                            Value::string(plan.customHostname));

    // The mother host carries the stage-wide values.
    plan.motherName = plan.prefix + str("mother.") + hiveName;
    m_inventory.addHost(plan.motherName, str("mother"));
    m_inventory.addHost(plan.motherName, stageName);
    const Value cidrValue = get("cidr");
    if (cidrValue.isString())
        plan.cidr = cidrValue.toString();
    m_inventory.setVariable(plan.motherName, str("hive_cidr"), cidrValue);
    // Pinned host keys: an address, then one fingerprint or a list of them.
    if (const Value keys = get("host_keys"); keys.isMap()) {
        for (const Value::Entry &e : keys.entries()) {
            if (QHostAddress(e.key).isNull())
                checker.error(str("bad-value"),
                              tr("host_keys: '%1' is not an address; the keys are pinned per "
                                 "hive_private_ip")
                                  .arg(e.key),
                              e.keyMark, str("host_keys"));
            const Value::List prints = e.value.isList() ? e.value.items() : Value::List{e.value};
            for (const Value &print : prints)
                ValueGrammar::check(ValueGrammar::Kind::SshFingerprint, print.scalarText(),
                                    tr("the host key of %1").arg(e.key), print.mark(),
                                    str("host_keys"), checker, true);
        }
    }
    // Docker takes a data path port from 1024 to 49151 (or its own 4789).
    if (const Value port = get("data_path_port"); port.isInt()) {
        const qint64 n = port.toInt();
        if (n != StagePlan::kDefaultDataPathPort && (n < 1024 || n > 49151))
            checker.error(str("bad-value"),
                          tr("data_path_port must be from 1024 to 49151 (Docker's range; 8472 "
                             "is the usual choice where 4789 is taken)"),
                          port.mark(), str("data_path_port"));
    }
    for (const char *key :
         {"prepared_resource_group", "not_support_az", "region", "bridge", "dev", "vagrant_proxy",
          "kickstart_config", "filestore_cidr", "shared_repository"}) {
        if (has(key))
            m_inventory.setVariable(plan.motherName, str("hive_") + str(key), get(key));
    }

    // Subnets and their addresses.
    QList<SubnetAllocator> subnets;
    const Value subnetsValue = get("subnets");
    if (!has("subnets")) {
        SubnetAllocator s;
        s.name = hiveName + str("-default");
        s.mark = cidrValue.mark();
        QString problem;
        s.valid =
            cidrValue.isString() && Ipv4Network::parse(cidrValue.toString(), s.network, problem);
        s.next = 3; // the gateway and two more addresses are the IaaS's
        Value listed = Value::map();
        listed.insert(str("cidr"), cidrValue);
        listed.insert(str("name"), Value::string(s.name));
        m_inventory.setVariable(plan.motherName, str("hive_subnets"), Value::list({listed}));
        subnets << s;
    } else if (subnetsValue.isList()) {
        if (subnetsValue.size() == 0) {
            checker.error(str("bad-value"), tr("'subnets' is empty; remove it or list a subnet"),
                          subnetsValue.mark(), str("subnets"));
            return;
        }
        int index = 0;
        for (const Value &sub : subnetsValue.items()) {
            SubnetAllocator s;
            s.mark = sub.mark();
            const QString what = tr("subnet %1 of stage %2").arg(index).arg(stageName);
            if (checker.checkMapping(sub, AttributeScope::Subnet, what)) {
                const Value n = sub.value(str("name"));
                s.name = n.isString() ? n.toString()
                                      : plan.prefix + str("subnet") + QString::number(index);
                s.availableZone = sub.value(str("available_zone"));
                const Value c = sub.value(str("cidr"));
                QString problem;
                s.valid = c.isString() && Ipv4Network::parse(c.toString(), s.network, problem);
                s.next = 4; // AWS keeps the first three addresses after the gateway
            }
            subnets << s;
            ++index;
        }
        m_inventory.setVariable(plan.motherName, str("hive_subnets"), subnetsValue);
    } else {
        return; // wrong type, reported
    }

    const bool useList = ipList.isList() && !has("subnets");
    QString netmaskForList;
    if (useList && subnets.first().valid)
        netmaskForList = subnets.first().network.netmask();

    const Value region = get("region");
    const Value suffixes = has("az_suffix_list")
                               ? get("az_suffix_list")
                               : Value::list({Value::string(str("-a")), Value::string(str("-b")),
                                              Value::string(str("-c"))});

    for (int idx = 0; idx < count; ++idx) {
        HostPlan host;
        host.index = idx;
        host.name =
            plan.prefix + plan.customHostname + QString::number(idx) + QLatin1Char('.') + hiveName;
        const bool last = idx == count - 1;
        host.isRepository = last;
        host.isHive = !last || !plan.separateRepository;
        m_inventory.addHost(host.name, stageName);
        auto setVar = [&](const QString &key, const Value &v) {
            m_inventory.setHostVariable(host.name, key, v);
        };
        for (const char *key :
             {"root_password", "kernel_version", "drbd_download_url", "internal_cidr",
              "internal_cidr_v6", "kms_key_id", "shared_repository"}) {
            if (has(key))
                setVar(str("hive_") + str(key), get(key));
        }
        auto setHiveSizes = [&]() {
            for (const char *key :
                 {"memory_size", "cpus", "disk_size", "disk_encrypted", "instance_type",
                  "mirrored_disk_size", "mirrored_disk_encrypted"}) {
                if (has(key))
                    setVar(str("hive_") + str(key), get(key));
            }
        };
        if (host.isHive) {
            m_inventory.addHost(host.name, str("hives"));
            setHiveSizes();
        }
        if (host.isRepository) {
            m_inventory.addHost(host.name, str("repository"));
            for (const char *key :
                 {"memory_size", "cpus", "disk_size", "disk_encrypted", "instance_type"}) {
                const QString repoKey = str("repository_") + str(key);
                if (st.contains(repoKey))
                    setVar(str("hive_") + str(key), st.value(repoKey));
            }
        }
        if (has("image_name"))
            setVar(str("hive_vm_image_name"), get("image_name"));

        SubnetAllocator &subnet = subnets[idx % subnets.size()];
        host.subnet = subnet.name;
        setVar(str("hive_subnet"), Value::string(subnet.name));
        if (region.isString()) {
            Value az;
            if (provider == QLatin1String("azure")) {
                az = Value::integer(idx % 3 + 1);
            } else if (suffixes.isList() && suffixes.size() > 0) {
                az = Value::string(region.toString() +
                                   suffixes.items()[size_t(idx % suffixes.size())].scalarText());
            }
            if (!subnet.availableZone.isNull())
                az = subnet.availableZone;
            host.availabilityZone = az;
            setVar(str("hive_available_zone"), az);
        }

        if (useList) {
            host.privateIp = ipList.items()[size_t(idx)].scalarText();
            host.netmask = netmaskForList;
            quint32 address = 0;
            if (subnet.valid && Ipv4Network::parseAddress(host.privateIp, address) &&
                !subnet.network.contains(address))
                checker.warning(str("address-outside-cidr"),
                                tr("address %1 of host %2 is outside the stage's cidr %3")
                                    .arg(host.privateIp, host.name, subnet.network.toString()),
                                ipList.items()[size_t(idx)].mark(), str("ip_address_list"));
        } else if (subnet.valid) {
            if (subnet.next >= subnet.network.hostCount()) {
                if (!subnet.exhaustedReported) {
                    checker.error(
                        str("addresses-exhausted"),
                        tr("stage %1: subnet %2 (%3) has no address left for host %4; "
                           "use a larger cidr or fewer hosts")
                            .arg(stageName, subnet.name, subnet.network.toString(), host.name),
                        subnet.mark, str("cidr"));
                    subnet.exhaustedReported = true;
                }
            } else {
                host.privateIp = Ipv4Network::formatAddress(subnet.network.host(subnet.next++));
                host.netmask = subnet.network.netmask();
            }
        }
        if (!host.privateIp.isEmpty()) {
            setVar(str("hive_private_ip"), Value::string(host.privateIp));
            setVar(str("hive_netmask"), Value::string(host.netmask));
        }
        plan.hosts << host;
    }

    // first_hive: the host the swarm is built around (persistent per stage).
    const int first = m_firstHive.value(stageName, 0);
    const QString firstName =
        plan.prefix + plan.customHostname + QString::number(first) + QLatin1Char('.') + hiveName;
    bool firstIsHive = false;
    for (const HostPlan &h : plan.hosts)
        firstIsHive = firstIsHive || (h.name == firstName && h.isHive);
    if (firstIsHive) {
        plan.firstHive = firstName;
        m_inventory.addHost(firstName, str("first_hive"));
        for (const HostPlan &h : plan.hosts) {
            if (h.isHive)
                m_inventory.setHostVariable(h.name, str("hive_swarm_master"),
                                            Value::string(firstName));
        }
    } else {
        checker.warning(str("first-hive-missing"),
                        tr("first_hive is %1 but stage %2 has no hive host %3; set it with "
                           "'hive set first_hive N'")
                            .arg(first)
                            .arg(stageName, firstName),
                        entry.keyMark, str("first_hive"));
    }
    // A pin for an address no host of the stage has is never used: a typo
    // would leave a host unpinned without a word.
    if (const Value keys = get("host_keys"); keys.isMap()) {
        QSet<QString> addresses;
        for (const HostPlan &h : plan.hosts)
            addresses.insert(h.privateIp);
        for (const Value::Entry &e : keys.entries()) {
            if (!QHostAddress(e.key).isNull() && !addresses.contains(e.key))
                checker.warning(str("unused-pin"),
                                tr("host_keys: %1 is not the address of a host of stage %2 (%3)")
                                    .arg(e.key, stageName,
                                         QStringList(addresses.begin(), addresses.end())
                                             .join(QStringLiteral(", "))),
                                e.keyMark, str("host_keys"));
        }
    }
    model.stages << plan;
}

} // namespace hive
