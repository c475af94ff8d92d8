#include "gui/topology/diagram_label.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hive::gui {

void DiagramLabel::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF box = boundingRect();
    if (detail * box.height() >= kLegiblePixels) {
        QGraphicsSimpleTextItem::paint(painter, option, widget);
        return;
    }
    QColor faint = brush().color();
    faint.setAlphaF(0.35f);
    painter->fillRect(
        QRectF(box.left(), box.top() + box.height() * 0.35, box.width(), box.height() * 0.3),
        faint);
}

} // namespace hive::gui
