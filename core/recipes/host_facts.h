#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hive {

// What setup-hosts needs to know about a host's operating system, read from
// its /etc/os-release first: the family picks the package manager, service
// names and paths.
struct HostFacts
{
    Q_DECLARE_TR_FUNCTIONS(hive::HostFacts)
public:
    enum class Family
    {
        Unknown,
        Debian, // Debian 12, Ubuntu 22.04+
        Rhel,   // AlmaLinux, Rocky, CentOS Stream, RHEL 8/9
    };

    Family family = Family::Unknown;
    QString id;        // debian, ubuntu, almalinux, rocky, centos, rhel
    QString versionId; // "12", "22.04", "9.3"
    QString prettyName;

    int majorVersion() const;
    bool isRhel() const { return family == Family::Rhel; }
    // False, with the reason, for an OS setup-hosts does not support.
    bool supported(QString &why) const;

    // The shell command that installs the packages that are missing (and
    // nothing when all are there).
    QString installPackages(const QStringList &packages) const;
    // The shell command that exits 0 when all the packages are installed.
    QString packagesInstalled(const QStringList &packages) const;
    // Names that differ between the families.
    QString sshService() const { return isRhel() ? QStringLiteral("sshd") : QStringLiteral("ssh"); }
    QString chronyConfig() const
    {
        return isRhel() ? QStringLiteral("/etc/chrony.conf")
                        : QStringLiteral("/etc/chrony/chrony.conf");
    }
    QString chronyService() const
    {
        return isRhel() ? QStringLiteral("chronyd") : QStringLiteral("chrony");
    }
    // Where the hive CA is put for the system's trust store.
    QString caTrustFile() const;
    // The command that makes the system trust caTrustFile(): on Debian the
    // script caTrustScript() installs, which adds a first CA without going
    // through every certificate on the host (update-ca-certificates does:
    // seconds a host); RHEL's update-ca-trust is quick.
    QString caTrustUpdate() const;
    // The script at caTrustUpdate() (empty where none is needed).
    QByteArray caTrustScript() const;

    static HostFacts fromOsRelease(const QByteArray &text);
    // For golden files and tests of the RHEL paths.
    static HostFacts almaLinux9();
    static HostFacts debian12();
};

} // namespace hive
