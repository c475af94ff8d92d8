#pragma once

#include <QTreeWidget>

namespace hive {
struct LoadedInventory;
}

namespace hive::gui {

// The project tree on the left: Hive (stages with their hosts), Services,
// Images, Volumes and Networks, built from the core model. Activating an
// item opens its definition; the context menu (right click or the menu key)
// of Services and of a service adds a service or a services file.
class ProjectTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProjectTree(QWidget *parent = nullptr);
    void showInventory(const LoadedInventory &loaded, const QString &currentStage);

signals:
    void openLocation(const QString &file, int line, int column);
    void stageActivated(const QString &stage);
    // From the context menu of Services and of each service.
    void addServiceRequested(const QString &servicesFile);
    void newServicesFileRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);
};

} // namespace hive::gui
