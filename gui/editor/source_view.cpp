#include "gui/editor/source_view.h"

#include "gui/editor/yaml_highlighter.h"
#include "gui/run/desktop_preferences.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace hive::gui {

class SourceView::LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->lineNumberWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)),
      m_highlighter(new YamlHighlighter(document()))
{
    setObjectName(QStringLiteral("sourceView"));
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    DesktopPreferences::useFixedFont(this);
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateLineNumberArea);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        // The line a jump marked is not where it was any more.
        if (m_lineHighlight.cursor.block().isValid()) {
            m_lineHighlight = QTextEdit::ExtraSelection();
            updateSelections();
        }
        emit userEdited();
    });
}

void SourceView::setFileText(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text);
    if (s == toPlainText())
        return;
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_settingText = true;
    // Through the cursor, so the document keeps its undo-free state and the
    // caret stays where the user was.
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    all.insertText(s);
    m_settingText = false;
    QTextCursor c(document());
    c.setPosition(std::min(position, int(s.size())));
    setTextCursor(c);
    verticalScrollBar()->setValue(scroll);
}

void SourceView::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    updateSelections();
    m_lineNumbers->update();
}

void SourceView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_lineHighlight.cursor.block().isValid())
        selections << m_lineHighlight;
    for (const Diagnostic &d : m_diagnostics) {
        const QTextBlock block = document()->findBlockByNumber(std::max(0, d.mark.line - 1));
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(d.isError() ? QColor(0xd0, 0x30, 0x30)
                                                 : QColor(0xd0, 0x90, 0x00));
        sel.format.setToolTip(d.message);
        QTextCursor c(block);
        const int indent = int(block.text().size() - block.text().trimmed().size());
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                       std::min(indent, std::max(0, d.mark.column - 1)));
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        sel.cursor = c;
        selections << sel;
    }
    setExtraSelections(selections);
}

bool SourceView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Undo and redo belong to the file's history (the window's actions).
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            emit historyKeyPressed();
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPoint p = viewport()->mapFromGlobal(help->globalPos());
        const int line = cursorForPosition(p).blockNumber() + 1;
        QStringList messages;
        for (const Diagnostic &d : m_diagnostics) {
            if (d.mark.line == line)
                messages << d.message;
        }
        if (!messages.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::event(event);
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->followPalette();
        if (m_lineHighlight.cursor.block().isValid()) {
            m_lineHighlight.format.setBackground(lineHighlightColour());
            updateSelections();
        }
    }
}

void SourceView::keyPressEvent(QKeyEvent *event)
{
    // A new line starts where the one before it did (and one step deeper
    // after a key that opens a mapping or list: "key:" at the end).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & ~Qt::KeypadModifier) && !isReadOnly()) {
        const QString line = textCursor().block().text().left(textCursor().positionInBlock());
        QString indent;
        for (const QChar c : line) {
            if (c != QLatin1Char(' '))
                break;
            indent += c;
        }
        const QString code = line.section(QStringLiteral(" #"), 0, 0).trimmed();
        if (code.endsWith(QLatin1Char(':')))
            indent += QStringLiteral("  ");
        else if (code.startsWith(QStringLiteral("- ")))
            indent += QStringLiteral("  "); // the list item's own keys
        textCursor().insertText(QLatin1Char('\n') + indent);
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SourceView::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    // The cursor shows where typing goes (after Alt+3 or a mode switch too).
    ensureCursorVisible();
}

QColor SourceView::lineHighlightColour() const
{
    return palette()
        .color(QPalette::Highlight)
        .lighter(palette().color(QPalette::Base).lightness() > 128 ? 170 : 60);
}

void SourceView::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, column - 1));
    setTextCursor(cursor);
    centerCursor();
    m_lineHighlight = QTextEdit::ExtraSelection();
    m_lineHighlight.format.setBackground(lineHighlightColour());
    m_lineHighlight.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_lineHighlight.cursor = QTextCursor(block);
    updateSelections();
}

int SourceView::lineNumberWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 22 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberWidth(), r.height()));
}

void SourceView::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void SourceView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible()) {
            const int line = block.blockNumber() + 1;
            painter.drawText(0, top, m_lineNumbers->width() - 6, height, Qt::AlignRight,
                             QString::number(line));
            for (const Diagnostic &d : m_diagnostics) {
                if (d.mark.line != line)
                    continue;
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(d.isError() ? QColor(0xd0, 0x30, 0x30) : QColor(0xd0, 0x90, 0x00));
                const int r = std::max(3, height / 5);
                painter.drawEllipse(QPoint(r + 2, top + height / 2), r, r);
                painter.restore();
                break;
            }
        }
        top += height;
        block = block.next();
    }
}

QString SourceView::askAndFind()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Find"), tr("Find in %1:").arg(QFileInfo(m_path).fileName()),
                              QLineEdit::Normal, textCursor().selectedText(), &ok);
    if (!ok || text.isEmpty() || find(text))
        return {};
    moveCursor(QTextCursor::Start);
    return find(text) ? QString() : tr("%1 not found").arg(text);
}

} // namespace hive::gui
