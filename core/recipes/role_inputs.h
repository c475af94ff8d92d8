#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hive {

// Everything an Ansible role applied by hive reads, as one fingerprint: the
// files of the project's roles/ and lib/ (and built-in roles), ansible.cfg,
// the inventory as the role sees it (every host's variables), the playbook
// and what the run adds (stage, target). A role is applied again only when
// its fingerprint differs from the one its last successful run left (see
// AppliedMarker) — or when the user asks (--force, -T naming the step).
// Not read: files a role reaches outside these folders, lookups of the
// environment or of time; --force covers those.
class RoleInputs
{
public:
    // Every file under `folder`, by its path inside it and its content, in a
    // stable order; folders reached through symbolic links too (each once).
    // A missing folder adds only that it is missing.
    void addFolder(const QString &label, const QString &folder);
    // A file that may be missing (ansible.cfg).
    void addFile(const QString &label, const QString &path);
    void addText(const QString &label, const QByteArray &text);
    // Hex SHA-256 of all of it, in the order it was added.
    QString fingerprint() const;

    // The project's roles/, lib/ and ansible.cfg, and hive's version.
    static RoleInputs ofProject(const QString &projectRoot);

private:
    QList<QPair<QString, QByteArray>> m_parts; // label, digest of the part
};

} // namespace hive
