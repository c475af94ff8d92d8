#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hive {

struct LoadedInventory;
struct StagePlan;

// The virtual machines of a `vagrant` stage, read from the inventory as
// hive-builder's roles/vagrant reads it: one machine per host with its name,
// hive_private_ip and netmask on a private network (or a public one bridged
// with `bridge`, or libvirt's existing bridge `dev`), memory and CPUs
// (repository_memory_size / repository_cpus for a repository server of its
// own), the root disk grown to disk_size, a second disk of
// mirrored_disk_size on hives, the box of image_name (else the variable
// hive_vagrant_box_name, else almalinux/9) and a proxy (vagrant_proxy).
// vagrantfile() is the Vagrantfile build-infra writes into the context dir:
// every value is in it, checked against its grammar and quoted for Ruby.
struct VagrantPlan
{
    Q_DECLARE_TR_FUNCTIONS(hive::VagrantPlan)
public:
    struct Machine
    {
        QString name;
        QString ip;
        QString netmask;
        bool isRepository = false; // a repository server of its own
        int memoryMiB = 0;         // 0: the box's
        int cpus = 0;              // 0: the box's
        int diskGiB = 0;           // 0: the box's root disk as it is
        int mirroredGiB = 0;       // 0: no second disk
    };

    QString hiveName;
    QString stage;
    QString box;
    QString bridge;  // a public network bridged through a new bridge of this name
    QString dev;     // ... through this existing bridge (libvirt)
    QString proxy;   // http(s) proxy the VMs use (vagrant-proxyconf)
    QString noProxy; // hosts that go around it
    bool insertKey = true;
    QList<Machine> machines;

    static constexpr const char *kDefaultBox = "almalinux/9";

    // False with every reason in `errors` (the attribute and host named).
    static bool make(const LoadedInventory &loaded, const StagePlan &stage, VagrantPlan &out,
                     QStringList &errors);
    QByteArray vagrantfile() const;
    // The script a machine with disk_size runs once, as root, to grow its
    // root partition and file system to the disk.
    static QByteArray growRootScript();
    static constexpr const char *kGrowRootScriptName = "growfs.sh";
    bool growsRoot() const;
    // Where a machine's mirrored disk is kept on VirtualBox (libvirt keeps
    // it in its storage pool and removes it with the machine).
    static QString virtualBoxDiskName(const QString &machine);
    // The line of the Vagrantfile that defines a machine.
    static QString defineLine(const QString &machine);
};

} // namespace hive
