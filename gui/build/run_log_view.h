#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace hive {
class RunState;
struct RunEvent;
} // namespace hive

namespace hive::gui {

// The run's log as the CLI prints it with -v, live and filterable: by host,
// by step, by how the step ended on its host (its output lines follow it),
// and by text (Ctrl+F); wrap on or off; Copy takes the lines shown.
class RunLogView : public QWidget
{
    Q_OBJECT
public:
    explicit RunLogView(QWidget *parent = nullptr);

    // Shows the events of `state` (all of them again).
    void show(const RunState *state);
    // The state took more events: adds those from `first` on that pass the filter.
    void append(int first);
    void setHostFilter(const QString &host);
    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }
    void focusSearch();

    // One event as a line of the log (the CLI's -v wording).
    static QString line(const RunEvent &event, qint64 atMs);

private:
    const RunState *m_state = nullptr;
    QComboBox *m_host;
    QComboBox *m_step;
    QComboBox *m_status;
    QLineEdit *m_search;
    QToolButton *m_wrap;
    QToolButton *m_copy;
    QPlainTextEdit *m_text;
    int m_shown = 0; // events looked at so far

    bool passes(const RunEvent &event) const;
    void rebuild();
    void updateChoices();
};

} // namespace hive::gui
