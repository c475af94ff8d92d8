#include "gui/build/host_keys_dialog.h"

#include "gui/run/desktop_preferences.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hive::gui {

HostKeysDialog::HostKeysDialog(const QList<FirstContactKeys::Host> &hosts, QWidget *parent)
    : QDialog(parent), m_hosts(new QTreeWidget(this)), m_trust(nullptr)
{
    setObjectName(QStringLiteral("hostKeysDialog"));
    setWindowTitle(tr("Check the Host Keys"));
    auto *intro = new QLabel(
        tr("These hosts are contacted for the first time. Before the stage's root password is "
           "sent to them, compare each fingerprint below with what the host's own console "
           "shows:<br><code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code><br>Trust "
           "them only if every one matches. A key that differs may mean that another machine "
           "answers at that address.<br>Only the keys shown here are trusted, for this run: a "
           "host that showed none, or shows another one by then, gets nothing. To skip this "
           "check next time, pin the keys in the stage (host_keys)."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_hosts->setObjectName(QStringLiteral("hostKeys"));
    m_hosts->setHeaderLabels({tr("Host"), tr("Address"), tr("Host key (SHA256)")});
    m_hosts->setRootIsDecorated(false);
    m_hosts->setAccessibleName(tr("Hosts and the keys they show"));
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QFont mono = DesktopPreferences::fixedFont();
    for (const FirstContactKeys::Host &h : hosts) {
        auto *item = new QTreeWidgetItem(m_hosts);
        item->setText(0, h.name);
        item->setText(1, h.address);
        if (h.fingerprint.isEmpty()) {
            item->setText(2, tr("no key shown: %1").arg(h.problem));
            item->setToolTip(2, item->text(2));
            item->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            item->setText(2, h.fingerprint);
            item->setFont(2, mono);
            ++m_shown;
        }
    }
    m_hosts->setCurrentItem(m_hosts->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust and Run Again"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustHostKeys"));
    m_trust->setAutoDefault(false);
    m_trust->setEnabled(m_shown > 0);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace hive::gui
