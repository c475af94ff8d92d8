// `bench_startup [runs]`: time from an empty process to a usable project
// window with the sample project open (inventory loaded, plan, tree and
// Problems filled, window painted), measured by starting `hive-studio
// --startup-probe` as a fresh process each run (offscreen). Prints the time
// the app reports for itself and the wall-clock time of the whole process.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const QString studio = QStringLiteral(HIVE_STUDIO_BINARY);
    const QString project = QStringLiteral(HIVE_EXAMPLES_DIR "/sample");
    QTextStream out(stdout);
    QList<double> inApp;
    QList<double> wall;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(studio, {QStringLiteral("--startup-probe"), project});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            out << "hive-studio --startup-probe failed: " << p.readAllStandardError() << '\n';
            return 1;
        }
        wall << double(t.nsecsElapsed()) / 1e6;
        inApp << p.readAllStandardOutput().trimmed().toDouble();
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    out << QStringLiteral("startup to a usable window with the sample open (%1 runs, median):\n")
               .arg(runs);
    out << QStringLiteral("  in the app (main() to window painted): %1 ms\n")
               .arg(median(inApp), 0, 'f', 1);
    out << QStringLiteral("  whole process (exec to exit):          %1 ms\n")
               .arg(median(wall), 0, 'f', 1);
    return 0;
}
