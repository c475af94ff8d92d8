#include "recipes/host_change_probe.h"

#include "remote/shell_command.h"

#include <QCryptographicHash>
#include <QHash>

namespace hive {

namespace {
bool askedHere(const HostChange &c)
{
    if (c.kind == HostChange::Kind::File)
        return true;
    return !c.check.isEmpty() && c.checkInput.isEmpty();
}
} // namespace

QString HostChangeProbe::script(const QList<HostChange> &changes, const QString &markerDir,
                                const QStringList &markers)
{
    QStringList lines;
    if (!markers.isEmpty())
        lines << QStringLiteral("for m in %1; do [ -e %2/$m ] && echo \"m $m\"; done")
                     .arg(ShellCommand::join(markers), ShellCommand::quote(markerDir));
    for (int i = 0; i < changes.size(); ++i) {
        const HostChange &c = changes.at(i);
        if (!askedHere(c))
            continue;
        if (c.kind == HostChange::Kind::File) {
            const QString path = ShellCommand::quote(c.path);
            lines << QStringLiteral("if [ -f %2 ]; then echo \"%1 $(stat -c '%a %U %G' %2) "
                                    "$(sha256sum <%2)\"; else echo '%1 missing'; fi")
                         .arg(i)
                         .arg(path);
        } else {
            lines << QStringLiteral("sh -c %2 </dev/null >/dev/null 2>&1; echo \"%1 $?\"")
                         .arg(i)
                         .arg(ShellCommand::quote(c.check));
        }
    }
    if (lines.isEmpty())
        return {}; // nothing to ask here
    // Whatever a check did, the script itself ends well: its lines are the answer.
    lines << QStringLiteral("true");
    return lines.join(QLatin1Char('\n'));
}

QList<HostChangeProbe::Finding> HostChangeProbe::read(const QList<HostChange> &changes,
                                                      const QString &output,
                                                      QStringList &markersFound)
{
    QHash<int, QStringList> answers;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 2 && words.first() == QLatin1String("m")) {
            markersFound << words.last();
            continue;
        }
        bool number = false;
        const int index = words.value(0).toInt(&number);
        if (number && index >= 0 && index < changes.size()) {
            words.removeFirst();
            answers.insert(index, words);
        }
    }
    QList<Finding> findings;
    for (int i = 0; i < changes.size(); ++i) {
        const HostChange &c = changes.at(i);
        const auto answer = answers.constFind(i);
        if (!askedHere(c) || answer == answers.constEnd()) {
            findings << Finding::Unknown;
            continue;
        }
        const QStringList &a = *answer;
        if (c.kind == HostChange::Kind::Command) {
            bool number = false;
            const int status = a.value(0).toInt(&number);
            findings << (!number       ? Finding::Unknown
                         : status == 0 ? Finding::InPlace
                                       : Finding::Needed);
            continue;
        }
        if (a.value(0) == QLatin1String("missing")) {
            findings << Finding::Needed;
            continue;
        }
        // mode owner group sha256 -
        if (a.size() < 4) {
            findings << Finding::Unknown;
            continue;
        }
        const QByteArray wanted =
            QCryptographicHash::hash(c.content, QCryptographicHash::Sha256).toHex();
        const bool same = a.at(0).toInt(nullptr, 8) == c.mode &&
                          (c.owner.isEmpty() || a.at(1) == c.owner) &&
                          (c.group.isEmpty() || a.at(2) == c.group) && a.at(3).toLatin1() == wanted;
        findings << (same ? Finding::InPlace : Finding::Needed);
    }
    return findings;
}

} // namespace hive
