#pragma once

#include "engine/phase_request.h"
#include "project/project.h"

#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;

namespace hive {
struct LoadedInventory;
}

namespace hive::gui {

// The actions on the phase chosen in the pipeline — Run Phase (F5), Run from
// Here (Shift+F5 = `all -S`), Check Only (F6 = -C), Halt Servers… and
// Destroy… (asked first, only where the phase has -H/-D; a run that
// changes hosts asks first too) — with Limit (-l)
// and Tags (-T, where the phase has tags), and the `hive` command line they
// run (with the phases start_phase makes it run first). A chosen action is
// handed on as a request.
class PhaseActionBar : public QWidget
{
    Q_OBJECT
public:
    // The shortcuts work wherever the focus is inside `scope`.
    explicit PhaseActionBar(QWidget *scope);

    // `loaded` names the hive and its hosts in the questions asked before a run.
    void setProject(const Project &project, std::shared_ptr<const LoadedInventory> loaded = {});
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
    std::shared_ptr<const LoadedInventory> m_loaded;
    bool m_projectOpen = false;
    bool m_running = false;
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
    // Why nothing can run on the stage (its provider cannot build yet); empty when it can.
    QString cannotRun() const;
    // A run that changes hosts asks first, naming the hive, the stage and
    // the hosts (Preferences may turn this off for the private stage only).
    bool confirmRun(const PhaseRequest &request);
    // "stage S of hive H" and the hosts a request reaches, for the questions.
    QString stageOfHive() const;
    QStringList hostsOf(const PhaseRequest &request) const;
};

} // namespace hive::gui
