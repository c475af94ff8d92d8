#pragma once

#include <QGraphicsSimpleTextItem>

namespace hive::gui {

// A diagram's text. Zoomed out so far that it could not be read (a
// thousand services fitted into the window), it is drawn as a faint bar
// instead of shaping every glyph, which kept the window from answering.
class DiagramLabel : public QGraphicsSimpleTextItem
{
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;

    // Text shorter on screen than this many pixels is not drawn as text.
    static constexpr qreal kLegiblePixels = 4;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

} // namespace hive::gui
