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

    // Draws it now when the tab is shown, else when it is next shown: the
    // inventory reloads while the user types, and a hidden diagram of a large
    // project need not be rebuilt on the GUI thread every time.
    void showTopology(const PlannedTopology &topology);
    TopologyView *view() const { return m_view; }
    QList<QAction *> pageActions() const;
    // Asks for a file name and writes the diagram; the format follows the suffix.
    void exportDiagram(const QString &format);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    TopologyView *m_view;
    QLabel *m_zoom;
    PlannedTopology m_topology;
    bool m_stale = false;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_exportPng;
    QAction *m_exportSvg;

    void draw();
};

} // namespace hive::gui
