#include "engine/run_event.h"

#include <QJsonDocument>

namespace hive {

namespace {

struct KindName
{
    RunEvent::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {RunEvent::Kind::PhaseStarted, "phase-started"},
    {RunEvent::Kind::PhaseFinished, "phase-finished"},
    {RunEvent::Kind::StepStarted, "step-started"},
    {RunEvent::Kind::StepFinished, "step-finished"},
    {RunEvent::Kind::HostStarted, "host-started"},
    {RunEvent::Kind::HostFinished, "host-finished"},
    {RunEvent::Kind::Output, "output"},
    {RunEvent::Kind::Progress, "progress"},
    {RunEvent::Kind::Message, "message"},
    {RunEvent::Kind::StartPhaseMoved, "start-phase-moved"},
};

struct StatusName
{
    RunEvent::Status status;
    const char *name;
};
constexpr StatusName kStatuses[] = {
    {RunEvent::Status::None, ""},           {RunEvent::Status::Ok, "ok"},
    {RunEvent::Status::Changed, "changed"}, {RunEvent::Status::Skipped, "skipped"},
    {RunEvent::Status::Failed, "failed"},   {RunEvent::Status::Interrupted, "interrupted"},
};

void putIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QString RunEvent::kindName(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

QString RunEvent::statusName(Status status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.name);
    }
    return {};
}

bool RunEvent::kindFromName(const QString &name, Kind &kind)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name)) {
            kind = k.kind;
            return true;
        }
    }
    return false;
}

bool RunEvent::statusFromName(const QString &name, Status &status)
{
    for (const StatusName &s : kStatuses) {
        if (name == QLatin1String(s.name)) {
            status = s.status;
            return true;
        }
    }
    return false;
}

QJsonObject RunEvent::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), kindName(kind));
    o.insert(QStringLiteral("time"), timeMs);
    putIfSet(o, "phase", phase);
    putIfSet(o, "step", step);
    putIfSet(o, "host", host);
    putIfSet(o, "status", statusName(status));
    putIfSet(o, "text", text);
    putIfSet(o, "action", action);
    if (kind == Kind::PhaseFinished || kind == Kind::StepFinished || kind == Kind::HostFinished)
        o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    if (kind == Kind::Progress) {
        o.insert(QStringLiteral("done"), done);
        o.insert(QStringLiteral("total"), total);
    }
    return o;
}

bool RunEvent::fromJson(const QJsonObject &o, RunEvent &event)
{
    RunEvent e;
    if (!kindFromName(o.value(QStringLiteral("event")).toString(), e.kind))
        return false;
    if (!statusFromName(o.value(QStringLiteral("status")).toString(), e.status))
        return false;
    e.timeMs = qint64(o.value(QStringLiteral("time")).toDouble());
    e.phase = o.value(QStringLiteral("phase")).toString();
    e.step = o.value(QStringLiteral("step")).toString();
    e.host = o.value(QStringLiteral("host")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.elapsedMs = qint64(o.value(QStringLiteral("elapsed_ms")).toDouble());
    e.done = qint64(o.value(QStringLiteral("done")).toDouble());
    e.total = qint64(o.value(QStringLiteral("total")).toDouble());
    event = e;
    return true;
}

QByteArray RunEvent::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

bool RunEvent::fromJsonLine(const QByteArray &line, RunEvent &event)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    return doc.isObject() && fromJson(doc.object(), event);
}

} // namespace hive
