#include "engine/run_reporter.h"
#include "engine/step_sequence.h"
#include "providers/vagrant_machine_output.h"
#include "providers/vagrant_plan.h"
#include "providers/vagrant_provider.h"
#include "remote/local_command.h"
#include "tests/support/collecting_sink.h"
#include "tests/support/golden_file.h"
#include "tests/support/inventory_fixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

QByteArray hiveWith(const QByteArray &stageExtra)
{
    return "plugin: hive_inventory\n"
           "name: pdns\n"
           "stages:\n"
           "  private:\n"
           "    provider: vagrant\n"
           "    cidr: 192.168.56.0/24\n" +
           stageExtra;
}

// The stage of manual chapter 4 on vagrant: 3 hives and a repository
// server with sizes of its own, disks grown, DRBD disks on the hives.
const QByteArray kSized = "    memory_size: 4096\n"
                          "    repository_memory_size: 6G\n"
                          "    cpus: 2\n"
                          "    repository_cpus: 4\n"
                          "    disk_size: 40\n"
                          "    repository_disk_size: 60\n"
                          "    mirrored_disk_size: 20\n";

VagrantPlan planOf(const QByteArray &definition, QStringList &errors,
                   const QByteArray &groupVars = {})
{
    InventoryFixture f;
    f.file(QStringLiteral("hive.yml"), definition);
    if (!groupVars.isEmpty())
        f.groupVars(QStringLiteral("all"), groupVars);
    const LoadedInventory loaded = f.load();
    VagrantPlan plan;
    if (!loaded.ok()) {
        errors << describe(loaded.diagnostics);
        return plan;
    }
    VagrantPlan::make(loaded, *loaded.hive.stage(QStringLiteral("private")), plan, errors);
    return plan;
}

QString fixture(const QString &name)
{
    return QStringLiteral(HIVE_FIXTURES "/vagrant/") + name;
}

