#include "project/repair_journal.h"

#include "project/context_file.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace hive {

namespace {
const QRegularExpression &idGrammar()
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z0-9][a-z0-9.-]*\\z"));
    return re;
}
} // namespace

RepairJournal::RepairJournal(const QString &contextDir)
    : m_dir(contextDir + QStringLiteral("/journal"))
{}

QString RepairJournal::dir() const
{
    return m_dir;
}

QString RepairJournal::idOf(const QStringList &parts)
{
    QString id = parts.join(QLatin1Char('-')).toLower();
    for (QChar &c : id) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                             c == QLatin1Char('.') || c == QLatin1Char('-');
        if (!allowed)
            c = QLatin1Char('-');
    }
    while (id.startsWith(QLatin1Char('-')) || id.startsWith(QLatin1Char('.')))
        id.remove(0, 1);
    return id;
}

bool RepairJournal::record(const Entry &entry, QString &error) const
{
    if (!idGrammar().match(entry.id).hasMatch()) {
        error = tr("a repair journal entry needs a name of a-z, 0-9, '.' and '-', not '%1'")
                    .arg(entry.id);
        return false;
    }
    QJsonObject details;
    for (auto it = entry.details.cbegin(); it != entry.details.cend(); ++it)
        details.insert(it.key(), it.value());
    const QJsonObject o{
        {QStringLiteral("operation"), entry.operation},
        {QStringLiteral("host"), entry.host},
        {QStringLiteral("taken"), entry.taken},
        {QStringLiteral("undo"), entry.undo},
        {QStringLiteral("check"), entry.check},
        {QStringLiteral("details"), details},
        {QStringLiteral("at"), (entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc())
                                   .toUTC()
                                   .toString(Qt::ISODate)},
    };
    bool changed = false;
    return ContextFile::writeIfChanged(m_dir + QLatin1Char('/') + entry.id +
                                           QStringLiteral(".json"),
                                       QJsonDocument(o).toJson(), changed, error);
}

bool RepairJournal::resolve(const QString &id, QString &error) const
{
    if (!idGrammar().match(id).hasMatch())
        return true;
    QFile f(m_dir + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!f.exists() || f.remove())
        return true;
    error = tr("cannot remove %1: %2").arg(f.fileName(), f.errorString());
    return false;
}

QList<RepairJournal::Entry> RepairJournal::entries(QStringList *unreadable) const
{
    QList<Entry> out;
    const QDir d(m_dir);
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = d.filePath(name);
        QJsonParseError parsed;
        const QJsonDocument doc = QJsonDocument::fromJson(ContextFile::read(path), &parsed);
        const QJsonObject o = doc.object();
        Entry e;
        e.id = name.chopped(5);
        e.operation = o.value(QStringLiteral("operation")).toString();
        e.host = o.value(QStringLiteral("host")).toString();
        e.taken = o.value(QStringLiteral("taken")).toString();
        e.undo = o.value(QStringLiteral("undo")).toString();
        e.check = o.value(QStringLiteral("check")).toString();
        e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
        const QJsonObject details = o.value(QStringLiteral("details")).toObject();
        for (auto it = details.constBegin(); it != details.constEnd(); ++it)
            e.details.insert(it.key(), it.value().toString());
        if (parsed.error != QJsonParseError::NoError || !doc.isObject() || e.host.isEmpty() ||
            (e.undo.isEmpty() && e.finish().isEmpty())) {
            if (unreadable)
                *unreadable << path;
            continue;
        }
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    return out;
}

bool RepairJournal::empty() const
{
    return QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
}

} // namespace hive
