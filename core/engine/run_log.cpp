#include "engine/run_log.h"

#include <QDir>
#include <QRegularExpression>

namespace hive {

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
}

RunLog::~RunLog()
{
    close();
}

QString RunLog::runsDir(const QString &hiveDir, const QString &stage)
{
    return hiveDir + QLatin1Char('/') + stage + QStringLiteral("/runs");
}

bool RunLog::open(const QString &dir, const QString &phase, QString &error,
                  const QDateTime &started)
{
    close();
    if (!QDir().mkpath(dir)) {
        error = tr("cannot create %1").arg(dir);
        return false;
    }
    const QString base =
        dir + QLatin1Char('/') + started.toUTC().toString(kStampFormat) + QLatin1Char('-') + phase;
    QString path = base + QStringLiteral(".jsonl");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.jsonl").arg(n);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        error = tr("cannot write the run log %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_path = path;
    return true;
}

void RunLog::post(const RunEvent &event)
{
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen())
        return;
    m_file.write(event.toJsonLine());
    m_file.flush();
}

void RunLog::close()
{
    std::lock_guard lock(m_mutex);
    if (m_file.isOpen())
        m_file.close();
}

QList<RunLog::Entry> RunLog::list(const QString &dir)
{
    QList<Entry> out;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files,
                                                        QDir::Name | QDir::Reversed);
    for (const QFileInfo &f : files) {
        // <yyyyMMdd-HHmmss-zzz>-<phase>[-n].jsonl
        const QString name = f.completeBaseName();
        if (name.size() < kStampFormat.size() + 2)
            continue;
        Entry e;
        e.path = f.absoluteFilePath();
        e.started = QDateTime::fromString(name.left(kStampFormat.size()), kStampFormat);
        e.started.setTimeSpec(Qt::UTC);
        e.phase = name.mid(kStampFormat.size() + 1);
        static const QRegularExpression suffix(QStringLiteral("-\\d+$"));
        e.phase.remove(suffix);
        if (e.started.isValid())
            out << e;
    }
    return out;
}

bool RunLog::replay(const QString &path, RunEventSink *sink, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray bytes = f.readLine().trimmed();
        ++line;
        if (bytes.isEmpty())
            continue;
        RunEvent event;
        if (!RunEvent::fromJsonLine(bytes, event)) {
            error = tr("%1:%2: not a run event (the run may have been killed while writing it)")
                        .arg(path)
                        .arg(line);
            return false;
        }
        sink->post(event);
    }
    return true;
}

} // namespace hive