RunEvent::Status statusOf(CollectingSink &events, const QString &step, const QString &host)
{
    std::lock_guard lock(events.mutex);
    for (const RunEvent &e : std::as_const(events.events))
        if (e.kind == RunEvent::Kind::HostFinished && e.step == step && e.host == host)
            return e.status;
    return RunEvent::Status::Skipped;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whether the stand-in was called with arguments starting so (its log has
// a call per line; `vagrant ssh`'s command spans several).
bool called(const QString &log, const QByteArray &start)
{
    for (const QByteArray &line : readFile(log).split('\n'))
        if (line.startsWith(start))
            return true;
    return false;
}

} // namespace

// The vagrant provider. Its Vagrantfiles are compared with reviewed copies
// and checked by Vagrant itself (`vagrant validate`, Debian's vagrant with
// vagrant-libvirt); its commands run against a stand-in for vagrant
// (tests/fixtures/vagrant/stub-vagrant), as a real one needs KVM, which the
// test machines do not have: no virtual machine is booted here.
class TestVagrantProvider : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // `vagrant validate` in a folder of its own with `vagrantfile`.
    // `ignoreProvider`: without checking the providers' settings.
    QString validate(const QByteArray &vagrantfile, bool growRoot, bool ignoreProvider = false)
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("Vagrantfile")));
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write");
        f.write(vagrantfile);
        f.close();
        if (growRoot) {
            QFile g(dir.filePath(QLatin1String(VagrantPlan::kGrowRootScriptName)));
            if (!g.open(QIODevice::WriteOnly))
                return QStringLiteral("cannot write");
            g.write(VagrantPlan::growRootScript());
        }
        LocalCommand::Options o;
        o.workingDir = dir.path();
        o.timeoutMs = 120000;
        o.environment << QStringLiteral("VAGRANT_HOME=") +
                             m_dir.filePath(QStringLiteral("vagrant.d"))
                      << QStringLiteral("VAGRANT_CHECKPOINT_DISABLE=1");
        QStringList arguments{QStringLiteral("validate")};
        if (ignoreProvider)
            arguments << QStringLiteral("--ignore-provider");
        const CommandResult r = LocalCommand::run(QStringLiteral("vagrant"), arguments, o);
        return r.succeeded() ? QString() : r.stdoutText + r.stderrText + r.error;
    }

    bool haveVagrant()
    {
        if (!QStandardPaths::findExecutable(QStringLiteral("vagrant")).isEmpty())
            return true;
        if (qEnvironmentVariableIsSet("CI"))
            qFatal("vagrant is not installed: scripts/install-deps.sh --test installs it");
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // hive-builder's variants: a private network; a public one through a
    // new bridge or libvirt's existing one; a proxy, the box of image_name
    // and vagrant's own key kept. Each as reviewed, and valid to Vagrant.
    void vagrantfilesAsReviewedAndValidToVagrant_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QByteArray>("groupVars");
        QTest::addColumn<QString>("golden");
        // A public network's libvirt settings are checked against a running
        // libvirtd, which the test machines have not: those variants are
        // validated with --ignore-provider (the rest of the file still is).
        QTest::addColumn<bool>("bridged");
        QTest::newRow("private network, sized")
            << hiveWith(kSized) << QByteArray() << QStringLiteral("private-sized.Vagrantfile")
            << false;
        QTest::newRow("new bridge")
            << hiveWith("    separate_repository: false\n    bridge: brHive\n"
                        "    mirrored_disk_size: 10\n")
            << QByteArray() << QStringLiteral("bridge.Vagrantfile") << true;
        QTest::newRow("existing bridge, one host")
            << hiveWith("    number_of_hosts: 1\n    separate_repository: false\n    dev: br0\n"
                        "    memory_size: 8192\n")
            << QByteArray() << QStringLiteral("dev.Vagrantfile") << true;
        QTest::newRow("proxy and box")
            << hiveWith("    separate_repository: false\n    image_name: generic/rocky9\n"
                        "    vagrant_proxy: http://proxy.example.jp:8080\n")
            << QByteArray("hive_vagrant_ssh_insert_key: false\n")
            << QStringLiteral("proxy-box.Vagrantfile") << false;
    }
    void vagrantfilesAsReviewedAndValidToVagrant()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QByteArray, groupVars);
        QFETCH(QString, golden);
        QFETCH(bool, bridged);
        QStringList errors;
        const VagrantPlan plan = planOf(definition, errors, groupVars);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        compareWithGoldenFile(fixture(golden), plan.vagrantfile());
        if (!haveVagrant())
            QSKIP("vagrant is not installed here");
        const QString problem = validate(plan.vagrantfile(), plan.growsRoot(), bridged);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The check can fail: Vagrant refuses a host name it cannot set.
    void vagrantValidateRefusesABrokenVagrantfile()
    {
        if (!haveVagrant())
            QSKIP("vagrant is not installed here");
        QStringList errors;
        QByteArray text =
            planOf(hiveWith("    number_of_hosts: 1\n    separate_repository: false\n"), errors)
                .vagrantfile();
        text.replace("node.vm.hostname = \"p-hive0.pdns\"", "node.vm.hostname = \"bad_name!\"");
        QVERIFY(text.contains("bad_name!"));
        QVERIFY(!validate(text, false).isEmpty());
    }

    void theSizesOfEachMachine()
    {
        QStringList errors;
        const VagrantPlan plan = planOf(hiveWith(kSized), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.machines.size(), 4);
        QCOMPARE(plan.box, QStringLiteral("almalinux/9"));
        const VagrantPlan::Machine &hive0 = plan.machines.at(0);
        QCOMPARE(hive0.name, QStringLiteral("p-hive0.pdns"));
        QCOMPARE(hive0.memoryMiB, 4096);
        QCOMPARE(hive0.cpus, 2);
        QCOMPARE(hive0.diskGiB, 40);
        QCOMPARE(hive0.mirroredGiB, 20);
        const VagrantPlan::Machine &repository = plan.machines.at(3);
        QVERIFY(repository.isRepository);
        QCOMPARE(repository.memoryMiB, 6144);
        QCOMPARE(repository.cpus, 4);
        QCOMPARE(repository.diskGiB, 60);
        QCOMPARE(repository.mirroredGiB, 0); // no DRBD on the repository server
    }

    void badValuesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("box") << QByteArray("    image_name: \"alma; rm -rf /\"\n")
                             << QStringLiteral("is not a Vagrant box name");
        QTest::newRow("both bridges")
            << QByteArray("    bridge: brHive\n    dev: br0\n") << QStringLiteral("not both");
        QTest::newRow("bridge name")
            << QByteArray("    bridge: \"br\\\"x\"\n") << QStringLiteral("'bridge'");
        QTest::newRow("proxy") << QByteArray("    vagrant_proxy: \"http://p\\\"#{x}\"\n")
                               << QStringLiteral("is not an http:// or https:// address");
        QTest::newRow("memory") << QByteArray("    memory_size: lots\n")
                                << QStringLiteral("memory size 'lots'");
    }
    void badValuesAreNamed()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, expected);
        QStringList errors;
        planOf(hiveWith(extra), errors);
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QStringLiteral("stage private")) ||
                errors.join(QLatin1Char('\n')).contains(QStringLiteral("private")));
    }

    void machineReadableOutputIsRead()
    {
        const QList<VagrantMachineOutput::Record> records = VagrantMachineOutput::parseAll(
            "1796624091,p-hive0,metadata,provider,libvirt\n"
            "1796624091,p-hive0,state,running\n"
            "1796624091,p-hive1,state,shutoff\n"
            "1796624091,,ui,info,Current machine states:\\n\\np-hive0 running\n"
            "1796624091,,box-name,almalinux/9\n1796624091,,box-provider,libvirt\n"
            "1796624091,,error-exit,Vagrant::Errors::BoxNotFound,The box 'x/y' could not be "
            "found%!(VAGRANT_COMMA) or could not be accessed\n"
            "not a record\n");
        const QHash<QString, QString> states = VagrantMachineOutput::states(records);
        QCOMPARE(states.value(QStringLiteral("p-hive0")), QStringLiteral("running"));
        QCOMPARE(states.value(QStringLiteral("p-hive1")), QStringLiteral("shutoff"));
        QCOMPARE(VagrantMachineOutput::boxes(records),
                 QStringList{QStringLiteral("almalinux/9 libvirt")});
        QCOMPARE(VagrantMachineOutput::error(records),
                 QStringLiteral("The box 'x/y' could not be found, or could not be accessed"));
        QVERIFY(VagrantMachineOutput::advice(VagrantMachineOutput::error(records))
                    .contains(QStringLiteral("image_name")));
        // VirtualBox's own words for a host-only network outside its ranges.
        QVERIFY(VagrantMachineOutput::advice(
                    QStringLiteral("The IP address configured for the host-only network is not "
                                   "within the allowed ranges. Please update the address used "
                                   "to be within the allowed ranges and run the command again."))
                    .contains(QStringLiteral("/etc/vbox/networks.conf")));
        QVERIFY(VagrantMachineOutput::advice(QStringLiteral("something else")).isEmpty());
    }

    // The whole life of a stage against the stand-in: -C changes nothing;
    // a build writes the Vagrantfile, adds the box once, brings each
    // machine up and sets up the admin user through `vagrant ssh` (the host
    // keys read there); a second build starts nothing; -H halts; -D
    // destroys and removes the files it lists.
    void aStageLivesThroughVagrant()
    {
        QTemporaryDir context;
        const QString state = context.filePath(QStringLiteral("stub"));
        qputenv("STUB_STATE", state.toUtf8());
        QStringList errors;
        const VagrantPlan plan =
            planOf(hiveWith("    separate_repository: false\n    number_of_hosts: 2\n"
                            "    disk_size: 40\n    mirrored_disk_size: 10\n"),
                   errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QDir().mkpath(state);
        {
            QFile defined(state + QStringLiteral("/defined"));
            QVERIFY(defined.open(QIODevice::WriteOnly));
            defined.write("p-hive0.pdns p-hive1.pdns\n");
        }
        InfraRequest request;
        request.hiveName = QStringLiteral("pdns");
        request.stageName = QStringLiteral("private");
        request.adminUser = QStringLiteral("vagrant");
        request.publicKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEz7 hive@pdns");
        request.knownHostsFile = context.filePath(QStringLiteral("known_hosts"));
        for (const VagrantPlan::Machine &m : plan.machines)
            request.hosts.append({m.name, m.ip});
        const auto run = [&](InfraRequest::Action action, bool checkOnly, CollectingSink &events,
                             InfraResult &result, const QString &kvm) {
            request.action = action;
            request.checkOnly = checkOnly;
            VagrantProvider provider(plan, context.path());
            provider.setProgram(QStringLiteral(HIVE_FIXTURES "/vagrant/stub-vagrant"));
            provider.setKvmDevice(kvm);
            RunReporter reporter(&events, QStringLiteral("build-infra"));
            return StepSequence::run(reporter, provider.steps(request, result, reporter), {},
                                     StepSequence::Options{});
        };
        const QString calls = state + QStringLiteral("/calls.log");
        const QString kvm = QStringLiteral(HIVE_FIXTURES "/vagrant/stub-vagrant"); // exists
        const QString vagrantfile = context.filePath(QStringLiteral("Vagrantfile"));

        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Build, true, events, result, kvm));
            QVERIFY(!QFile::exists(vagrantfile));
            QVERIFY2(events.finishedText(QStringLiteral("hosts"), QStringLiteral("p-hive0.pdns"))
                         .contains(QStringLiteral("would create")),
                     qPrintable(events.finishedText(QStringLiteral("hosts"),
                                                    QStringLiteral("p-hive0.pdns"))));
            QVERIFY(!called(calls, "up "));
            QVERIFY(!called(calls, "box add"));
            // With no Vagrantfile yet, Vagrant is not asked about machines
            // it would look for in the folders above.
            QVERIFY(!called(calls, "status"));
        }
        // No KVM: said with what to do, not refused (libvirt can emulate);
        // a machine vagrant-libvirt then cannot make fails with its words
        // and the same advice. Nothing is left made.
        {
            qputenv("STUB_FAIL_UP", "p-hive0.pdns");
            CollectingSink events;
            InfraResult result;
            QVERIFY(!run(InfraRequest::Action::Build, false, events, result,
                         context.filePath(QStringLiteral("no-kvm"))));
            qunsetenv("STUB_FAIL_UP");
            QVERIFY2(events.finishedText(QStringLiteral("vagrant"), QString())
                         .contains(QStringLiteral("virtualization")),
                     qPrintable(events.finishedText(QStringLiteral("vagrant"), QString())));
            const QString up =
                events.finishedText(QStringLiteral("hosts"), QStringLiteral("p-hive0.pdns"));
            QVERIFY2(up.contains(QStringLiteral("domaintype=kvm")) &&
                         up.contains(QStringLiteral("virtualization")),
                     qPrintable(up));
            QCOMPARE(readFile(state + QStringLiteral("/machines/p-hive0.pdns")), QByteArray());
        }
        // From a clean slate again: no machine, no box, no files.
        QVERIFY(QDir(state).removeRecursively());
        QVERIFY(QDir().mkpath(state));
        {
            QFile defined(state + QStringLiteral("/defined"));
            QVERIFY(defined.open(QIODevice::WriteOnly));
            defined.write("p-hive0.pdns p-hive1.pdns\n");
        }
        QVERIFY(QFile::remove(vagrantfile));
        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Build, false, events, result, kvm));
            QCOMPARE(readFile(vagrantfile), plan.vagrantfile());
            QVERIFY(QFile::exists(context.filePath(QStringLiteral("growfs.sh"))));
            QVERIFY(readFile(calls).contains("box add --provider libvirt --machine-readable "
                                             "almalinux/9"));
            QVERIFY(readFile(calls).contains("up --provider libvirt --machine-readable "
                                             "p-hive1.pdns"));
            QCOMPARE(statusOf(events, QStringLiteral("hosts"), QStringLiteral("p-hive0.pdns")),
                     RunEvent::Status::Changed);
            const QStringList keys = result.hostKeys(QStringLiteral("p-hive0.pdns"));
            QCOMPARE(keys.size(), 2);
            QVERIFY(keys.at(1).startsWith(
                QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyOfphive0pdns")));
            // The admin user's set-up got the user and key, each quoted.
            const QByteArray command =
                readFile(state + QStringLiteral("/ssh-p-hive0.pdns.command"));
            QVERIFY(command.startsWith("cat /etc/ssh/ssh_host_*_key.pub && sudo -n sh -c '"));
            QVERIFY2(command.trimmed().endsWith(
                         "' sh vagrant 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEz7 hive@pdns'"),
                     command.right(120).constData());
            // What vagrant up said reached the run, per host.
            bool said = false;
            for (const RunEvent &e : std::as_const(events.events))
                said = said || (e.host == QLatin1String("p-hive1.pdns") &&
                                e.text == QLatin1String("Machine booted and ready!"));
            QVERIFY(said);
        }
        {
            QFile::remove(calls);
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Build, false, events, result, kvm));
            for (const QString &step :
                 {QStringLiteral("vagrantfile"), QStringLiteral("vagrant-box")})
                QVERIFY2(
                    statusOf(events, step, QString()) == RunEvent::Status::Ok,
                    qPrintable(step + QLatin1Char(' ') + events.finishedText(step, QString())));
            for (const VagrantPlan::Machine &m : plan.machines)
                QCOMPARE(statusOf(events, QStringLiteral("hosts"), m.name), RunEvent::Status::Ok);
            QVERIFY(!called(calls, "up "));
            QVERIFY(!called(calls, "box add"));
            QCOMPARE(result.hostKeys(QStringLiteral("p-hive1.pdns")).size(), 2);
        }
        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Halt, false, events, result, kvm));
            QVERIFY(readFile(calls).contains("halt --machine-readable p-hive0.pdns"));
            QCOMPARE(readFile(state + QStringLiteral("/machines/p-hive1.pdns")), "shutoff\n");
        }
        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Destroy, true, events, result, kvm));
            QVERIFY(QFile::exists(vagrantfile));
            QVERIFY2(events.finishedText(QStringLiteral("vagrant-files"), QString())
                         .contains(QStringLiteral("would remove ") + vagrantfile),
                     qPrintable(events.finishedText(QStringLiteral("vagrant-files"), QString())));
        }
        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(run(InfraRequest::Action::Destroy, false, events, result, kvm));
            QVERIFY(readFile(calls).contains("destroy --force --machine-readable p-hive1.pdns"));
            QVERIFY(!QFile::exists(vagrantfile));
            QVERIFY(!QFile::exists(context.filePath(QStringLiteral("growfs.sh"))));
            QVERIFY(events.finishedText(QStringLiteral("vagrant-files"), QString())
                        .contains(QStringLiteral("removed ") + vagrantfile));
        }
        // A machine Vagrant made for a host since taken out of the stage:
        // the Vagrantfile is not rewritten without it, which would leave it
        // running with nothing to remove it.
        const QString orphan =
            context.filePath(QStringLiteral(".vagrant/machines/p-hive9.pdns/libvirt"));
        QVERIFY(QDir().mkpath(orphan));
        {
            QFile id(orphan + QStringLiteral("/id"));
            QVERIFY(id.open(QIODevice::WriteOnly));
            id.write("4f1a\n");
        }
        {
            CollectingSink events;
            InfraResult result;
            QVERIFY(!run(InfraRequest::Action::Build, false, events, result, kvm));
            QVERIFY2(events.finishedText(QStringLiteral("vagrantfile"), QString())
                         .contains(QStringLiteral("vagrant destroy -f p-hive9.pdns")),
                     qPrintable(events.finishedText(QStringLiteral("vagrantfile"), QString())));
            QVERIFY(!QFile::exists(vagrantfile));
        }
        qunsetenv("STUB_STATE");
    }

    // A machine vagrant cannot make: its error, and what to do about it.
    void vagrantsErrorIsShownWithWhatToDo()
    {
        QTemporaryDir context;
        const QString state = context.filePath(QStringLiteral("stub"));
        qputenv("STUB_STATE", state.toUtf8());
        qputenv("STUB_FAIL_UP", "p-hive0.pdns");
        QStringList errors;
        const VagrantPlan plan =
            planOf(hiveWith("    separate_repository: false\n    number_of_hosts: 1\n"), errors);
        InfraRequest request;
        request.adminUser = QStringLiteral("vagrant");
        request.publicKey = QStringLiteral("ssh-ed25519 AAAA hive@pdns");
        request.knownHostsFile = context.filePath(QStringLiteral("known_hosts"));
        request.hosts.append({plan.machines.first().name, plan.machines.first().ip});
        VagrantProvider provider(plan, context.path());
        provider.setProgram(QStringLiteral(HIVE_FIXTURES "/vagrant/stub-vagrant"));
        provider.setKvmDevice(QStringLiteral(HIVE_FIXTURES "/vagrant/stub-vagrant"));
        CollectingSink events;
        InfraResult result;
        RunReporter reporter(&events, QStringLiteral("build-infra"));
        QVERIFY(!StepSequence::run(reporter, provider.steps(request, result, reporter), {},
                                   StepSequence::Options{}));
        const QString said =
            events.finishedText(QStringLiteral("hosts"), QStringLiteral("p-hive0.pdns"));
        QVERIFY2(said.contains(QStringLiteral("could not find capabilities for domaintype=kvm")),
                 qPrintable(said));
        qunsetenv("STUB_STATE");
        qunsetenv("STUB_FAIL_UP");
    }

    void hostKeysAreReadFromWhatCatPrinted()
    {
        const QStringList keys = VagrantProvider::hostKeysIn(
            "ssh-rsa AAAAB3NzaC1yc2E= root@h\n"
            "cat: /etc/ssh/ssh_host_dsa_key.pub: No such file or directory\n"
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI root@h\n"
            "hive-bootstrap changed=0\n");
        QCOMPARE(keys, (QStringList{QStringLiteral("ssh-rsa AAAAB3NzaC1yc2E="),
                                    QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")}));
    }
};

QTEST_GUILESS_MAIN(TestVagrantProvider)
#include "tst_vagrant_provider.moc"
