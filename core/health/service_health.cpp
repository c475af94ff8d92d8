#include "health/service_health.h"

#include "health/task_error_classifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace hive {

namespace {

// Failures of one slot within this many seconds that make a restart loop.
constexpr qint64 kRecentSeconds = 600;
constexpr int kLoopFailures = 3;

struct Service
{
    QString name;
    QString mode;
    int running = 0;
    int desired = 0;
    QString line;
};

QString unquoted(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))
        s = s.mid(1, s.size() - 2);
    return s;
}

bool failedState(const QString &state)
{
    return state.startsWith(QLatin1String("Failed")) || state.startsWith(QLatin1String("Rejected"));
}

} // namespace

qint64 ServiceHealth::Task::ageSeconds() const
{
    static const QRegularExpression ago(QStringLiteral(
        "(\\d+|About an?|Less than a) (second|minute|hour|day|week|month|year)s? ago"));
    const QRegularExpressionMatch m = ago.match(currentState);
    if (!m.hasMatch())
        return -1;
    bool isNumber = false;
    qint64 n = m.captured(1).toLongLong(&isNumber);
    if (!isNumber)
        n = m.captured(1).startsWith(QLatin1String("Less")) ? 0 : 1;
    static const QMap<QString, qint64> unit{
        {QStringLiteral("second"), 1},     {QStringLiteral("minute"), 60},
        {QStringLiteral("hour"), 3600},    {QStringLiteral("day"), 86400},
        {QStringLiteral("week"), 604800},  {QStringLiteral("month"), 2592000},
        {QStringLiteral("year"), 31536000}};
    return n * unit.value(m.captured(2), 1);
}

bool ServiceHealth::Task::running() const
{
    return currentState.startsWith(QLatin1String("Running"));
}

QList<ServiceHealth::Task> ServiceHealth::parseTasks(const QString &text)
{
    QList<Task> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.isEmpty())
            continue;
        Task t;
        t.name = o.value(QStringLiteral("Name")).toString();
        t.node = o.value(QStringLiteral("Node")).toString();
        t.desiredState = o.value(QStringLiteral("DesiredState")).toString();
        t.currentState = o.value(QStringLiteral("CurrentState")).toString();
        t.error = unquoted(o.value(QStringLiteral("Error")).toString());
        t.line = line;
        out << t;
    }
    return out;
}

