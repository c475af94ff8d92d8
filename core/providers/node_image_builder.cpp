#include "providers/node_image_builder.h"

#include "engine/run_reporter.h"
#include "providers/debian_mirror.h"
#include "remote/docker_client.h"
#include "remote/local_command.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

namespace hive {

namespace {

QString findTool(const QString &name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

} // namespace

NodeImageBuilder::NodeImageBuilder(DockerClient &docker, RunReporter &reporter, QString step)
    : m_docker(docker), m_reporter(reporter), m_step(std::move(step))
{}

bool NodeImageBuilder::ensure(const NodeImageRecipe &recipe, const QString &workDir, bool checkOnly,
                              const std::atomic_bool *cancel, QString &reference,
                              RunEvent::Status &status, QString &error)
{
    const QString preset = qEnvironmentVariable("HIVE_NODE_IMAGE");
    reference = preset.isEmpty() ? recipe.reference() : preset;
    const DockerClient::Reply found = m_docker.inspectImage(reference);
    if (found.ok) {
        status = RunEvent::Status::Ok;
        return true;
    }
    if (found.status != 404) {
        error = found.error;
        return false;
    }
    if (!preset.isEmpty()) {
        error = tr("HIVE_NODE_IMAGE names %1, which the Docker Engine at %2 does not have")
                    .arg(preset, m_docker.endpoint().displayName());
        return false;
    }
    status = RunEvent::Status::Changed;
    if (checkOnly)
        return true;
    if (recipe.script.isEmpty()) {
        error = tr("the node image recipe has no customisation script (broken installation)");
        return false;
    }
    // A private folder of a fresh name (mkdtemp, 0700): root never builds in,
    // nor removes, a path another user of this machine could have prepared.
    QDir().mkpath(workDir);
    QTemporaryDir scratch(workDir + QStringLiteral("/node-image-XXXXXX"));
    if (!scratch.isValid()) {
        error =
            tr("cannot make a private work folder in %1: %2").arg(workDir, scratch.errorString());
        return false;
    }
    // The root file system is large: the folder goes with `scratch`, even after a failure.
    return build(recipe, scratch.path(), cancel, error);
}

bool NodeImageBuilder::runTool(const QString &what, const QString &program,
                               const QStringList &arguments, const std::atomic_bool *cancel,
                               int timeoutMs, QString &error)
{
    LocalCommand::Options options;
    options.timeoutMs = timeoutMs;
    options.cancel = cancel;
    options.keepOutput = false;
    QString lastLines;
    options.onLine = [&](LocalCommand::Stream, const QString &line) {
        m_reporter.output(m_step, {}, line);
        lastLines = (lastLines + line + QLatin1Char('\n')).right(2000);
    };
    const CommandResult r = LocalCommand::run(program, arguments, options);
    if (r.status == CommandResult::Status::Exited && r.exitCode == 0)
        return true;
    error = r.status == CommandResult::Status::Exited
                ? tr("%1 failed (exit %2); its last output:\n%3")
                      .arg(what)
                      .arg(r.exitCode)
                      .arg(lastLines.trimmed())
                : r.error;
    return false;
}

bool NodeImageBuilder::build(const NodeImageRecipe &recipe, const QString &dir,
                             const std::atomic_bool *cancel, QString &error)
{
    if (geteuid() != 0) {
        error = tr("building the node image needs root (debootstrap and chroot): run build-infra "
                   "as root once, or set HIVE_NODE_IMAGE to an image built elsewhere");
        return false;
    }
    const QString debootstrap = findTool(QStringLiteral("debootstrap"));
    if (debootstrap.isEmpty()) {
        error = tr("debootstrap is not installed: install it (apt-get install debootstrap) and "
                   "run build-infra again");
        return false;
    }
    QString mirror;
    if (!DebianMirror::find(QStringLiteral("/etc/apt"), mirror, error))
        return false;

    const QString rootfs = dir + QStringLiteral("/rootfs");
    if (!QDir().mkpath(rootfs)) {
        error = tr("cannot create %1").arg(rootfs);
        return false;
    }
    m_reporter.progress(
        m_step, {}, 0, 4,
        tr("debootstrap %1 from %2 (a few minutes, once)").arg(recipe.suite, mirror));
    if (!runTool(QStringLiteral("debootstrap"), debootstrap,
                 {QStringLiteral("--variant=minbase"),
                  QStringLiteral("--include=") + recipe.packages.join(QLatin1Char(',')),
                  recipe.suite, rootfs, mirror},
                 cancel, 30 * 60 * 1000, error))
        return false;

    m_reporter.progress(m_step, {}, 1, 4, tr("customising the root file system"));
    const QString script = dir + QStringLiteral("/customize-node-rootfs.sh");
    {
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly) || f.write(recipe.script) != recipe.script.size()) {
            error = tr("cannot write %1").arg(script);
            return false;
        }
    }
    if (!runTool(QStringLiteral("customize-node-rootfs.sh"), QStringLiteral("/bin/sh"),
                 {script, rootfs, mirror, recipe.suite}, cancel, 15 * 60 * 1000, error))
        return false;

    m_reporter.progress(m_step, {}, 2, 4, tr("packing the root file system"));
    const QString tar = dir + QStringLiteral("/rootfs.tar");
    if (!runTool(QStringLiteral("tar"), QStringLiteral("tar"),
                 {QStringLiteral("--numeric-owner"), QStringLiteral("--xattrs"),
                  QStringLiteral("--xattrs-include=*"), QStringLiteral("-C"), rootfs,
                  QStringLiteral("-cf"), tar, QStringLiteral(".")},
                 cancel, 15 * 60 * 1000, error))
        return false;

    m_reporter.progress(m_step, {}, 3, 4, tr("importing %1").arg(recipe.reference()));
    const DockerClient::Reply imported =
        m_docker.importImageFile(tar, recipe.repository(), recipe.tag(),
                                 {QStringLiteral("CMD [\"/usr/local/sbin/hive-node-init\"]"),
                                  QStringLiteral("ENV container=docker")});
    if (!imported.ok) {
        error = imported.error;
        return false;
    }
    m_reporter.progress(m_step, {}, 4, 4, tr("node image %1 ready").arg(recipe.reference()));
    return true;
}

} // namespace hive
