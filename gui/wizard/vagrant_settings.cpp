#include "gui/wizard/vagrant_settings.h"

#include "providers/vagrant_plan.h"
#include "providers/vagrant_provider.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace hive::wizards {

VagrantSettings::VagrantSettings(QWidget *parent)
    : QWidget(parent), m_box(new QComboBox(this)), m_cpus(new QSpinBox(this)),
      m_network(new QComboBox(this)), m_bridge(new QComboBox(this)),
      m_readingBoxes(this, [this](const QStringList &boxes, bool cancelled) {
          if (cancelled)
              return;
          m_boxesRead = true;
          const QString typed = m_box->currentText();
          for (const QString &b : boxes) {
              const QString name = b.section(QLatin1Char(' '), 0, 0);
              if (m_box->findText(name) < 0)
                  m_box->addItem(name);
              m_box->setItemData(m_box->findText(name), tr("On this machine: %1").arg(b),
                                 Qt::ToolTipRole);
          }
          m_box->setCurrentText(typed);
      })
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_box->setObjectName(QStringLiteral("vagrantBox"));
    m_box->setEditable(true);
    m_box->addItem(QLatin1String(VagrantPlan::kDefaultBox));
    m_box->setToolTip(tr("The Vagrant box the machines start from (image_name). Boxes this "
                         "machine has are listed; any box of Vagrant Cloud can be typed."));
    auto *boxLabel = new QLabel(tr("B&ox:"), this);
    boxLabel->setBuddy(m_box);
    form->addRow(boxLabel, m_box);

    m_cpus->setObjectName(QStringLiteral("vagrantCpus"));
    m_cpus->setRange(0, 64);
    m_cpus->setSpecialValueText(tr("the box's"));
    auto *cpusLabel = new QLabel(tr("C&PUs per machine:"), this);
    cpusLabel->setBuddy(m_cpus);
    form->addRow(cpusLabel, m_cpus);

    m_network->setObjectName(QStringLiteral("vagrantNetwork"));
    m_network->addItem(tr("Private to this machine"), int(StageDraft::VagrantNetwork::Private));
    m_network->addItem(tr("Bridged through a new bridge"),
                       int(StageDraft::VagrantNetwork::NewBridge));
    m_network->addItem(tr("Bridged through an existing bridge (libvirt)"),
                       int(StageDraft::VagrantNetwork::ExistingBridge));
    m_network->setToolTip(tr("Private: only this machine reaches the hosts. Bridged: the "
                             "hosts are on the outside network, at the stage's addresses."));
    auto *networkLabel = new QLabel(tr("Net&work:"), this);
    networkLabel->setBuddy(m_network);
    form->addRow(networkLabel, m_network);

    m_bridge->setObjectName(QStringLiteral("vagrantBridge"));
    m_bridge->setEditable(true);
    m_bridge->setCurrentText(QString());
    auto *bridgeLabel = new QLabel(tr("Brid&ge:"), this);
    bridgeLabel->setBuddy(m_bridge);
    form->addRow(bridgeLabel, m_bridge);

    connect(m_box, &QComboBox::currentTextChanged, this, &VagrantSettings::changed);
    connect(m_cpus, &QSpinBox::valueChanged, this, &VagrantSettings::changed);
    connect(m_network, &QComboBox::currentIndexChanged, this, [this] {
        updateBridge();
        emit changed();
    });
    connect(m_bridge, &QComboBox::currentTextChanged, this, &VagrantSettings::changed);
    updateBridge();
}

void VagrantSettings::updateBridge()
{
    const auto mode = StageDraft::VagrantNetwork(m_network->currentData().toInt());
    m_bridge->setEnabled(mode != StageDraft::VagrantNetwork::Private);
    // An existing bridge: this machine's; a new one: a name to type.
    const QString typed = m_bridge->currentText();
    const QSignalBlocker quiet(m_bridge);
    m_bridge->clear();
    if (mode == StageDraft::VagrantNetwork::ExistingBridge)
        m_bridge->addItems(VagrantProvider::bridgesHere());
    m_bridge->setCurrentText(typed);
    m_bridge->lineEdit()->setPlaceholderText(mode == StageDraft::VagrantNetwork::NewBridge
                                                 ? tr("name of the bridge to make, e.g. brHive")
                                                 : tr("this machine's bridge, e.g. br0"));
}

void VagrantSettings::focusProblem(const StageDraft &draft)
{
    if (draft.vagrantNetwork != StageDraft::VagrantNetwork::Private && draft.bridge.isEmpty())
        m_bridge->setFocus();
}

void VagrantSettings::readBoxes()
{
    if (m_boxesRead)
        return;
    m_readingBoxes.start([](const std::atomic_bool *) { return VagrantProvider::boxesHere(); });
}

void VagrantSettings::fill(const StageDraft &draft)
{
    m_box->setCurrentText(draft.box.isEmpty() ? QLatin1String(VagrantPlan::kDefaultBox)
                                              : draft.box);
    m_cpus->setValue(draft.cpus);
    m_network->setCurrentIndex(m_network->findData(int(draft.vagrantNetwork)));
    m_bridge->setCurrentText(draft.bridge);
    updateBridge();
}

void VagrantSettings::apply(StageDraft &draft) const
{
    const QString box = m_box->currentText().trimmed();
    draft.box = box == QLatin1String(VagrantPlan::kDefaultBox) ? QString() : box;
    draft.cpus = m_cpus->value();
    draft.vagrantNetwork = StageDraft::VagrantNetwork(m_network->currentData().toInt());
    draft.bridge = draft.vagrantNetwork == StageDraft::VagrantNetwork::Private
                       ? QString()
                       : m_bridge->currentText().trimmed();
}

} // namespace hive::wizards
