// Measures how long the core needs to load, validate and export projects of
// 100 and 1000 services (3 ports each, a DRBD volume on every 4th service,
// spread over 20 files), from files on disk, as `hive inventory --export` does;
// then `hive inventory --list --export` end to end (exec to exit), and, when
// HIVE_BUILDER_SRC names a hive-builder source folder (its hive_builder/
// package), hive-builder's own inventory plugins through `ansible-inventory
// --list` on the same project, with the ratio.
// Prints figures; asserts nothing (performance is tracked, not unit-tested).

#include "bench/generated_project.h"
#include "data/json_writer.h"
#include "inventory/inventory_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Figures
{
    double collect = 0, load = 0, exportList = 0, total = 0;
    qint64 bytes = 0;
};

Figures runOnce(const QString &inventory)
{
    Figures fig;
    QElapsedTimer t;
    t.start();
    hive::DiagnosticList diags;
    hive::InventoryLoader::Input input = hive::InventoryLoader::collect(inventory, diags);
    fig.collect = double(t.nsecsElapsed()) / 1e6;
    const hive::LoadedInventory loaded = hive::InventoryLoader::load(std::move(input), diags);
    fig.load = double(t.nsecsElapsed()) / 1e6 - fig.collect;
    if (!loaded.ok())
        qFatal("generated project does not load: %s",
               qPrintable(loaded.diagnostics.all().first().format()));
    const QByteArray json = hive::JsonWriter::write(loaded.inventory.toAnsibleList(true));
    fig.total = double(t.nsecsElapsed()) / 1e6;
    fig.exportList = fig.total - fig.collect - fig.load;
    fig.bytes = json.size();
    return fig;
}

// Milliseconds from exec to exit of `program args` in `dir` (output
// discarded); -1 when it failed.
double timedRun(const QString &program, const QStringList &args, const QString &dir,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // `bench_inventory --make-project DIR`: only writes the generated project
    // of 1000 services in 20 files (for profiling, or opening in the app).
    if (argc == 3 && qstrcmp(argv[1], "--make-project") == 0) {
        GeneratedProject::write(QString::fromLocal8Bit(argv[2]), 1000, 20);
        return 0;
    }
    const int repeats = 7;
    std::printf("%-10s %8s %9s %9s %9s %9s %10s\n", "services", "files", "read ms", "load ms",
                "export ms", "total ms", "json KiB");
    for (const int services : {100, 1000}) {
        QTemporaryDir dir;
        const QString inventory = GeneratedProject::write(dir.path(), services, 20);
        std::vector<Figures> runs;
        for (int i = 0; i < repeats; ++i)
            runs.push_back(runOnce(inventory));
        std::sort(runs.begin(), runs.end(),
                  [](const Figures &a, const Figures &b) { return a.total < b.total; });
        const Figures &median = runs[runs.size() / 2];
        std::printf("%-10d %8d %9.1f %9.1f %9.1f %9.1f %10lld\n", services, 20, median.collect,
                    median.load, median.exportList, median.total, median.bytes / 1024);
    }
    std::printf("(median of %d runs)\n", repeats);

    // End to end, and hive-builder's plugins beside it.
    QTemporaryDir dir;
    GeneratedProject::write(dir.path(), 1000, 20);
    std::vector<double> ours;
    for (int i = 0; i < repeats; ++i)
        ours.push_back(timedRun(QStringLiteral(HIVE_BINARY),
                                {QStringLiteral("-r"), dir.path(), QStringLiteral("inventory"),
                                 QStringLiteral("--list"), QStringLiteral("--export")},
                                dir.path()));
    const double end = median(ours);
    std::printf("hive inventory --list --export, 1000 services in 20 files: %.0f ms end to end "
                "(median of %d; target under 100 ms)\n",
                end, repeats);
    std::vector<double> version;
    for (int i = 0; i < 21; ++i)
        version.push_back(
            timedRun(QStringLiteral(HIVE_BINARY), {QStringLiteral("--version")}, dir.path()));
    std::printf("hive --version: %.1f ms end to end (median of 21; target under 10 ms)\n",
                median(version));
    const QString source = qEnvironmentVariable("HIVE_BUILDER_SRC");
    if (source.isEmpty()) {
        std::printf("hive-builder: not measured (HIVE_BUILDER_SRC=DIR: its source folder)\n");
        return end > 0 ? 0 : 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), source);
    env.insert(QStringLiteral("ANSIBLE_INVENTORY_PLUGINS"),
               source + QStringLiteral("/hive_builder/plugins"));
    env.insert(QStringLiteral("ANSIBLE_INVENTORY_ENABLED"),
               QStringLiteral("hive_inventory,hive_services"));
    const QStringList args{QStringLiteral("-i"), QStringLiteral("inventory"),
                           QStringLiteral("--list")};
    // The first run writes hive-builder's persistents: timed apart.
    const double first = timedRun(QStringLiteral("ansible-inventory"), args, dir.path(), env);
    std::vector<double> theirs;
    for (int i = 0; i < 3; ++i)
        theirs.push_back(timedRun(QStringLiteral("ansible-inventory"), args, dir.path(), env));
    const double their = median(theirs);
    if (first < 0 || their < 0) {
        std::printf("hive-builder's plugins failed on the project (ansible-inventory, "
                    "PYTHONPATH=%s)\n",
                    qPrintable(source));
        return 1;
    }
    std::printf("hive-builder's plugins (ansible-inventory --list), same project: %.0f ms "
                "(first run %.0f ms); hive is %.0fx faster (target 100x)\n",
                their, first, their / end);
    return 0;
}
