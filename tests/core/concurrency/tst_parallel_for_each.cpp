#include "concurrency/parallel_for_each.h"

#include <QTest>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

using namespace hive;

// A step runs on its hosts at once, but never on more than its bound: every
// index once, at most maxParallel at a time, and all done when run returns.
class TestParallelForEach : public QObject
{
    Q_OBJECT
private slots:
    void everyIndexOnceWithinTheBound()
    {
        std::mutex mutex;
        std::multiset<int> seen;
        std::atomic_int running{0};
        std::atomic_int most{0};
        ParallelForEach::run(40, 4, [&](int i) {
            const int now = ++running;
            int was = most.load();
            while (now > was && !most.compare_exchange_weak(was, now)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            {
                std::lock_guard lock(mutex);
                seen.insert(i);
            }
            --running;
        });
        QCOMPARE(int(seen.size()), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(int(seen.count(i)), 1);
        QVERIFY2(most.load() <= 4, qPrintable(QString::number(most.load())));
        QVERIFY2(most.load() >= 2, "the work never ran side by side");
        QCOMPARE(running.load(), 0);
    }

    void oneAtATimeRunsInOrderOnTheCallersThread()
    {
        QList<int> order;
        const auto caller = std::this_thread::get_id();
        bool sameThread = true;
        ParallelForEach::run(5, 1, [&](int i) {
            order << i;
            sameThread = sameThread && std::this_thread::get_id() == caller;
        });
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
        QVERIFY(sameThread);
        int calls = 0;
        ParallelForEach::run(0, 8, [&](int) { ++calls; });
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestParallelForEach)
#include "tst_parallel_for_each.moc"
