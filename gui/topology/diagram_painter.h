#pragma once

#include <QFont>
#include <QPalette>
#include <QPointF>
#include <QRectF>

class QGraphicsItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace hive::gui {

// Builds the items of the topology diagrams (planned and live): labels,
// boxes and badges in the palette's colours, with hues blended into the
// base so that text in the palette's text colour stays readable in light and
// dark themes. Fonts are sized in pixels: diagrams are laid out in scene
// units, and SVG viewers read font sizes as CSS pixels. A short-lived helper.
class DiagramPainter
{
public:
    DiagramPainter(QGraphicsScene *scene, const QPalette &palette);

    static QColor blend(const QColor &a, const QColor &b, qreal t);
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor muted() const { return blend(text(), base(), 0.35); }
    QColor base() const { return m_palette.color(QPalette::Base); }
    QColor window() const { return m_palette.color(QPalette::Window); }
    QColor border() const { return blend(text(), base(), 0.65); }
    QColor fill(const QColor &hue, qreal amount = 0.22) const { return blend(base(), hue, amount); }
    QColor strong(const QColor &hue) const { return blend(hue, text(), 0.25); }

    QGraphicsSimpleTextItem *label(const QString &s, QPointF at, const QFont &font,
                                   const QColor &color, QGraphicsItem *parent = nullptr);
    QGraphicsRectItem *box(const QRectF &r, const QColor &fillColor, const QColor &line,
                           qreal width = 1, QGraphicsItem *parent = nullptr);
    // A rounded badge with a label; returns its width.
    qreal badge(const QString &s, QPointF at, const QColor &hue, QGraphicsItem *parent);
    qreal width(const QString &s, const QFont &font) const;

    QGraphicsScene *m_scene;
    QPalette m_palette;
    QFont m_font;
    QFont m_bold;
    QFont m_title;
    QFont m_mono;
    QFont m_small;
};

} // namespace hive::gui
