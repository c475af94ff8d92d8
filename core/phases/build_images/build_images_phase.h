#pragma once

#include "phases/phase.h"

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
class BuildImagesPhase : public Phase
{
    Q_DECLARE_TR_FUNCTIONS(hive::BuildImagesPhase)
public:
    QString name() const override { return QStringLiteral("build-images"); }

protected:
    // login (to external registries, where `from` images need it), then
    // build; -l names services (-D: none).
    bool plan(PhaseContext &context, Plan &plan) const override;
};

} // namespace hive
