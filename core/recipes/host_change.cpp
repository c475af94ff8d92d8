#include "recipes/host_change.h"

namespace hive {

HostChange HostChange::file(const QString &what, const QString &path, const QByteArray &content,
                            int mode, const QString &onChange)
{
    HostChange c;
    c.kind = Kind::File;
    c.what = what;
    c.path = path;
    c.content = content;
    c.mode = mode;
    c.onChange = onChange;
    return c;
}

HostChange HostChange::command(const QString &what, const QString &check, const QString &apply,
                               const QString &onChange)
{
    HostChange c;
    c.kind = Kind::Command;
    c.what = what;
    c.check = check;
    c.apply = apply;
    c.onChange = onChange;
    return c;
}

QString HostChange::describe(const QList<HostChange> &changes)
{
    QString out;
    for (const HostChange &c : changes) {
        if (c.kind == Kind::File) {
            out += QStringLiteral("file %1 (%2 %3:%4): %5\n")
                       .arg(c.path, QString::number(c.mode, 8).rightJustified(4, QLatin1Char('0')),
                            c.owner, c.group, c.what);
            if (c.secret) {
                out += QStringLiteral("  | (secret: %1 bytes)\n").arg(c.content.size());
            } else {
                for (const QByteArray &line : c.content.split('\n'))
                    out += QStringLiteral("  | ") + QString::fromUtf8(line) + QLatin1Char('\n');
            }
            if (!c.validate.isEmpty())
                out += QStringLiteral("  validate: ") + c.validate + QLatin1Char('\n');
        } else {
            out += QStringLiteral("command: %1\n").arg(c.what);
            if (c.secret) {
                out += QStringLiteral("  (secret command)\n");
            } else if (!c.check.isEmpty())
                out += QStringLiteral("  check: ") + c.check + QLatin1Char('\n');
            if (!c.secret)
                out += QStringLiteral("  apply: ") + c.apply + QLatin1Char('\n');
        }
        if (!c.onChange.isEmpty()) {
            out += QStringLiteral("  on change: ") + c.onChange + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace hive
