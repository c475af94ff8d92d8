#include "cli/run_event_printer.h"

#include "cli/table_printer.h"
#include "engine/run_failure_advice.h"
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
    switch (e.kind) {
    case RunEvent::Kind::PhaseStarted:
        m_hostOrder.clear();
        m_hostCounts.clear();
        m_failures.clear();
        m_out << QStringLiteral("== ") << e.phase
              << (e.text.isEmpty() ? QString() : QStringLiteral(": ") + e.text) << Qt::endl;
        break;
    case RunEvent::Kind::PhaseFinished:
        printSummary(e);
        m_out << QStringLiteral("== %1 %2 (%3)")
                     .arg(e.phase, statusWord(e.status), seconds(e.elapsedMs))
              << Qt::endl;
        break;
    case RunEvent::Kind::StepStarted:
        m_out << QStringLiteral("-- %1").arg(e.step)
              << (e.text.isEmpty() ? QString() : QStringLiteral(": ") + e.text) << Qt::endl;
        break;
    case RunEvent::Kind::StepFinished:
    case RunEvent::Kind::HostStarted:
        break;
    case RunEvent::Kind::HostFinished: {
        if (!e.host.isEmpty()) {
            if (!m_hostCounts.contains(e.host))
                m_hostOrder << e.host;
            ++m_hostCounts[e.host][int(e.status)];
        }
        if (e.status == RunEvent::Status::Failed)
            m_failures << e;
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

void RunEventPrinter::printSummary(const RunEvent &finished)
{
    if (!m_hostOrder.isEmpty()) {
        TablePrinter table({tr("HOST"), tr("OK"), tr("CHANGED"), tr("SKIPPED"), tr("FAILED")});
        for (const QString &host : std::as_const(m_hostOrder)) {
            const QHash<int, int> &c = m_hostCounts[host];
            table.addRow({host, QString::number(c.value(int(RunEvent::Status::Ok))),
                          QString::number(c.value(int(RunEvent::Status::Changed))),
                          QString::number(c.value(int(RunEvent::Status::Skipped))),
                          QString::number(c.value(int(RunEvent::Status::Failed)) +
                                          c.value(int(RunEvent::Status::Interrupted)))});
        }
        m_out << Qt::endl;
        table.print(m_out);
    }
    QStringList advised;
    for (const RunEvent &f : std::as_const(m_failures)) {
        m_out << tr("FAILED %1%2: %3")
                     .arg(f.host.isEmpty() ? QString() : f.host + QStringLiteral(" "),
                          QStringLiteral("[%1]").arg(f.step), f.text)
              << Qt::endl;
        // What to try, as the app's Build tab says it; each piece of advice once.
        const QString advice = RunFailureAdvice::advise(f.phase, f.step, f.host, f.text);
        if (!advised.contains(advice)) {
            advised << advice;
            m_out << QStringLiteral("  ") << tr("what to try: %1").arg(advice) << Qt::endl;
        }
    }
    Q_UNUSED(finished)
}

} // namespace hive::cli
