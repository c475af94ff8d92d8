#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace hive::gui {

class FileEditor;
class ProjectDocument;

// Add Service… and New Services File…, wherever they are asked for (the
// File menu and so the command palette, the project tree's context menu,
// the services form): the service is added to the services file in its
// editor, as one step the user can undo and must save like any other
// edit; a project without a services file gets one first.
class ServiceActions : public QObject
{
    Q_OBJECT
public:
    // Opens (or shows) the editor of a file; null when it cannot (it said why).
    using Opener = std::function<FileEditor *(const QString &path)>;
    // The project's files and inventory are the document's, read when an
    // action runs.
    ServiceActions(QWidget *window, ProjectDocument *document, Opener opener);

    QAction *addServiceAction() const { return m_add; }
    QAction *newFileAction() const { return m_newFile; }
    // Whether a project is open (the actions are enabled).
    void setOpen(bool open);

    // `file`: the services file to offer first (empty: the first one).
    void addService(const QString &file = QString());
    void newServicesFile();
    // A service renamed in an editor keeps the published ports it had in
    // every stage (.hive/persistents.yml): said in the Log.
    void carryPublishedPorts(const QString &from, const QString &to);

signals:
    void message(const QString &text);

private:
    QWidget *m_window;
    ProjectDocument *m_document;
    Opener m_opener;
    QAction *m_add;
    QAction *m_newFile;

    // Writes a new, empty services file; false (said) when it cannot.
    bool create(const QString &path);
    QString shown(const QString &path) const;
};

} // namespace hive::gui
