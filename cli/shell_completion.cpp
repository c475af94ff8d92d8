#include "cli/shell_completion.h"

#include "engine/phase_catalog.h"
#include "engine/phase_order.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "project/variable_catalog.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace hive::cli {

namespace {
const QString kFiles = QStringLiteral(":files");
const QString kDirs = QStringLiteral(":dirs");

bool isOneOf(const QString &option, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (option == QLatin1String(name))
            return true;
    }
    return false;
}

const ShellCompletion::OptionName *findOption(const QList<ShellCompletion::OptionName> &options,
                                              const QString &word)
{
    for (const ShellCompletion::OptionName &o : options) {
        if (o.names.contains(word))
            return &o;
    }
    return nullptr;
}

// The option's long name with dashes, the one the value tables below use.
QString canonical(const ShellCompletion::OptionName &option)
{
    QString best = option.names.value(0);
    for (const QString &n : option.names) {
        if (n.startsWith(QLatin1String("--")) && !n.contains(QLatin1Char('_')))
            return n;
        if (n.startsWith(QLatin1String("--")))
            best = n;
    }
    return best;
}
} // namespace

ShellCompletion::ShellCompletion(const QString &globalHelp, const QStringList &commands,
                                 std::function<QString(const QString &name)> subcommandHelp)
    : m_globalHelp(globalHelp), m_commands(commands), m_subcommandHelp(std::move(subcommandHelp))
{}

QList<ShellCompletion::OptionName> ShellCompletion::optionsOfHelp(const QString &helpText)
{
    // "  -l, --limit <LIMIT>   only these ..." (the description may start on
    // the next line when the names are long).
    static const QRegularExpression line(QStringLiteral("^  (-\\S.*?)(?:\\s{2,}|$)"));
    QList<OptionName> options;
    for (const QString &text : helpText.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            continue;
        QString names = m.captured(1).trimmed();
        OptionName option;
        const int value = names.indexOf(QLatin1String(" <"));
        if (value >= 0) {
            option.takesValue = true;
            names.truncate(value);
        }
        for (const QString &n : names.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (n.startsWith(QLatin1Char('-')))
                option.names << n.trimmed();
        }
        if (!option.names.isEmpty())
            options << option;
    }
    return options;
}

QStringList ShellCompletion::candidates(const QStringList &words) const
{
    const QString current = words.isEmpty() ? QString() : words.last();
    const QList<OptionName> globals = optionsOfHelp(m_globalHelp);
    QList<OptionName> local;
    QString commandName, rootDir, stage;
    QStringList given;
    const OptionName *pending = nullptr;
    bool pendingGlobal = false, afterDashDash = false;

    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString &w = words.at(i);
        if (pending) {
            if (w == QLatin1String("="))
                continue; // bash splits "--stage=private" at the '='
            if (pendingGlobal && isOneOf(canonical(*pending), {"--root-dir"}))
                rootDir = w;
            if (pendingGlobal && isOneOf(canonical(*pending), {"--stage"}))
                stage = w;
            pending = nullptr;
            continue;
        }
        if (commandName.isEmpty()) {
            if (w.startsWith(QLatin1Char('-'))) {
                pending = findOption(globals, w);
                pendingGlobal = true;
                if (pending && !pending->takesValue)
                    pending = nullptr;
                continue;
            }
            if (!m_commands.contains(w))
                return {};
            commandName = w;
            local = optionsOfHelp(m_subcommandHelp(w));
            continue;
        }
        if (!afterDashDash && w == QLatin1String("--")) {
            afterDashDash = true;
            continue;
        }
        if (!afterDashDash && w.startsWith(QLatin1Char('-'))) {
            pending = findOption(local, w);
            pendingGlobal = false;
            if (pending && !pending->takesValue)
                pending = nullptr;
            continue;
        }
        given << w;
    }

    QStringList all;
    if (pending) {
        if (current == QLatin1String("="))
            return {};
        all =
            valuesOf(pendingGlobal ? QString() : commandName, canonical(*pending), rootDir, stage);
    } else if (afterDashDash) {
        return {}; // a remote command (hive ssh -- ...)
    } else if (current.startsWith(QLatin1Char('-'))) {
        const QList<OptionName> &options = commandName.isEmpty() ? globals : local;
        for (const OptionName &o : options) {
            for (const QString &n : o.names) {
                // hive-builder's underscore spellings (--root_dir beside
                // --root-dir, --check_mode beside --check) only for those who
                // type them
                const bool alias =
                    n.contains(QLatin1Char('_')) &&
                    std::any_of(o.names.begin(), o.names.end(), [&](const QString &m) {
                        return m != n && m.startsWith(QLatin1String("--")) &&
                               !m.contains(QLatin1Char('_'));
                    });
                if (!alias || current.contains(QLatin1Char('_')))
                    all << n;
            }
        }
    } else if (commandName.isEmpty()) {
        all = m_commands;
    } else {
        all = positionals(commandName, given, rootDir, stage);
    }
    if (all.size() == 1 && (all.first() == kFiles || all.first() == kDirs))
        return all;
    QStringList out;
    for (const QString &c : std::as_const(all)) {
        if (c.startsWith(current) && !out.contains(c))
            out << c;
    }
    return out;
}

