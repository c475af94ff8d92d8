// What build-images, deploy-services and initialize-services make of the
// service definitions, without a hive: the Docker Engine ServiceSpec of a
// service that uses every attribute (a reviewed golden file,
// tests/fixtures/deploy-services/, rewritten with HIVE_UPDATE_GOLDEN=1), the
// comparison that decides "ok" or "update", durations and sizes, and the
// build container, commit settings and playbook of an image. The phases
// themselves run against the test bed in tst_hive_all_e2e.
#include "data/quantity_text.h"
#include "phases/build_images/image_build_recipe.h"
#include "phases/deploy_services/service_spec_builder.h"
#include "phases/initialize_services/initialize_services_phase.h"
#include "project/proxy_settings.h"
#include "recipes/docker_recipes.h"
#include "recipes/host_change.h"
#include "tests/support/golden_file.h"
#include "tests/support/inventory_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hive;

namespace {
const QByteArray kHive = "plugin: hive_inventory\n"
                         "name: svc.test\n"
                         "stages:\n"
                         "  private:\n"
                         "    provider: docker\n"
                         "    cidr: 192.168.70.0/24\n"
                         "  production:\n"
                         "    provider: prepared\n"
                         "    cidr: 192.168.80.0/24\n"
                         "    ip_address_list: [192.168.80.11, 192.168.80.12, 192.168.80.13, "
                         "192.168.80.14]\n";
const QByteArray kServices =
    "plugin: hive_services\n"
    "services:\n"
    "  api:\n"
    "    image:\n"
    "      from: python:3.11-slim\n"
    "      roles: [python-aptk, api]\n"
    "      env: {API_MODE: production}\n"
    "      user: www\n"
    "      working_dir: /srv/api\n"
    "      command: [\"gunicorn\", \"api:app\"]\n"
    "      stop_signal: \"2\"\n"
    "      expose: [8000]\n"
    "      pull_on: [production]\n"
    "      pull_from: example/api:1.4\n"
    "    replicas: 2\n"
    "    entrypoint: /entry.sh --verbose\n"
    "    command: [\"serve\", \"--port\", \"8000\"]\n"
    "    environment: {TZ: Asia/Tokyo, WORKERS: 4}\n"
    "    ports:\n"
    "      - \"8000\"\n"
    "      - published_port: 8443\n"
    "        target_port: 443\n"
    "        mode: host\n"
    "    volumes:\n"
    "      - source: api_data\n"
    "        target: /data\n"
    "        type: volume\n"
    "        drbd: {fstype: xfs, size: 1G}\n"
    "      - source: /etc/localtime\n"
    "        target: /etc/localtime\n"
    "        type: bind\n"
    "        readonly: true\n"
    "    labels: {HIVE_VIP: 192.168.70.100, tier: {level: 2}}\n"
    "    placement:\n"
    "      constraints: [\"node.labels.hives == true\"]\n"
    "      preferences: [{spread: node.labels.zone}]\n"
    "    endpoint_mode: dnsrr\n"
    "    healthcheck: {test: \"curl -f http://localhost:8000/\", interval: 30s, timeout: 5s, "
    "retries: 3, start_period: 1m30s}\n"
    "    hosts: {ldap.example.jp: 192.168.70.200}\n"
    "    dns: [192.168.70.53]\n"
    "    user: \"1000\"\n"
    "    working_dir: /srv\n"
    "    restart_config: {condition: on-failure, delay: 5s, max_attempts: 3, window: 2m}\n"
    "    stop_grace_period: 1m\n"
    "    cap_add: [NET_ADMIN]\n"
    "    cap_drop: [MKNOD]\n"
    "    sysctls: {net.core.somaxconn: 1024}\n"
    "    cpu_limit: 1.5\n"
    "    mem_limit: 512M\n"
    "  worker:\n"
    "    image: example/worker:2\n"
    "    mode: global\n"
    "    networks: [backend]\n"
    "    logging: {driver: json-file, options: {max-size: 10m}}\n"
    "  queue:\n"
    "    image: example/queue:1\n"
    "  broken:\n"
    "    image: busybox\n"
    "    stop_grace_period: soon\n"
    "    mem_limit: lots\n"
    "networks:\n"
    "  backend:\n"
    "    driver: overlay\n";

void compareWithGolden(const QString &name, const QByteArray &text)
{
    compareWithGoldenFile(QStringLiteral(HIVE_FIXTURES "/deploy-services/") + name, text);
}

ServiceDeployContext context(const QString &stage = QStringLiteral("private"))
{
    ServiceDeployContext c;
    c.stage = stage;
    c.registry = QStringLiteral("p-hive3.svc.test:5000");
    c.servers = {{QStringLiteral("p-hive0.svc.test"), QStringLiteral("192.168.70.4")},
                 {QStringLiteral("p-hive3.svc.test"), QStringLiteral("192.168.70.7")}};
    c.syslogAddress = QStringLiteral("udp://192.168.70.7:10514");
    c.networks = {QStringLiteral("backend"), QStringLiteral("hive_default_network")};
    c.networkIds = {{QStringLiteral("backend"), QStringLiteral("netbackend")},
                    {QStringLiteral("hive_default_network"), QStringLiteral("netdefault")}};
    return c;
}

LoadedInventory load()
{
    return InventoryFixture()
        .file(QStringLiteral("hive.yml"), kHive)
        .file(QStringLiteral("services.yml"), kServices)
        .load();
}
} // namespace

