#include "gui/build/run_grid_model.h"

#include "engine/run_state.h"
#include "gui/run/run_status_style.h"

#include <QApplication>
#include <QCollator>
#include <QPalette>
#include <algorithm>

namespace hive::gui {

namespace {
// Rows in the hosts' own order (p-hive0, p-hive1, … p-hive10), not in the
// order they happened to report first; this machine (localhost) last, as
// the CLI's summary has it.
QStringList ordered(QStringList hosts)
{
    QCollator natural(QLocale::c());
    natural.setNumericMode(true);
    const auto here = [](const QString &h) { return h == QLatin1String("localhost"); };
    std::stable_sort(hosts.begin(), hosts.end(), [&](const QString &a, const QString &b) {
        if (here(a) != here(b))
            return here(b);
        return natural.compare(a, b) < 0;
    });
    return hosts;
}
} // namespace

RunGridModel::RunGridModel(QObject *parent) : QAbstractTableModel(parent)
{}

void RunGridModel::show(const RunState *state, const QString &phase)
{
    beginResetModel();
    m_state = state;
    m_phase = phase;
    m_reported.clear();
    m_hosts.clear();
    m_steps.clear();
    m_planned = 0;
    if (const RunState::Phase *p = state ? state->phase(phase) : nullptr) {
        m_reported = p->hosts;
        m_hosts = ordered(p->hosts);
        m_steps = p->steps + p->planned;
        m_planned = int(p->planned.size());
    }
    endResetModel();
}

void RunGridModel::refresh(qint64 nowMs)
{
    m_nowMs = nowMs;
    const RunState::Phase *p = m_state ? m_state->phase(m_phase) : nullptr;
    // Ordered again only when a host joined (refresh runs on every tick).
    const QStringList hosts = p ? p->hosts : QStringList();
    const QStringList steps = p ? p->steps + p->planned : QStringList();
    if (hosts != m_reported || steps != m_steps) {
        show(m_state, m_phase);
        return;
    }
    if (!m_hosts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RunGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int RunGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFirstStepColumn + int(m_steps.size());
}

QVariant RunGridModel::data(const QModelIndex &index, int role) const
{
    if (!m_state || !index.isValid())
        return {};
    const QString host = m_hosts.value(index.row());
    if (index.column() == kProgressColumn) {
        // Without an earlier run the number of steps is unknown: say how
        // many ended instead of a share that would be a guess.
        const bool known = m_state->knowsSteps(m_phase);
        const double done = m_state->hostProgress(m_phase, host);
        switch (role) {
        case Qt::DisplayRole:
            return known ? QStringLiteral("%1 %").arg(qRound(done * 100))
                         : tr("%n step(s) done", nullptr, m_state->stepsDone(m_phase, host));
        case kProgressRole:
            return known ? QVariant(qRound(done * 1000)) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const QString step = stepAt(index.column());
    const RunState::Cell *c = m_state->cell(m_phase, step, host);
    if (!c || !c->started) {
        if (role == Qt::ToolTipRole)
            return index.column() >= columnCount() - m_planned
                       ? tr("%1 has not reached %2 yet").arg(host, step)
                       : tr("%1 does not take part in %2").arg(host, step);
        if (role == kStatusRole)
            return int(RunEvent::Status::None);
        return {};
    }
    const qint64 ms = c->running ? qMax<qint64>(0, m_nowMs - c->startMs) : c->elapsedMs;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = RunStatusStyle::word(c->status, c->running) + QLatin1Char(' ') +
                       RunStatusStyle::seconds(ms);
        if (c->running && c->total > 0)
            text += QStringLiteral(" [%1/%2]").arg(c->done).arg(c->total);
        return text;
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2 · %3\n%4")
            .arg(host.isEmpty() ? tr("(the stage)") : host, step,
                 RunStatusStyle::word(c->status, c->running), c->text);
    case Qt::BackgroundRole:
        return RunStatusStyle::background(QApplication::palette(), c->status, c->running);
    case Qt::ForegroundRole:
        return QApplication::palette().color(QPalette::Text);
    case kStatusRole:
        return c->running ? -1 : int(c->status);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant RunGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Vertical) {
            const QString h = m_hosts.value(section);
            return h.isEmpty() ? tr("(the stage)") : h;
        }
        return section == kProgressColumn ? tr("Progress") : stepAt(section);
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal &&
        section >= columnCount() - m_planned)
        return tr("not reached yet in this run (the previous run had this step)");
    return {};
}

} // namespace hive::gui