QList<HealthCheck> ServiceHealth::check(const ProbedHost &manager, const QStringList &defined)
{
    QList<HealthCheck> out;
    const auto add = [&](const QString &subject, HealthCheck::Severity severity,
                         const QString &summary, const QString &evidence, const QString &action,
                         const QStringList &repair = {}) {
        out << HealthCheck{
            QStringLiteral("services"), subject, severity, summary, evidence, action, repair};
    };
    const QString servicesText = manager.section(QStringLiteral("services"));
    const QString servicesCommand = HostProbe::commandOf(QStringLiteral("services"));
    const QString tasksCommand = HostProbe::commandOf(QStringLiteral("tasks"));

    QList<Service> services;
    bool readable = true;
    static const QRegularExpression replicas(QStringLiteral("^(\\d+)/(\\d+)"));
    for (const QString &line : servicesText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.isEmpty()) {
            readable = false;
            break;
        }
        Service s;
        s.name = o.value(QStringLiteral("Name")).toString();
        s.mode = o.value(QStringLiteral("Mode")).toString();
        const QRegularExpressionMatch m =
            replicas.match(o.value(QStringLiteral("Replicas")).toString());
        s.running = m.captured(1).toInt();
        s.desired = m.captured(2).toInt();
        s.line = line;
        services << s;
    }
    if (!readable) {
        add(QStringLiteral("services"), HealthCheck::Severity::Warning,
            tr("the services cannot be read on %1").arg(manager.host),
            HealthCheck::evidenceOf(manager.host, servicesCommand, servicesText),
            tr("See the swarm's findings above: services can be read again once the swarm has a "
               "leader."));
        return out;
    }

    // Tasks by service (the longest service name the task's name starts with).
    const QList<Task> tasks = parseTasks(manager.section(QStringLiteral("tasks")));
    QHash<QString, QList<Task>> byService;
    for (const Task &t : tasks) {
        QString owner;
        for (const Service &s : std::as_const(services)) {
            if (t.name.startsWith(s.name + QLatin1Char('.')) && s.name.size() > owner.size())
                owner = s.name;
        }
        if (!owner.isEmpty())
            byService[owner] << t;
    }

    QStringList deployed;
    for (const Service &s : std::as_const(services)) {
        deployed << s.name;
        const QList<Task> own = byService.value(s.name);
        // docker lists a slot's tasks newest first: the first of each name is
        // the current one.
        QHash<QString, Task> current;
        QHash<QString, int> recentFailures;
        QHash<QString, QString> lastError;
        for (const Task &t : own) {
            if (!current.contains(t.name))
                current.insert(t.name, t);
            if (failedState(t.currentState) || !t.error.isEmpty()) {
                const qint64 age = t.ageSeconds();
                if (age >= 0 && age <= kRecentSeconds)
                    recentFailures[t.name] += 1;
                if (!lastError.contains(t.name) && !t.error.isEmpty())
                    lastError.insert(t.name, t.error);
            }
        }
        QStringList evidenceLines{s.line};
        for (const Task &t : own.mid(0, 12))
            evidenceLines << t.line;
        const QString evidence = HealthCheck::evidenceOf(
            manager.host, servicesCommand + QStringLiteral("; ") + tasksCommand,
            evidenceLines.join(QLatin1Char('\n')));
        // The error that explains the shortfall: of a current task that is
        // not running, else the newest of any slot.
        QString error;
        for (auto it = current.cbegin(); it != current.cend() && error.isEmpty(); ++it) {
            if (!it->running() && it->desiredState != QLatin1String("Shutdown"))
                error = it->error.isEmpty() ? lastError.value(it.key()) : it->error;
        }
        for (auto it = lastError.cbegin(); it != lastError.cend() && error.isEmpty(); ++it)
            error = it.value();
        const TaskErrorClassifier::Result why = TaskErrorClassifier::classify(error, s.name);
        // A damaged file system on a named DRBD volume has a guided repair.
        const QStringList repair =
            why.kind == TaskErrorClassifier::Kind::FileSystemDamage && !why.volume.isEmpty()
                ? QStringList{QStringLiteral("recover"), QStringLiteral("drbd"), why.volume,
                              QStringLiteral("--fsck")}
                : QStringList();
        const QString because =
            error.isEmpty() ? QString() : tr(": %1 (\"%2\")").arg(why.explanation, error);

        // A slot that failed again and again recently and is not yet running
        // steadily again (a minute) is restarting in a loop.
        int looping = 0, recovered = 0;
        for (auto it = recentFailures.cbegin(); it != recentFailures.cend(); ++it) {
            const Task &now = current.value(it.key());
            if (now.running() && now.ageSeconds() >= 60)
                recovered = qMax(recovered, it.value());
            else
                looping = qMax(looping, it.value());
        }

        if (s.desired > 0 && s.running == 0) {
            add(s.name, HealthCheck::Severity::Critical,
                tr("no task running (0 of %1)%2").arg(s.desired).arg(because), evidence, why.action,
                repair);
        } else if (s.running < s.desired) {
            add(s.name, HealthCheck::Severity::Warning,
                tr("%1 of %2 tasks running%3").arg(s.running).arg(s.desired).arg(because), evidence,
                why.action, repair);
        } else if (looping >= kLoopFailures) {
            add(s.name, HealthCheck::Severity::Warning,
                tr("restarting: a task failed %1 times in the last 10 minutes%2")
                    .arg(looping)
                    .arg(because),
                evidence, why.action, repair);
        } else {
            add(s.name, HealthCheck::Severity::Ok,
                recovered >= kLoopFailures
                    ? tr("%1 of %2 tasks running (running steadily again after %3 failures in the "
                         "last 10 minutes)")
                          .arg(s.running)
                          .arg(s.desired)
                          .arg(recovered)
                    : tr("%1 of %2 tasks running").arg(s.running).arg(s.desired),
                evidence, QString());
        }
    }

    for (const QString &name : defined) {
        if (deployed.contains(name))
            continue;
        add(name, HealthCheck::Severity::Warning, tr("defined but not deployed"),
            HealthCheck::evidenceOf(manager.host, servicesCommand, servicesText),
            tr("`hive deploy-services -l %1`").arg(name));
        out.last().fix = {QStringLiteral("deploy-services"), name};
    }
    // A service the inventory does not define: that is its finding, unless
    // it is also failing.
    for (HealthCheck &c : out) {
        if (deployed.contains(c.subject) && !defined.contains(c.subject) &&
            c.severity == HealthCheck::Severity::Ok) {
            c.severity = HealthCheck::Severity::Warning;
            c.summary = tr("runs but is not defined in the inventory (%1)").arg(c.summary);
            c.action =
                tr("If it is not wanted: `docker service rm %1` on the first hive.").arg(c.subject);
        }
    }
    return out;
}

} // namespace hive