QStringList ShellCompletion::valuesOf(const QString &commandName, const QString &option,
                                      const QString &rootDir, const QString &stage) const
{
    if (commandName.isEmpty()) { // a global option
        if (option == QLatin1String("--stage"))
            return projectNames(QStringLiteral("stages"), rootDir, stage);
        if (isOneOf(option, {"--root-dir", "--context-dir", "--temp-dir", "--playbooks-dir",
                             "--inventory-path"}))
            return {kDirs};
        return {};
    }
    if (option == QLatin1String("--limit")) {
        const PhaseTraits *phase = PhaseCatalog::find(commandName);
        switch (phase ? phase->limit : PhaseTraits::Limit::Hosts) {
        case PhaseTraits::Limit::Volumes:
            return projectNames(QStringLiteral("volumes"), rootDir, stage);
        case PhaseTraits::Limit::Networks:
            return projectNames(QStringLiteral("networks"), rootDir, stage);
        case PhaseTraits::Limit::Services:
            return projectNames(QStringLiteral("services"), rootDir, stage);
        case PhaseTraits::Limit::Hosts:
            break;
        }
        return projectNames(QStringLiteral("hosts"), rootDir, stage);
    }
    if (option == QLatin1String("--ssh-host"))
        return projectNames(QStringLiteral("hosts"), rootDir, stage);
    if (option == QLatin1String("--start-phase"))
        return PhaseOrder::phases();
    return {};
}

QStringList ShellCompletion::positionals(const QString &commandName, const QStringList &given,
                                         const QString &rootDir, const QString &stage) const
{
    if (commandName == QLatin1String("maintenance")) {
        if (given.isEmpty())
            return projectNames(QStringLiteral("hosts"), rootDir, stage);
        if (given.size() == 1)
            return {QStringLiteral("on"), QStringLiteral("off")};
    } else if (commandName == QLatin1String("recover")) {
        if (given.isEmpty())
            return {QStringLiteral("manager"), QStringLiteral("quorum"), QStringLiteral("node"),
                    QStringLiteral("units"),   QStringLiteral("disk"),   QStringLiteral("drbd"),
                    QStringLiteral("resume")};
        if (given.size() == 1 && isOneOf(given.first(), {"manager", "quorum", "node"}))
            return projectNames(QStringLiteral("hosts"), rootDir, stage);
        if (given.size() == 1 && given.first() == QLatin1String("drbd"))
            return projectNames(QStringLiteral("volumes"), rootDir, stage);
    } else if (commandName == QLatin1String("restore")) {
        if (given.isEmpty())
            return {kFiles};
    } else if (commandName == QLatin1String("set")) {
        if (given.isEmpty()) {
            QStringList names;
            for (const VariableSpec &v : VariableCatalog::all()) {
                if (v.scope != VariableSpec::Scope::None)
                    names << v.name;
            }
            return names;
        }
        if (given.size() == 1 && given.first() == QLatin1String("stage"))
            return {QStringLiteral("private"), QStringLiteral("staging"),
                    QStringLiteral("production")};
        if (given.size() == 1 && given.first() == QLatin1String("start_phase"))
            return PhaseOrder::phases();
    }
    return {};
}

QStringList ShellCompletion::projectNames(const QString &what, const QString &rootDir,
                                          const QString &stage)
{
    Project::Options options;
    options.rootDir = rootDir;
    options.stage = stage;
    Project project;
    DiagnosticList ignored;
    if (!Project::open(options, project, ignored))
        return {};
    // Read only: nothing is allocated or stored by completing a word.
    const LoadedInventory loaded = project.loadInventory();
    QStringList names;
    if (what == QLatin1String("stages")) {
        for (const StagePlan &s : loaded.hive.stages)
            names << s.name;
    } else if (what == QLatin1String("hosts")) {
        if (const StagePlan *s = loaded.hive.stage(project.stage())) {
            for (const HostPlan &h : s->hosts)
                names << h.name;
        }
    } else if (what == QLatin1String("services")) {
        for (const ServicePlan &s : loaded.services.services)
            names << s.name;
    } else if (what == QLatin1String("volumes")) {
        for (const ServicePlan &s : loaded.services.services) {
            for (const VolumePlan &v : s.volumes) {
                if (v.kind != VolumePlan::Kind::Mount && !names.contains(v.source))
                    names << v.source;
            }
        }
    } else if (what == QLatin1String("networks")) {
        for (const NetworkPlan &n : loaded.services.networks)
            names << n.name;
    }
    return names;
}

} // namespace hive::cli
