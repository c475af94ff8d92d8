#include "gui/live/task_lines_item.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hive::gui {

TaskLinesItem::TaskLinesItem(const QList<Line> &lines, const QFont &font, const QFont &small,
                             qreal width, qreal lineHeight, int keyRole, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_lines(lines), m_font(font), m_small(small), m_width(width),
      m_lineHeight(lineHeight), m_keyRole(keyRole)
{
    // Elided once here, not at every paint.
    const QFontMetricsF big(m_font), little(m_small);
    for (Line &l : m_lines)
        l.text = (l.small ? little : big).elidedText(l.text, Qt::ElideRight, m_width);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

QRectF TaskLinesItem::boundingRect() const
{
    return QRectF(0, 0, m_width, m_lineHeight * qMax<qsizetype>(1, m_lines.size()));
}

void TaskLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF visible = option->exposedRect;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QRectF r(0, i * m_lineHeight, m_width, m_lineHeight);
        if (!visible.intersects(r))
            continue;
        const Line &l = m_lines.at(i);
        if (i == m_chosen && isSelected()) {
            QColor mark = l.color;
            mark.setAlpha(60);
            painter->fillRect(r, mark);
        }
        painter->setFont(l.small ? m_small : m_font);
        painter->setPen(l.color);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, l.text);
    }
}

int TaskLinesItem::lineAt(qreal y) const
{
    const int i = int(y / m_lineHeight);
    return i >= 0 && i < m_lines.size() ? i : -1;
}

bool TaskLinesItem::choose(const QString &key)
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (!key.isEmpty() && m_lines.at(i).key == key) {
            m_chosen = i;
            setData(m_keyRole, key);
            update();
            return true;
        }
    }
    return false;
}

QStringList TaskLinesItem::keys() const
{
    QStringList out;
    for (const Line &l : m_lines) {
        if (!l.key.isEmpty())
            out << l.key;
    }
    return out;
}

void TaskLinesItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    int i = lineAt(event->pos().y());
    // An error line belongs to the task above it.
    while (i > 0 && m_lines.at(i).key.isEmpty())
        --i;
    if (i < 0 || m_lines.at(i).key.isEmpty()) {
        event->ignore();
        return;
    }
    choose(m_lines.at(i).key);
    // Chosen again even when the item was selected already.
    setSelected(false);
    QGraphicsItem::mousePressEvent(event);
    setSelected(true);
}

void TaskLinesItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int i = lineAt(event->pos().y());
    setToolTip(i < 0 ? QString() : m_lines.at(i).tip);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace hive::gui
