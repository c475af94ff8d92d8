#include "gui/build/phase_pipeline.h"

#include "engine/phase_order.h"
#include "gui/run/run_status_style.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace hive::gui {

PhasePipeline::PhasePipeline(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("phasePipeline"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_group->setExclusive(true);
    const QStringList phases = PhaseOrder::phases();
    for (int i = 0; i < phases.size(); ++i) {
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("→"), this);
            arrow->setEnabled(false);
            layout->addWidget(arrow);
        }
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("phase-") + phases.at(i));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(false);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        b->setProperty("phase", phases.at(i));
        b->installEventFilter(this);
        m_group->addButton(b, i);
        m_buttons << b;
        layout->addWidget(b, 1);
        update(phases.at(i));
    }
    m_buttons.first()->setChecked(true);
    for (QToolButton *b : std::as_const(m_buttons))
        connect(b, &QToolButton::toggled, this, [this, b](bool on) {
            if (on)
                emit currentChanged(b->property("phase").toString());
        });
}

void PhasePipeline::setOutcome(const QString &phase, RunEvent::Status status, qint64 elapsedMs,
                               const QString &action)
{
    State &s = m_states[phase];
    s.status = status;
    s.elapsedMs = elapsedMs;
    s.action = action;
    update(phase);
}

void PhasePipeline::setRunning(const QString &phase, bool running)
{
    m_states[phase].running = running;
    update(phase);
}

void PhasePipeline::setNext(const QString &phase)
{
    const QString before = m_next;
    m_next = phase;
    update(before);
    update(phase);
}

void PhasePipeline::clearStates()
{
    m_states.clear();
    for (const QString &p : PhaseOrder::phases())
        update(p);
}

QString PhasePipeline::current() const
{
    return PhaseOrder::phases().value(m_group->checkedId());
}

void PhasePipeline::setCurrent(const QString &phase)
{
    const int i = int(PhaseOrder::phases().indexOf(phase));
    if (i >= 0 && i != m_group->checkedId())
        m_buttons.at(i)->setChecked(true);
}

QString PhasePipeline::stateText(const QString &phase) const
{
    const State s = m_states.value(phase);
    QString text;
    if (s.running)
        text = RunStatusStyle::word(RunEvent::Status::None, true);
    else if (s.status == RunEvent::Status::None)
        text = tr("not run");
    else if (s.status == RunEvent::Status::Ok || s.status == RunEvent::Status::Changed)
        text = s.action == QLatin1String("destroy")        ? tr("removed")
               : s.action == QLatin1String("destroy-some") ? tr("some removed")
               : s.action == QLatin1String("halt")         ? tr("stopped")
               : s.action == QLatin1String("halt-some")    ? tr("some stopped")
                                                           : tr("succeeded");
    else
        text = RunStatusStyle::word(s.status);
    if (!s.running && s.elapsedMs >= 0)
        text += QStringLiteral(" · ") + RunStatusStyle::seconds(s.elapsedMs);
    if (phase == m_next)
        text += QStringLiteral(" · ") + tr("next");
    return text;
}

void PhasePipeline::update(const QString &phase)
{
    const int i = int(PhaseOrder::phases().indexOf(phase));
    if (i < 0)
        return;
    QToolButton *b = m_buttons.at(i);
    const State s = m_states.value(phase);
    b->setText(QStringLiteral("%1\n%2").arg(phase, stateText(phase)));
    b->setIcon(RunStatusStyle::icon(style(), s.status, s.running));
    QFont f = b->font();
    f.setBold(phase == m_next || s.running);
    b->setFont(f);
    b->setToolTip(phase == m_next ? tr("%1 — start_phase: `hive all` starts here").arg(phase)
                                  : phase);
    b->setAccessibleName(QStringLiteral("%1: %2").arg(phase, stateText(phase)));
}

bool PhasePipeline::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int id = m_group->checkedId();
        int to = -1;
        if (key->key() == Qt::Key_Left)
            to = qMax(0, id - 1);
        else if (key->key() == Qt::Key_Right)
            to = qMin(int(m_buttons.size()) - 1, id + 1);
        else if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit runRequested(current());
            return true;
        }
        if (to >= 0) {
            m_buttons.at(to)->setChecked(true);
            m_buttons.at(to)->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PhasePipeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        for (const QString &p : PhaseOrder::phases())
            update(p);
    QWidget::changeEvent(event);
}

} // namespace hive::gui
