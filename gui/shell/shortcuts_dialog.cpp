#include "gui/shell/shortcuts_dialog.h"

#include "gui/shell/command_palette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hive::gui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(640, 520);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by command, key or place"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setRootIsDecorated(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    // Each shortcut once, under the menu it belongs to (a tab's actions are
    // under that tab's menu), in menu order.
    QSet<QAction *> seen;
    for (QAction *a : actions) {
        if (a->shortcut().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        const QString place = CommandPalette::categoryOf(a);
        QTreeWidgetItem *group = nullptr;
        for (int i = 0; i < m_list->topLevelItemCount() && !group; ++i) {
            if (m_list->topLevelItem(i)->text(0) == place)
                group = m_list->topLevelItem(i);
        }
        if (!group) {
            group = new QTreeWidgetItem(m_list, {place.isEmpty() ? tr("Window") : place});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        new QTreeWidgetItem(group, {CommandPalette::plainText(a),
                                    a->shortcut().toString(QKeySequence::NativeText)});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::refilter);
    m_filter->setFocus();
}

int ShortcutsDialog::visibleCount() const
{
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_list->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            shown += group->child(j)->isHidden() ? 0 : 1;
    }
    return shown;
}

void ShortcutsDialog::refilter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        const bool placeMatches = group->text(0).contains(text, Qt::CaseInsensitive);
        int shown = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *row = group->child(j);
            const bool match = text.isEmpty() || placeMatches ||
                               row->text(0).contains(text, Qt::CaseInsensitive) ||
                               row->text(1).contains(text, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace hive::gui
