#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace hive::gui {

// The task lines of a node card as one item that paints them itself: a card
// may hold dozens of tasks and a hive hundreds, and one item per line made
// each redraw of the Live tab slow. A line can still be chosen (click, or
// choose()) — the item's data(keyRole) is then that line's key — and shows
// its own tool tip.
class TaskLinesItem : public QGraphicsItem
{
public:
    struct Line
    {
        QString text;
        QColor color;
        QString key; // empty: not selectable (e.g. an error line under a task)
        QString tip;
        bool small = false;
    };

    TaskLinesItem(const QList<Line> &lines, const QFont &font, const QFont &small, qreal width,
                  qreal lineHeight, int keyRole, QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Makes the line with this key the chosen one; false if none has it.
    bool choose(const QString &key);
    QStringList keys() const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QList<Line> m_lines;
    QFont m_font;
    QFont m_small;
    qreal m_width;
    qreal m_lineHeight;
    int m_keyRole;
    int m_chosen = -1;

    int lineAt(qreal y) const;
};

} // namespace hive::gui
