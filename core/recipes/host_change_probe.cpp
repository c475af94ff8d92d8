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
    // Files: which exist (a builtin test, no process), then one stat and
    // one sha256sum for all of them, in that order: two processes for a
    // step's files instead of two for each.
    QStringList fileLines;
    for (int i = 0; i < changes.size(); ++i) {
        const HostChange &c = changes.at(i);
        if (c.kind != HostChange::Kind::File)
            continue;
        fileLines << QStringLiteral("if [ -f %2 ]; then set -- \"$@\" %2; f=\"$f %1\"; "
                                    "else echo '%1 missing'; fi")
                         .arg(i)
                         .arg(ShellCommand::quote(c.path));
    }
    if (!fileLines.isEmpty()) {
        lines << QStringLiteral("set --; f=");
        lines << fileLines;
        lines << QStringLiteral("if [ $# -gt 0 ]; then echo \"f$f\"; stat -c 's %a %U %G' -- "
                                "\"$@\"; echo h; sha256sum -- \"$@\"; echo e; fi");
    }
    for (int i = 0; i < changes.size(); ++i) {
        const HostChange &c = changes.at(i);
        if (c.kind == HostChange::Kind::File || !askedHere(c))
            continue;
        lines << QStringLiteral("sh -c %2 </dev/null >/dev/null 2>&1; echo \"%1 $?\"")
                     .arg(i)
                     .arg(ShellCommand::quote(c.check));
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
    // The files' section: "f I J …", a stat line ("s MODE OWNER GROUP") for
    // each, "h", a sha256sum line for each ("HASH  NAME", "\HASH  NAME" for
    // an escaped name), "e". Lines that do not add up leave the files
    // unanswered (asked again on their own).
    QList<int> fileIndexes;
    QList<QStringList> stats;
    QStringList hashes;
    enum class Section
    {
        None,
        Stats,
        Hashes
    } section = Section::None;
    bool filesComplete = false;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (section == Section::Hashes) {
            if (line == QLatin1String("e")) {
                section = Section::None;
                filesComplete = true;
            } else {
                QString hash = line.section(QLatin1Char(' '), 0, 0);
                if (hash.startsWith(QLatin1Char('\\')))
                    hash.remove(0, 1);
                hashes << hash;
            }
            continue;
        }
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (section == Section::Stats) {
            if (line == QLatin1String("h")) {
                section = Section::Hashes;
                continue;
            }
            if (words.value(0) == QLatin1String("s")) {
                stats << words.mid(1);
                continue;
            }
            section = Section::None;
        }
        if (words.value(0) == QLatin1String("f")) {
            for (const QString &w : words.mid(1))
                fileIndexes << w.toInt();
            section = Section::Stats;
            continue;
        }
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
    if (filesComplete && stats.size() == fileIndexes.size() &&
        hashes.size() == fileIndexes.size()) {
        for (int k = 0; k < fileIndexes.size(); ++k) {
            const int index = fileIndexes.at(k);
            if (index >= 0 && index < changes.size())
                answers.insert(index, stats.at(k) + QStringList{hashes.at(k)});
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
