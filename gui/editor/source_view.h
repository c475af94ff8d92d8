#pragma once

#include "diagnostics/diagnostic.h"

#include <QList>
#include <QPlainTextEdit>

namespace hive::gui {

class YamlHighlighter;

// A project file as text, with line numbers in the margin and the line of
// interest highlighted: where Problems and the project tree take the user.
//
// Editable: the text is set by its file editor (setFileText keeps the
// cursor and scroll position) and userEdited() tells when the user typed.
// Problems of the file are shown inline: a coloured mark in the margin, a
// wavy underline on the line, and the message as a tool tip.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);
    const QString &path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    void setFileText(const QByteArray &text);
    void goToLine(int line, int column = 1);
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // Find (Ctrl+F): asks for the text (the selection proposed) and selects
    // its next place, from the top again at the end. What to tell the user
    // when it is nowhere; empty otherwise.
    QString askAndFind();

signals:
    void userEdited();
    // Undo or redo was pressed here: pending typing must reach the history first.
    void historyKeyPressed();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    class LineNumberArea;
    LineNumberArea *m_lineNumbers;
    QString m_path;
    QList<Diagnostic> m_diagnostics;
    QTextEdit::ExtraSelection m_lineHighlight;
    YamlHighlighter *m_highlighter;
    bool m_settingText = false;

    void updateSelections();

    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    QColor lineHighlightColour() const;
    void updateLineNumberArea(const QRect &rect, int dy);
};

} // namespace hive::gui
