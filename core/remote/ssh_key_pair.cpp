#include "remote/ssh_key_pair.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <libssh/libssh.h>

namespace hive {

Expected<bool> SshKeyPair::ensure(const QString &privateKeyPath, const QString &comment)
{
    const QString publicPath = privateKeyPath + QStringLiteral(".pub");
    if (QFileInfo::exists(privateKeyPath)) {
        if (QFileInfo(privateKeyPath).permissions() &
            (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
             QFileDevice::WriteOther)) {
            return unexpected(
                tr("%1 can be read by other users; run chmod 600 on it").arg(privateKeyPath));
        }
        if (!QFileInfo::exists(publicPath)) {
            return unexpected(
                tr("%1 has no public key %2 next to it").arg(privateKeyPath, publicPath));
        }
        return false;
    }
    const QString dir = QFileInfo(privateKeyPath).path();
    if (!QDir().mkpath(dir)) {
        return unexpected(tr("cannot create %1").arg(dir));
    }
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK) {
        return unexpected(tr("cannot generate an SSH key"));
    }
    // Written to a temporary name first: a crash never leaves half a key pair.
    const QString tempPrivate = privateKeyPath + QStringLiteral(".new");
    const QString tempPublic = publicPath + QStringLiteral(".new");
    QFile::remove(tempPrivate);
    QFile::remove(tempPublic);
    const bool written =
        ssh_pki_export_privkey_file(key, nullptr, nullptr, nullptr,
                                    QFile::encodeName(tempPrivate).constData()) == SSH_OK;
    char *base64 = nullptr;
    const bool encoded = written && ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK;
    const QByteArray line =
        encoded ? QByteArray("ssh-ed25519 ") + base64 + ' ' + comment.toUtf8() + '\n'
                : QByteArray();
    ssh_string_free_char(base64);
    ssh_key_free(key);
    QFile pub(tempPublic);
    if (!encoded || !pub.open(QIODevice::WriteOnly) || pub.write(line) != line.size()) {
        QFile::remove(tempPrivate);
        return unexpected(tr("cannot write the SSH key pair %1").arg(privateKeyPath));
    }
    pub.close();
    QFile::setPermissions(tempPrivate, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(tempPublic, publicPath) || !QFile::rename(tempPrivate, privateKeyPath)) {
        return unexpected(tr("cannot write the SSH key pair %1").arg(privateKeyPath));
    }
    return true;
}

Expected<QString> SshKeyPair::publicKeyLine(const QString &privateKeyPath)
{
    QFile pub(privateKeyPath + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly)) {
        return unexpected(tr("cannot read %1").arg(pub.fileName()));
    }
    return QString::fromUtf8(pub.readLine()).trimmed();
}

} // namespace hive
