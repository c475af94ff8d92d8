#pragma once

#include "gui/run/background_job.h"
#include "providers/first_contact_keys.h"

#include <QFrame>
#include <memory>

class QLabel;
class QPushButton;

namespace hive {
class Project;
class RunState;
struct LoadedInventory;
} // namespace hive

namespace hive::gui {

// Under a run that went wrong: the first failure of the phase shown (step,
// host, what it said) with what to try, Retry Failed naming the hosts, and,
// where prepared hosts were seen for the first time, Check Host Keys…:
// their keys are read off the GUI thread, shown to be compared with each
// host's console, and the keys the user trusted are handed on; where a
// kickstart stage's install medium waits to be written to a device, Write
// to DEVICE… asks, naming the device, before it is erased.
class RunFailurePanel : public QFrame
{
    Q_OBJECT
public:
    explicit RunFailurePanel(QWidget *parent = nullptr);

    // The phase shown of `state`; `running`: a run goes on; `firstContact`:
    // hosts of that phase wait for their keys to be checked.
    void showFailure(const RunState &state, const QString &phase, bool running, bool firstContact);
    // What it says while shown, else empty.
    QString text() const;

    // Reads the keys the stage's prepared hosts show now (Check Host Keys…).
    void checkHostKeys(const Project &project, std::shared_ptr<const LoadedInventory> loaded);

signals:
    void retryRequested();
    void hostKeysRequested();
    // The user compared and trusted these (ADDRESS=SHA256:…).
    void hostKeysTrusted(const QStringList &hostKeys);
    // The user said yes to erasing this device with the install medium.
    void writeDeviceConfirmed(const QString &device);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_trust;
    QPushButton *m_writeDevice;
    QString m_device; // the device a failure says is waiting to be written
    BackgroundJob<QList<FirstContactKeys::Host>> m_keyScan;

    void keysRead(const QList<FirstContactKeys::Host> &hosts);
    void updateTrustButton();
    void fitText();
    void confirmWriteDevice();
};

} // namespace hive::gui
