#pragma once

#include "data/yaml_text_editor.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QUndoStack>
#include <functional>

namespace hive::gui {

// One inventory file open for editing: its text (edited through the core's
// YamlTextEditor so that saving changes only what was edited), one undo
// history shared by the form and the source view, atomic saves that keep the
// file's permissions, and a watch on the disk for changes made elsewhere.
class EditableFile : public QObject
{
    Q_OBJECT
public:
    enum class Origin
    {
        Form,
        Source,
        History, // undo or redo
        Disk
    };
    Q_ENUM(Origin)

    explicit EditableFile(const QString &path, QObject *parent = nullptr);
    ~EditableFile() override;

    bool load(QString &error);
    const QString &path() const { return m_path; }
    const QByteArray &text() const { return m_editor.text(); }
    const YamlTextEditor &editor() const { return m_editor; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    const QString &lastError() const { return m_error; }

    // A structured edit from a form: applied to a copy, kept (undoably) only
    // if the core accepts it; false with lastError() otherwise.
    bool edit(const QString &description, const std::function<bool(YamlTextEditor &)> &op);
    // The whole text as typed in the source view (typing merges into one step).
    void setTextFromSource(const QByteArray &text);
    bool save(QString &error);
    // Drops unsaved changes and reads the file again (undoable).
    void reloadFromDisk();
    // Keeps the text here after a change on disk; saving will overwrite it.
    void keepOwnText();
    // What the file holds on disk now (to compare with the text here).
    bool readFromDisk(QByteArray &bytes, QString &error) const { return readDisk(bytes, error); }

    // Used by the undo commands.
    void applyText(const QByteArray &text, Origin origin);

signals:
    void textChanged(hive::gui::EditableFile::Origin origin);
    void modifiedChanged(bool modified);
    // The file changed on disk while there were unsaved changes here.
    void conflictOnDisk();

private:
    QString m_path;
    YamlTextEditor m_editor;
    QUndoStack m_undo;
    QFileSystemWatcher m_watcher;
    QByteArray m_diskBytes; // what we last read or wrote
    QString m_error;

    void onDiskChanged();
    bool readDisk(QByteArray &bytes, QString &error) const;
};

} // namespace hive::gui
