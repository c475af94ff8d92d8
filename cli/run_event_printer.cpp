#include "run_event_printer.h"

#include <QJsonDocument>

namespace hive::cli {

RunEventPrinter::RunEventPrinter(QTextStream &out, bool verbose, bool json)
    : m_out(out), m_verbose(verbose), m_json(json)
{}

QString RunEventPrinter::statusWord(RunEvent::Status status)
{
    switch (status) {
    case RunEvent::Status::Ok:
        return tr("ok");
    case RunEvent::Status::Changed:
        return tr("changed");
    case RunEvent::Status::Skipped:
        return tr("skipped");
    case RunEvent::Status::Failed:
        return tr("FAILED");
    case RunEvent::Status::Interrupted:
        return tr("interrupted");
    case RunEvent::Status::None:
        break;
    }
    return {};
}

QString RunEventPrinter::seconds(qint64 ms)
{
    return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

void RunEventPrinter::post(const RunEvent &e)
{
    std::lock_guard lock(m_mutex);
    if (m_json) {
        m_out << QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))
              << Qt::endl;
        return;
    }
    switch (e.kind) {
    case RunEvent::Kind::PhaseStarted:
        m_out << QStringLiteral("== %1: %2").arg(e.phase, e.text) << Qt::endl;
        break;
    case RunEvent::Kind::PhaseFinished:
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
    }
}

} // namespace hive::cli
