#include "gui/shell/command_palette.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
QString plain(const QAction *a)
{
    QString t = a->text();
    return t.remove(QLatin1Char('&'));
}
} // namespace

CommandPalette::CommandPalette(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_actions(actions), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(520, 360);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { runSelected(); });
    refilter({});
}

int CommandPalette::visibleCount() const
{
    return m_list->count();
}

void CommandPalette::refilter(const QString &text)
{
    m_list->clear();
    for (QAction *a : m_actions) {
        if (a->isSeparator() || a->menu() || plain(a).isEmpty())
            continue;
        if (!text.isEmpty() && !plain(a).contains(text, Qt::CaseInsensitive))
            continue;
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        auto *item = new QListWidgetItem(
            a->icon(),
            shortcut.isEmpty() ? plain(a) : plain(a) + QStringLiteral("    ") + shortcut);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(a)));
        if (!a->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        m_list->addItem(item);
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
    }
}

void CommandPalette::runSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    auto *action = qobject_cast<QAction *>(item->data(Qt::UserRole).value<QObject *>());
    accept();
    if (action)
        action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            runSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hive::gui
