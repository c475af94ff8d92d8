#include "gui/shell/command_palette.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hive::gui {

namespace {
QString withoutMnemonic(QString text)
{
    // "&File", and the Japanese style "ファイル(&F)".
    static const QRegularExpression japanese(QStringLiteral("\\(&.\\)"));
    text.remove(japanese);
    return text.remove(QLatin1Char('&'));
}
} // namespace

QString CommandPalette::plainText(const QAction *action)
{
    return withoutMnemonic(action->text());
}

QString CommandPalette::categoryOf(const QAction *action)
{
    for (QObject *o : action->associatedObjects()) {
        const auto *menu = qobject_cast<const QMenu *>(o);
        if (!menu || menu->title().isEmpty())
            continue;
        QString where = withoutMnemonic(menu->title());
        if (const QAction *parent = menu->menuAction()) {
            for (QObject *p : parent->associatedObjects()) {
                const auto *outer = qobject_cast<const QMenu *>(p);
                if (outer && outer != menu && !outer->title().isEmpty())
                    return withoutMnemonic(outer->title()) + QStringLiteral(" › ") + where;
            }
        }
        return where;
    }
    return {};
}

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
    resize(640, 420);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { runSelected(); });
    refilter({});
}

int CommandPalette::visibleCount() const
{
    return m_list->count();
}

QStringList CommandPalette::visibleTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts << m_list->item(i)->text();
    return texts;
}

void CommandPalette::refilter(const QString &text)
{
    m_list->clear();
    for (QAction *a : m_actions) {
        if (a->isSeparator() || a->menu() || plainText(a).isEmpty())
            continue;
        const QString category = categoryOf(a);
        const QString name =
            category.isEmpty() ? plainText(a) : category + QStringLiteral(" › ") + plainText(a);
        if (!text.isEmpty() && !name.contains(text, Qt::CaseInsensitive))
            continue;
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        QString shown = shortcut.isEmpty() ? name : name + QStringLiteral("    ") + shortcut;
        if (!a->isEnabled())
            shown += QStringLiteral("    ") + tr("(unavailable now)");
        auto *item = new QListWidgetItem(a->icon(), shown);
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
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up ||
            key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) {
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
