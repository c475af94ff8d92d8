#include "gui/editor/map_list_table.h"

#include "inventory/attribute_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
const Value *lookup(const Value &item, const QString &dotted)
{
    const Value *v = &item;
    for (const QString &part : dotted.split(QLatin1Char('.'))) {
        if (!v->isMap())
            return nullptr;
        v = v->find(part);
        if (!v)
            return nullptr;
    }
    return v;
}
} // namespace

MapListTable::MapListTable(const QList<Column> &columns, bool shortSyntax, QWidget *parent)
    : QWidget(parent), m_columns(columns), m_shortSyntax(shortSyntax),
      m_table(new QTableWidget(this))
{
    QStringList headers;
    if (m_shortSyntax)
        headers << tr("Short syntax");
    for (const Column &c : m_columns)
        headers << c.header;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a row (Insert)"));
    auto *remove = new QToolButton(this);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected row (Delete)"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    connect(add, &QToolButton::clicked, this, &MapListTable::rowAdded);
    connect(remove, &QToolButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            emit rowRemoved(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        const int col = item->column() - (m_shortSyntax ? 1 : 0);
        emit cellEdited(item->row(), col < 0 ? QString() : m_columns.at(col).path, item->text());
    });
}

int MapListTable::rowCount() const
{
    return m_table->rowCount();
}

void MapListTable::setItems(const Value &list)
{
    m_updating = true;
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    const int rows = list.isList() ? list.size() : 0;
    m_table->setRowCount(rows);
    const int offset = m_shortSyntax ? 1 : 0;
    for (int r = 0; r < rows; ++r) {
        const Value &item = list.items()[size_t(r)];
        const bool isShort = !item.isMap();
        const auto put = [&](int c, const QString &text, bool editable) {
            auto *cell = new QTableWidgetItem(text);
            if (!editable) {
                cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
                cell->setForeground(m_table->palette().color(QPalette::PlaceholderText));
            }
            m_table->setItem(r, c, cell);
        };
        if (m_shortSyntax)
            put(0, isShort ? AttributeText::format(item) : QString(), isShort);
        for (int c = 0; c < m_columns.size(); ++c) {
            const Value *v = isShort ? nullptr : lookup(item, m_columns.at(c).path);
            put(c + offset, v ? AttributeText::format(*v) : QString(), !isShort);
        }
    }
    if (row >= 0 && row < rows)
        m_table->setCurrentCell(row, column);
    m_updating = false;
}

bool MapListTable::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited its editor gets the keys, not the table.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            emit rowAdded();
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_table->currentRow() >= 0) {
            emit rowRemoved(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hive::gui
