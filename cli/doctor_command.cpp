#include "cli/doctor_command.h"

#include "cli/command_context.h"
#include "cli/interrupt_flag.h"
#include "cli/table_printer.h"
#include "health/hive_doctor.h"
#include "inventory/inventory_loader.h"

namespace hive::cli {

void DoctorCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("print the findings as JSON")});
    parser.addOption({{QStringLiteral("a"), QStringLiteral("all")},
                      tr("show the evidence of the findings that are ok too")});
    parser.setApplicationDescription(
        tr("Exit status: 0 all ok, 3 a warning, 4 something critical, 1 the checks could not "
           "run."));
}

int DoctorCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (!context.openProject())
        return 1;
    LoadedInventory loaded;
    if (!context.loadInventory(loaded, false))
        return 1;
    const bool json = parser.isSet(QStringLiteral("json"));
    HiveDoctor::Options options;
    options.cancel = InterruptFlag::install();
    if (!json)
        options.progress = [&](const QString &text) { context.err() << text << Qt::endl; };
    HealthReport report;
    QString error;
    if (!HiveDoctor::run(context.project(), loaded, options, report, error)) {
        context.err() << error << Qt::endl;
        return 1;
    }
    if (json) {
        context.out() << QString::fromUtf8(report.toJson());
        return HealthReport::exitCodeFor(report.worst());
    }

    // The hosts as the checks found them (the app's Hosts tab shows the same).
    TablePrinter hosts({tr("HOST"), tr("STATE"), tr("SWARM"), tr("LOAD"), tr("MEMORY USED"),
                        tr("FULLEST DISK"), tr("UP FOR")});
    for (const HostState &h : std::as_const(report.hosts))
        hosts.addRow({h.host, h.conditionText(), h.swarmRoleText(), h.loadText(), h.memoryText(),
                      h.diskText(), h.uptimeText()});
    hosts.print(context.out());
    context.out() << Qt::endl;

    TablePrinter table({tr("STATUS"), tr("AREA"), tr("SUBJECT"), tr("FINDING")});
    for (const HealthCheck &c : std::as_const(report.checks))
        table.addRow({HealthCheck::severityText(c.severity), c.area, c.subject, c.summary});
    table.print(context.out());

    const bool all = parser.isSet(QStringLiteral("all")) || context.verbose();
    for (const HealthCheck &c : std::as_const(report.checks)) {
        if (c.severity == HealthCheck::Severity::Ok && !all)
            continue;
        context.out() << Qt::endl
                      << QStringLiteral("[%1] %2: %3")
                             .arg(HealthCheck::severityText(c.severity), c.subject, c.summary)
                      << Qt::endl;
        if (!c.evidence.isEmpty()) {
            context.out() << tr("  evidence:") << Qt::endl;
            for (const QString &line : c.evidence.split(QLatin1Char('\n')))
                context.out() << QStringLiteral("    ") << line << Qt::endl;
        }
        if (!c.action.isEmpty()) {
            context.out() << tr("  what to do:") << Qt::endl;
            for (const QString &line : c.action.split(QLatin1Char('\n')))
                context.out() << QStringLiteral("    ") << line << Qt::endl;
        }
    }
    context.out() << Qt::endl
                  << tr("stage %1: %2 (%3 critical, %4 warning(s), %5 ok) in %6 s")
                         .arg(report.stage, HealthCheck::severityText(report.worst()).toUpper())
                         .arg(report.count(HealthCheck::Severity::Critical))
                         .arg(report.count(HealthCheck::Severity::Warning))
                         .arg(report.count(HealthCheck::Severity::Ok))
                         .arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return HealthReport::exitCodeFor(report.worst());
}

} // namespace hive::cli
