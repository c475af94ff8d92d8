// What `hive` prints for the events of a run: a phase's end says "changed"
// after a run and "check: would change" after a check (-C), in the words the
// app's Build tab uses; the host tally and a failure's advice follow it.
#include "cli/run_event_printer.h"
#include "engine/run_wording.h"

#include <QtTest>

using namespace hive;

namespace {

RunEvent event(RunEvent::Kind kind, RunEvent::Status status, const QString &action = {},
               const QString &host = {})
{
    RunEvent e;
    e.kind = kind;
    e.status = status;
    e.phase = QStringLiteral("setup-hosts");
    e.step = QStringLiteral("base");
    e.host = host;
    e.action = action;
    e.elapsedMs = 1500;
    return e;
}

QString printed(const QString &action)
{
    QString text;
    QTextStream out(&text);
    cli::RunEventPrinter printer(out, false, false);
    printer.post(event(RunEvent::Kind::PhaseStarted, RunEvent::Status::None, action));
    printer.post(event(RunEvent::Kind::StepStarted, RunEvent::Status::None, action));
    printer.post(event(RunEvent::Kind::HostFinished, RunEvent::Status::Changed, action,
                       QStringLiteral("p-hive0")));
    printer.post(event(RunEvent::Kind::StepFinished, RunEvent::Status::Changed, action));
    printer.post(event(RunEvent::Kind::PhaseFinished, RunEvent::Status::Changed, action));
    out.flush();
    return text;
}

} // namespace

class TestRunEventPrinter : public QObject
{
    Q_OBJECT

private slots:
    void aCheckSaysWhatWouldChange()
    {
        const QString run = printed(QStringLiteral("run"));
        QVERIFY2(run.contains(QStringLiteral("== setup-hosts changed (1.5 s)")), qPrintable(run));
        const QString check = printed(QStringLiteral("check"));
        QVERIFY2(check.contains(QStringLiteral("== setup-hosts check: would change (1.5 s)")),
                 qPrintable(check));
        QVERIFY2(check.contains(QStringLiteral("p-hive0")), qPrintable(check));
        QCOMPARE(RunWording::checkStatus(RunEvent::Status::Ok),
                 QStringLiteral("check: nothing to change"));
    }
};

QTEST_GUILESS_MAIN(TestRunEventPrinter)
#include "tst_run_event_printer.moc"
