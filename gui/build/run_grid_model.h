#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace hive {
class RunState;
}

namespace hive::gui {

// The hosts × steps grid of one phase of a run: a row per host, a column
// for the host's progress and then one per step (the steps an earlier run
// had that this one has not reached yet come last, empty). A cell shows the
// status word and how long it took (or has been running), coloured by status;
// its tooltip is what the step said on that host. Reads a RunState owned by
// the view; refresh() after the state took new events.
class RunGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kProgressColumn = 0;
    static constexpr int kFirstStepColumn = 1;
    // Role of a cell's status (RunEvent::Status as int; -1 while running).
    static constexpr int kStatusRole = Qt::UserRole + 1;
    // Role of the host progress column: 0..1000.
    static constexpr int kProgressRole = Qt::UserRole + 2;

    explicit RunGridModel(QObject *parent = nullptr);

    void show(const RunState *state, const QString &phase);
    // Rows and columns again when they changed, else every cell's data; `nowMs`
    // (since the run's first event) times the running cells.
    void refresh(qint64 nowMs);
    const QString &phase() const { return m_phase; }
    QString hostAt(int row) const { return m_hosts.value(row); }
    int rowOf(const QString &host) const { return int(m_hosts.indexOf(host)); }
    QString stepAt(int column) const { return m_steps.value(column - kFirstStepColumn); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const RunState *m_state = nullptr;
    QString m_phase;
    QStringList m_reported; // the phase's hosts as they reported
    QStringList m_hosts;    // the rows: those, in order
    QStringList m_steps;
    int m_planned = 0; // trailing columns not reached yet
    qint64 m_nowMs = 0;
};

} // namespace hive::gui
