#include "concurrency/joined_run.h"

#include <QTest>
#include <atomic>
#include <future>
#include <thread>
#include <vector>

using namespace hive;

// The hosts of a step share one piece of work: it runs once, for the hosts
// that joined, after every expected host joined or passed, and each joined
// host gets its own result.
class TestJoinedRun : public QObject
{
    Q_OBJECT

    using Run = JoinedRun<QString>;

    static QStringList hosts()
    {
        return {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    }

private slots:
    void theWorkRunsOnceForTheHostsThatJoined()
    {
        std::atomic_int runs{0};
        QStringList ranFor;
        Run run([&](const QStringList &joined) {
            ++runs;
            ranFor = joined;
            QHash<QString, QString> out;
            for (const QString &h : joined)
                out.insert(h, QStringLiteral("done on ") + h);
            return out;
        });
        run.expect(hosts());
        QHash<QString, QString> got;
        std::mutex gotMutex;
        std::vector<std::thread> threads;
        for (const QString &host : hosts()) {
            threads.emplace_back([&, host] {
                Run::Ticket ticket(run, host);
                // b passes on purpose, d by returning without joining (the
                // ticket passes for it), the last of them perhaps.
                if (host == QLatin1String("b")) {
                    ticket.pass();
                    return;
                }
                if (host == QLatin1String("d")) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                    return;
                }
                const QString result = ticket.join();
                std::lock_guard lock(gotMutex);
                got.insert(host, result);
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(runs.load(), 1);
        ranFor.sort();
        QCOMPARE(ranFor, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(got.value(QStringLiteral("a")), QStringLiteral("done on a"));
        QCOMPARE(got.value(QStringLiteral("c")), QStringLiteral("done on c"));
        QCOMPARE(got.size(), 2);
    }

    // The last host to arrive passes: its own result is not held back
    // while the others' work runs; a host that joined runs it.
    void aHostThatPassesLastDoesNotRunTheWork()
    {
        std::promise<void> released;
        std::shared_future<void> release = released.get_future().share();
        Run run([&](const QStringList &joined) {
            const bool waited =
                release.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
            return QHash<QString, QString>{
                {joined.first(), waited ? QStringLiteral("ran") : QStringLiteral("held")}};
        });
        run.expect({QStringLiteral("a"), QStringLiteral("b")});
        QString result;
        std::thread a([&] { result = run.join(QStringLiteral("a")); });
        // a has joined (or will): b passes and goes on at once; were b to
        // run the work, it would wait for the release it is about to give.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        run.pass(QStringLiteral("b"));
        released.set_value();
        a.join();
        QCOMPARE(result, QStringLiteral("ran"));
    }

    void noWorkWhenEveryHostPasses()
    {
        std::atomic_int runs{0};
        Run run([&](const QStringList &) {
            ++runs;
            return QHash<QString, QString>();
        });
        run.expect(hosts());
        for (const QString &host : hosts()) {
            Run::Ticket ticket(run, host);
        }
        QCOMPARE(runs.load(), 0);
        // The next step's use starts afresh.
        run.expect({QStringLiteral("a")});
        Run::Ticket ticket(run, QStringLiteral("a"));
        ticket.join();
        QCOMPARE(runs.load(), 1);
    }

    void aHostNotAnnouncedRunsAlone()
    {
        QStringList ranFor;
        Run run([&](const QStringList &joined) {
            ranFor << joined;
            return QHash<QString, QString>{{joined.first(), QStringLiteral("alone")}};
        });
        run.expect({QStringLiteral("a")});
        QCOMPARE(run.join(QStringLiteral("z")), QStringLiteral("alone"));
        QCOMPARE(ranFor, QStringList{QStringLiteral("z")});
    }
};

QTEST_GUILESS_MAIN(TestJoinedRun)
#include "tst_joined_run.moc"
