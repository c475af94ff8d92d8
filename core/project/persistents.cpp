#include "project/persistents.h"

#include "data/yaml_reader.h"
#include "data/yaml_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace hive {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hive::Persistents", text);
}
} // namespace

Persistents Persistents::load(const QString &path, DiagnosticList &diags)
{
    Persistents p;
    p.m_path = path;
    if (!QFileInfo::exists(path))
        return p;
    const YamlReader::Result doc = YamlReader().readFile(path, diags);
    if (!doc.ok) {
        p.m_usable = false;
        return p;
    }
    if (doc.empty)
        return p;
    if (!doc.root.isMap()) {
        diags.error(QStringLiteral("bad-persistents"),
                    tr("%1 must be a mapping of variable names; fix or remove the file")
                        .arg(QFileInfo(path).fileName()),
                    doc.root.mark());
        p.m_usable = false;
        return p;
    }
    for (const Value::Entry &e : doc.root.entries()) {
        if (!e.value.isMap()) {
            Diagnostic &d = diags.error(
                QStringLiteral("bad-persistents"),
                tr("variable '%1' must map scopes (global, private, staging, production) to "
                   "values")
                    .arg(e.key),
                e.keyMark);
            d.key = e.key;
            p.m_usable = false;
        }
    }
    p.m_root = doc.root;
    return p;
}

Value Persistents::value(const QString &name, const QString &scopeKey) const
{
    const Value *entry = m_root.find(name);
    if (!entry)
        return {};
    return entry->value(scopeKey);
}

Value Persistents::effective(const QString &name, const QString &stage) const
{
    const Value *entry = m_root.find(name);
    if (!entry)
        return {};
    if (entry->contains(stage))
        return entry->value(stage);
    return entry->value(QStringLiteral("global"));
}

void Persistents::apply(Value &root, const Change &change)
{
    Value entry = root.value(change.name, Value::map());
    if (!entry.isMap())
        entry = Value::map();
    entry.insert(change.key, change.value);
    root.insert(change.name, entry);
}

void Persistents::set(const QString &name, const QString &scopeKey, const Value &value)
{
    Change c{name, scopeKey, value};
    apply(m_root, c);
    m_changes << c;
}

bool Persistents::save(QString &error)
{
    if (!m_usable) {
        error = tr("%1 could not be read, so it is not overwritten; fix it first").arg(m_path);
        return false;
    }
    if (m_changes.isEmpty())
        return true;
    const QFileInfo info(m_path);
    QDir dir = info.dir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.path())) {
            error = tr("cannot create %1").arg(dir.path());
            return false;
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        error = tr("%1 is locked by process %2 on %3; try again when it has finished")
                    .arg(m_path)
                    .arg(pid)
                    .arg(host);
        return false;
    }
    // Re-read under the lock so that changes made meanwhile by another process stay.
    DiagnosticList diags;
    Persistents current = load(m_path, diags);
    if (!current.m_usable) {
        error = tr("%1 changed on disk and can no longer be read; not overwritten").arg(m_path);
        return false;
    }
    Value root = current.m_root;
    for (const Change &c : m_changes)
        apply(root, c);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(YamlWriter::write(root));
    if (!file.commit()) {
        error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_root = root;
    m_changes.clear();
    return true;
}

} // namespace hive