class TestServicePhases : public QObject
{
    Q_OBJECT

private slots:
    void durationsAndSizes()
    {
        qint64 v = 0;
        QVERIFY(QuantityText::nanoseconds(QStringLiteral("1m30s"), v));
        QCOMPARE(v, 90000000000LL);
        QVERIFY(QuantityText::nanoseconds(QStringLiteral("500ms"), v));
        QCOMPARE(v, 500000000LL);
        QVERIFY(QuantityText::nanoseconds(QStringLiteral("1h"), v));
        QCOMPARE(v, 3600000000000LL);
        QVERIFY(QuantityText::nanoseconds(QStringLiteral("10"), v)); // seconds
        QCOMPARE(v, 10000000000LL);
        QVERIFY(QuantityText::nanoseconds(QStringLiteral("1.5s"), v));
        QCOMPARE(v, 1500000000LL);
        for (const char *bad : {"", "soon", "10 s", "5x", "1m30", "-1"})
            QVERIFY2(!QuantityText::nanoseconds(QString::fromLatin1(bad), v), bad);
        QVERIFY(QuantityText::bytes(QStringLiteral("512M"), v));
        QCOMPARE(v, 512LL * 1024 * 1024);
        QVERIFY(QuantityText::bytes(QStringLiteral("1g"), v));
        QCOMPARE(v, 1024LL * 1024 * 1024);
        QVERIFY(QuantityText::bytes(QStringLiteral("64kb"), v));
        QCOMPARE(v, 64LL * 1024);
        QVERIFY(QuantityText::bytes(QStringLiteral("1048576"), v));
        QCOMPARE(v, 1048576LL);
        for (const char *bad : {"", "lots", "12Q", "M"})
            QVERIFY2(!QuantityText::bytes(QString::fromLatin1(bad), v), bad);
    }

