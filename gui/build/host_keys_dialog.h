#pragma once

#include "providers/first_contact_keys.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace hive::gui {

// Prepared hosts seen for the first time, each with the host key it shows
// now. The user compares each fingerprint with the host's console before
// the stage's root password goes there; Trust and Run Again is never the
// default button (Enter does not press it).
class HostKeysDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeysDialog(const QList<FirstContactKeys::Host> &hosts, QWidget *parent = nullptr);

    // Whether any host showed a key (one that did not answer cannot be trusted).
    bool anyKeyShown() const { return m_shown > 0; }

private:
    QTreeWidget *m_hosts;
    QPushButton *m_trust;
    int m_shown = 0;
};

} // namespace hive::gui
