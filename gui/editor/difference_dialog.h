#pragma once

#include <QDialog>
#include <QList>

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
    QList<QPushButton *> m_choices;
    QPushButton *m_chosen = nullptr;
    class QDialogButtonBox *m_buttons;
};

} // namespace hive::gui
