#include "gui/editor/editable_file.h"

#include "project/atomic_file.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoCommand>

namespace hive::gui {

namespace {
constexpr int kTypingId = 1;

// One change of the file's text; the source view's typing merges into the
// previous step while it is still typing.
class TextChange : public QUndoCommand
{
public:
    TextChange(EditableFile *file, QByteArray before, QByteArray after, const QString &text,
               EditableFile::Origin origin)
        : QUndoCommand(text), m_file(file), m_before(std::move(before)), m_after(std::move(after)),
          m_origin(origin)
    {}

    int id() const override { return m_origin == EditableFile::Origin::Source ? kTypingId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const TextChange *>(other);
        m_after = o->m_after;
        return true;
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            m_file->applyText(m_after, m_origin);
            return;
        }
        m_file->applyText(m_after, EditableFile::Origin::History);
    }
    void undo() override { m_file->applyText(m_before, EditableFile::Origin::History); }

private:
    EditableFile *m_file;
    QByteArray m_before;
    QByteArray m_after;
    EditableFile::Origin m_origin;
    bool m_first = true;
};
} // namespace

EditableFile::EditableFile(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Editors and tools often replace the file: watch the new one too.
        QTimer::singleShot(100, this, &EditableFile::onDiskChanged);
    });
}

EditableFile::~EditableFile()
{
    // The history's last signals must not reach a file half destroyed.
    disconnect(&m_undo, nullptr, this, nullptr);
}

bool EditableFile::readDisk(QByteArray &bytes, QString &error) const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("cannot read %1: %2").arg(m_path, f.errorString());
        return false;
    }
    bytes = f.readAll();
    return true;
}

bool EditableFile::load(QString &error)
{
    QByteArray bytes;
    if (!readDisk(bytes, error))
        return false;
    m_diskBytes = bytes;
    m_editor = YamlTextEditor(bytes, m_path);
    m_undo.clear();
    if (!m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    return true;
}

void EditableFile::applyText(const QByteArray &text, Origin origin)
{
    if (text != m_editor.text())
        m_editor.setText(text);
    emit textChanged(origin);
}

bool EditableFile::edit(const QString &description, const std::function<bool(YamlTextEditor &)> &op)
{
    YamlTextEditor copy = m_editor;
    if (!op(copy)) {
        m_error = copy.lastError();
        return false;
    }
    m_error.clear();
    if (copy.text() == m_editor.text())
        return true;
    m_undo.push(new TextChange(this, m_editor.text(), copy.text(), description, Origin::Form));
    return true;
}

void EditableFile::setTextFromSource(const QByteArray &text)
{
    if (text == m_editor.text())
        return;
    m_undo.push(new TextChange(this, m_editor.text(), text, tr("Typing"), Origin::Source));
}

bool EditableFile::save(QString &error)
{
    if (!AtomicFile::write(m_path, m_editor.text(), error))
        return false;
    m_diskBytes = m_editor.text();
    m_undo.setClean();
    if (!m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    return true;
}

void EditableFile::reloadFromDisk()
{
    QByteArray bytes;
    QString error;
    if (!readDisk(bytes, error))
        return;
    m_diskBytes = bytes;
    if (bytes != m_editor.text())
        m_undo.push(
            new TextChange(this, m_editor.text(), bytes, tr("Reload from disk"), Origin::Disk));
    m_undo.setClean();
}

void EditableFile::keepOwnText()
{
    QString error;
    readDisk(m_diskBytes, error);
}

void EditableFile::onDiskChanged()
{
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    QByteArray bytes;
    QString error;
    if (!readDisk(bytes, error) || bytes == m_diskBytes)
        return; // our own save, or a touch without change
    if (isModified()) {
        emit conflictOnDisk();
        return;
    }
    reloadFromDisk();
}

} // namespace hive::gui
