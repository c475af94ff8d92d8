#pragma once

#include "engine/run_event_sink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <mutex>

namespace hive {

// The JSON-lines record of one run: `.hive/<stage>/runs/<timestamp>-<phase>.jsonl`,
// one RunEvent per line, flushed as it happens so a killed run leaves every
// event up to its death. Replaying a file posts the same events again, so the
// CLI and the app show a saved run exactly as they showed it live.
class RunLog : public RunEventSink
{
    Q_DECLARE_TR_FUNCTIONS(hive::RunLog)
public:
    struct Entry
    {
        QString path;
        QString phase;
        QDateTime started;
    };

    RunLog() = default;
    ~RunLog() override;

    static QString runsDir(const QString &hiveDir, const QString &stage);
    // Creates the file (mode 0600: command output may name internal details).
    bool open(const QString &runsDir, const QString &phase, QString &error,
              const QDateTime &started = QDateTime::currentDateTimeUtc());
    const QString &path() const { return m_path; }
    void post(const RunEvent &event) override;
    void close();

    // Saved runs, newest first.
    static QList<Entry> list(const QString &runsDir);
    // Posts every event of the file to `sink`; false with the file and line of
    // the first record that cannot be read (a run killed mid-line ends there).
    static bool replay(const QString &path, RunEventSink *sink, QString &error);

private:
    QFile m_file;
    QString m_path;
    std::mutex m_mutex;
};

} // namespace hive
