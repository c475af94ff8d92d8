#pragma once

#include "topology/planned_topology.h"

#include <QWidget>

class QAction;
class QLabel;

namespace hive::gui {

class TopologyView;

// The Topology tab: the planned topology of the selected stage with a tool bar
// for zoom, fit and export (PNG, SVG). Shortcuts work while the tab has focus.
class TopologyPage : public QWidget
{
    Q_OBJECT
public:
    explicit TopologyPage(QWidget *parent = nullptr);

    void showTopology(const PlannedTopology &topology);
    TopologyView *view() const { return m_view; }
    QList<QAction *> pageActions() const;
    // Asks for a file name and writes the diagram; the format follows the suffix.
    void exportDiagram(const QString &format);

protected:
    void changeEvent(QEvent *event) override;

private:
    TopologyView *m_view;
    QLabel *m_zoom;
    PlannedTopology m_topology;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_exportPng;
    QAction *m_exportSvg;
};

} // namespace hive::gui
