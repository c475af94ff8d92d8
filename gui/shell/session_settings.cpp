#include "gui/shell/session_settings.h"

#include <QFileInfo>
#include <QSettings>

namespace hive::gui {

namespace {
const QString kGeometry = QStringLiteral("geometry");
const QString kState = QStringLiteral("windowState");
const QString kProject = QStringLiteral("lastProject");
const QString kStage = QStringLiteral("session/stage");
const QString kFiles = QStringLiteral("session/files");
const QString kModes = QStringLiteral("session/modes");
const QString kTab = QStringLiteral("session/currentTab");
} // namespace

void SessionSettings::save(const MainWindow::Snapshot &snapshot)
{
    QSettings settings;
    settings.setValue(kGeometry, snapshot.geometry);
    settings.setValue(kState, snapshot.state);
    if (snapshot.project.isEmpty()) {
        for (const QString &key : {kStage, kFiles, kModes, kTab})
            settings.remove(key);
        return;
    }
    settings.setValue(kProject, snapshot.project);
    settings.setValue(kStage, snapshot.stage);
    QStringList files;
    QVariantList modes;
    for (const MainWindow::Snapshot::OpenFile &f : snapshot.files) {
        files << f.path;
        modes << f.mode;
    }
    settings.setValue(kFiles, files);
    settings.setValue(kModes, modes);
    settings.setValue(kTab, snapshot.currentTab);
}

MainWindow::Snapshot SessionSettings::load(bool withProject)
{
    QSettings settings;
    MainWindow::Snapshot snap;
    snap.geometry = settings.value(kGeometry).toByteArray();
    snap.state = settings.value(kState).toByteArray();
    const QString project = settings.value(kProject).toString();
    if (!withProject || project.isEmpty() ||
        !QFileInfo(project + QStringLiteral("/inventory")).isDir())
        return snap;
    snap.project = project;
    snap.stage = settings.value(kStage).toString();
    const QStringList files = settings.value(kFiles).toStringList();
    const QVariantList modes = settings.value(kModes).toList();
    const int tab = settings.value(kTab, 0).toInt();
    // The file whose tab was shown (none: a fixed tab was).
    const QString shownFile =
        tab >= MainWindow::kFixedTabs ? files.value(tab - MainWindow::kFixedTabs) : QString();
    snap.currentTab = tab < MainWindow::kFixedTabs ? tab : 0;
    for (int i = 0; i < files.size(); ++i) {
        if (!QFileInfo(files.at(i)).isFile())
            continue; // gone: left out
        if (files.at(i) == shownFile)
            snap.currentTab = MainWindow::kFixedTabs + int(snap.files.size());
        MainWindow::Snapshot::OpenFile f;
        f.path = files.at(i);
        f.mode = modes.value(i).toInt();
        snap.files << f;
    }
    return snap;
}

void SessionSettings::rememberProject(const QString &rootDir)
{
    QSettings().setValue(kProject, rootDir);
}

} // namespace hive::gui
