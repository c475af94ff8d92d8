#include "gui/editor/file_editor.h"

#include "gui/editor/difference_dialog.h"
#include "gui/editor/editable_file.h"
#include "gui/editor/hive_form.h"
#include "gui/editor/service_form.h"
#include "gui/editor/source_view.h"
#include "project/text_difference.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace hive::gui {

FileEditor::FileEditor(const QString &path, QWidget *parent)
    : QWidget(parent), m_file(new EditableFile(path, this)), m_source(new SourceView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_conflictBar(new QWidget(this)),
      m_problem(new QLabel(this)), m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("fileEditor"));
    m_source->setPath(path);
    m_source->setUndoRedoEnabled(false); // the file's history is the one undo
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Shown when the file changed on disk while there are unsaved edits here.
    auto *bar = new QHBoxLayout(m_conflictBar);
    auto *text = new QLabel(tr("This file was changed on disk by another program."), m_conflictBar);
    auto *reload = new QPushButton(tr("&Reload from Disk"), m_conflictBar);
    auto *keep = new QPushButton(tr("&Keep My Changes"), m_conflictBar);
    auto *compare = new QPushButton(tr("Show &Differences…"), m_conflictBar);
    bar->addWidget(text, 1);
    bar->addWidget(compare);
    bar->addWidget(reload);
    bar->addWidget(keep);
    m_conflictBar->setAutoFillBackground(true);
    QPalette warn = m_conflictBar->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xd8, 0x6b));
    warn.setColor(QPalette::WindowText, Qt::black);
    m_conflictBar->setPalette(warn);
    m_conflictBar->hide();
    layout->addWidget(m_conflictBar);
    connect(reload, &QPushButton::clicked, this, [this] {
        m_conflictBar->hide();
        m_file->reloadFromDisk();
    });
    connect(compare, &QPushButton::clicked, this, &FileEditor::showDifferences);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_conflictBar->hide();
        m_file->keepOwnText();
    });

    layout->addWidget(m_splitter, 1);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setContentsMargins(8, 4, 8, 4);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &FileEditor::takeOverTyping);
    connect(m_source, &SourceView::userEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_source, &SourceView::historyKeyPressed, this, [this] {
        if (m_typing->isActive())
            flush();
    });
    // The form follows the source's cursor: the service or stage it is in,
    // and the field of its key (only while the cursor is the user's).
    connect(m_source, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!m_form || !m_form->isVisible() || !m_source->hasFocus() || m_settingSource)
            return;
        const QStringList at =
            m_file->editor().pathAtLine(m_source->textCursor().blockNumber() + 1);
        if (m_serviceForm)
            m_serviceForm->followSource(at);
        else if (m_hiveForm)
            m_hiveForm->followSource(at);
    });
    connect(m_file, &EditableFile::textChanged, this,
            [this](EditableFile::Origin origin) { onTextChanged(int(origin)); });
    connect(m_file, &EditableFile::modifiedChanged, this, &FileEditor::modifiedChanged);
    connect(m_file, &EditableFile::conflictOnDisk, m_conflictBar, &QWidget::show);
}

QString FileEditor::path() const
{
    return m_file->path();
}

QUndoStack *FileEditor::undoStack() const
{
    return m_file->undoStack();
}

bool FileEditor::isModified() const
{
    return m_file->isModified() || m_typing->isActive() || pendingFormField();
}

bool FileEditor::load(QString &error)
{
    if (!m_file->load(error))
        return false;
    m_source->setFileText(m_file->text());
    createForm();
    setMode(m_form ? Mode::Both : Mode::Source);
    return true;
}

void FileEditor::setTemplateRenderer(TemplateRenderer *renderer)
{
    m_templateRenderer = renderer;
    if (m_serviceForm)
        m_serviceForm->setTemplateRenderer(renderer);
}

void FileEditor::createForm()
{
    const Value *plugin = m_file->editor().find({QStringLiteral("plugin")});
    const QString kind = plugin && plugin->isString() ? plugin->toString() : QString();
    if (kind == QLatin1String("hive_services")) {
        m_serviceForm = new ServiceForm(m_file, this);
        m_form = m_serviceForm;
        connect(m_serviceForm, &ServiceForm::problem, this, &FileEditor::showProblem);
        connect(m_serviceForm, &ServiceForm::addRequested, this,
                [this] { emit addServiceRequested(path()); });
        connect(m_serviceForm, &ServiceForm::renamed, this, &FileEditor::serviceRenamed);
        if (m_templateRenderer)
            m_serviceForm->setTemplateRenderer(m_templateRenderer);
    } else if (kind == QLatin1String("hive_inventory")) {
        m_hiveForm = new HiveForm(m_file, this);
        m_form = m_hiveForm;
        connect(m_hiveForm, &HiveForm::problem, this, &FileEditor::showProblem);
    }
    if (m_form)
        m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_source);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    if (m_form)
        m_splitter->setSizes({550, 450});
}

