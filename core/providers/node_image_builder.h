#pragma once

#include "engine/run_event.h"
#include "providers/node_image_recipe.h"

#include <QCoreApplication>
#include <atomic>

namespace hive {

class DockerClient;
class RunReporter;

// Makes sure the node image of a recipe exists on the Docker Engine: reused
// when its tag (the recipe hash) is there, otherwise built offline from the
// machine's own Debian mirror with debootstrap, customised, and imported.
// HIVE_NODE_IMAGE names an existing image to use instead (built elsewhere).
class NodeImageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(hive::NodeImageBuilder)
public:
    NodeImageBuilder(DockerClient &docker, RunReporter &reporter, QString step);

    // Sets `reference` to the image to run; `status` Ok (reused) or Changed
    // (built, or would be built in check mode). Long: minutes on a first build.
    bool ensure(const NodeImageRecipe &recipe, const QString &workDir, bool checkOnly,
                const std::atomic_bool *cancel, QString &reference, RunEvent::Status &status,
                QString &error);

private:
    DockerClient &m_docker;
    RunReporter &m_reporter;
    QString m_step;

    bool build(const NodeImageRecipe &recipe, const QString &dir, const std::atomic_bool *cancel,
               QString &error);
    bool runTool(const QString &what, const QString &program, const QStringList &arguments,
                 const std::atomic_bool *cancel, int timeoutMs, QString &error);
};

} // namespace hive
