#include "recipes/service_log_recipes.h"

#include "remote/shell_command.h"

namespace hive {

QString ServiceLogRecipes::restart()
{
    return QStringLiteral("rsyslogd -N1 >/dev/null && systemctl restart rsyslog");
}

bool ServiceLogRecipes::rule(const QString &service, const Value &monitor, const Value &ignore,
                             QByteArray &out, QString &error)
{
    // Patterns go in as hive-builder writes them (rsyslog's re_match, POSIX
    // extended expressions), inside single quotes.
    auto patterns = [&](const Value &list, const char *key, QStringList &into) {
        for (const Value &p : list.items()) {
            const QString text = p.text();
            if (text.isEmpty() || text.contains(QLatin1Char('\'')) ||
                text.contains(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\\'))) {
                error = tr("service %1: %2 pattern \"%3\" cannot go into rsyslog's rules (empty, "
                           "a ' quote, a line break or a closing backslash)")
                            .arg(service, QLatin1String(key), text);
                return false;
            }
            into << QStringLiteral("re_match($msg, '%1')").arg(text);
        }
        return true;
    };
    QStringList watch, skip;
    if (!patterns(monitor, "monitor_error", watch))
        return false;
    if (ignore.isList() && !patterns(ignore, "ignore_error", skip))
        return false;
    if (watch.isEmpty()) {
        out.clear();
        return true;
    }
    const QString join = QStringLiteral(" or\n        ");
    QString condition = QStringLiteral("(%1)").arg(watch.join(join));
    if (!skip.isEmpty())
        condition = QStringLiteral("not (%1) and\n        %2").arg(skip.join(join), condition);
    out =
        QStringLiteral("# Written by hive deploy-services: monitor_error of %1.\n"
                       "if $programname == '%1' then {\n"
                       "    if %2 then {\n"
                       "        action(type=\"omfile\" file=\"%3\" template=\"HiveServiceError\"\n"
                       "               fileCreateMode=\"0640\" fileGroup=\"adm\")\n"
                       "    }\n"
                       "}\n")
            .arg(service, condition, errorLog())
            .toUtf8();
    return true;
}

HostChange ServiceLogRecipes::change(const QString &service, const QByteArray &rule)
{
    const QString path = rulesDir() + QLatin1Char('/') + service + QStringLiteral(".conf");
    if (rule.isEmpty())
        return HostChange::command(tr("no error lines watched for %1").arg(service),
                                   QStringLiteral("[ ! -e %1 ]").arg(ShellCommand::quote(path)),
                                   QStringLiteral("rm -f %1").arg(ShellCommand::quote(path)),
                                   restart());
    HostChange h = HostChange::file(tr("error lines of %1 go to %2").arg(service, errorLog()), path,
                                    rule, 0644, restart());
    // rsyslogd reads it as its rules would (its own template beside it)
    // before it is installed: a pattern it cannot take never reaches the
    // configuration it loads at the next restart.
    h.validate = QStringLiteral(
        "( f=$(mktemp) && { echo 'template(name=\"HiveServiceError\" type=\"string\" "
        "string=\"x\")'; echo 'ruleset(name=\"hive_check\") {'; cat %s; echo '}'; } >\"$f\" && "
        "rsyslogd -N1 -f \"$f\" >/dev/null; r=$?; rm -f \"$f\"; exit $r )");
    return h;
}

} // namespace hive
