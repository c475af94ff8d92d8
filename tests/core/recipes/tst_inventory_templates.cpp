// Jinja2 in the inventory, rendered by Ansible itself (Debian's ansible-core)
// as hive-builder's playbooks see it: a password lookup that creates its
// file once and reuses it, groups and inventory_hostname, the extra
// variables (hive_stage), omit, a number; an undefined variable names its
// file, line, key and host; a project without templates needs no Ansible.
#include "engine/secret_masking_sink.h"
#include "inventory/inventory_loader.h"
#include "recipes/inventory_templates.h"
#include "tests/support/inventory_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {

const QByteArray kHive = "plugin: hive_inventory\nname: pdns\nstages:\n  private:\n"
                         "    provider: docker\n    cidr: 192.168.0.0/24\n"
                         "    separate_repository: true\n";

const QByteArray kServices = "plugin: hive_services\nservices:\n  db:\n    image: mariadb\n"
                             "    environment:\n"
                             "      MYSQL_ROOT_PASSWORD: \"{{ db_password }}\"\n"
                             "      FIRST: \"{{ groups['hives'] | first }}\"\n"
                             "      WHO: \"{{ inventory_hostname }}-{{ hive_stage }}\"\n"
                             "      GONE: \"{{ omit }}\"\n"
                             "      SUM: \"{{ 2 + 3 }}\"\n"
                             "      PLAIN: text\n"
                             "      DSN: \"mysql://app:{{ db_password }}@db/app\"\n";

} // namespace

class TestInventoryTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_context;

    InventoryTemplates::Context context() const
    {
        InventoryTemplates::Context c;
        c.rootDir = m_context.path();
        c.inventoryDir = m_context.path();
        c.contextDir = m_context.path();
        c.stage = QStringLiteral("private");
        c.phase = QStringLiteral("deploy-services");
        return c;
    }

    static LoadedInventory project(const QByteArray &allVars)
    {
        return InventoryFixture()
            .file(QStringLiteral("hive.yml"), kHive)
            .file(QStringLiteral("services.yml"), kServices)
            .groupVars(QStringLiteral("all"), allVars)
            .load();
    }

