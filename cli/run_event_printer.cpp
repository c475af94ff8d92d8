#include "cli/run_event_printer.h"

#include "cli/table_printer.h"
#include "engine/run_summary.h"
#include "engine/run_wording.h"

namespace hive::cli {

RunEventPrinter::RunEventPrinter(QTextStream &out, bool verbose, bool json)
    : m_out(out), m_verbose(verbose), m_json(json)
{}

QString RunEventPrinter::statusWord(RunEvent::Status status)
{
    // A failure stands out in a terminal.
    const QString word = RunWording::status(status);
    return status == RunEvent::Status::Failed ? word.toUpper() : word;
}

QString RunEventPrinter::seconds(qint64 ms)
{
    return RunWording::seconds(ms);
}

void RunEventPrinter::post(const RunEvent &e)
{
    std::lock_guard lock(m_mutex);
    if (m_json) {
        m_out << QString::fromUtf8(e.toJsonLine());
        m_out.flush();
        return;
    }
    // Output only goes to the terminal: the tallies and failures do not
    // need it, and a long `hive all` would keep every line of it.
    if (e.kind != RunEvent::Kind::Output)
        m_state.add(e);
    switch (e.kind) {
    case RunEvent::Kind::PhaseStarted:
        m_out << QStringLiteral("== ") << e.phase
              << (e.text.isEmpty() ? QString() : QStringLiteral(": ") + e.text) << Qt::endl;
        break;
    case RunEvent::Kind::PhaseFinished: {
        printSummary(e.phase);
        // A check (-C) says what would change, as the app does.
        const RunState::Phase *p = m_state.phase(e.phase);
        const bool check = p && p->action == QLatin1String("check");
        m_out << QStringLiteral("== %1 %2 (%3)")
                     .arg(e.phase, check ? RunWording::checkStatus(e.status) : statusWord(e.status),
                          seconds(e.elapsedMs))
              << Qt::endl;
        break;
    }
    case RunEvent::Kind::StepStarted:
        m_out << QStringLiteral("-- %1").arg(e.step)
              << (e.text.isEmpty() ? QString() : QStringLiteral(": ") + e.text) << Qt::endl;
        break;
    case RunEvent::Kind::StepFinished:
    case RunEvent::Kind::HostStarted:
        break;
    case RunEvent::Kind::HostFinished: {
        const QString status = statusWord(e.status).leftJustified(8);
        const QString host = e.host.isEmpty() ? QString() : e.host + QStringLiteral("  ");
        m_out << QStringLiteral("   %1 %2%3 (%4)").arg(status, host, e.text, seconds(e.elapsedMs))
              << Qt::endl;
        break;
    }
    case RunEvent::Kind::Output:
        if (m_verbose)
            m_out << QStringLiteral("   | %1%2")
                         .arg(e.host.isEmpty() ? QString() : e.host + QStringLiteral(": "), e.text)
                  << Qt::endl;
        break;
    case RunEvent::Kind::Progress:
        m_out << QStringLiteral("   [%1/%2] %3%4")
                     .arg(e.done)
                     .arg(e.total)
                     .arg(e.host.isEmpty() ? QString() : e.host + QStringLiteral(": "), e.text)
              << Qt::endl;
        break;
    case RunEvent::Kind::Message:
        m_out << QStringLiteral("   %1%2").arg(
                     e.host.isEmpty() ? QString() : e.host + QStringLiteral(": "), e.text)
              << Qt::endl;
        break;
    case RunEvent::Kind::StartPhaseMoved: // in --json only: a terminal needs no line for it
        break;
    }
}

void RunEventPrinter::printSummary(const QString &phase)
{
    const QList<RunSummary::HostTally> tallies = RunSummary::tallies(m_state, phase);
    if (!tallies.isEmpty()) {
        TablePrinter table({tr("HOST"), tr("OK"), tr("CHANGED"), tr("SKIPPED"), tr("FAILED")});
        for (const RunSummary::HostTally &t : tallies)
            table.addRow({t.host, QString::number(t.ok), QString::number(t.changed),
                          QString::number(t.skipped), QString::number(t.failed)});
        m_out << Qt::endl;
        table.print(m_out);
    }
    QStringList advised;
    for (const RunSummary::Failure &f : RunSummary::failures(m_state, phase)) {
        m_out << tr("FAILED %1%2: %3")
                     .arg(f.host.isEmpty() ? QString() : f.host + QStringLiteral(" "),
                          QStringLiteral("[%1]").arg(f.step), f.text)
              << Qt::endl;
        // What to try, as the app's Build tab says it; each piece of advice once.
        if (!advised.contains(f.advice)) {
            advised << f.advice;
            m_out << QStringLiteral("  ") << tr("what to try: %1").arg(f.advice) << Qt::endl;
        }
    }
}

} // namespace hive::cli
