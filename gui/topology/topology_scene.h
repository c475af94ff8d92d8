#pragma once

#include "topology/planned_topology.h"

#include <QGraphicsScene>
#include <QPalette>
#include <memory>

class QGraphicsRectItem;

namespace hive::gui {

// Draws a PlannedTopology: the stage's header and manager summary, published
// ports, host groups (zone or subnet) with a card per host (role badges,
// replicated volumes), the overlay networks as bars and the services below
// them, joined to the networks they are attached to. Colours come from the
// palette, so the diagram reads in light and dark themes and in exports.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    // Draws at once up to a few hundred cards and chips; a larger topology
    // (a thousand services) is drawn in slices between events, and
    // completed() says when it is all there (emitted before showTopology()
    // returns when drawn at once: ask isComplete() first).
    void showTopology(const PlannedTopology &topology, const QPalette &palette);
    bool isComplete() const;
    // Draws what is still to be drawn, now (before an export).
    void finish();
    // Items carry their kind and name (host:NAME, service:NAME …) so tests and
    // the details panel find them.
    QGraphicsItem *itemNamed(const QString &key) const;

    static constexpr int kKeyRole = 0;

signals:
    void completed();

private:
    struct Drawing;
    void drawSome(int budgetMs);
    // The scene's rectangle: what is drawn so far, with a margin.
    void coverItems();
    static void drawHeader(Drawing &d);
    static void drawPort(Drawing &d, const PlannedTopology::Port &port);
    static void drawMorePorts(Drawing &d, int more);
    // A chip in the ports' rows (wrapped at their width); returns it.
    static QGraphicsRectItem *portChip(Drawing &d, const QString &text, const QColor &fill,
                                       const QColor &line, const QColor &textColor);
    static void drawHosts(Drawing &d);
    static void drawNetworks(Drawing &d);
    static void drawService(Drawing &d, const PlannedTopology::Service &s);
    static void drawVolume(Drawing &d, const PlannedTopology::Volume &v, bool first);

    std::unique_ptr<Drawing> m_drawing;
    int m_generation = 0;
};

} // namespace hive::gui
