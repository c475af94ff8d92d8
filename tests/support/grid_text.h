#pragma once

#include "gui/build/run_grid_model.h"

#include <QStringList>

// The Build tab's grid as text — a line per host, each cell's column, status
// and what it shows — so that two grids (live and replayed) compare whole.
inline QString gridText(const hive::gui::RunGridModel *m)
{
    QStringList rows;
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells{m->headerData(r, Qt::Vertical, Qt::DisplayRole).toString()};
        for (int c = 0; c < m->columnCount(); ++c)
            cells << m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() +
                         QLatin1Char('=') +
                         m->index(r, c).data(hive::gui::RunGridModel::kStatusRole).toString() +
                         QLatin1Char(' ') + m->index(r, c).data(Qt::DisplayRole).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}
