#include "gui/topology/diagram_painter.h"

#include "gui/run/desktop_preferences.h"
#include "gui/topology/diagram_label.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace hive::gui {

DiagramPainter::DiagramPainter(QGraphicsScene *scene, const QPalette &palette)
    : m_scene(scene), m_palette(palette)
{
    m_bold.setBold(true);
    m_title = m_bold;
    m_title.setPointSizeF(m_title.pointSizeF() * 1.5);
    m_mono = DesktopPreferences::fixedFont();
    m_small.setPointSizeF(m_small.pointSizeF() * 0.9);
    for (QFont *f : {&m_font, &m_bold, &m_title, &m_mono, &m_small})
        f->setPixelSize(qRound(f->pointSizeF() * 96.0 / 72.0));
}

QColor DiagramPainter::blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QGraphicsSimpleTextItem *DiagramPainter::label(const QString &s, QPointF at, const QFont &font,
                                               const QColor &color, QGraphicsItem *parent)
{
    auto *item = new DiagramLabel(s, parent);
    item->setFont(font);
    item->setBrush(color);
    item->setPos(at);
    if (!parent)
        m_scene->addItem(item);
    return item;
}

QGraphicsRectItem *DiagramPainter::box(const QRectF &r, const QColor &fillColor, const QColor &line,
                                       qreal width, QGraphicsItem *parent)
{
    auto *item = new QGraphicsRectItem(r, parent);
    item->setBrush(fillColor);
    item->setPen(QPen(line, width));
    if (!parent)
        m_scene->addItem(item);
    return item;
}

qreal DiagramPainter::badge(const QString &s, QPointF at, const QColor &hue, QGraphicsItem *parent)
{
    const QFontMetricsF fm(m_small);
    const qreal w = fm.horizontalAdvance(s) + 12;
    auto *b = box(QRectF(at, QSizeF(w, fm.height() + 4)), fill(hue, 0.3), strong(hue), 1, parent);
    label(s, at + QPointF(6, 2), m_small, text(), b);
    return w;
}

qreal DiagramPainter::width(const QString &s, const QFont &font) const
{
    return QFontMetricsF(font).horizontalAdvance(s);
}

} // namespace hive::gui
