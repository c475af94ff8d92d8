#pragma once

#include "engine/run_event.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace hive::gui {

// The seven phases as a pipeline, left to right: each shows how its latest
// run ended (not run, succeeded, removed by -D, failed, interrupted) or that
// it runs now,
// with its duration, and the phase start_phase points at is marked as next
// to run. One phase is the current one (click, or Left/Right when the strip
// has focus); Enter asks to run it.
class PhasePipeline : public QWidget
{
    Q_OBJECT
public:
    explicit PhasePipeline(QWidget *parent = nullptr);

    // `action`: what the run was when not a build ("destroy", "halt"): one
    // that succeeded is shown as what it did (removed, stopped), not as a
    // success.
    void setOutcome(const QString &phase, RunEvent::Status status, qint64 elapsedMs,
                    const QString &action = QString());
    void setRunning(const QString &phase, bool running);
    void setNext(const QString &phase);
    void clearStates();
    QString current() const;
    void setCurrent(const QString &phase);
    // The words shown for a phase (for tests and accessibility).
    QString stateText(const QString &phase) const;

signals:
    void currentChanged(const QString &phase);
    void runRequested(const QString &phase);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct State
    {
        RunEvent::Status status = RunEvent::Status::None;
        qint64 elapsedMs = -1;
        bool running = false;
        QString action;
    };
    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
    QHash<QString, State> m_states;
    QString m_next;

    void update(const QString &phase);
};

} // namespace hive::gui
