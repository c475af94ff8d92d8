// `bench_open [runs]`: the project window with a generated project of 1000
// services in 20 files (offscreen). A timer ticks every millisecond on the
// window's event loop; the longest gap between two ticks is the longest
// time the window could not answer a key or a click. Prints, as medians:
// - opening the project (read, check, tree, problems, plan drawn);
// - showing the Topology tab for the first time (the topology drawn);
// - an edit of a definition file reloading everything (as typing does);
// and how long each took in all (an edit's time includes the 250 ms the
// window waits for typing to pause). Target: no pause over 100 ms.
#include "bench/generated_project.h"
#include "gui/shell/main_window.h"
#include "gui/shell/project_document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace hive::gui;

namespace {

// The longest gap between ticks of a 1 ms timer on the event loop.
class PauseMeter
{
public:
    PauseMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_longest = 0;
        m_last = m_clock.nsecsElapsed();
    }
    // The longest pause since reset(), in ms (the tick's own 1 ms taken off).
    double longestMs() const { return std::max(0.0, double(m_longest) / 1e6 - 1.0); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Runs the event loop for `ms`.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until the document has loaded (or 30 s passed);
// returns the time it took in ms.
double untilReloaded(ProjectDocument *document, const std::function<void()> &start)
{
    QEventLoop loop;
    QElapsedTimer t;
    const auto c = QObject::connect(document, &ProjectDocument::reloaded, &loop, [&] {
        if (!document->isLoading())
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &loop, [&] {
        t.start();
        start();
    });
    loop.exec();
    QObject::disconnect(c);
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window remembers recent projects: not in the user's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString inventory = GeneratedProject::write(dir.path(), 1000, 20);
    const QString edited = inventory + QStringLiteral("/services07.yml");
    QFile file(edited);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(edited));
    const QByteArray original = file.readAll();

    QList<double> openPause, openTime, topologyPause, topologyTime, editPause, editTime;
    for (int i = 0; i < runs; ++i) {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        settle(200);
        PauseMeter meter;
        openTime << untilReloaded(window.document(), [&] { window.openProject(dir.path()); });
        settle(300);
        openPause << meter.longestMs();

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("editors"));
        meter.reset();
        QTimer::singleShot(0, tabs, [&] {
            QElapsedTimer t;
            t.start();
            tabs->setCurrentIndex(1);
            tabs->grab(); // painted
            topologyTime << double(t.nsecsElapsed()) / 1e6;
        });
        settle(300);
        topologyPause << meter.longestMs();

        // Typing in the editor: the text changes, the inventory reloads.
        meter.reset();
        editTime << untilReloaded(window.document(), [&] {
            window.document()->setUnsaved(edited, original + "  typed:\n    image: nginx:1.27\n");
        });
        settle(300);
        editPause << meter.longestMs();
    }
    out << QStringLiteral("the window with 1000 services in 20 files (%1 runs, median; "
                          "target: no pause over 100 ms)\n")
               .arg(runs);
    const auto line = [&](const QString &what, const QList<double> &pause,
                          const QList<double> &time) {
        out << QStringLiteral("  %1: longest pause %2 ms (%3 ms in all)\n")
                   .arg(what)
                   .arg(median(pause), 0, 'f', 1)
                   .arg(median(time), 0, 'f', 1);
    };
    line(QStringLiteral("opening the project"), openPause, openTime);
    line(QStringLiteral("first look at the topology"), topologyPause, topologyTime);
    line(QStringLiteral("an edit reloading it"), editPause, editTime);
    return 0;
}
