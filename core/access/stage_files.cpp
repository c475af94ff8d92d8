#include "access/stage_files.h"

#include "inventory/inventory_loader.h"
#include "project/context_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace hive {

namespace {

QString absolute(const QString &path)
{
    return QDir(path).absolutePath();
}

} // namespace

QString StageFiles::keyPath(const QString &contextDir)
{
    // A stage hive-builder built has its RSA key (id_rsa) and no key of
    // ours: its hosts trust that one.
    const QString ours = absolute(contextDir) + QStringLiteral("/id_ed25519");
    const QString hiveBuilders = absolute(contextDir) + QStringLiteral("/id_rsa");
    return !QFileInfo::exists(ours) && QFileInfo::exists(hiveBuilders) ? hiveBuilders : ours;
}

QString StageFiles::knownHostsPath(const QString &contextDir)
{
    return absolute(contextDir) + QStringLiteral("/known_hosts");
}

QString StageFiles::sshConfigPath(const QString &contextDir)
{
    return absolute(contextDir) + QStringLiteral("/ssh_config");
}

QString StageFiles::adminUser(const LoadedInventory &loaded, const QString &host)
{
    const Value vars = loaded.inventory.flattenedHostVars(host);
    const Value v = vars.value(QStringLiteral("hive_admin"));
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    // hive-builder's defaults per provider (the images' own users; Azure
    // refuses "admin").
    const QString provider = vars.value(QStringLiteral("hive_provider")).text();
    if (provider == QLatin1String("vagrant"))
        return QStringLiteral("vagrant");
    if (provider == QLatin1String("aws"))
        return QStringLiteral("ec2-user");
    if (provider == QLatin1String("azure"))
        return QStringLiteral("hiveadmin");
    return QStringLiteral("admin");
}

int StageFiles::sshPort(const LoadedInventory &loaded, const QString &host)
{
    const Value vars = loaded.inventory.flattenedHostVars(host);
    for (const char *name : {"hive_safe_sshd_port", "hive_sshd_port"}) {
        bool ok = false;
        const int port = vars.value(QLatin1String(name)).text().toInt(&ok);
        if (ok && port > 0 && port < 65536)
            return port;
    }
    return 22;
}

namespace {

QString sshPortsPath(const QString &contextDir)
{
    return QDir(contextDir).absoluteFilePath(QStringLiteral("ssh_ports"));
}

QString publicAddressesPath(const QString &contextDir)
{
    return QDir(contextDir).absoluteFilePath(QStringLiteral("public_addresses"));
}

// A record of the context folder: "key value" per line.
QHash<QString, QString> readRecord(const QString &path)
{
    QHash<QString, QString> out;
    for (const QByteArray &line : ContextFile::read(path).split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() == 2)
            out.insert(QString::fromUtf8(words.at(0)), QString::fromUtf8(words.at(1)));
    }
    return out;
}

// Sets `key`'s line of a record; an empty `value` takes it out.
bool recordEntry(const QString &path, const QString &key, const QString &value, QString &error)
{
    QByteArray out;
    for (const QByteArray &line : ContextFile::read(path).split('\n')) {
        const QByteArray word = line.simplified().split(' ').value(0);
        if (!word.isEmpty() && QString::fromUtf8(word) != key)
            out += line.simplified() + '\n';
    }
    if (!value.isEmpty())
        out += key.toUtf8() + ' ' + value.toUtf8() + '\n';
    if (out.isEmpty() && !QFileInfo::exists(path))
        return true;
    bool changed = false;
    return ContextFile::writeIfChanged(path, out, changed, error);
}

} // namespace

QHash<QString, int> StageFiles::reachablePorts(const QString &contextDir)
{
    QHash<QString, int> out;
    const QHash<QString, QString> record = readRecord(sshPortsPath(contextDir));
    for (auto i = record.cbegin(); i != record.cend(); ++i) {
        bool ok = false;
        const int port = i.value().toInt(&ok);
        if (ok && port > 0 && port < 65536)
            out.insert(i.key(), port);
    }
    return out;
}

int StageFiles::reachablePort(const QString &contextDir, const QString &address, int unrecorded)
{
    return reachablePorts(contextDir).value(address, unrecorded);
}

bool StageFiles::recordReachablePort(const QString &contextDir, const QString &address, int port,
                                     QString &error)
{
    return recordEntry(sshPortsPath(contextDir), address,
                       port == 22 ? QString() : QString::number(port), error);
}

QHash<QString, QString> StageFiles::publicAddresses(const QString &contextDir)
{
    QHash<QString, QString> out = readRecord(publicAddressesPath(contextDir));
    for (auto i = out.begin(); i != out.end();)
        i = QHostAddress(i.value()).isNull() ? out.erase(i) : std::next(i);
    return out;
}

QString StageFiles::reachableAddress(const QString &contextDir, const QString &privateAddress)
{
    return publicAddresses(contextDir).value(privateAddress, privateAddress);
}

bool StageFiles::recordPublicAddress(const QString &contextDir, const QString &privateAddress,
                                     const QString &publicAddress, QString &error)
{
    return recordEntry(publicAddressesPath(contextDir), privateAddress, publicAddress, error);
}

QString StageFiles::fileSystemAddress(const QString &contextDir)
{
    const QString address = QString::fromUtf8(
        ContextFile::read(QDir(contextDir).absoluteFilePath(QStringLiteral("file_system")))
            .trimmed());
    // A DNS name, nothing else (it reaches fstab and a mount option).
    static const QRegularExpression name(QStringLiteral("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$"));
    return name.match(address).hasMatch() ? address : QString();
}

bool StageFiles::recordFileSystemAddress(const QString &contextDir, const QString &address,
                                         QString &error)
{
    const QString path = QDir(contextDir).absoluteFilePath(QStringLiteral("file_system"));
    if (address.isEmpty()) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        error = tr("cannot remove %1").arg(path);
        return false;
    }
    bool changed = false;
    return ContextFile::writeIfChanged(path, address.toUtf8() + '\n', changed, error);
}

QString StageFiles::notBuiltYet(const QString &stage, const QString &missing)
{
    return tr("stage %1 has not been built yet (%2 is missing): run build-infra — `hive -s %1 "
              "all`, or Run from Here on build-infra in the Build tab")
        .arg(stage, missing);
}

QString StageFiles::notSetUpYet(const QString &stage, const QString &missing)
{
    return tr("the hosts of stage %1 are not set up yet (%2 is missing): run setup-hosts — `hive "
              "-s %1 setup-hosts`, or Run Phase on setup-hosts in the Build tab")
        .arg(stage, missing);
}

} // namespace hive