private slots:
    void initTestCase()
    {
        if (InventoryTemplates::ansiblePython().isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("Ansible is not installed (scripts/install-deps.sh --test installs it)");
            QSKIP("Ansible is not installed");
        }
    }

    void renderedAsAnsibleRendersThem()
    {
        const QByteArray vars = "db_password: \"{{ lookup('password', hive_context_dir + "
                                "'/db_password length=20 chars=ascii_letters') }}\"\n";
        LoadedInventory l = project(vars);
        QVERIFY(l.ok());
        QList<InventoryTemplates::Problem> problems;
        QString error;
        QVERIFY2(InventoryTemplates::render(l.inventory, {QStringLiteral("db")}, context(),
                                            problems, error),
                 qPrintable(error + (problems.isEmpty() ? QString() : problems.first().message)));
        const Value env = l.inventory.flattenedHostVars(QStringLiteral("db"))
                              .value(QStringLiteral("hive_environment"));
        QFile stored(m_context.filePath(QStringLiteral("db_password")));
        QVERIFY2(stored.open(QIODevice::ReadOnly), "the password lookup made its file");
        const QString password =
            QString::fromUtf8(stored.readAll()).section(QLatin1Char(' '), 0, 0).trimmed();
        QCOMPARE(password.size(), 20);
        QCOMPARE(env.value(QStringLiteral("MYSQL_ROOT_PASSWORD")).toString(), password);
        QCOMPARE(env.value(QStringLiteral("FIRST")).toString(), QStringLiteral("p-hive0.pdns"));
        QCOMPARE(env.value(QStringLiteral("WHO")).toString(), QStringLiteral("db-private"));
        QVERIFY2(!env.contains(QStringLiteral("GONE")), "omit leaves the key out");
        QCOMPARE(env.value(QStringLiteral("SUM")).text(), QStringLiteral("5"));
        QCOMPARE(env.value(QStringLiteral("PLAIN")).toString(), QStringLiteral("text"));
        // A second run reuses the stored password.
        LoadedInventory again = project(vars);
        QVERIFY(InventoryTemplates::render(again.inventory, {QStringLiteral("db")}, context(),
                                           problems, error));
        QCOMPARE(again.inventory.flattenedHostVars(QStringLiteral("db"))
                     .value(QStringLiteral("hive_environment"))
                     .value(QStringLiteral("MYSQL_ROOT_PASSWORD"))
                     .toString(),
                 password);
        // Hosts not asked for keep their text.
        QVERIFY(!again.inventory.isRendered(QStringLiteral("p-hive0.pdns")));
    }

    // hostvars renders a value when a template reads it: another host's
    // broken variable that nobody reads fails nothing.
    void hostvarsRendersOnlyWhatIsRead()
    {
        LoadedInventory l =
            InventoryFixture()
                .file(QStringLiteral("hive.yml"), kHive)
                .file(QStringLiteral("services.yml"),
                      "plugin: hive_services\nservices:\n  db:\n    image: mariadb\n"
                      "    environment:\n"
                      "      FROM_HIVE0: \"{{ hostvars['p-hive0.pdns']['answer'] }}\"\n")
                .hostVars(QStringLiteral("p-hive0.pdns"),
                          "answer: \"{{ 6 * 7 }}\"\nbroken: \"{{ nope }}\"\n"
                          "loop: \"{{ hostvars[inventory_hostname]['answer'] }}\"\n")
                .load();
        QList<InventoryTemplates::Problem> problems;
        QString error;
        QVERIFY2(InventoryTemplates::render(l.inventory, {QStringLiteral("db")}, context(),
                                            problems, error),
                 qPrintable(error + (problems.isEmpty() ? QString() : problems.first().message)));
        QCOMPARE(l.inventory.flattenedHostVars(QStringLiteral("db"))
                     .value(QStringLiteral("hive_environment"))
                     .value(QStringLiteral("FROM_HIVE0"))
                     .text(),
                 QStringLiteral("42"));
    }

    void anUndefinedVariableNamesWhereItIs()
    {
        LoadedInventory l = project("db_password: \"{{ no_such_variable }}\"\n");
        QList<InventoryTemplates::Problem> problems;
        QString error;
        QVERIFY(!InventoryTemplates::render(l.inventory, {QStringLiteral("db")}, context(),
                                            problems, error));
        QVERIFY2(problems.size() >= 1, qPrintable(error));
        const InventoryTemplates::Problem *p = nullptr;
        for (const InventoryTemplates::Problem &each : problems) {
            if (each.key == QLatin1String("db_password"))
                p = &each;
        }
        QVERIFY(p);
        QCOMPARE(p->host, QStringLiteral("db"));
        QVERIFY2(p->message.contains(QStringLiteral("no_such_variable")), qPrintable(p->message));
        QVERIFY2(p->mark.file.contains(QStringLiteral("group_vars")) && p->mark.line == 1,
                 qPrintable(p->mark.file));
        QVERIFY2(p->format({}).contains(QStringLiteral(":1: db_password of db")),
                 qPrintable(p->format({})));
        // Nothing was set: the phase reads no half-rendered values.
        QVERIFY(!l.inventory.isRendered(QStringLiteral("db")));
    }

    void withoutTemplatesAnsibleIsNotNeeded()
    {
        LoadedInventory l = InventoryFixture()
                                .file(QStringLiteral("hive.yml"), kHive)
                                .groupVars(QStringLiteral("all"), "plain: text\n")
                                .load();
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        QList<InventoryTemplates::Problem> problems;
        QString error;
        const bool ok = InventoryTemplates::render(l.inventory, {QStringLiteral("p-hive0.pdns")},
                                                   context(), problems, error);
        qputenv("PATH", path);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(!l.inventory.isRendered(QStringLiteral("p-hive0.pdns")));
    }

    // The editor's preview runs no command and makes no password file.
    void thePreviewRunsNothing()
    {
        QTemporaryDir scratch;
        const QString touched = scratch.filePath(QStringLiteral("touched"));
        const QByteArray vars = "ran: \"{{ lookup('pipe', 'touch " + touched.toUtf8() +
                                "') }}\"\ndb_password: \"{{ lookup('password', "
                                "hive_context_dir + '/preview_pw') }}\"\n";
        LoadedInventory l = project(vars);
        QVERIFY(l.ok());
        InventoryTemplates::Context c = context();
        c.preview = true;
        QList<InventoryTemplates::Problem> problems;
        QString error;
        QVERIFY(
            !InventoryTemplates::render(l.inventory, {QStringLiteral("db")}, c, problems, error));
        QVERIFY(!QFile::exists(touched));
        QVERIFY(!QFile::exists(m_context.filePath(QStringLiteral("preview_pw"))));
        bool said = false;
        for (const InventoryTemplates::Problem &p : std::as_const(problems))
            said = said || (p.key == QLatin1String("ran") &&
                            p.message.contains(QLatin1String("runs a command")));
        QVERIFY(said);
    }

    void secretsAreToldApart()
    {
        QVERIFY(InventoryTemplates::isSecret(QStringLiteral("MYSQL_ROOT_PASSWORD"), Value()));
        QVERIFY(InventoryTemplates::isSecret(QStringLiteral("api_token"), Value()));
        QVERIFY(InventoryTemplates::isSecret(
            QStringLiteral("x"), Value::string(QStringLiteral("{{ lookup('password', 'f') }}"))));
        QVERIFY(!InventoryTemplates::isSecret(QStringLiteral("hive_stage"),
                                              Value::string(QStringLiteral("{{ x }}"))));
    }

    // A rendered password is "********" in `inventory --render`, inside
    // other strings too, and in every event a run posts (run log, --json,
    // GUI): wherever a command prints it.
    void secretsAreMaskedWhereverTheyAppear()
    {
        const QByteArray vars = "db_password: \"{{ lookup('password', hive_context_dir + "
                                "'/masked length=24 chars=ascii_letters') }}\"\n"
                                "api_token: plain-token-value\npin: ab\n"
                                "ssh_private_key: |\n  first-secret-line\n  second-secret-line\n";
        LoadedInventory l = project(vars);
        QVERIFY(l.ok());
        const Value raw = l.inventory.flattenedHostVars(QStringLiteral("db"));
        QList<InventoryTemplates::Problem> problems;
        QString error;
        QVERIFY2(InventoryTemplates::render(l.inventory, {QStringLiteral("db")}, context(),
                                            problems, error),
                 qPrintable(error));
        const Value rendered = l.inventory.flattenedHostVars(QStringLiteral("db"));
        const QString password = rendered.value(QStringLiteral("db_password")).toString();
        QCOMPARE(password.size(), 24);
        QCOMPARE(l.inventory.writtenHostVars(QStringLiteral("db")), raw);

        const Value masked = InventoryTemplates::masked(rendered, raw);
        const Value env = masked.value(QStringLiteral("hive_environment"));
        QCOMPARE(masked.value(QStringLiteral("db_password")).toString(),
                 QStringLiteral("********"));
        QCOMPARE(masked.value(QStringLiteral("api_token")).toString(), QStringLiteral("********"));
        QCOMPARE(env.value(QStringLiteral("MYSQL_ROOT_PASSWORD")).toString(),
                 QStringLiteral("********"));
        QCOMPARE(env.value(QStringLiteral("DSN")).toString(),
                 QStringLiteral("mysql://app:********@db/app"));
        QCOMPARE(env.value(QStringLiteral("PLAIN")).toString(), QStringLiteral("text"));

        // The run's events: every secret of the inventory, longest first;
        // a two-letter one is not looked for inside text.
        const QStringList secrets = InventoryTemplates::secretValues(l.inventory);
        QVERIFY2(secrets.contains(password) &&
                     secrets.contains(QStringLiteral("plain-token-value")),
                 qPrintable(secrets.join(QLatin1Char(' '))));
        QVERIFY(!secrets.contains(QStringLiteral("ab")));
        // Output comes a line at a time: each line of a secret is one too.
        QVERIFY(secrets.contains(QStringLiteral("second-secret-line")));
        struct Capture : RunEventSink
        {
            QList<RunEvent> events;
            void post(const RunEvent &e) override { events << e; }
        } capture;
        SecretMaskingSink sink(&capture, secrets + QStringList{password.left(5)});
        RunEvent line;
        line.kind = RunEvent::Kind::Output;
        line.host = QStringLiteral("db");
        line.text = QStringLiteral("mysql -uroot -p%1 -e 'select 1' (token plain-token-value)")
                        .arg(password);
        sink.post(line);
        QCOMPARE(capture.events.size(), 1);
        QCOMPARE(capture.events.first().text,
                 QStringLiteral("mysql -uroot -p******** -e 'select 1' (token ********)"));
        QCOMPARE(capture.events.first().host, QStringLiteral("db"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryTemplates)
#include "tst_inventory_templates.moc"
