#pragma once

#include <QGraphicsScene>
#include <QPalette>

namespace hive {
class PlannedTopology;
}

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

    void showTopology(const PlannedTopology &topology, const QPalette &palette);
    // Items carry their kind and name (host:NAME, service:NAME …) so tests and
    // the details panel find them.
    QGraphicsItem *itemNamed(const QString &key) const;

    static constexpr int kKeyRole = 0;
};

} // namespace hive::gui
