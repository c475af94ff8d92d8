#include "cli/cli_application.h"

#include "cli/attributes_command.h"
#include "cli/check_command.h"
#include "cli/command_context.h"
#include "cli/doctor_command.h"
#include "cli/init_command.h"
#include "cli/inventory_command.h"
#include "cli/list_hosts_command.h"
#include "cli/list_services_command.h"
#include "cli/list_volumes_command.h"
#include "cli/phase_command.h"
#include "cli/recovery_command.h"
#include "cli/set_command.h"
#include "cli/shell_completion.h"
#include "cli/ssh_command.h"
#include "engine/phase_catalog.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace hive::cli {

namespace {
QCommandLineOption globalOption(const QString &shortName, const QString &longName,
                                const QString &description, const QString &valueName = {})
{
    QStringList names{shortName, longName};
    if (longName.contains(QLatin1Char('_'))) {
        QString dashed = longName;
        names << dashed.replace(QLatin1Char('_'), QLatin1Char('-'));
    }
    return QCommandLineOption(names, description, valueName);
}

} // namespace

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<InventoryCommand>());
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<SetCommand>());
    m_commands.push_back(std::make_unique<ListHostsCommand>());
    m_commands.push_back(std::make_unique<ListServicesCommand>());
    m_commands.push_back(std::make_unique<ListVolumesCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<AttributesCommand>());
    for (const PhaseTraits &phase : PhaseCatalog::all())
        m_commands.push_back(std::make_unique<PhaseCommand>(phase.name));
    m_commands.push_back(std::make_unique<PhaseCommand>(QStringLiteral("all")));
    m_commands.push_back(std::make_unique<SshCommand>());
    m_commands.push_back(std::make_unique<DoctorCommand>());
    m_commands.push_back(std::make_unique<RecoveryCommand>(QStringLiteral("maintenance")));
    m_commands.push_back(std::make_unique<RecoveryCommand>(QStringLiteral("backup")));
    m_commands.push_back(std::make_unique<RecoveryCommand>(QStringLiteral("restore")));
    m_commands.push_back(std::make_unique<RecoveryCommand>(QStringLiteral("recover")));
}

CliApplication::~CliApplication() = default;

const Command *CliApplication::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QString CliApplication::overview() const
{
    QString text =
        tr("usage: hive [-h] [--version] [-r ROOT_DIR] [-s {production,staging,private}]\n"
           "            [-i INVENTORY_PATH] [-c CONTEXT_DIR] [-W TEMP_DIR] [-v]\n"
           "            SUBCOMMAND [options]\n\n"
           "Hive Studio command line: design, build, run and repair a hive.\n\n"
           "subcommands:\n");
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name(), -14).arg(c->description());
    text += tr("\nRun 'hive SUBCOMMAND --help' for the options of a subcommand.\n");
    return text;
}

void CliApplication::addSubcommandOptions(const Command &command, QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("show this help")});
    command.addOptions(parser);
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("show this help"));
    const QCommandLineOption version(QStringLiteral("version"), tr("show the version"));
    const QCommandLineOption root = globalOption(
        QStringLiteral("r"), QStringLiteral("root_dir"),
        tr("directory where hold project inventory/settings (default: current directory)"),
        QStringLiteral("ROOT_DIR"));
    const QCommandLineOption stage =
        globalOption(QStringLiteral("s"), QStringLiteral("stage"),
                     tr("stage: production, staging or private"), QStringLiteral("STAGE"));
    const QCommandLineOption inventory =
        globalOption(QStringLiteral("i"), QStringLiteral("inventory_path"), tr("path of inventory"),
                     QStringLiteral("INVENTORY_PATH"));
    const QCommandLineOption context = globalOption(
        QStringLiteral("c"), QStringLiteral("context_dir"),
        tr("directory where save context (ex. CA key, ssh_config)"), QStringLiteral("CONTEXT_DIR"));
    const QCommandLineOption temp =
        globalOption(QStringLiteral("W"), QStringLiteral("temp_dir"),
                     tr("directory where save temporary files"), QStringLiteral("TEMP_DIR"));
    const QCommandLineOption playbooks = globalOption(
        QStringLiteral("P"), QStringLiteral("playbooks_dir"),
        tr("accepted for hive-builder compatibility; not used"), QStringLiteral("PLAYBOOKS_DIR"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("output verbose log"));
    global.addOptions({help, version, root, stage, inventory, context, temp, playbooks, verbose});

    // The bash completion the package installs asks here (not listed in --help).
    if (arguments.value(1) == QLatin1String("__complete")) {
        QStringList names;
        for (const auto &c : m_commands)
            names << c->name();
        const ShellCompletion completion(global.helpText(), names, [this](const QString &name) {
            const Command *c = find(name);
            if (!c)
                return QString();
            QCommandLineParser parser;
            addSubcommandOptions(*c, parser);
            return parser.helpText();
        });
        for (const QString &word : completion.candidates(arguments.mid(2)))
            out << word << '\n';
        return 0;
    }

    if (!global.parse(arguments)) {
        err << global.errorText() << '\n' << overview();
        return 2;
    }
    if (global.isSet(version)) {
        out << QStringLiteral("hive %1\n").arg(QStringLiteral(HIVE_VERSION));
        return 0;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(help) || rest.isEmpty()) {
        (rest.isEmpty() && !global.isSet(help) ? err : out) << overview();
        return global.isSet(help) ? 0 : 2;
    }
    const QString stageName = global.value(stage);
    if (!stageName.isEmpty() && stageName != QLatin1String("private") &&
        stageName != QLatin1String("staging") && stageName != QLatin1String("production")) {
        err << tr("argument -s/--stage: invalid choice: '%1' (choose from 'production', "
                  "'staging', 'private')")
                   .arg(stageName)
            << '\n';
        return 2;
    }

    const QString name = rest.first();
    const Command *command = find(name);
    if (!command) {
        err << tr("unknown subcommand '%1'").arg(name) << "\n\n" << overview();
        return 2;
    }

    QCommandLineParser sub;
    sub.setApplicationDescription(command->description());
    addSubcommandOptions(*command, sub);
    QStringList subArgs = rest;
    subArgs[0] = QStringLiteral("hive ") + name;
    // Qt's help names the program by its path: name the subcommand instead.
    const auto helpText = [&sub, &subArgs] {
        QString text = sub.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = text.indexOf(program);
        if (!program.isEmpty() && at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), subArgs.first());
        return text;
    };
    if (!sub.parse(subArgs)) {
        err << sub.errorText() << "\n\n" << helpText();
        return 2;
    }
    if (sub.isSet(QStringLiteral("help"))) {
        out << helpText();
        return 0;
    }

    Project::Options options;
    options.rootDir = global.value(root);
    options.stage = stageName;
    options.inventoryPath = global.value(inventory);
    options.contextDir = global.value(context);
    options.tempDir = global.value(temp);
    CommandContext ctx(options, global.isSet(verbose));
    return command->run(ctx, sub);
}

} // namespace hive::cli
