#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace hive {
class Project;
}

namespace hive::gui {

// Open Terminal on a host: `hive -r ROOT -s STAGE ssh -t HOST [-- COMMAND…]`
// in the terminal chosen in Preferences (else the desktop's own). The Hosts
// and Live tabs both open it this way.
class HostTerminal
{
    Q_DECLARE_TR_FUNCTIONS(hive::gui::HostTerminal)
public:
    // The command line; `remote` runs on the host instead of a login shell.
    static QStringList sshCommand(const Project &project, const QString &host,
                                  const QStringList &remote = {});
    // Starts it in a terminal; when none starts, says so and shows the
    // command to run by hand.
    static void open(QWidget *parent, const QStringList &command);
};

} // namespace hive::gui
