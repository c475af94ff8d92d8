#include "gui/run/host_terminal.h"

#include "gui/run/desktop_preferences.h"
#include "project/project.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>

namespace hive::gui {

QStringList HostTerminal::sshCommand(const Project &project, const QString &host,
                                     const QStringList &remote)
{
    // The `hive` beside the app (a build tree or the package), else the PATH's.
    const QString hive = QCoreApplication::applicationDirPath() + QStringLiteral("/hive");
    const QString program = QFileInfo::exists(hive) ? hive : QStringLiteral("hive");
    QStringList command{
        program,         QStringLiteral("-r"),  project.rootDir(),    QStringLiteral("-s"),
        project.stage(), QStringLiteral("ssh"), QStringLiteral("-t"), host};
    if (!remote.isEmpty())
        command << QStringLiteral("--") << remote;
    return command;
}

void HostTerminal::open(QWidget *parent, const QStringList &command)
{
    if (command.isEmpty())
        return;
    const QStringList terminal = DesktopPreferences::terminalCommandLine(command);
    if (terminal.isEmpty() || !QProcess::startDetached(terminal.first(), terminal.mid(1))) {
        QMessageBox box(QMessageBox::Information, tr("Open Terminal"),
                        tr("The terminal program could not be started (%1; Preferences can name "
                           "another). Run this in a terminal:")
                            .arg(DesktopPreferences::terminal().isEmpty()
                                     ? DesktopPreferences::defaultTerminal()
                                     : DesktopPreferences::terminal()),
                        QMessageBox::Ok, parent);
        box.setInformativeText(command.join(QLatin1Char(' ')));
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    }
}

} // namespace hive::gui
