#include "gui/build/run_log_view.h"

#include "engine/run_state.h"
#include "gui/run/desktop_preferences.h"
#include "gui/run/run_status_style.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hive::gui {

namespace {

// The status filter's choices: a status, or any.
constexpr int kAny = -100;

} // namespace

RunLogView::RunLogView(QWidget *parent)
    : QWidget(parent), m_host(new QComboBox(this)), m_step(new QComboBox(this)),
      m_status(new QComboBox(this)), m_search(new QLineEdit(this)), m_wrap(new QToolButton(this)),
      m_copy(new QToolButton(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("runLog"));
    auto *bar = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        bar->addWidget(l);
        bar->addWidget(w);
    };
    m_host->setObjectName(QStringLiteral("runLogHost"));
    m_step->setObjectName(QStringLiteral("runLogStep"));
    m_status->setObjectName(QStringLiteral("runLogStatus"));
    m_search->setObjectName(QStringLiteral("runLogSearch"));
    for (QComboBox *c : {m_host, m_step})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    labelled(tr("Host:"), m_host);
    labelled(tr("Step:"), m_step);
    labelled(tr("Stat&us:"), m_status);
    m_status->addItem(tr("Any"), kAny);
    for (RunEvent::Status s :
         {RunEvent::Status::Failed, RunEvent::Status::Interrupted, RunEvent::Status::Changed,
          RunEvent::Status::Ok, RunEvent::Status::Skipped})
        m_status->addItem(RunStatusStyle::word(s), int(s));
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_wrap->setText(tr("&Wrap"));
    m_wrap->setCheckable(true);
    m_wrap->setToolTip(tr("Wrap long lines"));
    bar->addWidget(m_wrap);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the lines shown"));
    bar->addWidget(m_copy);

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    DesktopPreferences::useFixedFont(m_text);
    m_text->setObjectName(QStringLiteral("runLogText"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    for (QComboBox *c : {m_host, m_step, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &RunLogView::rebuild);
    connect(m_search, &QLineEdit::textChanged, this, &RunLogView::rebuild);
    connect(m_wrap, &QToolButton::toggled, this, [this](bool on) {
        m_text->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    updateChoices();
}

QString RunLogView::line(const RunEvent &e, qint64 atMs)
{
    const QString at = QStringLiteral("[%1] ").arg(RunStatusStyle::clock(atMs));
    const QString host = e.host.isEmpty() ? QString() : e.host + QStringLiteral(": ");
    switch (e.kind) {
    case RunEvent::Kind::PhaseStarted:
        return at + QStringLiteral("== ") + e.phase +
               (e.text.isEmpty() ? QString() : QStringLiteral(": ") + e.text);
    case RunEvent::Kind::PhaseFinished:
        return at + QStringLiteral("== %1 %2 (%3)")
                        .arg(e.phase, RunStatusStyle::word(e.status),
                             RunStatusStyle::seconds(e.elapsedMs));
    case RunEvent::Kind::StepStarted:
        return at + QStringLiteral("-- ") + e.step +
               (e.text.isEmpty() ? QString() : QStringLiteral(": ") + e.text);
    case RunEvent::Kind::HostFinished:
        return at + QStringLiteral("   %1 %2%3 (%4)")
                        .arg(RunStatusStyle::word(e.status).leftJustified(11), host, e.text,
                             RunStatusStyle::seconds(e.elapsedMs));
    case RunEvent::Kind::Output:
        return at + QStringLiteral("   | ") + host + e.text;
    case RunEvent::Kind::Progress:
        return at + QStringLiteral("   [%1/%2] %3%4").arg(e.done).arg(e.total).arg(host, e.text);
    case RunEvent::Kind::Message:
        return at + QStringLiteral("   ") + host + e.text;
    case RunEvent::Kind::StepFinished:
    case RunEvent::Kind::HostStarted:
    case RunEvent::Kind::StartPhaseMoved:
        break;
    }
    return QString();
}

void RunLogView::show(const RunState *state)
{
    m_state = state;
    updateChoices();
    rebuild();
}

void RunLogView::setHostFilter(const QString &host)
{
    updateChoices();
    const int i = m_host->findData(host);
    m_host->setCurrentIndex(i < 0 ? 0 : i);
}

QString RunLogView::text() const
{
    return m_text->toPlainText();
}

void RunLogView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool RunLogView::passes(const RunEvent &e) const
{
    if (e.kind == RunEvent::Kind::StepFinished || e.kind == RunEvent::Kind::HostStarted ||
        e.kind == RunEvent::Kind::StartPhaseMoved)
        return false;
    const QVariant host = m_host->currentData();
    if (host.isValid() && e.host != host.toString())
        return false;
    const QVariant step = m_step->currentData();
    if (step.isValid() && e.step != step.toString())
        return false;
    const int status = m_status->currentData().toInt();
    if (status != kAny) {
        // A cell's lines follow how the step ended on its host.
        const RunState::Cell *c = m_state->cell(e.phase, e.step, e.host);
        if (!c || c->running || int(c->status) != status)
            return false;
    }
    const QString search = m_search->text();
    if (!search.isEmpty() && !e.text.contains(search, Qt::CaseInsensitive) &&
        !e.host.contains(search, Qt::CaseInsensitive) &&
        !e.step.contains(search, Qt::CaseInsensitive))
        return false;
    return true;
}

void RunLogView::rebuild()
{
    m_shown = 0;
    m_text->clear();
    append(0);
}

void RunLogView::append(int first)
{
    if (!m_state)
        return;
    const QList<RunEvent> &events = m_state->events();
    if (first < m_shown)
        first = m_shown;
    QStringList lines;
    const qint64 t0 = m_state->firstEventTime();
    bool newChoices = false;
    for (int i = first; i < events.size(); ++i) {
        const RunEvent &e = events.at(i);
        if ((!e.host.isEmpty() && m_host->findData(e.host) < 0) ||
            (!e.step.isEmpty() && m_step->findData(e.step) < 0))
            newChoices = true;
        if (passes(e))
            lines << line(e, e.timeMs - t0);
    }
    m_shown = int(events.size());
    if (newChoices)
        updateChoices();
    if (lines.isEmpty())
        return;
    // Follow the end only when the reader is there already.
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_text->appendPlainText(lines.join(QLatin1Char('\n')));
    if (atEnd)
        bar->setValue(bar->maximum());
}

void RunLogView::updateChoices()
{
    QStringList hosts, steps;
    if (m_state) {
        for (const QString &phase : m_state->phases()) {
            const RunState::Phase *p = m_state->phase(phase);
            for (const QString &h : p->hosts) {
                if (!h.isEmpty() && !hosts.contains(h))
                    hosts << h;
            }
            for (const QString &s : p->steps) {
                if (!steps.contains(s))
                    steps << s;
            }
        }
    }
    const auto fill = [](QComboBox *box, const QString &any, const QStringList &items) {
        const QVariant current = box->currentData();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any);
        for (const QString &i : items)
            box->addItem(i, i);
        const int at = current.isValid() ? box->findData(current) : 0;
        box->setCurrentIndex(at < 0 ? 0 : at);
    };
    fill(m_host, tr("All hosts"), hosts);
    fill(m_step, tr("All steps"), steps);
}

} // namespace hive::gui