void FileEditor::setMode(Mode mode)
{
    if (!m_form)
        mode = Mode::Source;
    m_mode = mode;
    if (m_form)
        m_form->setVisible(mode != Mode::Source);
    m_source->setVisible(mode != Mode::Form);
    // Alt+3 (Go to Editors) and the tab's focus land in the part shown:
    // typing goes into the source when only the source shows.
    QWidget *shown = mode == Mode::Source || !m_form ? static_cast<QWidget *>(m_source) : m_form;
    setFocusProxy(shown);
    if (isVisible() && window()->isActiveWindow())
        shown->setFocus();
}

QLineEdit *FileEditor::pendingFormField() const
{
    // A form field that holds typing not committed yet (it commits when the
    // field loses the focus or on Enter).
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    return edit && m_form && m_form->isAncestorOf(edit) && edit->isModified() ? edit : nullptr;
}

void FileEditor::flush()
{
    // What is typed in a form field goes into the file first (Save, Quit,
    // Close and Run would otherwise drop it without a word).
    if (QLineEdit *edit = pendingFormField())
        emit edit->editingFinished();
    // Only typing not yet taken over is pending; otherwise the file's text is
    // newer than or equal to the view's and must not be overwritten by it.
    if (!m_typing->isActive())
        return;
    m_typing->stop();
    takeOverTyping();
}

void FileEditor::takeOverTyping()
{
    m_file->setTextFromSource(m_source->toPlainText().toUtf8());
}

void FileEditor::restoreUnsavedText(const QByteArray &text)
{
    flush();
    m_file->edit(tr("Unsaved edits"), [&text](YamlTextEditor &e) {
        e.setText(text);
        return true;
    });
}

bool FileEditor::save(QString &error)
{
    flush();
    return m_file->save(error);
}

void FileEditor::onTextChanged(int origin)
{
    const auto o = EditableFile::Origin(origin);
    if (o != EditableFile::Origin::Source) {
        // The form's own edit (or an undo) moves the source's cursor: the
        // form does not follow that.
        const QScopedValueRollback<bool> quiet(m_settingSource, true);
        m_source->setFileText(m_file->text());
    }
    if (m_serviceForm)
        m_serviceForm->refresh();
    if (m_hiveForm)
        m_hiveForm->refresh();
    if (o != EditableFile::Origin::Source)
        m_problem->hide();
    emit textEdited(path(), m_file->text());
}

void FileEditor::showProblem(const QString &text)
{
    m_problem->setText(QStringLiteral("⚠ ") + text);
    m_problem->show();
    emit message(text);
}

void FileEditor::revealLine(int line, int column)
{
    m_source->goToLine(line, column);
    if (!m_serviceForm)
        return;
    // The service whose definition holds the line.
    const Value *services = m_file->editor().find({QStringLiteral("services")});
    if (!services || !services->isMap())
        return;
    QString best;
    for (const Value::Entry &e : services->entries()) {
        if (e.keyMark.line <= line)
            best = e.key;
    }
    if (!best.isEmpty())
        m_serviceForm->showService(best);
}

void FileEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_source->setDiagnostics(diagnostics);
}

void FileEditor::showPlans(const HiveModel &model)
{
    if (m_hiveForm)
        m_hiveForm->showPlans(model);
}

void FileEditor::showDifferences()
{
    flush();
    QByteArray disk;
    QString error;
    const QString name = QFileInfo(path()).fileName();
    if (!m_file->readFromDisk(disk, error)) {
        QMessageBox::warning(this, tr("Differences"), error);
        return;
    }
    const bool conflict = !m_conflictBar->isHidden();
    const Expected<QString> diff =
        TextDifference::unified(disk, m_file->text(),
                                conflict ? tr("%1 (on disk, changed by another program)").arg(name)
                                         : tr("%1 (saved)").arg(name),
                                tr("%1 (here)").arg(name));
    if (!diff) {
        QMessageBox::warning(this, tr("Differences"), diff.error());
        return;
    }
    if (diff->isEmpty()) {
        QMessageBox::information(this, tr("Differences"),
                                 tr("%1 here is the same as on disk.").arg(name));
        return;
    }
    DifferenceDialog dialog(
        tr("Differences — %1").arg(name),
        conflict ? tr("Lines marked - are on disk (another program's change), lines marked + are "
                      "here (your edits, not saved).")
                 : tr("Lines marked - are in the saved file, lines marked + are your edits "
                      "that are not saved yet."),
        *diff, this);
    QPushButton *reload = conflict ? dialog.addChoice(tr("&Reload from Disk")) : nullptr;
    QPushButton *keep = conflict ? dialog.addChoice(tr("&Keep My Changes")) : nullptr;
    dialog.exec();
    if (dialog.chosen() == reload && reload) {
        m_conflictBar->hide();
        m_file->reloadFromDisk();
    } else if (dialog.chosen() == keep && keep) {
        m_conflictBar->hide();
        m_file->keepOwnText();
    }
}

} // namespace hive::gui
