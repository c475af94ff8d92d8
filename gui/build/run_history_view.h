#pragma once

#include "engine/run_history.h"

#include <QSplitter>

class QTreeWidget;

namespace hive::gui {

class PhaseDurationChart;

// The Build tab's History: every saved run of the stage (started, phase,
// result, duration; Enter replays one) over a chart of how long each run of
// the chosen phase took.
class RunHistoryView : public QSplitter
{
    Q_OBJECT
public:
    explicit RunHistoryView(QWidget *parent = nullptr);

    // The runs, newest first as RunHistory reads them; the chart shows `phase`.
    void setRecords(const QList<RunHistory::Record> &records, const QString &phase);
    void showPhase(const QString &phase);
    void clear();
    QTreeWidget *list() const { return m_list; }
    PhaseDurationChart *durations() const { return m_durations; }

signals:
    void replayRequested(const QString &path);

private:
    QTreeWidget *m_list;
    PhaseDurationChart *m_durations;
    QList<RunHistory::Record> m_records;
};

} // namespace hive::gui