    void everyAttributeMapsToTheServiceSpec()
    {
        const LoadedInventory loaded = load();
        QVERIFY(loaded.ok());
        const ServiceDeployContext c = context();
        QCOMPARE(ServiceSpecBuilder::image(loaded, QStringLiteral("api"), c),
                 QStringLiteral("p-hive3.svc.test:5000/image_api:latest"));
        QStringList errors;
        const QJsonObject spec = ServiceSpecBuilder::build(
            loaded, QStringLiteral("api"), c,
            QStringLiteral("p-hive3.svc.test:5000/image_api:latest@sha256:0123"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        compareWithGolden(QStringLiteral("api.json"), QJsonDocument(spec).toJson());

        // Behind a proxy every task gets it, a name the service sets wins.
        ServiceDeployContext proxied = c;
        proxied.proxyEnvironment = {{QStringLiteral("HTTP_PROXY"), QStringLiteral("http://h:3128")},
                                    {QStringLiteral("TZ"), QStringLiteral("UTC")}};
        const QJsonArray env = ServiceSpecBuilder::build(loaded, QStringLiteral("api"), proxied,
                                                         QStringLiteral("x@sha256:0123"), errors)
                                   .value(QStringLiteral("TaskTemplate"))
                                   .toObject()
                                   .value(QStringLiteral("ContainerSpec"))
                                   .toObject()
                                   .value(QStringLiteral("Env"))
                                   .toArray();
        QVERIFY2(env.contains(QStringLiteral("HTTP_PROXY=http://h:3128")) &&
                     env.contains(QStringLiteral("TZ=Asia/Tokyo")) &&
                     !env.contains(QStringLiteral("TZ=UTC")),
                 QJsonDocument(env).toJson().constData());

        // The points a reader checks first, spelled out.
        const QJsonObject container = spec.value(QStringLiteral("TaskTemplate"))
                                          .toObject()
                                          .value(QStringLiteral("ContainerSpec"))
                                          .toObject();
        // Docker's Command is the entrypoint, Args the command.
        QCOMPARE(container.value(QStringLiteral("Command")).toArray(),
                 QJsonArray({QStringLiteral("/entry.sh"), QStringLiteral("--verbose")}));
        QCOMPARE(container.value(QStringLiteral("Args")).toArray().at(0).toString(),
                 QStringLiteral("serve"));
        // A label that is not a string is JSON.
        QCOMPARE(container.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("tier")),
                 QJsonValue(QStringLiteral("{\"level\":2}")));
        // The allocated port of "8000" (61001, the first free one) in ingress mode.
        const QJsonArray ports = spec.value(QStringLiteral("EndpointSpec"))
                                     .toObject()
                                     .value(QStringLiteral("Ports"))
                                     .toArray();
        QCOMPARE(ports.at(0).toObject().value(QStringLiteral("PublishedPort")).toInt(), 61001);
        QCOMPARE(ports.at(0).toObject().value(QStringLiteral("PublishMode")).toString(),
                 QStringLiteral("ingress"));
        QCOMPARE(ports.at(1).toObject().value(QStringLiteral("PublishMode")).toString(),
                 QStringLiteral("host"));
        // Every server in /etc/hosts, then the service's own.
        QCOMPARE(container.value(QStringLiteral("Hosts")).toArray().size(), 3);
        // Logs go to the repository server's syslog, tagged with the service.
        QCOMPARE(spec.value(QStringLiteral("TaskTemplate"))
                     .toObject()
                     .value(QStringLiteral("LogDriver"))
                     .toObject()
                     .value(QStringLiteral("Options"))
                     .toObject()
                     .value(QStringLiteral("tag"))
                     .toString(),
                 QStringLiteral("api"));

        // In production the image is pulled from pull_from, not built.
        QCOMPARE(ServiceSpecBuilder::image(loaded, QStringLiteral("api"),
                                           context(QStringLiteral("production"))),
                 QStringLiteral("example/api:1.4"));
        QVERIFY(!ServiceSpecBuilder::builtHere(loaded, QStringLiteral("api"),
                                               QStringLiteral("production")));
    }

    void ownNetworksAndLoggingReplaceTheDefaults()
    {
        const LoadedInventory loaded = load();
        QStringList errors;
        const QJsonObject spec =
            ServiceSpecBuilder::build(loaded, QStringLiteral("worker"), context(),
                                      QStringLiteral("example/worker:2"), errors);
        QVERIFY(errors.isEmpty());
        compareWithGolden(QStringLiteral("worker.json"), QJsonDocument(spec).toJson());
        const QJsonObject task = spec.value(QStringLiteral("TaskTemplate")).toObject();
        QCOMPARE(task.value(QStringLiteral("Networks")).toArray().size(), 1);
        QCOMPARE(task.value(QStringLiteral("LogDriver")).toObject().value(QStringLiteral("Name")),
                 QJsonValue(QStringLiteral("json-file")));
        QVERIFY(spec.value(QStringLiteral("Mode")).toObject().contains(QStringLiteral("Global")));

        // A network the swarm does not have is an error saying what to run.
        ServiceDeployContext c = context();
        c.networkIds.remove(QStringLiteral("backend"));
        ServiceSpecBuilder::build(loaded, QStringLiteral("worker"), c,
                                  QStringLiteral("example/worker:2"), errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("backend")) &&
                     errors.first().contains(QLatin1String("build-networks")),
                 qPrintable(errors.first()));
    }

