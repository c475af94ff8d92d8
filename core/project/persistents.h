#pragma once

#include "data/value.h"
#include "diagnostics/diagnostic_list.h"

#include <QList>
#include <QString>

namespace hive {

// .hive/persistents.yml: `name: {global: v, private: v, staging: v, production: v}`,
// the file hive-builder writes. Unknown variables are kept as they are. Saving
// takes a lock, re-reads the file and applies only this process's changes,
// so two commands never lose each other's updates; the file is replaced
// atomically, keys sorted, mode 0600 (it may hold cloud secrets).
class Persistents
{
public:
    static Persistents load(const QString &path, DiagnosticList &diags);

    bool isUsable() const { return m_usable; }
    const Value &root() const { return m_root; }

    Value value(const QString &name, const QString &scopeKey) const;
    // The stage's own value if set, else the global one (hive-builder's order).
    Value effective(const QString &name, const QString &stage) const;
    void set(const QString &name, const QString &scopeKey, const Value &value);

    // Writes the pending changes. Returns false with a translated reason.
    bool save(QString &error);
    const QString &path() const { return m_path; }

private:
    struct Change
    {
        QString name;
        QString key;
        Value value;
    };
    QString m_path;
    Value m_root = Value::map();
    bool m_usable = true;
    QList<Change> m_changes;

    static void apply(Value &root, const Change &change);
};

} // namespace hive
