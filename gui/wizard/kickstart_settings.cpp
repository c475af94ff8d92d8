#include "gui/wizard/kickstart_settings.h"

#include "providers/install_device.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hive::wizards {

namespace {
enum Column
{
    Interface,
    Bonded,
    Vlan,
    HostAddresses,
    Netmask,
    Gateway,
    Columns
};

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << part;
    return out;
}
} // namespace

KickstartSettings::KickstartSettings(QWidget *parent)
    : QWidget(parent), m_source(new QLineEdit(this)), m_destination(new QLineEdit(this)),
      m_devices(new QComboBox(this)), m_usb(new QCheckBox(tr("It is a &USB stick"), this)),
      m_target(new QLineEdit(this)), m_nameservers(new QLineEdit(this)),
      m_networks(new QTableWidget(0, Columns, this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Room for the network table's six columns.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    m_source->setObjectName(QStringLiteral("isoSource"));
    m_source->setPlaceholderText(tr("AlmaLinux, Rocky Linux or RHEL 8/9 DVD image"));
    auto *browseSource = new QPushButton(tr("Br&owse…"), this);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browseSource);
    auto *sourceLabel = new QLabel(tr("OS install &medium:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);
    connect(browseSource, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("The OS's install medium"), m_source->text(),
                                         tr("ISO images (*.iso);;All files (*)"));
        if (!file.isEmpty())
            m_source->setText(file);
    });

    m_destination->setObjectName(QStringLiteral("isoDestination"));
    m_destination->setPlaceholderText(tr("an ISO file to write, or a device such as /dev/sdb"));
    auto *saveAs = new QPushButton(tr("Sa&ve as…"), this);
    m_devices->setObjectName(QStringLiteral("installDevices"));
    m_devices->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_devices->setToolTip(tr("This machine's disks. Those that must not be erased (its own "
                             "system, or mounted) cannot be chosen; hover one to see why."));
    // The path on a line of its own: device names and ISO paths are long.
    auto *destinationRow = new QVBoxLayout;
    destinationRow->addWidget(m_destination);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(saveAs);
    pickers->addWidget(m_devices, 1);
    destinationRow->addLayout(pickers);
    auto *destinationLabel = new QLabel(tr("New med&ium:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    form->addRow(QString(), m_usb);
    connect(saveAs, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("The new install medium"), m_destination->text(), tr("ISO images (*.iso)"));
        if (!file.isEmpty()) {
            m_destination->setText(file);
            m_usb->setChecked(false);
        }
    });
    connect(m_devices, &QComboBox::activated, this, [this](int index) {
        const QString device = m_devices->itemData(index).toString();
        if (device.isEmpty())
            return;
        m_destination->setText(device);
        m_usb->setChecked(true);
    });

    m_target->setObjectName(QStringLiteral("targetDisk"));
    m_target->setPlaceholderText(QStringLiteral("sda"));
    m_target->setToolTip(tr("The disk of each server the OS is installed on; all on it is "
                            "erased."));
    auto *targetLabel = new QLabel(tr("Install on dis&k:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);

    m_nameservers->setObjectName(QStringLiteral("nameservers"));
    m_nameservers->setPlaceholderText(tr("e.g. 192.168.10.1, 192.168.10.2"));
    auto *dnsLabel = new QLabel(tr("DNS &servers:"), this);
    dnsLabel->setBuddy(m_nameservers);
    form->addRow(dnsLabel, m_nameservers);

    m_networks->setObjectName(QStringLiteral("kickstartNetworks"));
    m_networks->setHorizontalHeaderLabels({tr("Interface"), tr("Bonded interfaces"), tr("VLAN"),
                                           tr("Hosts' addresses"), tr("Netmask"), tr("Gateway")});
    m_networks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_networks->horizontalHeader()->setStretchLastSection(true);
    m_networks->verticalHeader()->setVisible(false);
    m_networks->setMaximumHeight(130);
    m_networks->horizontalHeader()->setMinimumSectionSize(60);
    m_networks->setTabKeyNavigation(false);
    m_networks->setToolTip(tr("Bonded interfaces: e.g. eth0, eth1 (802.3ad). The network "
                              "ticked under \"Hosts' addresses\" gets the stage's addresses."));
    auto *add = new QPushButton(tr("Add n&etwork"), this);
    auto *remove = new QPushButton(tr("Remove net&work"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *networksBox = new QVBoxLayout;
    networksBox->addWidget(m_networks);
    networksBox->addLayout(buttons);
    auto *networksLabel = new QLabel(tr("Ne&tworks:"), this);
    networksLabel->setBuddy(m_networks);
    form->addRow(networksLabel, networksBox);
    connect(add, &QPushButton::clicked, this, [this] {
        addNetwork(StageDraft::Network{});
        m_networks->setCurrentCell(m_networks->rowCount() - 1, Interface);
        m_networks->setFocus();
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_networks->currentRow() >= 0) {
            m_networks->removeRow(m_networks->currentRow());
            emit changed();
        }
    });

    for (QLineEdit *e : {m_source, m_destination, m_target, m_nameservers})
        connect(e, &QLineEdit::textChanged, this, &KickstartSettings::changed);
    connect(m_usb, &QCheckBox::toggled, this, &KickstartSettings::changed);
    connect(m_networks, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        // One network carries the hosts' addresses: ticking one unticks
        // the others.
        if (item->column() == HostAddresses && item->checkState() == Qt::Checked) {
            m_filling = true;
            for (int r = 0; r < m_networks->rowCount(); ++r)
                if (r != item->row() && m_networks->item(r, HostAddresses))
                    m_networks->item(r, HostAddresses)->setCheckState(Qt::Unchecked);
            m_filling = false;
        }
        emit changed();
    });
    // Each button right after its field, then the table's.
    setTabOrder(m_source, browseSource);
    setTabOrder(browseSource, m_destination);
    setTabOrder(m_destination, saveAs);
    setTabOrder(saveAs, m_devices);
    setTabOrder(m_devices, m_usb);
    setTabOrder(m_usb, m_target);
    setTabOrder(m_target, m_nameservers);
    setTabOrder(m_nameservers, m_networks);
    setTabOrder(m_networks, add);
    setTabOrder(add, remove);
}

void KickstartSettings::focusProblem(const StageDraft &draft)
{
    if (draft.isoSource.trimmed().isEmpty())
        m_source->setFocus();
    else if (draft.isoDestination.trimmed().isEmpty())
        m_destination->setFocus();
    else
        m_networks->setFocus();
}

void KickstartSettings::readDevices()
{
    m_devices->clear();
    m_devices->addItem(tr("A USB stick or disk…"));
    auto *model = qobject_cast<QStandardItemModel *>(m_devices->model());
    for (const QString &device : InstallDevice::candidates()) {
        const QString refused = InstallDevice::refusal(device);
        m_devices->addItem(QStringLiteral("%1 — %2").arg(device, InstallDevice::describe(device)),
                           device);
        const int row = m_devices->count() - 1;
        if (!refused.isEmpty() && model) {
            // Greyed, and why said on the line too (a tooltip is for the mouse only).
            model->item(row)->setEnabled(false);
            model->item(row)->setText(m_devices->itemText(row) + QStringLiteral(" — ") +
                                      tr("not to be erased"));
            m_devices->setItemData(row, refused, Qt::ToolTipRole);
        }
    }
}

void KickstartSettings::addNetwork(const StageDraft::Network &n)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_networks->rowCount();
    m_networks->insertRow(row);
    m_networks->setItem(row, Interface, new QTableWidgetItem(n.interface));
    m_networks->setItem(row, Bonded,
                        new QTableWidgetItem(n.bondingInterfaces.join(QStringLiteral(", "))));
    m_networks->setItem(row, Vlan,
                        new QTableWidgetItem(n.vlanId > 0 ? QString::number(n.vlanId) : QString()));
    auto *carries = new QTableWidgetItem;
    carries->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    carries->setCheckState(n.hostAddresses ? Qt::Checked : Qt::Unchecked);
    m_networks->setItem(row, HostAddresses, carries);
    m_networks->setItem(row, Netmask, new QTableWidgetItem(n.netmask));
    m_networks->setItem(row, Gateway, new QTableWidgetItem(n.gateway));
    m_filling = filling;
}

void KickstartSettings::fill(const StageDraft &draft)
{
    m_filling = true;
    m_source->setText(draft.isoSource);
    m_destination->setText(draft.isoDestination);
    m_usb->setChecked(draft.mediaUsb);
    m_target->setText(draft.targetDisk);
    m_nameservers->setText(draft.nameservers.join(QStringLiteral(", ")));
    m_networks->setRowCount(0);
    for (const StageDraft::Network &n : draft.networks)
        addNetwork(n);
    m_filling = false;
}

void KickstartSettings::apply(StageDraft &draft) const
{
    draft.isoSource = m_source->text().trimmed();
    draft.isoDestination = m_destination->text().trimmed();
    draft.mediaUsb = m_usb->isChecked();
    draft.targetDisk = m_target->text().trimmed();
    draft.nameservers = listOf(m_nameservers->text());
    draft.networks.clear();
    for (int r = 0; r < m_networks->rowCount(); ++r) {
        const auto text = [&](int c) {
            return m_networks->item(r, c) ? m_networks->item(r, c)->text().trimmed() : QString();
        };
        StageDraft::Network n;
        n.interface = text(Interface);
        n.bondingInterfaces = listOf(text(Bonded));
        n.vlanId = text(Vlan).toInt();
        n.hostAddresses = m_networks->item(r, HostAddresses) &&
                          m_networks->item(r, HostAddresses)->checkState() == Qt::Checked;
        n.netmask = text(Netmask);
        n.gateway = text(Gateway);
        draft.networks << n;
    }
}

} // namespace hive::wizards
