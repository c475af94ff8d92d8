#pragma once

#include "phases/named_phase_options.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>

namespace hive {

class Project;
class RunEventSink;
struct LoadedInventory;

// The build-images phase: every image the stage builds (ImageBuildRecipe),
// two at a time on the repository server; each build's Ansible output
// streams into the run under the image's name. An image whose roles change
// nothing and whose settings are as committed is reported ok and only its
// :latest tag is pushed again. -l names services.
class BuildImagesPhase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildImagesPhase)
public:
    using Options = NamedPhaseOptions; // -l names services (-D: none)

    BuildImagesPhase(const Project &project, const LoadedInventory &loaded, RunEventSink *sink);

    bool run(const Options &options);

private:
    const Project &m_project;
    const LoadedInventory &m_loaded;
    RunEventSink *m_sink;
};

} // namespace hive
