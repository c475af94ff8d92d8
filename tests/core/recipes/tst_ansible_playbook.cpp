#include "recipes/ansible_playbook.h"
#include "tests/support/inventory_fixture.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <mutex>

using namespace hive;

// One ansible-playbook for several hosts (setup-hosts' addon): each host
// gets its own status and failure from the real Ansible's output, and the
// lines about it.
class TestAnsiblePlaybook : public QObject
{
    Q_OBJECT

private slots:
    // A project with hosts p-hive0..3.t reached locally, and `play` as its
    // playbook: Options for runOn, or empty when it cannot be set up.
    bool setUp(QTemporaryDir &root, const QByteArray &play, AnsiblePlaybook::Options &o)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                qFatal("ansible-playbook is not installed (scripts/install-deps.sh --test)");
            return false;
        }
        const LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .groupVars(QStringLiteral("all"), "ansible_connection: local\n")
                .load();
        const QString work = root.filePath(QStringLiteral("work"));
        QString error;
        QDir().mkpath(work);
        QDir().mkpath(root.filePath(QStringLiteral("roles")));
        QFile f(root.filePath(QStringLiteral("play.yml")));
        if (!loaded.ok() || !AnsiblePlaybook::writeInventory(loaded.inventory, work, error) ||
            !f.open(QIODevice::WriteOnly) || f.write(play) != play.size())
            qFatal("cannot set up the project: %s", qPrintable(error));
        o.projectRoot = root.path();
        o.contextDir = root.path();
        o.workDir = work;
        o.what = QStringLiteral("roles/addon");
        return true;
    }

    void oneRunGivesEachHostItsOwnResult()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("ansible-playbook is not installed (scripts/install-deps.sh --test)");
            QSKIP("ansible-playbook is not installed");
        }
        const LoadedInventory loaded =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), InventoryFixture::minimalHive())
                .groupVars(QStringLiteral("all"), "ansible_connection: local\n")
                .load();
        QVERIFY(loaded.ok());
        QTemporaryDir root;
        const QString work = root.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(work));
        QString error;
        QVERIFY2(AnsiblePlaybook::writeInventory(loaded.inventory, work, error), qPrintable(error));
        const QString playbook = root.filePath(QStringLiteral("play.yml"));
        QFile play(playbook);
        QVERIFY(play.open(QIODevice::WriteOnly));
        play.write("- hosts: all\n"
                   "  gather_facts: false\n"
                   "  tasks:\n"
                   "    - name: something changes on hive0\n"
                   "      command: /bin/true\n"
                   "      when: inventory_hostname.startswith('p-hive0')\n"
                   "    - name: hive1 fails\n"
                   "      fail:\n"
                   "        msg: hive1 refuses\n"
                   "      when: inventory_hostname.startswith('p-hive1')\n");
        play.close();
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("roles"))));

        const QStringList hosts{QStringLiteral("p-hive0.t"), QStringLiteral("p-hive1.t"),
                                QStringLiteral("p-hive2.t")};
        AnsiblePlaybook::Options o;
        o.projectRoot = root.path();
        o.contextDir = root.path();
        o.workDir = work;
        o.what = QStringLiteral("roles/addon");
        std::mutex linesMutex;
        QHash<QString, QStringList> lines;
        o.onHostOutput = [&](const QString &host, const QString &line) {
            std::lock_guard lock(linesMutex);
            lines[host] << line;
        };
        const QHash<QString, AnsiblePlaybook::HostOutcome> out =
            AnsiblePlaybook::runOn(playbook, hosts, o);
        QCOMPARE(out.size(), 3);
        const auto &h0 = out.value(hosts.at(0));
        const auto &h1 = out.value(hosts.at(1));
        const auto &h2 = out.value(hosts.at(2));
        QVERIFY2(h0.status == RunEvent::Status::Changed, qPrintable(h0.message));
        QCOMPARE(h0.changedTasks, 1);
        QVERIFY2(h1.status == RunEvent::Status::Failed &&
                     h1.message.contains(QStringLiteral("hive1 refuses")),
                 qPrintable(h1.message));
        QVERIFY2(h2.status == RunEvent::Status::Ok, qPrintable(h2.message));
        // Each host's lines are about it; the tasks' headers go to all.
        const QString all = lines.value(hosts.at(2)).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("TASK [hive1 fails]")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("hive1 refuses")) && !all.contains(hosts.at(0)),
                 qPrintable(all));
        QVERIFY(lines.value(hosts.at(1))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("hive1 refuses")));
        // A host left out of the run is not in it.
        QVERIFY(!lines.contains(QStringLiteral("p-hive3.t")));
    }

    // A failure that stops every host (any_errors_fatal) leaves the others'
    // recap lines clean: they were stopped, not done, and say so.
    void hostsStoppedByAnotherHostsFailureFailToo()
    {
        QTemporaryDir root;
        AnsiblePlaybook::Options o;
        if (!setUp(root,
                   "- hosts: all\n"
                   "  gather_facts: false\n"
                   "  any_errors_fatal: true\n"
                   "  tasks:\n"
                   "    - name: hive1 fails\n"
                   "      fail:\n"
                   "        msg: hive1 refuses\n"
                   "      when: inventory_hostname.startswith('p-hive1')\n"
                   "    - name: never reached\n"
                   "      command: /bin/true\n",
                   o))
            QSKIP("ansible-playbook is not installed");
        const QStringList hosts{QStringLiteral("p-hive0.t"), QStringLiteral("p-hive1.t")};
        const QHash<QString, AnsiblePlaybook::HostOutcome> out =
            AnsiblePlaybook::runOn(root.filePath(QStringLiteral("play.yml")), hosts, o);
        const auto &h0 = out.value(hosts.at(0));
        QVERIFY2(h0.status == RunEvent::Status::Failed &&
                     h0.message.contains(QStringLiteral("before it was done")),
                 qPrintable(h0.message));
        QCOMPARE(out.value(hosts.at(1)).status, RunEvent::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestAnsiblePlaybook)
#include "tst_ansible_playbook.moc"
