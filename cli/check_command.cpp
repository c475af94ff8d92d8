#include "cli/check_command.h"

#include "cli/command_context.h"
#include "data/json_writer.h"
#include "recipes/inventory_templates.h"

namespace hive::cli {

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("print the problems as JSON")});
    parser.addOption({QStringLiteral("strict"), tr("treat warnings as errors")});
}

int CheckCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (!context.openProject())
        return 1;
    const LoadedInventory loaded = context.project().loadInventory();
    DiagnosticList diags = loaded.diagnostics;
    // The Jinja2 templates of the stage's variables, read by Ansible (their
    // syntax: rendering them would run lookups).
    if (loaded.ok()) {
        Inventory inventory = loaded.inventory;
        auto templates =
            InventoryTemplates::Context::of(context.project(), QStringLiteral("check"));
        templates.syntaxOnly = true;
        QList<InventoryTemplates::Problem> problems;
        QString error;
        if (!InventoryTemplates::render(inventory, inventory.hostsOf(context.project().stage()),
                                        templates, problems, error)) {
            for (const InventoryTemplates::Problem &p : std::as_const(problems)) {
                Diagnostic d;
                d.code = QStringLiteral("template");
                d.message = tr("%1 of %2: %3").arg(p.key, p.host, p.message);
                d.mark = p.mark;
                d.stage = context.project().stage();
                d.key = p.key;
                diags.add(d);
            }
            if (problems.isEmpty()) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.code = QStringLiteral("template-unchecked");
                d.message = error;
                diags.add(d);
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        Value list = Value::list();
        for (const Diagnostic &d : diags.sorted()) {
            Value item = Value::map();
            item.insert(
                QStringLiteral("severity"),
                Value::string(d.isError() ? QStringLiteral("error") : QStringLiteral("warning")));
            item.insert(QStringLiteral("code"), Value::string(d.code));
            item.insert(QStringLiteral("message"), Value::string(d.message));
            item.insert(QStringLiteral("file"), Value::string(d.mark.file));
            item.insert(QStringLiteral("line"), Value::integer(d.mark.line));
            item.insert(QStringLiteral("column"), Value::integer(d.mark.column));
            item.insert(QStringLiteral("stage"), Value::string(d.stage));
            item.insert(QStringLiteral("service"), Value::string(d.service));
            item.insert(QStringLiteral("key"), Value::string(d.key));
            list.append(item);
        }
        context.out() << QString::fromUtf8(JsonWriter::write(list)) << Qt::endl;
    } else {
        if (!diags.isEmpty())
            context.printDiagnostics(diags, true);
        if (!diags.hasErrors()) {
            int hosts = 0;
            if (const StagePlan *stage = loaded.hive.stage(context.project().stage()))
                hosts = int(stage->hosts.size());
            context.out() << tr("%1: stage %2, %3 hosts, %4 services, %5 networks — OK")
                                 .arg(loaded.hive.name, context.project().stage())
                                 .arg(hosts)
                                 .arg(loaded.services.services.size())
                                 .arg(loaded.services.networks.size())
                          << Qt::endl;
        }
    }
    if (diags.hasErrors())
        return 1;
    if (parser.isSet(QStringLiteral("strict")) && diags.warningCount() > 0)
        return 1;
    return 0;
}

} // namespace hive::cli
