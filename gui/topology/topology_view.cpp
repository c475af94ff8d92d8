#include "gui/topology/topology_view.h"

#include "gui/topology/topology_scene.h"

#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWheelEvent>

namespace hive::gui {

namespace {
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kPngScale = 2.0; // sharp on high-density screens and in documents
} // namespace

TopologyView::TopologyView(QWidget *parent)
    : TopologyView(new TopologyScene, tr("Planned topology diagram"), parent)
{}

TopologyView::TopologyView(QGraphicsScene *scene, const QString &accessibleName, QWidget *parent)
    : QGraphicsView(parent), m_scene(scene)
{
    m_scene->setParent(this);
    setObjectName(QStringLiteral("topologyView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(accessibleName);
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (m_fitting)
            fitAll();
    });
}

TopologyScene *TopologyView::topologyScene() const
{
    return qobject_cast<TopologyScene *>(m_scene);
}

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    m_fitting = false;
    const qreal applied = target / zoom();
    scale(applied, applied);
    emit zoomChanged(zoom());
}

void TopologyView::fitAll()
{
    m_fitting = true;
    resetTransform();
    const QRectF r = m_scene->sceneRect();
    if (r.isEmpty() || viewport()->width() < 10)
        return;
    const qreal factor =
        std::min({viewport()->width() / r.width(), viewport()->height() / r.height(), qreal(1.0)});
    scale(factor, factor);
    centerOn(r.center());
    emit zoomChanged(zoom());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitAll();
}

bool TopologyView::exportPng(const QString &file, QString &error) const
{
    if (TopologyScene *planned = topologyScene())
        planned->finish(); // all of it, not the part drawn so far
    const QRectF r = m_scene->sceneRect();
    QImage image((r.size() * kPngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), r);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        error = tr("Could not write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool TopologyView::exportSvg(const QString &file, QString &error) const
{
    if (TopologyScene *planned = topologyScene())
        planned->finish(); // all of it, not the part drawn so far
    const QRectF r = m_scene->sceneRect();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        error = tr("Could not write %1: %2").arg(file, out.errorString());
        return false;
    }
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setSize(r.size().toSize());
    svg.setResolution(96); // the CSS pixel, so browsers show it at its drawn size
    svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
    svg.setTitle(tr("Hive topology"));
    {
        QPainter painter(&svg);
        m_scene->render(&painter, QRectF(QPointF(0, 0), r.size()), r);
    }
    if (!out.commit()) {
        error = tr("Could not write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace hive::gui
