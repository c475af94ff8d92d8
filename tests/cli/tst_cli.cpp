#include "tests/support/fake_ec2.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `hive` binary as a user would and checks exit codes, output
// and what it leaves on disk.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run hive(const QStringList &args, const QByteArray &lang = "C.UTF-8",
                    const QHash<QString, QString> &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto i = extra.cbegin(); i != extra.cend(); ++i) {
            if (i.value().isNull())
                env.remove(i.key());
            else
                env.insert(i.key(), i.value());
        }
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
        env.remove(QStringLiteral("HIVE_LANG"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HIVE_BINARY), args);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // No AWS credentials wherever the SDKs look (a developer's own stay out).
    static QHash<QString, QString> noAwsAccount()
    {
        return {{QStringLiteral("AWS_ACCESS_KEY_ID"), QString()},
                {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString()},
                {QStringLiteral("AWS_SESSION_TOKEN"), QString()},
                {QStringLiteral("AWS_PROFILE"), QString()},
                {QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent")}};
    }

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    QTemporaryDir m_dir;
    QString m_sample;

private slots:
    void initTestCase()
    {
        // Work on a copy so that the example in the source tree stays clean.
        m_sample = m_dir.path() + QStringLiteral("/sample");
        const QDir src(QStringLiteral(HIVE_EXAMPLES "/sample/inventory"));
        QVERIFY(QDir().mkpath(m_sample + QStringLiteral("/inventory/group_vars")));
        for (const QString &f : {QStringLiteral("hive.yml"), QStringLiteral("services.yml"),
                                 QStringLiteral("group_vars/all.yml")})
            QVERIFY(QFile::copy(src.filePath(f), m_sample + QStringLiteral("/inventory/") + f));
    }

    void usageAndVersion()
    {
        QCOMPARE(hive({QStringLiteral("--version")}).code, 0);
        QVERIFY(hive({QStringLiteral("--version")}).out.startsWith(QStringLiteral("hive ")));
        QCOMPARE(hive({}).code, 2);
        QCOMPARE(hive({QStringLiteral("--help")}).code, 0);
        QVERIFY(hive({QStringLiteral("--help")}).out.contains(QStringLiteral("list-hosts")));
        const Run unknown = hive({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(hive({QStringLiteral("-s"), QStringLiteral("dev"), QStringLiteral("check")}).code,
                 2);
        QCOMPARE(hive({QStringLiteral("check"), QStringLiteral("--bogus")}).code, 2);
        const Run help = hive({QStringLiteral("inventory"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--export")));
    }

    // `hive --version` is the launcher's own answer: a copy of the program
    // without its library beside it still answers it, and any other command
    // says which library it could not load.
    void versionNeedsNoLibraryAndAMissingOneIsNamed()
    {
        QTemporaryDir alone;
        const QString copy = alone.filePath(QStringLiteral("hive"));
        QVERIFY(QFile::copy(QStringLiteral(HIVE_BINARY), copy));
        QProcess p;
        p.start(copy, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("hive "));
        p.start(copy, {QStringLiteral("check")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 127);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("libhive-cli.so")) &&
                     err.contains(QStringLiteral("Reinstall")),
                 qPrintable(err));
    }

    void repairsCheckTheirArgumentsBeforeAnyHost()
    {
        const QStringList r{QStringLiteral("-r"), m_sample};
        for (const QStringList &bad :
             {QStringList{QStringLiteral("recover")},
              QStringList{QStringLiteral("recover"), QStringLiteral("drbd")},
              QStringList{QStringLiteral("recover"), QStringLiteral("units"),
                          QStringLiteral("--restart"), QStringLiteral("--disable")},
              QStringList{QStringLiteral("recover"), QStringLiteral("units"),
                          QStringLiteral("--fsck")},
              QStringList{QStringLiteral("recover"), QStringLiteral("quorum"),
                          QStringLiteral("--all-images")},
              QStringList{QStringLiteral("maintenance"), QStringLiteral("p-hive0"),
                          QStringLiteral("sideways")},
              QStringList{QStringLiteral("backup"), QStringLiteral("--keep"),
                          QStringLiteral("0")}}) {
            const Run run = hive(r + bad);
            QVERIFY2(run.code == 2 && (run.err.contains(QStringLiteral("usage")) ||
                                       run.err.contains(QStringLiteral("--keep"))),
                     qPrintable(bad.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.err));
        }
        // A stage never built: no host is asked, and the message says what to run.
        const Run unbuilt = hive(r + QStringList{QStringLiteral("recover"), QStringLiteral("disk"),
                                                 QStringLiteral("-n")});
        QCOMPARE(unbuilt.code, 1);
        QVERIFY2(unbuilt.err.contains(QStringLiteral("build-infra")), qPrintable(unbuilt.err));
    }

    void checkTheExample()
    {
        const Run r = hive({QStringLiteral("-r"), m_sample, QStringLiteral("check")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("4 hosts")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(m_sample + QStringLiteral("/.hive"))); // check writes nothing
    }

    void inventoryJsonAndPersistedPorts()
    {
        const Run r = hive({QStringLiteral("-r"), m_sample, QStringLiteral("inventory"),
                            QStringLiteral("--list")});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(doc.contains(QStringLiteral("_meta")));
        const QJsonObject kv =
            doc[QStringLiteral("_meta")][QStringLiteral("hostvars")][QStringLiteral("kvstore")]
                .toObject();
        QCOMPARE(kv[QStringLiteral("hive_ports")][0][QStringLiteral("published_port")].toInt(),
                 61001);
        QFile persist(m_sample + QStringLiteral("/.hive/persistents.yml"));
        QVERIFY(persist.open(QIODevice::ReadOnly));
        QVERIFY(persist.readAll().contains("kvstore6379: 61001"));

        const Run host =
            hive({QStringLiteral("-r"), m_sample, QStringLiteral("inventory"),
                  QStringLiteral("--host"), QStringLiteral("p-hive0.sample.example.jp")});
        QCOMPARE(host.code, 0);
        QCOMPARE(QJsonDocument::fromJson(host.out.toUtf8())
                     .object()[QStringLiteral("hive_private_ip")]
                     .toString(),
                 QStringLiteral("172.30.240.4"));
        QCOMPARE(hive({QStringLiteral("-r"), m_sample, QStringLiteral("inventory"),
                       QStringLiteral("--host"), QStringLiteral("nope")})
                     .code,
                 1);
    }

    void listCommands()
    {
        const Run hosts = hive({QStringLiteral("-r"), m_sample, QStringLiteral("-s"),
                                QStringLiteral("staging"), QStringLiteral("list-hosts")});
        QCOMPARE(hosts.code, 0);
        QCOMPARE(
            hosts.out.trimmed(),
            QStringLiteral(
                "s-hive0.sample.example.jp s-hive1.sample.example.jp s-hive2.sample.example.jp"));
        QCOMPARE(
            hive({QStringLiteral("-r"), m_sample, QStringLiteral("list-services")}).out.trimmed(),
            QStringLiteral("web kvstore ticker"));
        QCOMPARE(
            hive({QStringLiteral("-r"), m_sample, QStringLiteral("list-volumes")}).out.trimmed(),
            QStringLiteral("kvstore_data"));
        QVERIFY(hive({QStringLiteral("-r"), m_sample, QStringLiteral("list-volumes"),
                      QStringLiteral("-l")})
                    .out.contains(QStringLiteral("/dev/drbd1")));
    }

    void initKeepsTheContextOutOfGit()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const Run first = hive({QStringLiteral("-r"), root, QStringLiteral("init")});
        QCOMPARE(first.code, 0);
        QFile ignore(root + QStringLiteral("/.hive/.gitignore"));
        QVERIFY(ignore.open(QIODevice::ReadOnly));
        QVERIFY(ignore.readAll().split('\n').contains("*"));
        // A project made before: init adds the file and says it was initialized.
        QVERIFY(QFile::remove(ignore.fileName()));
        const Run again = hive({QStringLiteral("-r"), root, QStringLiteral("init")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("already initialized")));
        QVERIFY(QFileInfo::exists(ignore.fileName()));
        // git agrees: nothing under .hive/ can be added.
        if (!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty()) {
            QCOMPARE(QProcess::execute(QStringLiteral("git"),
                                       {QStringLiteral("-C"), root, QStringLiteral("init"),
                                        QStringLiteral("-q")}),
                     0);
            write(root + QStringLiteral("/.hive/persistents.yml"), "stage: private\n");
            QCOMPARE(
                QProcess::execute(QStringLiteral("git"),
                                  {QStringLiteral("-C"), root, QStringLiteral("check-ignore"),
                                   QStringLiteral("-q"), QStringLiteral(".hive/persistents.yml")}),
                0);
        }
    }

    void shellCompletion()
    {
        // A fresh copy: completing a word must write nothing into the project.
        QTemporaryDir dir;
        const QString project = dir.path() + QStringLiteral("/p");
        const QDir src(QStringLiteral(HIVE_EXAMPLES "/sample/inventory"));
        QVERIFY(QDir().mkpath(project + QStringLiteral("/inventory/group_vars")));
        for (const QString &f : {QStringLiteral("hive.yml"), QStringLiteral("services.yml"),
                                 QStringLiteral("group_vars/all.yml")})
            QVERIFY(QFile::copy(src.filePath(f), project + QStringLiteral("/inventory/") + f));
        const auto complete = [&](const QStringList &words) {
            const Run r = hive(QStringList{QStringLiteral("__complete")} + words);
            return r.code == 0 ? r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                               : QStringList{QStringLiteral("exit %1").arg(r.code)};
        };
        const QString r = QStringLiteral("-r");
        QVERIFY(complete({QString()}).contains(QStringLiteral("deploy-services")));
        QCOMPARE(complete({QStringLiteral("list-")}),
                 (QStringList{QStringLiteral("list-hosts"), QStringLiteral("list-services"),
                              QStringLiteral("list-volumes")}));
        QCOMPARE(complete({r, project, QStringLiteral("-s"), QString()}),
                 (QStringList{QStringLiteral("private"), QStringLiteral("staging"),
                              QStringLiteral("production")}));
        QCOMPARE(complete({r, project, QStringLiteral("-s"), QStringLiteral("staging"),
                           QStringLiteral("ssh"), QStringLiteral("-t"), QStringLiteral("s-hive1")}),
                 QStringList{QStringLiteral("s-hive1.sample.example.jp")});
        QCOMPARE(complete({r, project, QStringLiteral("deploy-services"), QStringLiteral("-l"),
                           QStringLiteral("w")}),
                 QStringList{QStringLiteral("web")});
        QCOMPARE(complete({r, project, QStringLiteral("build-volumes"), QStringLiteral("--limit"),
                           QString()}),
                 QStringList{QStringLiteral("kvstore_data")});
        QCOMPARE(
            complete({r, project, QStringLiteral("recover"), QStringLiteral("drbd"), QString()}),
            QStringList{QStringLiteral("kvstore_data")});
        QCOMPARE(complete({QStringLiteral("recover"), QStringLiteral("d")}),
                 (QStringList{QStringLiteral("disk"), QStringLiteral("drbd")}));
        QCOMPARE(
            complete({QStringLiteral("maintenance"), QStringLiteral("x"), QStringLiteral("o")}),
            (QStringList{QStringLiteral("on"), QStringLiteral("off")}));
        QCOMPARE(complete({QStringLiteral("all"), QStringLiteral("-S"), QStringLiteral("deploy")}),
                 QStringList{QStringLiteral("deploy-services")});
        // Options come from the subcommand's own parser; hive-builder's
        // underscore spellings only when typed.
        QCOMPARE(complete({QStringLiteral("deploy-services"), QStringLiteral("--l")}),
                 QStringList{QStringLiteral("--limit")});
        QCOMPARE(complete({QStringLiteral("--root")}), QStringList{QStringLiteral("--root-dir")});
        QCOMPARE(complete({QStringLiteral("--root_")}), QStringList{QStringLiteral("--root_dir")});
        // Paths are left to the shell; a remote command gets nothing.
        QCOMPARE(complete({r, QString()}), QStringList{QStringLiteral(":dirs")});
        QCOMPARE(complete({QStringLiteral("restore"), QString()}),
                 QStringList{QStringLiteral(":files")});
        QCOMPARE(complete({QStringLiteral("ssh"), QStringLiteral("--"), QString()}), QStringList());
        QCOMPARE(complete({QStringLiteral("frobnicate"), QString()}), QStringList());
        // Outside a project, names are simply not offered.
        QCOMPARE(complete({r, dir.path(), QStringLiteral("ssh"), QStringLiteral("-t"), QString()}),
                 QStringList());
        QVERIFY(!QFileInfo::exists(project + QStringLiteral("/.hive")));
        QVERIFY(!hive({QStringLiteral("--help")}).out.contains(QStringLiteral("__complete")));
    }

    void setVariables()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/inventory/hive.yml"),
              "plugin: hive_inventory\nname: x\nstages: {}\n");
        const Run unknown = hive({QStringLiteral("-r"), dir.path(), QStringLiteral("set"),
                                  QStringLiteral("colour"), QStringLiteral("red")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("colour")));
        QCOMPARE(hive({QStringLiteral("-r"), dir.path(), QStringLiteral("set"),
                       QStringLiteral("destroy"), QStringLiteral("true")})
                     .code,
                 1);
        QCOMPARE(hive({QStringLiteral("-r"), dir.path(), QStringLiteral("set"),
                       QStringLiteral("stage"), QStringLiteral("dev")})
                     .code,
                 1);
        QCOMPARE(
            hive({QStringLiteral("-r"), dir.path(), QStringLiteral("set"), QStringLiteral("stage")})
                .code,
            2);
        QCOMPARE(hive({QStringLiteral("-r"), dir.path(), QStringLiteral("set"),
                       QStringLiteral("stage"), QStringLiteral("staging")})
                     .code,
                 0);
        const Run first = hive({QStringLiteral("-r"), dir.path(), QStringLiteral("set"),
                                QStringLiteral("first_hive"), QStringLiteral("1")});
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.contains(QStringLiteral("staging")));
        const Run secret =
            hive({QStringLiteral("-r"), dir.path(), QStringLiteral("set"),
                  QStringLiteral("aws_secret_access_key"), QStringLiteral("wJalrXUtnFEMI")});
        QCOMPARE(secret.code, 0);
        QVERIFY(!secret.out.contains(QStringLiteral("wJalrXUtnFEMI")));
        QFile f(dir.path() + QStringLiteral("/.hive/persistents.yml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(text.contains("first_hive:\n  staging: 1\n"), text.constData());
        QVERIFY(text.contains("stage:\n  global: staging\n"));
        QCOMPARE(f.permissions() & QFileDevice::ReadOther, QFileDevice::Permissions());
    }

    void brokenProjectIsRefusedWithFileAndLine()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/inventory/hive.yml"),
              "plugin: hive_inventory\nname: x\nstages:\n  private:\n    provider: vagrant\n    "
              "cidr: 10.0.0.0/24\n");
        write(dir.path() + QStringLiteral("/inventory/services.yml"),
              "plugin: hive_services\nservices:\n  web:\n    image: nginx\n    replica: 2\n");
        const Run r = hive({QStringLiteral("-r"), dir.path(), QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("inventory/services.yml:5:5")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("replica")));
        QVERIFY(r.err.contains(QStringLiteral("replicas"))); // did you mean
        const Run inv = hive({QStringLiteral("-r"), dir.path(), QStringLiteral("inventory")});
        QCOMPARE(inv.code, 1);
        QVERIFY(inv.out.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/.hive")));
        const Run json = hive(
            {QStringLiteral("-r"), dir.path(), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .array()
                     .first()[QStringLiteral("key")]
                     .toString(),
                 QStringLiteral("replica"));
    }

    void japaneseMessages()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/inventory/hive.yml"),
              "plugin: hive_inventory\nname: x\nstages:\n  private:\n    provider: vagrant\n    "
              "cidr: 10.0.0.1/24\n");
        const Run ja =
            hive({QStringLiteral("-r"), dir.path(), QStringLiteral("check")}, "ja_JP.UTF-8");
        QCOMPARE(ja.code, 1);
        QVERIFY2(ja.err.contains(QStringLiteral("エラー")), qPrintable(ja.err));
        QVERIFY(ja.err.contains(QStringLiteral("ステージ private")));
        QVERIFY(ja.err.contains(QStringLiteral("1 件のエラー")));
        const Run en = hive({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-r"),
                             dir.path(), QStringLiteral("check")},
                            "ja_JP.UTF-8");
        QVERIFY2(en.err.contains(QStringLiteral("1 error, 0 warnings")), qPrintable(en.err));
        QVERIFY(hive({QStringLiteral("--help")}, "ja_JP.UTF-8")
                    .out.contains(QStringLiteral("サブコマンド")));
    }

    void hiveBuilderProjectMatchesTheGoldenExport()
    {
        QTemporaryDir dir;
        const QString fixture = QStringLiteral(HIVE_FIXTURES "/pdns");
        for (const QString &f :
             {QStringLiteral("inventory/hive.yml"), QStringLiteral("inventory/powerdns.yml"),
              QStringLiteral("inventory/group_vars/services.yml"),
              QStringLiteral("inventory/group_vars/servers.yml"),
              QStringLiteral("inventory/host_vars/hive2.pdns.yml")}) {
            QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(f)).path()));
            QVERIFY(QFile::copy(fixture + QLatin1Char('/') + f, dir.filePath(f)));
        }
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".hive"))));
        QVERIFY(QFile::copy(fixture + QStringLiteral("/dot-hive/persistents.yml"),
                            dir.filePath(QStringLiteral(".hive/persistents.yml"))));
        const Run r = hive({QStringLiteral("-r"), dir.path(), QStringLiteral("inventory"),
                            QStringLiteral("--list"), QStringLiteral("--export")});
        QCOMPARE(r.code, 0);
        QFile expected(fixture + QStringLiteral("/expected-export.json"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(r.out.toUtf8(), expected.readAll());
        // Ports and ids hive-builder stored stay; the new port is added.
        QFile persisted(dir.filePath(QStringLiteral(".hive/persistents.yml")));
        QVERIFY(persisted.open(QIODevice::ReadOnly));
        const QByteArray text = persisted.readAll();
        QVERIFY(
            text.contains("    powerdns8081: 61002\n    proxy443: 61003\n    proxy80: 61001\n"));
        QVERIFY(text.contains("    pdnsdb_data: 3\n"));
        QVERIFY(text.contains("start_phase:\n  production: deploy-services\n"));
        // A second run changes nothing.
        QCOMPARE(hive({QStringLiteral("-r"), dir.path(), QStringLiteral("inventory"),
                       QStringLiteral("--list"), QStringLiteral("--export")})
                     .out,
                 r.out);
    }

    void attributes()
    {
        const Run r = hive({QStringLiteral("attributes"), QStringLiteral("stage")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("separate_repository")));
        QCOMPARE(hive({QStringLiteral("attributes"), QStringLiteral("nothing")}).code, 2);
    }

    // `hive all` and the phase bookkeeping through the real binary: the run is
    // recorded, start_phase stays at a phase that did not succeed, a second
    // run is refused while another holds the stage.
    // A stage on a provider this version cannot build (the sample's
    // production stage, moved to openstack) is refused before anything runs, saying
    // which providers build; nothing is recorded and start_phase is untouched.
    void aStageThatCannotBeBuiltYetIsRefusedSayingSo()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QDir().mkpath(root + QStringLiteral("/inventory"));
        // The sample's production stage, moved to OpenStack (not built).
        QFile sample(m_sample + QStringLiteral("/inventory/hive.yml"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        write(root + QStringLiteral("/inventory/hive.yml"),
              sample.readAll().replace("provider: aws", "provider: openstack"));
        for (const QString &phase :
             {QStringLiteral("build-infra"), QStringLiteral("setup-hosts")}) {
            const Run r = hive({QStringLiteral("-r"), root, QStringLiteral("-s"),
                                QStringLiteral("production"), phase, QStringLiteral("-C")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("provider openstack")) &&
                         r.err.contains(QStringLiteral("docker, prepared, aws")),
                     qPrintable(r.err + r.out));
        }
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.hive/production/runs")));
        // The private stage (docker) is not refused for it.
        const Run privateStage =
            hive({QStringLiteral("-r"), root, QStringLiteral("build-infra"), QStringLiteral("-C"),
                  QStringLiteral("-l"), QStringLiteral("no-such-host")});
        QVERIFY2(!privateStage.err.contains(QStringLiteral("provider")),
                 qPrintable(privateStage.err));
    }

    // The sample's production stage (aws) through the real binary, against
    // a stand-in for EC2 at AWS_ENDPOINT_URL as the SDKs take it: -C says
    // what it would make and makes nothing, -H and -D -C find nothing on an
    // empty account; without credentials it says how to give them; the
    // secret never shows.
    void anAwsStageTalksToTheEndpointTheSdksUse()
    {
        FakeEc2 aws;
        FakeEc2::State s;
        s.images = {FakeEc2::almaLinuxImage()};
        aws.setState(s);
        QHash<QString, QString> env{
            {QStringLiteral("AWS_ENDPOINT_URL"), aws.url().toString()},
            {QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDCLITEST")},
            {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("cli-test-secret-0123")},
            {QStringLiteral("AWS_SESSION_TOKEN"), QString()},
            {QStringLiteral("AWS_PROFILE"), QString()},
            {QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent")}};
        const QStringList stage{QStringLiteral("-r"), m_sample, QStringLiteral("-s"),
                                QStringLiteral("production"), QStringLiteral("build-infra")};
        const Run check = hive(stage + QStringList{QStringLiteral("-C")}, "C.UTF-8", env);
        QVERIFY2(check.code == 0, qPrintable(check.err + check.out));
        if (qEnvironmentVariableIsSet("HIVE_SHOW"))
            qInfo("%s", qPrintable(check.out));
        const QString said = check.out + check.err;
        QVERIFY2(said.contains(QStringLiteral("would create")) &&
                     said.contains(QStringLiteral("aws-network")) &&
                     said.contains(QStringLiteral("ami-00000000000000001")),
                 qPrintable(said));
        QVERIFY2(aws.changes().isEmpty(), qPrintable(aws.changes().join(QLatin1Char(' '))));
        QVERIFY(aws.actions().contains(QStringLiteral("DescribeVpcs")));
        for (const char *option : {"-H", "-D"}) {
            const Run r = hive(stage + QStringList{QLatin1String(option), QStringLiteral("-C")},
                               "C.UTF-8", env);
            QVERIFY2(r.code == 0, qPrintable(QLatin1String(option) + r.err + r.out));
            QVERIFY(!(r.out + r.err).contains(QStringLiteral("cli-test-secret-0123")));
        }
        QVERIFY(aws.changes().isEmpty());
        QVERIFY(!said.contains(QStringLiteral("cli-test-secret-0123")));

        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QString());
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString());
        const Run none = hive(stage + QStringList{QStringLiteral("-C")}, "C.UTF-8", env);
        QCOMPARE(none.code, 1);
        QVERIFY2((none.out + none.err)
                     .contains(QStringLiteral("hive -s production set aws_access_key_id")),
                 qPrintable(none.err + none.out));
    }

    // A vagrant stage (manual chapter 4's private stage) and a kickstart
    // stage through the real binary: -C asks Vagrant (the stand-in, first
    // on PATH) what there is and says what it would do, writing nothing;
    // the kickstart stage's device is said with what would be written.
    void vagrantAndKickstartStagesThroughTheBinary()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        write(root + QStringLiteral("/inventory/hive.yml"),
              "plugin: hive_inventory\nname: pdns\nstages:\n"
              "  private:\n    provider: vagrant\n    cidr: 192.168.56.0/24\n"
              "    memory_size: 4096\n    mirrored_disk_size: 20\n"
              "  production:\n    provider: kickstart\n    cidr: 10.0.0.0/24\n"
              "    separate_repository: false\n"
              "    ip_address_list: [10.0.0.5, 10.0.0.6, 10.0.0.7]\n"
              "    kickstart_config:\n      iso_src: /srv/AlmaLinux-9-x86_64-dvd.iso\n"
              "      iso_dest: /dev/hive-test-no-such-stick\n      networks:\n"
              "        - {interface: eth0, ips: [10.0.0.5, 10.0.0.6, 10.0.0.7], netmask: "
              "255.255.255.0}\n");
        const QString bin = root + QStringLiteral("/bin");
        QDir().mkpath(bin);
        QVERIFY(QFile::link(QStringLiteral(HIVE_FIXTURES "/vagrant/stub-vagrant"),
                            bin + QStringLiteral("/vagrant")));
        const QHash<QString, QString> env{
            {QStringLiteral("PATH"), bin + QLatin1Char(':') + qEnvironmentVariable("PATH")},
            {QStringLiteral("STUB_STATE"), root + QStringLiteral("/stub")}};
        const Run check =
            hive({QStringLiteral("-r"), root, QStringLiteral("build-infra"), QStringLiteral("-C")},
                 "C.UTF-8", env);
        QVERIFY2(check.code == 0, qPrintable(check.err + check.out));
        QVERIFY2(check.out.contains(QStringLiteral("would create it")) &&
                     check.out.contains(QStringLiteral("would add box almalinux/9 for libvirt")) &&
                     check.out.contains(QStringLiteral("Vagrant 2.3.4 with libvirt")),
                 qPrintable(check.out));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.hive/private/Vagrantfile")));
        const QString calls = root + QStringLiteral("/stub/calls.log");
        QFile log(calls);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray called = log.readAll();
        QVERIFY2(!called.contains("\nup ") && !called.contains("box add"), called.constData());

        const Run kickstart =
            hive({QStringLiteral("-r"), root, QStringLiteral("-s"), QStringLiteral("production"),
                  QStringLiteral("build-infra"), QStringLiteral("-C")},
                 "C.UTF-8", env);
        QCOMPARE(kickstart.code, 1);
        QVERIFY2((kickstart.out + kickstart.err)
                     .contains(QStringLiteral("/dev/hive-test-no-such-stick does not exist")),
                 qPrintable(kickstart.err + kickstart.out));
    }

    // `inventory --host H --render`: the host's variables as a phase sees
    // them, rendered by Ansible; secrets masked unless --show-secrets; a
    // template that fails names its file, line, key and host.
    void inventoryRenderShowsWhatAPhaseSees()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("Ansible is not installed");
            QSKIP("Ansible is not installed");
        }
        QTemporaryDir dir;
        const QString root = dir.path();
        QDir().mkpath(root + QStringLiteral("/inventory/group_vars"));
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(root + QStringLiteral("/inventory/") + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("hive.yml"),
              "plugin: hive_inventory\nname: r.example.jp\nstages:\n  private:\n"
              "    provider: docker\n    cidr: 172.30.99.0/24\n");
        write(QStringLiteral("services.yml"),
              "plugin: hive_services\nservices:\n  db:\n    image: mariadb\n"
              "    environment:\n      MYSQL_PASSWORD: \"{{ db_password }}\"\n"
              "      STAGE: \"{{ hive_stage }}\"\n");
        write(QStringLiteral("group_vars/all.yml"),
              "db_password: \"{{ lookup('password', hive_context_dir + '/db_password') }}\"\n");
        // `hive check` reads the templates without running their lookups.
        const Run checked = hive({QStringLiteral("-r"), root, QStringLiteral("check")});
        QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.hive/private/db_password")));
        const Run masked =
            hive({QStringLiteral("-r"), root, QStringLiteral("inventory"), QStringLiteral("--host"),
                  QStringLiteral("db"), QStringLiteral("--render")});
        QVERIFY2(masked.code == 0, qPrintable(masked.err));
        const QJsonObject vars = QJsonDocument::fromJson(masked.out.toUtf8()).object();
        const QJsonObject env = vars.value(QStringLiteral("hive_environment")).toObject();
        QCOMPARE(env.value(QStringLiteral("MYSQL_PASSWORD")).toString(),
                 QStringLiteral("********"));
        QCOMPARE(env.value(QStringLiteral("STAGE")).toString(), QStringLiteral("private"));
        QCOMPARE(vars.value(QStringLiteral("db_password")).toString(), QStringLiteral("********"));
        QFile stored(root + QStringLiteral("/.hive/private/db_password"));
        QVERIFY2(stored.open(QIODevice::ReadOnly), "the lookup stores the password in the context");
        const QString password =
            QString::fromUtf8(stored.readAll()).section(QLatin1Char(' '), 0, 0).trimmed();
        const Run shown = hive({QStringLiteral("-r"), root, QStringLiteral("inventory"),
                                QStringLiteral("--host"), QStringLiteral("db"),
                                QStringLiteral("--render"), QStringLiteral("--show-secrets")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                     .object()
                     .value(QStringLiteral("hive_environment"))
                     .toObject()
                     .value(QStringLiteral("MYSQL_PASSWORD"))
                     .toString(),
                 password);
        QVERIFY(!masked.out.contains(password) && !masked.err.contains(password));
        write(QStringLiteral("group_vars/all.yml"), "db_password: \"{{ db_pasword_typo }}\"\n");
        const Run broken =
            hive({QStringLiteral("-r"), root, QStringLiteral("inventory"), QStringLiteral("--host"),
                  QStringLiteral("db"), QStringLiteral("--render")});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("all.yml:1: db_password of db")) &&
                     broken.err.contains(QStringLiteral("db_pasword_typo")),
                 qPrintable(broken.err));
        write(QStringLiteral("group_vars/all.yml"), "db_password: \"{{ db_password ) }}\"\n");
        const Run syntax = hive({QStringLiteral("-r"), root, QStringLiteral("check")});
        QCOMPARE(syntax.code, 1);
        QVERIFY2((syntax.out + syntax.err).contains(QStringLiteral("all.yml:1")) &&
                     (syntax.out + syntax.err).contains(QStringLiteral("db_password of db")),
                 qPrintable(syntax.out + syntax.err));
        const Run alone = hive(
            {QStringLiteral("-r"), root, QStringLiteral("inventory"), QStringLiteral("--render")});
        QCOMPARE(alone.code, 2);
    }

    // Scripts written for hive-builder use its long option names.
    void hiveBuilderLongOptionsAreTaken()
    {
        for (const QStringList &args :
             {QStringList{QStringLiteral("--check_mode"), QStringLiteral("--limit_target"),
                          QStringLiteral("hive0.sample.example.jp")},
              QStringList{QStringLiteral("-C"), QStringLiteral("-l"),
                          QStringLiteral("hive0.sample.example.jp")}}) {
            const Run r =
                hive(QStringList{QStringLiteral("--root_dir"), m_sample, QStringLiteral("--stage"),
                                 QStringLiteral("production"), QStringLiteral("setup-hosts")} +
                         args,
                     "C.UTF-8", noAwsAccount());
            // Parsed (an unknown option exits 2): refused only for want of
            // an AWS account.
            QCOMPARE(r.code, 1);
            QVERIFY2((r.out + r.err).contains(QStringLiteral("no AWS access key")),
                     qPrintable(r.err + r.out));
        }
        const Run unknown = hive({QStringLiteral("-r"), m_sample, QStringLiteral("setup-hosts"),
                                  QStringLiteral("--check_mod")});
        QCOMPARE(unknown.code, 2);
    }

    void allRecordsTheRunAndRespectsTheLock()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        for (const QString &f : {QStringLiteral("hive.yml"), QStringLiteral("services.yml")}) {
            QDir().mkpath(root + QStringLiteral("/inventory"));
            QVERIFY(QFile::copy(m_sample + QStringLiteral("/inventory/") + f,
                                root + QStringLiteral("/inventory/") + f));
        }
        const Run bad = hive({QStringLiteral("-r"), root, QStringLiteral("all"),
                              QStringLiteral("-S"), QStringLiteral("nowhere")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("setup-hosts")), qPrintable(bad.err));

        // setup-hosts without the hosts of build-infra: it fails clearly, saying
        // what to run first, and the run is recorded.
        const Run r = hive({QStringLiteral("-r"), root, QStringLiteral("all"), QStringLiteral("-S"),
                            QStringLiteral("setup-hosts")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("== setup-hosts")) &&
                     r.out.contains(QStringLiteral("stage private has not been built yet")) &&
                     r.out.contains(QStringLiteral("run build-infra")),
                 qPrintable(r.out));
        const QStringList runs = QDir(root + QStringLiteral("/.hive/private/runs"))
                                     .entryList({QStringLiteral("*-setup-hosts.jsonl")});
        QCOMPARE(runs.size(), 1);
        QFile persistents(root + QStringLiteral("/.hive/persistents.yml"));
        QVERIFY(!persistents.exists() || (persistents.open(QIODevice::ReadOnly) &&
                                          !persistents.readAll().contains("start_phase")));

        // Another process holds the stage: refused, naming it, nothing recorded.
        const QString lock = root + QStringLiteral("/.hive/private/lock");
        write(lock, "{\"host\":\"ops2\",\"pid\":777,\"started\":\"2026-11-22T01:00:00Z\","
                    "\"phase\":\"build-images\"}\n");
        QProcess holder;
        holder.start(QStringLiteral("flock"),
                     {QStringLiteral("-o"), QStringLiteral("-n"), lock, QStringLiteral("cat")});
        QVERIFY(holder.waitForStarted());
        QTest::qWait(200);
        const Run refused = hive({QStringLiteral("-r"), root, QStringLiteral("all"),
                                  QStringLiteral("-S"), QStringLiteral("setup-hosts")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("build-images")) &&
                     refused.err.contains(QStringLiteral("ops2")),
                 qPrintable(refused.err));
        QCOMPARE(QDir(root + QStringLiteral("/.hive/private/runs")).entryList(QDir::Files).size(),
                 1);
        holder.kill();
        holder.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
