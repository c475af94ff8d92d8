#pragma once

#include <QGraphicsView>

namespace hive::gui {

class TopologyScene;

// The diagram's canvas: zoom (Ctrl+wheel, Ctrl++ / Ctrl+-), pan (drag or the
// arrow keys), fit (keeps fitting as the window resizes until the user zooms),
// and export of the whole diagram to PNG or SVG.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);
    // The same canvas for another diagram (the live topology); it takes the scene.
    TopologyView(QGraphicsScene *scene, const QString &accessibleName, QWidget *parent = nullptr);

    // The planned topology's scene (null when the view shows another diagram).
    TopologyScene *topologyScene() const;
    void zoomBy(qreal factor);
    void fitAll();
    // Still fitting the whole diagram (the user has not zoomed since).
    bool fitting() const { return m_fitting; }
    qreal zoom() const;
    // The whole scene, not just what is visible; false with a reason on failure.
    bool exportPng(const QString &file, QString &error) const;
    bool exportSvg(const QString &file, QString &error) const;

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsScene *m_scene;
    bool m_fitting = true;
};

} // namespace hive::gui
