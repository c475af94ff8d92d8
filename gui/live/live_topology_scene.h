#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPalette>

namespace hive {
class LiveTopology;
}

namespace hive::gui {

// Draws a LiveTopology: a header (where it was read, when, how many nodes are
// down), what differs from the stage's definition, the repository server and
// its registry, the published ports, a card per node (role, leader, state,
// availability, labels and its tasks, failed ones in red with their error),
// and the networks. A node that is down gets a hatched red card with DOWN
// written on it. Dense mode collapses tasks per service with counts; the
// filter keeps the tasks and nodes whose name contains it. Colours come from
// the palette (light and dark themes).
class LiveTopologyScene : public QGraphicsScene
{
    Q_OBJECT
public:
    struct Options
    {
        bool dense = false;
        QString filter;
    };

    explicit LiveTopologyScene(QObject *parent = nullptr);

    void showTopology(const LiveTopology &topology, const Options &options,
                      const QPalette &palette);
    // Items carry their key (node:HOST, service:NAME@HOST, repository; the
    // task lines of a card, the key of the line chosen) in data(kKeyRole),
    // and node cards their state (ready, down …) in data(kStateRole).
    QGraphicsItem *itemNamed(const QString &key) const;
    // Selects the item (or the task line) with this key.
    bool choose(const QString &key);
    static constexpr int kKeyRole = 0;
    static constexpr int kStateRole = 1;

private:
    QHash<QString, QGraphicsItem *> m_items;
};

} // namespace hive::gui
