#pragma once

#include "engine/phase_request.h"
#include "project/project.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;

namespace hive::gui {

// The actions on the phase chosen in the pipeline — Run Phase (F5), Run from
// Here (Shift+F5 = `all -S`), Check Only (F6 = -C), Halt Servers… and
// Destroy… (asked first, only where the phase has -H/-D) — with Limit (-l)
// and Tags (-T, where the phase has tags), and the `hive` command line they
// run (with the phases start_phase makes it run first). A chosen action is
// handed on as a request.
class PhaseActionBar : public QWidget
{
    Q_OBJECT
public:
    // The shortcuts work wherever the focus is inside `scope`.
    explicit PhaseActionBar(QWidget *scope);

    void setProject(const Project &project);
    void setPhase(const QString &phase);
    // A run goes on (nothing can start), or no project is open.
    void setEnabledFor(bool projectOpen, bool running);
    // The request an action ("run", "from", "check", "halt", "destroy") runs.
    PhaseRequest requestFor(const QString &action) const;
    QString commandPreview() const;
    QLineEdit *limitField() const { return m_limit; }
    QList<QAction *> actions() const;

    void runChosen();
    void runFromHere();
    void checkChosen();
    void haltChosen();
    void destroyChosen();

signals:
    void runRequested(const PhaseRequest &request);

private:
    Project m_project;
    QString m_phase;
    QLineEdit *m_limit;
    QLineEdit *m_tags;
    QLabel *m_command;
    QAction *m_run;
    QAction *m_runFrom;
    QAction *m_check;
    QAction *m_halt;
    QAction *m_destroy;

    void updatePreview();
};

} // namespace hive::gui
