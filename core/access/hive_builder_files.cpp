#include "access/hive_builder_files.h"

#include "access/hive_certificates.h"
#include "project/context_file.h"

#include <QDir>
#include <QFileInfo>

namespace hive {

QString HiveBuilderFiles::sshKeyPath(const QString &contextDir)
{
    return QDir(contextDir).absoluteFilePath(QStringLiteral("id_rsa"));
}

QString HiveBuilderFiles::caCertPath(const QString &contextDir)
{
    return QDir(contextDir).absoluteFilePath(QStringLiteral("ca/cacert.pem"));
}

QString HiveBuilderFiles::caKeyPath(const QString &contextDir)
{
    return QDir(contextDir).absoluteFilePath(QStringLiteral("ca/cakey.pem"));
}

bool HiveBuilderFiles::present(const QString &contextDir)
{
    return QFileInfo::exists(sshKeyPath(contextDir)) || QFileInfo::exists(caCertPath(contextDir));
}

bool HiveBuilderFiles::adopt(const QString &contextDir, QStringList &adopted, QString &error)
{
    const HiveCertificates ours(QDir(contextDir).absolutePath());
    if (QFileInfo::exists(ours.caCertPath()) || !QFileInfo::exists(caCertPath(contextDir)) ||
        !QFileInfo::exists(caKeyPath(contextDir)))
        return true;
    const QByteArray cert = ContextFile::read(caCertPath(contextDir));
    const QByteArray key = ContextFile::read(caKeyPath(contextDir));
    if (!cert.contains("-----BEGIN CERTIFICATE-----") || !key.contains("PRIVATE KEY-----")) {
        error = tr("%1 and %2 (hive-builder's CA) cannot be read as a certificate and its key")
                    .arg(caCertPath(contextDir), caKeyPath(contextDir));
        return false;
    }
    // The key first: a CA certificate without its key would be taken for
    // ours and never made again.
    bool changed = false;
    if (!ContextFile::writeIfChanged(ours.caKeyPath(), key, changed, error) ||
        !ContextFile::writeIfChanged(ours.caCertPath(), cert, changed, error))
        return false;
    adopted << tr("hive-builder's CA (%1)").arg(caCertPath(contextDir));
    HiveCertificates certificates(QDir(contextDir).absolutePath());
    if (certificates.ensureClient(QStringLiteral("hive-studio"), false, error) ==
        HiveCertificates::Outcome::Failed) {
        error = tr("cannot make a client certificate from hive-builder's CA: %1").arg(error);
        return false;
    }
    adopted << tr("a client certificate signed by it (%1)").arg(certificates.clientDir());
    return true;
}

} // namespace hive
