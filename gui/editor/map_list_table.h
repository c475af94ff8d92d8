#pragma once

#include "data/value.h"

#include <QWidget>

class QTableWidget;

namespace hive::gui {

// A list of mappings (ports, volumes, subnets, backup scripts) as a table:
// one row per item, one column per attribute (nested ones as "drbd.size").
// Items written in a short string syntax ("8080:80") are edited in the first
// column. Insert adds a row, Delete removes the selected one.
class MapListTable : public QWidget
{
    Q_OBJECT
public:
    struct Column
    {
        QString path; // "published_port", "drbd.size"
        QString header;
    };
    MapListTable(const QList<Column> &columns, bool shortSyntax, QWidget *parent = nullptr);
    void setItems(const Value &list);
    int rowCount() const;
    QTableWidget *table() const { return m_table; }

signals:
    // column is empty for the short syntax column
    void cellEdited(int row, const QString &column, const QString &text);
    void rowAdded();
    void rowRemoved(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<Column> m_columns;
    bool m_shortSyntax;
    QTableWidget *m_table;
    bool m_updating = false;
};

} // namespace hive::gui
