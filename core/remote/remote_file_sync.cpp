#include "remote/remote_file_sync.h"

#include "data/text_template.h"
#include "remote/shell_command.h"

#include <QRandomGenerator>

namespace hive {

RemoteFileSync::Outcome RemoteFileSync::putTemplate(SshSession &session,
                                                    const QString &templateName,
                                                    const Request &request, const Value &variables,
                                                    QString &error)
{
    Request rendered = request;
    if (!TextTemplate::render(templateName, request.content, variables, rendered.content, error))
        return Outcome::Failed;
    return put(session, rendered, error);
}

RemoteFileSync::Outcome RemoteFileSync::put(SshSession &session, const Request &request,
                                            QString &error)
{
    const QString user = session.endpoint().user;
    const QString host = session.endpoint().displayName();
    const QString path = ShellCommand::quote(request.path);
    auto asRoot = [&](const QString &command) { return ShellCommand::asRoot(command, user); };

    // One round trip: mode, owner, group and the content (base64, binary-safe).
    const CommandResult current = session.run(
        asRoot(QStringLiteral("if [ -f %1 ]; then stat -c '%a %U %G' %1 && base64 -w0 %1 && echo; "
                              "else echo missing; fi")
                   .arg(path)),
        60000);
    if (!current.succeeded()) {
        error = tr("cannot read %1 on %2: %3").arg(request.path, host, current.failure());
        return Outcome::Failed;
    }
    const QStringList lines = current.stdoutText.split(QLatin1Char('\n'));
    const bool exists = lines.value(0) != QLatin1String("missing");
    bool sameContent = false;
    bool sameMeta = false;
    if (exists) {
        const QStringList meta = lines.value(0).split(QLatin1Char(' '));
        sameContent = QByteArray::fromBase64(lines.value(1).toLatin1()) == request.content;
        sameMeta = meta.value(0).toInt(nullptr, 8) == request.mode &&
                   (request.owner.isEmpty() || meta.value(1) == request.owner) &&
                   (request.group.isEmpty() || meta.value(2) == request.group);
        if (sameContent && sameMeta)
            return Outcome::Unchanged;
    }
    const Outcome outcome = exists ? Outcome::Updated : Outcome::Created;
    if (request.checkOnly)
        return outcome;

    auto chown = [&](const QString &target) {
        if (request.owner.isEmpty() && request.group.isEmpty())
            return QString();
        return QStringLiteral(" && chown %1:%2 %3")
            .arg(ShellCommand::quote(request.owner), ShellCommand::quote(request.group), target);
    };
    const QString mode = QString::number(request.mode, 8);
    QString script;
    if (sameContent) {
        // Only mode or owner differ: adjust in place.
        script = QStringLiteral("chmod %1 %2").arg(mode, path) + chown(path);
    } else {
        // Private temporary file (0600: it may hold secrets; new, so that nothing
        // planted under that name is written through), then a copy next to
        // the target and a rename there: atomic for readers of the target.
        const QString temp = QStringLiteral("/tmp/.hive-upload-%1")
                                 .arg(QRandomGenerator::global()->generate64(), 0, 16);
        if (!session.writeFile(temp, request.content, 0600, error, SshSession::Create::New))
            return Outcome::Failed;
        const QString next = ShellCommand::quote(request.path + QStringLiteral(".hive-new"));
        // The temporary file goes whatever happens; a failed install leaves no .hive-new.
        // A missing folder is made (root's, 0755), as for /etc/hive/.
        const QString folder = ShellCommand::quote(
            request.path.left(qMax(1, int(request.path.lastIndexOf(QLatin1Char('/'))))));
        const QString validate =
            request.validate.isEmpty()
                ? QString()
                : QStringLiteral(" && { %1 || { echo %2 >&2; false; }; }")
                      .arg(QString(request.validate).replace(QStringLiteral("%s"), next),
                           ShellCommand::quote(QStringLiteral("refused by: ") + request.validate));
        script = QStringLiteral("mkdir -p %4; cp %1 %2; rc=$?; rm -f %1; if [ $rc -eq 0 ]; then "
                                "{ chmod %3 %2")
                     .arg(ShellCommand::quote(temp), next, mode, folder) +
                 chown(next) + validate +
                 QStringLiteral(" && mv -f %1 %2; } || { rc=1; rm -f %1; }; fi; exit $rc")
                     .arg(next, path);
    }
    const CommandResult done = session.run(asRoot(script), 60000);
    if (!done.succeeded()) {
        error = tr("cannot install %1 on %2: %3").arg(request.path, host, done.failure());
        return Outcome::Failed;
    }
    return outcome;
}

} // namespace hive
