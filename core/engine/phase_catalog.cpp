#include "engine/phase_catalog.h"

namespace hive {

namespace {

// The translation context of the texts below.
const char kContext[] = "hive::PhaseCatalog";

} // namespace

QString PhaseTraits::description() const
{
    return QCoreApplication::translate(kContext, summary);
}

QString PhaseTraits::destroyHelp() const
{
    return QCoreApplication::translate(kContext, destroys);
}

QString PhaseTraits::limitHelp() const
{
    switch (limit) {
    case Limit::Services:
        return PhaseCatalog::tr("only these services (comma-separated)");
    case Limit::Volumes:
        return PhaseCatalog::tr("only these volumes (comma-separated)");
    case Limit::Networks:
        return PhaseCatalog::tr("only these networks (comma-separated)");
    case Limit::Hosts:
        break;
    }
    return PhaseCatalog::tr("only these hosts or groups (comma-separated; !name excludes)");
}

const QList<PhaseTraits> &PhaseCatalog::all()
{
    using L = PhaseTraits::Limit;
    static const QList<PhaseTraits> phases = {
        {QStringLiteral("build-infra"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog",
                           "build the stage's servers and networks (or -H halt, -D destroy them)"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog",
                           "remove the servers, their volumes and the network"),
         L::Hosts, true, false, true, true},
        {QStringLiteral("setup-hosts"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog", "set up the servers: OS, firewall, TLS, Docker, "
                                                 "registry, logs and the swarm"),
         "", L::Hosts, false, true, false},
        {QStringLiteral("build-images"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog", "build the services' images with their roles and "
                                                 "push them to the hive registry"),
         "", L::Services, false, false, false},
        {QStringLiteral("build-volumes"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog", "make the stage's volumes: DRBD-mirrored or by a "
                                                 "driver (or -D remove them)"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog",
                           "remove the volumes (refused while a service uses one)"),
         L::Volumes, false, false, false},
        {QStringLiteral("build-networks"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog",
                           "make the stage's swarm networks (or -D remove them)"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog",
                           "remove the networks (refused while a service uses one)"),
         L::Networks, false, false, false},
        {QStringLiteral("deploy-services"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog", "create or update the stage's swarm services and "
                                                 "wait until they run (or -D remove them)"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog", "remove the services"), L::Services, false, false,
         false},
        {QStringLiteral("initialize-services"),
         QT_TRANSLATE_NOOP("hive::PhaseCatalog",
                           "apply the services' initialize_roles inside a running task of each"),
         "", L::Services, false, false, false},
    };
    return phases;
}

QStringList PhaseCatalog::names()
{
    QStringList out;
    for (const PhaseTraits &t : all())
        out << t.name;
    return out;
}

QString PhaseCatalog::hostsPhase()
{
    for (const PhaseTraits &t : all()) {
        if (t.makesHosts)
            return t.name;
    }
    return {};
}

const PhaseTraits *PhaseCatalog::find(const QString &name)
{
    for (const PhaseTraits &t : all()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString PhaseCatalog::tagProblem(const QString &phase, const QString &tags)
{
    const PhaseTraits *t = find(phase);
    if (tags.trimmed().isEmpty() || !t || t->takesTags)
        return {};
    QStringList tagged;
    for (const PhaseTraits &each : all()) {
        if (each.takesTags)
            tagged << each.name;
    }
    return tr("%1 has no tags: -T %2 selects nothing in it (phases with tags: %3)")
        .arg(phase, tags, tagged.join(QStringLiteral(", ")));
}

} // namespace hive