    void badValuesAreErrorsNamingServiceAndKey()
    {
        const LoadedInventory loaded = load();
        QStringList errors;
        ServiceSpecBuilder::build(loaded, QStringLiteral("broken"), context(),
                                  QStringLiteral("busybox"), errors);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QLatin1String("broken")) &&
                     errors.at(0).contains(QLatin1String("stop_grace_period")) &&
                     errors.at(0).contains(QLatin1String("soon")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QLatin1String("mem_limit")), qPrintable(errors.at(1)));
    }

    void theEnginesDefaultsAreNotDifferencesButEditsAre()
    {
        const LoadedInventory loaded = load();
        QStringList errors;
        const QJsonObject spec =
            ServiceSpecBuilder::build(loaded, QStringLiteral("worker"), context(),
                                      QStringLiteral("example/worker:2"), errors);
        // What `docker service inspect` shows: ours plus the engine's defaults.
        QJsonObject actual = spec;
        QJsonObject task = actual.value(QStringLiteral("TaskTemplate")).toObject();
        QJsonObject container = task.value(QStringLiteral("ContainerSpec")).toObject();
        container.insert(QStringLiteral("Isolation"), QStringLiteral("default"));
        container.insert(QStringLiteral("StopGracePeriod"), 10000000000.0);
        task.insert(QStringLiteral("ContainerSpec"), container);
        task.insert(QStringLiteral("ForceUpdate"), 0);
        actual.insert(QStringLiteral("TaskTemplate"), task);
        actual.insert(QStringLiteral("UpdateConfig"),
                      QJsonObject{{QStringLiteral("Parallelism"), 1}});
        QVERIFY(ServiceSpecBuilder::differences(spec, actual).isEmpty());

        container.insert(QStringLiteral("Image"), QStringLiteral("example/worker:3"));
        task.insert(QStringLiteral("ContainerSpec"), container);
        actual.insert(QStringLiteral("TaskTemplate"), task);
        QCOMPARE(ServiceSpecBuilder::differences(spec, actual),
                 QStringList{QStringLiteral("TaskTemplate.ContainerSpec.Image")});

        // The digest label changes with the spec (a removed setting is seen by it).
        QJsonObject other = spec;
        other.insert(QStringLiteral("Name"), QStringLiteral("worker2"));
        QVERIFY(ServiceSpecBuilder::digest(spec) != ServiceSpecBuilder::digest(other));
        QCOMPARE(ServiceSpecBuilder::digest(spec), spec.value(QStringLiteral("Labels"))
                                                       .toObject()
                                                       .value(ServiceSpecBuilder::specLabel())
                                                       .toString());
    }

    // replicas unset (or -1): a new service starts at 1; a deployed one keeps
    // the count it runs (scaled by hand, as hive-builder leaves it), with
    // nothing to update. Set, the definition's count is wanted.
    void replicasUnsetLeaveTheDeployedCount()
    {
        const LoadedInventory loaded = load();
        QStringList errors;
        const QJsonObject made = ServiceSpecBuilder::build(
            loaded, QStringLiteral("queue"), context(), QStringLiteral("example/queue:1"), errors);
        const auto count = [](const QJsonObject &spec) {
            return spec.value(QStringLiteral("Mode"))
                .toObject()
                .value(QStringLiteral("Replicated"))
                .toObject()
                .value(QStringLiteral("Replicas"))
                .toInt();
        };
        QCOMPARE(count(made), 1);
        QCOMPARE(made.value(QStringLiteral("TaskTemplate"))
                     .toObject()
                     .value(QStringLiteral("ContainerSpec"))
                     .toObject()
                     .value(QStringLiteral("Hostname"))
                     .toString(),
                 QStringLiteral("queue"));
        QJsonObject scaled = made;
        scaled.insert(QStringLiteral("Mode"),
                      QJsonObject{{QStringLiteral("Replicated"),
                                   QJsonObject{{QStringLiteral("Replicas"), 5}}}});
        QJsonObject wanted = made;
        QCOMPARE(ServiceSpecBuilder::differences(wanted, scaled),
                 QStringList{QStringLiteral("Mode.Replicated.Replicas")});
        ServiceSpecBuilder::keepDeployedReplicas(loaded, QStringLiteral("queue"), wanted, scaled);
        QCOMPARE(count(wanted), 5);
        QVERIFY(ServiceSpecBuilder::differences(wanted, scaled).isEmpty());

        QJsonObject api = ServiceSpecBuilder::build(loaded, QStringLiteral("api"), context(),
                                                    QStringLiteral("example/api:1"), errors);
        ServiceSpecBuilder::keepDeployedReplicas(loaded, QStringLiteral("api"), api, scaled);
        QCOMPARE(count(api), 2);
    }

    void anImageIsBuiltInAContainerAndCommittedWithItsSettings()
    {
        const LoadedInventory loaded = load();
        QList<ImageBuildRecipe> recipes = ImageBuildRecipe::of(loaded, QStringLiteral("private"));
        QCOMPARE(recipes.size(), 1);
        // production pulls it (pull_on) instead of building.
        QVERIFY(ImageBuildRecipe::of(loaded, QStringLiteral("production")).isEmpty());
        ImageBuildRecipe r = recipes.first();
        QCOMPARE(r.container(), QStringLiteral("build_image_api"));
        const QStringList run = r.runArguments();
        QCOMPARE(run.mid(run.indexOf(QStringLiteral("--entrypoint"))),
                 QStringList({QStringLiteral("--entrypoint"), QString(),
                              QStringLiteral("python:3.11-slim"), QStringLiteral("/bin/sh"),
                              QStringLiteral("-c"),
                              QStringLiteral("trap \"kill %1\" int;sleep 2400 &wait")}));
        const QJsonObject fromConfig{
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("python3")}},
            {QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/usr/bin")}}};
        const QStringList changes = r.commitChanges(fromConfig);
        QCOMPARE(changes.mid(0, changes.size() - 1),
                 QStringList({QStringLiteral("ENV API_MODE=\"production\""),
                              QStringLiteral("USER www"), QStringLiteral("WORKDIR /srv/api"),
                              QStringLiteral("CMD [\"gunicorn\",\"api:app\"]"),
                              QStringLiteral("STOPSIGNAL 2"), QStringLiteral("EXPOSE 8000")}));
        QVERIFY(changes.last().startsWith(QLatin1String("LABEL studio.hive.image-settings=")));
        // Without its own command the image keeps the base image's.
        r.vars.remove(QStringLiteral("hive_command"));
        QVERIFY(r.commitChanges(fromConfig).contains(QStringLiteral("CMD [\"python3\"]")));
        QVERIFY(r.commitChanges(fromConfig).last() != changes.last());
        // python-aptk runs before fact gathering, the other roles after it.
        compareWithGolden(QStringLiteral("image_api.yml"), r.playbook());
        QCOMPARE(r.playbook().count("gather_facts: false"), 1);
        // Behind a proxy the roles run with it (every play), not the image.
        const QStringList settingsBefore = r.commitChanges(fromConfig);
        ProxySettings proxy;
        proxy.proxyHost = QStringLiteral("localhost");
        proxy.proxyPort = 3128;
        proxy.pipIndexUrl = QStringLiteral("http://devpi/root/pypi/+simple/");
        r.environment =
            proxy.containerEnvironment(QStringLiteral("172.30.0.4"), {QStringLiteral("localhost")});
        QCOMPARE(r.playbook().count("  environment:\n    HTTP_PROXY: \"http://172.30.0.4:3128\"\n"),
                 2);
        QVERIFY(r.playbook().contains("    NO_PROXY: \"localhost\"\n"));
        QVERIFY(r.playbook().contains("    PIP_INDEX_URL: \"http://devpi/root/pypi/+simple/\"\n"));
        QCOMPARE(r.commitChanges(fromConfig), settingsBefore);
        r.environment.clear();
        // A standalone image runs its own init, privileged.
        r.standalone = true;
        r.privileged = true;
        QCOMPARE(r.runArguments().mid(r.runArguments().size() - 2),
                 QStringList({QStringLiteral("--privileged"), QStringLiteral("python:3.11-slim")}));
        QVERIFY(r.runDigest() != recipes.first().runDigest());
    }

    void externalRegistryLoginsAreSecretAndChecked()
    {
        Value repositories = Value::list();
        Value own = Value::map();
        own.insert(QStringLiteral("repository"),
                   Value::string(QStringLiteral("reg.example.jp:5000")));
        own.insert(QStringLiteral("login_user"), Value::string(QStringLiteral("ops")));
        own.insert(QStringLiteral("password"), Value::string(QStringLiteral("s3cret")));
        Value hub = Value::map();
        hub.insert(QStringLiteral("login_user"), Value::string(QStringLiteral("procube")));
        hub.insert(QStringLiteral("password"), Value::string(QStringLiteral("hubpass")));
        repositories.append(own);
        repositories.append(hub);
        const QList<HostChange> logins = DockerRecipes::externalRegistryLogins(repositories);
        QCOMPARE(logins.size(), 2);
        for (const HostChange &c : logins)
            QVERIFY(c.secret); // its input is a password: never shown
        QVERIFY(logins.at(0).check.contains(QLatin1String("reg.example.jp:5000")));
        // The password reaches the host on standard input, not in the command line.
        QVERIFY(!logins.at(0).apply.contains(QLatin1String("s3cret")));
        QCOMPARE(logins.at(0).applyInput, QByteArray("s3cret\n"));
        QVERIFY(logins.at(0).apply.contains(QLatin1String("--password-stdin")));
        // No repository: Docker Hub, whose entry in config.json is its index URL.
        QVERIFY(logins.at(1).check.contains(QLatin1String("https://index.docker.io/v1/")));
        QVERIFY(!HostChange::describe(logins).contains(QLatin1String("hubpass")));
        QVERIFY(DockerRecipes::externalRegistryLogins(Value()).isEmpty());
    }

    // The built-in role hive-syslog: Ansible itself reads a play with it
    // (the role as build-images writes it), and the rsyslog.conf it puts
    // forwards to the repository server over TCP.
    void theHiveSyslogRoleForwardsToTheRepositoryServer()
    {
        const QByteArray tasks =
            ImageBuildRecipe::hiveSyslog(QStringLiteral("172.30.242.7"), QStringLiteral("10514"));
        QVERIFY(tasks.contains("target=\"172.30.242.7\" port=\"10514\" protocol=\"tcp\""));
        QVERIFY(tasks.contains("module(load=\"imjournal\""));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("roles/hive-syslog/tasks")));
        QFile role(dir.filePath(QStringLiteral("roles/hive-syslog/tasks/main.yml")));
        QVERIFY(role.open(QIODevice::WriteOnly));
        role.write(tasks);
        role.close();
        QFile play(dir.filePath(QStringLiteral("play.yml")));
        QVERIFY(play.open(QIODevice::WriteOnly));
        play.write("- hosts: localhost\n  gather_facts: false\n  roles:\n    - hive-syslog\n");
        play.close();
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("ansible-playbook"),
                {QStringLiteral("--syntax-check"), QStringLiteral("-i"),
                 QStringLiteral("localhost,"), QStringLiteral("play.yml")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        // Its list of tasks, as Ansible reads them.
        p.start(QStringLiteral("ansible-playbook"),
                {QStringLiteral("--list-tasks"), QStringLiteral("-i"), QStringLiteral("localhost,"),
                 QStringLiteral("play.yml")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray listed = p.readAll();
        QVERIFY2(listed.contains("install rsyslog") &&
                     listed.contains("rsyslog sends to the repository server") &&
                     listed.contains("rsyslog starts with the container's systemd"),
                 listed.constData());
    }

    void initializeRolesRunInTheTaskContainer()
    {
        compareWithGolden(QStringLiteral("initialize-api.yml"),
                          InitializeServicesPhase::playbook(QStringLiteral("api"),
                                                            QStringLiteral("0123456789ab"),
                                                            {QStringLiteral("api-init")}));
    }
};

QTEST_GUILESS_MAIN(TestServicePhases)
#include "tst_service_phases.moc"
