#include "gui/build/run_history_view.h"

#include "gui/build/phase_duration_chart.h"
#include "gui/run/run_status_style.h"

#include <QDir>
#include <QTreeWidget>

namespace hive::gui {

RunHistoryView::RunHistoryView(QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_list(new QTreeWidget(this)),
      m_durations(new PhaseDurationChart(this))
{
    m_list->setObjectName(QStringLiteral("buildHistory"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Started"), tr("Phase"), tr("Result"), tr("Duration")});
    m_list->setAccessibleName(tr("Saved runs"));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit replayRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_durations->show(m_records, item->text(1));
    });
    addWidget(m_list);
    addWidget(m_durations);
    m_durations->setMinimumHeight(200);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
}

void RunHistoryView::setRecords(const QList<RunHistory::Record> &records, const QString &phase)
{
    m_records = records;
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const RunHistory::Record &r : std::as_const(m_records)) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.phase,
             r.status == RunEvent::Status::None   ? tr("never finished")
             : r.action == QLatin1String("check") ? RunStatusStyle::checkWord(r.status)
                                                  : RunStatusStyle::word(r.status),
             r.status == RunEvent::Status::None ? QString()
                                                : RunStatusStyle::seconds(r.elapsedMs)});
        item->setData(0, Qt::UserRole, r.path);
        item->setIcon(2, RunStatusStyle::icon(style(), r.status));
        item->setToolTip(0, QDir::toNativeSeparators(r.path));
        if (r.path == current)
            m_list->setCurrentItem(item);
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    m_durations->show(m_records, phase);
}

void RunHistoryView::showPhase(const QString &phase)
{
    m_durations->show(m_records, phase);
}

void RunHistoryView::clear()
{
    m_records.clear();
    m_list->clear();
    m_durations->show({}, QString());
}

} // namespace hive::gui
