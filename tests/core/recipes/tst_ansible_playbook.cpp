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
};

QTEST_GUILESS_MAIN(TestAnsiblePlaybook)
#include "tst_ansible_playbook.moc"
