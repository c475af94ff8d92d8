#pragma once

#include "diagnostics/diagnostic.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QUndoStack;

namespace hive {
struct HiveModel;
}

namespace hive::gui {

class EditableFile;
class HiveForm;
class ServiceForm;
class TemplateRenderer;
class SourceView;

// An inventory file in a tab: its form (hive definition or services, chosen
// by the file's plugin) and its YAML source, side by side or one at a time.
// Both edit the same text through one undo history; the source shows the
// file's problems inline; a change on disk is offered for reload.
class FileEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Form,
        Source,
        Both
    };

    explicit FileEditor(const QString &path, QWidget *parent = nullptr);
    bool load(QString &error);

    QString path() const;
    EditableFile *file() const { return m_file; }
    SourceView *source() const { return m_source; }
    ServiceForm *serviceForm() const { return m_serviceForm; }
    // Passed to the service form (see ServiceForm::setTemplateRenderer).
    void setTemplateRenderer(TemplateRenderer *renderer);
    HiveForm *hiveForm() const { return m_hiveForm; }
    QUndoStack *undoStack() const;
    bool hasForm() const { return m_form != nullptr; }
    bool isModified() const;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Sends what was typed in the source to the file now (before save or undo).
    void flush();
    // Puts back text the user had not saved (e.g. in a window rebuilt in
    // another language), as one undoable step.
    void restoreUnsavedText(const QByteArray &text);
    bool save(QString &error);
    // The differences between the file on disk and the text here, with the
    // reload choices while another program's change waits (the bar above).
    void showDifferences();
    void revealLine(int line, int column);
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    void showPlans(const HiveModel &model);

signals:
    // The text changed (not saved yet): for live problems.
    void textEdited(const QString &path, const QByteArray &text);
    void modifiedChanged(bool modified);
    void message(const QString &text);
    void addServiceRequested(const QString &servicesFile);
    void serviceRenamed(const QString &from, const QString &to);

private:
    QLineEdit *pendingFormField() const;

    EditableFile *m_file;
    SourceView *m_source;
    QWidget *m_form = nullptr;
    ServiceForm *m_serviceForm = nullptr;
    TemplateRenderer *m_templateRenderer = nullptr;
    HiveForm *m_hiveForm = nullptr;
    QSplitter *m_splitter;
    QWidget *m_conflictBar;
    QLabel *m_problem;
    QTimer *m_typing;
    Mode m_mode = Mode::Both;
    bool m_settingSource = false; // the file's text going into the source

    void createForm();
    void takeOverTyping();
    void onTextChanged(int origin);
    void showProblem(const QString &text);
};

} // namespace hive::gui
