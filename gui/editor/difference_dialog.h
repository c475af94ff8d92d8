#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace hive::gui {

// A unified diff of a file's two versions, coloured (removed and added lines
// tinted from the palette, so it reads in light and dark), with the choices
// the caller offers as verb buttons ("Reload from Disk", "Keep My Changes");
// Close (Esc) keeps everything as it is.
class DifferenceDialog : public QDialog
{
    Q_OBJECT
public:
    DifferenceDialog(const QString &title, const QString &intro, const QString &unifiedDiff,
                     QWidget *parent = nullptr);
    // A button that closes the dialog; chosen() tells which one was pressed.
    QPushButton *addChoice(const QString &text);
    QPushButton *chosen() const { return m_chosen; }
    QPlainTextEdit *text() const { return m_text; }

private:
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
    QPushButton *m_chosen = nullptr;
};

} // namespace hive::gui
