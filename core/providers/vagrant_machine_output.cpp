#include "providers/vagrant_machine_output.h"

namespace hive {

bool VagrantMachineOutput::parse(const QString &line, Record &out)
{
    const QStringList fields = line.trimmed().split(QLatin1Char(','));
    if (fields.size() < 3)
        return false;
    bool ok = false;
    fields.at(0).toLongLong(&ok);
    if (!ok)
        return false;
    out.target = fields.at(1);
    out.type = fields.at(2);
    out.data.clear();
    for (qsizetype i = 3; i < fields.size(); ++i) {
        QString d = fields.at(i);
        d.replace(QLatin1String("%!(VAGRANT_COMMA)"), QLatin1String(","));
        d.replace(QLatin1String("\\n"), QLatin1String("\n"));
        d.replace(QLatin1String("\\r"), QString());
        out.data << d;
    }
    return true;
}

QList<VagrantMachineOutput::Record> VagrantMachineOutput::parseAll(const QString &output)
{
    QList<Record> out;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        Record r;
        if (parse(line, r))
            out << r;
    }
    return out;
}

QHash<QString, QString> VagrantMachineOutput::states(const QList<Record> &records)
{
    QHash<QString, QString> out;
    for (const Record &r : records)
        if (r.type == QLatin1String("state") && !r.target.isEmpty() && !r.data.isEmpty())
            out.insert(r.target, r.data.first());
    return out;
}

QStringList VagrantMachineOutput::boxes(const QList<Record> &records)
{
    // box-name, box-provider, box-version… follow one another per box.
    QStringList out;
    QString name;
    for (const Record &r : records) {
        if (r.data.isEmpty())
            continue;
        if (r.type == QLatin1String("box-name"))
            name = r.data.first();
        else if (r.type == QLatin1String("box-provider") && !name.isEmpty())
            out << name + QLatin1Char(' ') + r.data.first();
    }
    return out;
}

QStringList VagrantMachineOutput::plugins(const QList<Record> &records)
{
    QStringList out;
    for (const Record &r : records)
        if (r.type == QLatin1String("plugin-name") && !r.data.isEmpty())
            out << r.data.first();
    return out;
}

QString VagrantMachineOutput::error(const QList<Record> &records)
{
    QString last;
    for (const Record &r : records) {
        if (r.type == QLatin1String("error-exit") && r.data.size() >= 2)
            return r.data.mid(1).join(QLatin1Char(',')).trimmed();
        if (r.type == QLatin1String("ui") && r.data.size() >= 2 &&
            r.data.first() == QLatin1String("error"))
            last = r.data.mid(1).join(QLatin1Char(',')).trimmed();
    }
    return last;
}

QString VagrantMachineOutput::uiText(const Record &record)
{
    if (record.type != QLatin1String("ui") || record.data.size() < 2)
        return {};
    QString text = record.data.mid(1).join(QLatin1Char(',')).trimmed();
    const QString prefix = QStringLiteral("==> %1: ").arg(record.target);
    if (!record.target.isEmpty() && text.startsWith(prefix))
        text = text.mid(prefix.size());
    return text;
}

QString VagrantMachineOutput::advice(const QString &error)
{
    const auto has = [&](const char *text) {
        return error.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("/dev/kvm") || has("KVM is not available") || has("kvm: permission denied") ||
        has("domaintype=kvm"))
        return tr("This machine cannot run KVM virtual machines: turn on virtualization "
                  "(VT-x or AMD-V) in its firmware, or nested virtualization when it is a VM "
                  "itself, and add your user to the kvm group.");
    if (has("could not be found") && has("box"))
        return tr("The box is not on Vagrant Cloud under that name: check the stage's "
                  "image_name (or hive_vagrant_box_name), and that it is published for this "
                  "provider.");
    if (has("libvirt") && (has("connect") || has("socket") || has("permission")))
        return tr("Vagrant cannot reach libvirt: start it (`sudo systemctl start libvirtd`) and "
                  "add your user to the libvirt group (`sudo adduser $USER libvirt`, then log "
                  "in again).");
    if (has("provider") && (has("not usable") || has("isn't installed") || has("could not find")))
        return tr("Vagrant has no usable provider: install vagrant-libvirt (`sudo apt install "
                  "vagrant-libvirt libvirt-daemon-system`) or VirtualBox.");
    if (has("host-only network") && has("allowed ranges"))
        return tr("VirtualBox allows host-only networks in 192.168.56.0/21 only: give the stage "
                  "a cidr there, or list its range in /etc/vbox/networks.conf (`* %1`).")
            .arg(QStringLiteral("192.168.0.0/16"));
    if (has("Name `") && has("already"))
        return tr("A virtual machine of that name is already there that Vagrant does not know "
                  "from this folder (made elsewhere, or left by a run that was cut short): "
                  "remove it (`virsh destroy` and `virsh undefine`, or VirtualBox's manager), "
                  "then run build-infra again.");
    return {};
}

} // namespace hive
