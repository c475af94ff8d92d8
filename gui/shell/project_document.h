#pragma once

#include "gui/run/background_job.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace hive::gui {

// The open project as the windows see it: the core Project and its loaded
// inventory for the selected stage, reloaded (debounced) whenever a file of
// the inventory changes on disk, so Problems and every view stay live.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(QObject *parent = nullptr);

    // Opens the folder (one with an inventory/); false with a reason otherwise.
    bool open(const QString &rootDir, const QString &stage, QString &error);
    void close();
    bool isOpen() const { return m_open; }
    void setStage(const QString &stage);
    // Loads now, on the calling thread (opening, switching stage: the user waits
    // for the result anyway).
    void reload();
    // A run changed .hive/persistents.yml (start_phase, allocations): read it
    // again, then reload.
    void rereadPersistents();
    // Loads on a worker thread and emits reloaded() when done, so typing and
    // changes on disk never freeze the window; a newer request supersedes it.
    void reloadInBackground();
    bool isLoading() const { return m_loading.isRunning(); }

    const Project &project() const { return m_project; }
    const LoadedInventory &inventory() const { return m_loaded; }
    QString rootDir() const { return m_project.rootDir(); }
    QString stage() const { return m_project.stage(); }
    QStringList stages() const;
    // Text of a file being edited and not saved yet: problems are found in it
    // as the user types (reloaded after a short pause). Empty bytes: use the disk.
    void setUnsaved(const QString &path, const QByteArray &bytes);
    void clearUnsaved(const QString &path);
    // The errors found in a file as it is now (its unsaved text included:
    // a reload still owed is done first).
    QList<Diagnostic> errorsIn(const QString &path);
    // Project::carryPublishedPorts on the open project, then a reload.
    Expected<QStringList> carryPublishedPorts(const QString &from, const QString &to,
                                              const QList<int> &targetPorts);

signals:
    void reloaded();
    void closed();
    void logMessage(const QString &text);

private:
    Project m_project;
    LoadedInventory m_loaded;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QHash<QString, QByteArray> m_unsaved;
    bool m_open = false;
    BackgroundJob<LoadedInventory> m_loading;
    int m_generation = 0;        // bumped by every load request and by close()
    int m_loadingGeneration = 0; // the request the running background load serves
    bool m_reloadPending = false;
    qint64 m_loadStarted = 0;

    void watchFiles();
    void adopt(LoadedInventory loaded, qint64 elapsedMs);
    void backgroundLoadFinished(const LoadedInventory &loaded);
};

} // namespace hive::gui
