#include "gui/build/run_failure_panel.h"

#include "engine/run_state.h"
#include "engine/run_summary.h"
#include "gui/build/host_keys_dialog.h"
#include "gui/run/run_status_style.h"
#include "inventory/inventory_loader.h"
#include "project/project.h"
#include "providers/install_device.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hive::gui {

RunFailurePanel::RunFailurePanel(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_retry(new QPushButton(this)),
      m_trust(new QPushButton(this)), m_writeDevice(new QPushButton(this)),
      m_keyScan(this, [this](const QList<FirstContactKeys::Host> &hosts, bool) { keysRead(hosts); })
{
    setObjectName(QStringLiteral("buildFailure"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("buildRetry"));
    m_retry->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, &RunFailurePanel::retryRequested);
    m_trust->setObjectName(QStringLiteral("buildCheckHostKeys"));
    m_trust->setAutoDefault(false);
    m_trust->hide();
    connect(m_trust, &QPushButton::clicked, this, &RunFailurePanel::hostKeysRequested);
    m_writeDevice->setObjectName(QStringLiteral("buildWriteDevice"));
    m_writeDevice->setAutoDefault(false);
    m_writeDevice->hide();
    connect(m_writeDevice, &QPushButton::clicked, this, &RunFailurePanel::confirmWriteDevice);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_text, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_trust);
    buttons->addWidget(m_writeDevice);
    buttons->addStretch(1);
    row->addLayout(buttons);
    updateTrustButton();
    setVisible(false);
}

void RunFailurePanel::showFailure(const RunState &state, const QString &phase, bool running,
                                  bool firstContact)
{
    QString failure;
    m_device.clear();
    if (const std::optional<RunSummary::Failure> f = RunSummary::firstFailure(state, phase)) {
        // build-infra's install-medium waits for the device to be named.
        static const QRegularExpression named(QStringLiteral("--write-device (/dev/\\S+)"));
        if (f->step == QLatin1String("install-medium"))
            m_device = named.match(f->text).captured(1);
        failure = f->step.isEmpty()
                      ? tr("<b>%1 failed</b><br>%2").arg(phase, f->text.toHtmlEscaped())
                      : tr("<b>%1 failed on %2</b><br>%3<br><i>What to try: %4</i>")
                            .arg(f->step.toHtmlEscaped(),
                                 (f->host.isEmpty() ? tr("the stage") : f->host).toHtmlEscaped(),
                                 f->text.toHtmlEscaped(), f->advice.toHtmlEscaped());
    }
    const QStringList failedHosts = state.failedHosts(phase);
    setVisible(!failure.isEmpty() || (!running && !failedHosts.isEmpty()));
    // Nothing failed, hosts were only interrupted: a cancel, said as one
    // (not in a failure's colour), and what goes on from there.
    const bool cancelled = failure.isEmpty() && !failedHosts.isEmpty();
    const QString hosts = failedHosts.join(QStringLiteral(", "));
    m_text->setText(cancelled ? tr("<b>Cancelled</b> on %1: the run stopped at a safe point. "
                                   "Continue runs %2 there again, from where it stopped.")
                                    .arg(hosts.toHtmlEscaped(), phase.toHtmlEscaped())
                              : failure);
    QPalette warn = palette();
    warn.setColor(QPalette::Window,
                  RunStatusStyle::background(parentWidget() ? parentWidget()->palette() : warn,
                                             cancelled ? RunEvent::Status::Skipped
                                                       : RunEvent::Status::Failed));
    setPalette(warn);
    fitText();
    m_retry->setText(cancelled               ? tr("Continue (%1)").arg(hosts)
                     : failedHosts.isEmpty() ? tr("Retry Failed")
                                             : tr("Retry Failed (%1)").arg(hosts));
    m_retry->setEnabled(!running && !failedHosts.isEmpty());
    m_trust->setVisible(firstContact);
    updateTrustButton();
    m_writeDevice->setVisible(!m_device.isEmpty() && !running);
    m_writeDevice->setText(tr("Write to %1…").arg(m_device));
}

void RunFailurePanel::confirmWriteDevice()
{
    const QString device = m_device;
    const QString refused = InstallDevice::refusal(device);
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, tr("Write the Install Medium"), refused);
        return;
    }
    QMessageBox ask(
        QMessageBox::Warning, tr("Write the Install Medium"),
        tr("Write the install medium to %1 (%2)?").arg(device, InstallDevice::describe(device)),
        QMessageBox::NoButton, this);
    ask.setInformativeText(tr("Everything on %1 is erased.").arg(device));
    QPushButton *write = ask.addButton(tr("Erase and &Write"), QMessageBox::DestructiveRole);
    QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(cancel);
    ask.exec();
    if (ask.clickedButton() == write)
        emit writeDeviceConfirmed(device);
}

QString RunFailurePanel::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void RunFailurePanel::checkHostKeys(const Project &project,
                                    std::shared_ptr<const LoadedInventory> loaded)
{
    if (m_keyScan.isRunning() || !loaded)
        return;
    m_keyScan.start([project, loaded](const std::atomic_bool *) {
        return FirstContactKeys::scan(project, *loaded);
    });
    updateTrustButton();
}

void RunFailurePanel::keysRead(const QList<FirstContactKeys::Host> &hosts)
{
    updateTrustButton();
    if (hosts.isEmpty()) {
        QMessageBox::information(
            this, tr("Check the Host Keys"),
            tr("No host of this stage is waiting for its key to be checked: each one is known "
               "or pinned. Run build-infra again."));
        return;
    }
    HostKeysDialog dialog(hosts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Exactly the keys shown: a host that shows another one by the time
    // build-infra runs, or showed none, gets nothing.
    QStringList keys;
    for (const FirstContactKeys::Host &h : hosts) {
        if (!h.fingerprint.isEmpty())
            keys << h.address + QLatin1Char('=') + h.fingerprint;
    }
    emit hostKeysTrusted(keys);
}

void RunFailurePanel::updateTrustButton()
{
    m_trust->setEnabled(!m_keyScan.isRunning());
    m_trust->setText(m_keyScan.isRunning() ? tr("Reading the Host Keys…") : tr("Check Host Keys…"));
}

// The page's layout asks a wrapped label for its height at a guessed
// width: at the real one, all of it shows (what to try is its last line).
void RunFailurePanel::fitText()
{
    const int width = m_text->width() > 50 ? m_text->width() : 600;
    m_text->setMinimumHeight(m_text->heightForWidth(width));
}

void RunFailurePanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitText();
}

void RunFailurePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTrustButton();
    QFrame::changeEvent(event);
}

} // namespace hive::gui
