#pragma once

#include "project/stage_draft.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace hive::wizards {

// The setup wizard's settings of a kickstart stage: the OS's install
// medium to start from (an ISO file picked), where the new medium goes (an
// ISO file, or one of this machine's disks, those it must not erase shown
// but not choosable, with why), the disk the hosts install on, DNS servers,
// and the networks: interface, bonded interfaces, VLAN, which one carries
// the hosts' addresses, netmask and gateway.
class KickstartSettings : public QWidget
{
    Q_OBJECT
public:
    explicit KickstartSettings(QWidget *parent = nullptr);

    void fill(const StageDraft &draft);
    void apply(StageDraft &draft) const;
    // Puts the focus where settingsProblem() asks for a change.
    void focusProblem(const StageDraft &draft);
    // Lists this machine's disks again (on showing the page).
    void readDevices();

signals:
    void changed();

private:
    QLineEdit *m_source;
    QLineEdit *m_destination;
    QComboBox *m_devices;
    QCheckBox *m_usb;
    QLineEdit *m_target;
    QLineEdit *m_nameservers;
    QTableWidget *m_networks;
    bool m_filling = false;

    void addNetwork(const StageDraft::Network &network);
};

} // namespace hive::wizards
