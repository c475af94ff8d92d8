#include "gui/shell/project_document.h"

#include "project/persistents.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace hive::gui {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent), m_loading(this, [this](const LoadedInventory &loaded, bool) {
          backgroundLoadFinished(loaded);
      })
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ProjectDocument::reloadInBackground);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce,
            qOverload<>(&QTimer::start));
}

bool ProjectDocument::open(const QString &rootDir, const QString &stage, QString &error)
{
    if (!QFileInfo(rootDir + QStringLiteral("/inventory")).isDir()) {
        error = tr("%1 is not a hive project: it has no inventory folder")
                    .arg(QDir::toNativeSeparators(rootDir));
        return false;
    }
    Project::Options options;
    options.rootDir = rootDir;
    options.stage = stage;
    Project project;
    DiagnosticList diags;
    if (!Project::open(options, project, diags)) {
        QStringList lines;
        for (const Diagnostic &d : diags.sorted())
            lines << d.format(rootDir);
        error = lines.join(QLatin1Char('\n'));
        return false;
    }
    m_project = project;
    m_open = true;
    emit logMessage(
        tr("Opened %1 (stage %2)").arg(QDir::toNativeSeparators(rootDir), m_project.stage()));
    reload();
    return true;
}

void ProjectDocument::close()
{
    if (!m_open)
        return;
    m_open = false;
    ++m_generation; // a background load still running is for a closed project
    m_reloadPending = false;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_loaded = LoadedInventory();
    m_unsaved.clear();
    emit closed();
}

void ProjectDocument::setStage(const QString &stage)
{
    if (!m_open || stage == m_project.stage())
        return;
    QString error;
    open(m_project.rootDir(), stage, error);
}

QStringList ProjectDocument::stages() const
{
    QStringList out;
    for (const StagePlan &s : m_loaded.hive.stages)
        out << s.name;
    if (out.isEmpty())
        out << QStringLiteral("private") << QStringLiteral("staging")
            << QStringLiteral("production");
    return out;
}

void ProjectDocument::reload()
{
    if (!m_open)
        return;
    ++m_generation; // this result is newer than any background load in flight
    m_reloadPending = false;
    QElapsedTimer timer;
    timer.start();
    LoadedInventory loaded = m_project.loadInventory(m_unsaved);
    adopt(std::move(loaded), timer.elapsed());
}

void ProjectDocument::rereadPersistents()
{
    if (!m_open)
        return;
    DiagnosticList diags;
    m_project.persistents() = Persistents::load(m_project.persistentsPath(), diags);
    for (const Diagnostic &d : diags.sorted())
        emit logMessage(d.format(m_project.rootDir()));
    reload();
}

void ProjectDocument::reloadInBackground()
{
    if (!m_open)
        return;
    if (m_loading.isRunning()) {
        m_reloadPending = true; // once this one is done, load again with the newest text
        return;
    }
    m_loadingGeneration = ++m_generation;
    m_loadStarted = QDateTime::currentMSecsSinceEpoch();
    // The worker gets its own copies: the project's settings and the unsaved texts.
    m_loading.start([project = m_project, unsaved = m_unsaved](const std::atomic_bool *) {
        return project.loadInventory(unsaved);
    });
}

void ProjectDocument::backgroundLoadFinished(const LoadedInventory &loaded)
{
    if (m_open && m_loadingGeneration == m_generation)
        adopt(loaded, QDateTime::currentMSecsSinceEpoch() - m_loadStarted);
    if (m_reloadPending && m_open) {
        m_reloadPending = false;
        reloadInBackground();
    }
}

void ProjectDocument::adopt(LoadedInventory loaded, qint64 elapsedMs)
{
    m_loaded = std::move(loaded);
    watchFiles();
    emit logMessage(
        tr("Loaded the inventory in %1 ms: %n problem(s)", nullptr, m_loaded.diagnostics.size())
            .arg(elapsedMs));
    emit reloaded();
}

void ProjectDocument::setUnsaved(const QString &path, const QByteArray &bytes)
{
    m_unsaved.insert(path, bytes);
    m_debounce.start();
}

void ProjectDocument::clearUnsaved(const QString &path)
{
    if (m_unsaved.remove(path) > 0)
        m_debounce.start();
}

QList<Diagnostic> ProjectDocument::errorsIn(const QString &path)
{
    if (m_debounce.isActive() || m_reloadPending || isLoading()) {
        m_debounce.stop();
        reload();
    }
    QList<Diagnostic> errors;
    for (const Diagnostic &d : m_loaded.diagnostics.all()) {
        if (d.isError() && QDir::cleanPath(d.mark.file) == QDir::cleanPath(path))
            errors << d;
    }
    return errors;
}

Expected<QStringList> ProjectDocument::carryPublishedPorts(const QString &from, const QString &to,
                                                           const QList<int> &targetPorts)
{
    if (!m_open)
        return QStringList();
    const Expected<QStringList> carried = m_project.carryPublishedPorts(from, to, targetPorts);
    if (carried && !carried->isEmpty())
        reloadInBackground();
    return carried;
}

void ProjectDocument::watchFiles()
{
    QStringList paths = m_loaded.files;
    paths << m_project.inventoryDir();
    const QDir inv(m_project.inventoryDir());
    for (const char *sub : {"group_vars", "host_vars"}) {
        if (inv.exists(QLatin1String(sub)))
            paths << inv.filePath(QLatin1String(sub));
    }
    QStringList fresh;
    for (const QString &p : paths) {
        if (!m_watcher.files().contains(p) && !m_watcher.directories().contains(p))
            fresh << p;
    }
    if (!fresh.isEmpty())
        m_watcher.addPaths(fresh);
}

} // namespace hive::gui
