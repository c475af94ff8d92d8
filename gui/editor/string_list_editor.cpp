#include "gui/editor/string_list_editor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hive::gui {

StringListEditor::StringListEditor(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add an item (Insert)"));
    auto *remove = new QToolButton(this);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected item (Delete)"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_list->setMaximumHeight(110);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->installEventFilter(this);
    setFocusProxy(m_list);
    connect(add, &QToolButton::clicked, this, &StringListEditor::add);
    connect(remove, &QToolButton::clicked, this, &StringListEditor::removeCurrent);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit edited(items());
    });
}

void StringListEditor::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    m_list->setToolTip(text);
}

void StringListEditor::setItems(const QStringList &list)
{
    if (list == items())
        return;
    m_updating = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QString &s : list) {
        auto *item = new QListWidgetItem(s, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    m_updating = false;
}

QStringList StringListEditor::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString t = m_list->item(i)->text().trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

void StringListEditor::add()
{
    m_updating = true;
    auto *item = new QListWidgetItem(QString(), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_updating = false;
    m_list->setCurrentItem(item);
    m_list->editItem(item);
}

void StringListEditor::removeCurrent()
{
    delete m_list->currentItem();
    emit edited(items());
}

bool StringListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            add();
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_list->currentItem()) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hive::gui
