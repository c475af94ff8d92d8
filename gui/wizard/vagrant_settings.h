#pragma once

#include "gui/run/background_job.h"
#include "project/stage_draft.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QSpinBox;

namespace hive::wizards {

// The setup wizard's settings of a vagrant stage: the box (the boxes this
// machine's Vagrant has, read in the background, or any name typed), CPUs
// per machine, and the network: private to this machine, or bridged to the
// outside through a new bridge or libvirt's existing one (this machine's
// interfaces offered).
class VagrantSettings : public QWidget
{
    Q_OBJECT
public:
    explicit VagrantSettings(QWidget *parent = nullptr);

    void fill(const StageDraft &draft);
    void apply(StageDraft &draft) const;
    // Puts the focus where settingsProblem() asks for a change.
    void focusProblem(const StageDraft &draft);
    // Reads the boxes there are, once.
    void readBoxes();

signals:
    void changed();

private:
    QComboBox *m_box;
    QSpinBox *m_cpus;
    QComboBox *m_network;
    QComboBox *m_bridge;
    BackgroundJob<QStringList> m_readingBoxes;
    bool m_boxesRead = false;
    void updateBridge();
};

} // namespace hive::wizards
