#include "inventory/value_grammar.h"

#include "data/value.h"
#include "inventory/schema_checker.h"

#include <QRegularExpression>

namespace hive {

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}

const QRegularExpression &pattern(ValueGrammar::Kind kind)
{
    using Kind = ValueGrammar::Kind;
    // Docker's distribution reference grammar (without IPv6 registries).
    static const QString component = str("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    static const QString domainPart = str("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
    static const QString domain = domainPart + str("(?:\\.") + domainPart + str(")*(?::[0-9]+)?");
    static const QString tag = str("[\\w][\\w.-]{0,127}");
    static const QString digest =
        str("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
    // Swarm's own rule for service and network names (a DNS name component).
    static const QRegularExpression swarm(
        str("^(?=.{1,63}\\z)[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*\\z"));
    static const QRegularExpression docker(str("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}\\z"));
    static const QRegularExpression dns(
        str("^(?=.{1,253}\\z)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\z"));
    static const QRegularExpression posix(str("^[a-z_][a-z0-9_-]{0,31}\\z"));
    static const QRegularExpression size(
        str("^[0-9]+(?:\\.[0-9]+)?(?:[kKmMgGtTpPeE](?:[iI]?[bB])?|[bB])?\\z"));
    static const QRegularExpression timeZone(
        str("^(?=.{1,64}\\z)[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}\\z"));
    static const QRegularExpression locale(
        str("^(?:C|POSIX|[a-z]{2,3}(?:_[A-Z]{2})?)(?:\\.[A-Za-z0-9-]+)?(?:@[A-Za-z0-9]+)?\\z"));
    static const QRegularExpression image(str("^(?=.{1,255}(?:@|\\z))(?:") + domain + str("/)?") +
                                          component + str("(?:/") + component + str(")*(?::") +
                                          tag + str(")?(?:@") + digest + str(")?\\z"));
    static const QRegularExpression interface(str("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,14}\\z"));
    static const QRegularExpression fingerprint(str("^SHA256:[A-Za-z0-9+/]{43}\\z"));
    switch (kind) {
    case Kind::SwarmName:
        return swarm;
    case Kind::DockerName:
        return docker;
    case Kind::DnsName:
        return dns;
    case Kind::PosixName:
        return posix;
    case Kind::Size:
        return size;
    case Kind::TimeZone:
        return timeZone;
    case Kind::Locale:
        return locale;
    case Kind::ImageReference:
        return image;
    case Kind::SshFingerprint:
        return fingerprint;
    case Kind::InterfaceName:
        break;
    }
    return interface;
}
} // namespace

bool ValueGrammar::holdsJinja(const QString &text)
{
    return text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%"));
}

QString ValueGrammar::withoutJinja(const QString &text, QChar placeholder)
{
    // Each expression stands for one harmless character; what is written
    // around the expressions must still fit the grammar.
    static const QRegularExpression expression(str("\\{\\{.*?\\}\\}|\\{%.*?%\\}"),
                                               QRegularExpression::DotMatchesEverythingOption);
    QString out = text;
    out.replace(expression, QString(placeholder));
    return out;
}

bool ValueGrammar::matches(Kind kind, const QString &text)
{
    return pattern(kind).match(text).hasMatch();
}

QString ValueGrammar::describe(Kind kind)
{
    switch (kind) {
    case Kind::SwarmName:
        return tr("letters and digits, with '-' or '_' only between them, at most 63 characters "
                  "(Docker Swarm's names of services and networks)");
    case Kind::DockerName:
        return tr("letters, digits, '_', '.' and '-', starting with a letter or digit, at most "
                  "63 characters (Docker's names)");
    case Kind::DnsName:
        return tr("a DNS name: labels of letters, digits and inner hyphens, joined by dots");
    case Kind::PosixName:
        return tr("lower-case letters, digits, '_' and '-', starting with a letter or '_', at most "
                  "32 characters (user and group names on the hosts)");
    case Kind::Size:
        return tr("a number with an optional unit, such as 512M, 1.5G or 4096");
    case Kind::TimeZone:
        return tr("a time zone such as Asia/Tokyo, UTC or Etc/GMT+9");
    case Kind::Locale:
        return tr("a locale such as ja_JP.UTF-8, en_US.UTF-8 or C.UTF-8");
    case Kind::ImageReference:
        return tr("an image reference such as nginx:1.25, registry.example.jp:5000/web:latest or "
                  "name@sha256:…");
    case Kind::SshFingerprint:
        return tr("a host key fingerprint as `ssh-keygen -lf` prints it on the host: SHA256: "
                  "and 43 characters");
    case Kind::InterfaceName:
        break;
    }
    return tr("a network interface name such as eth1 or ens5 (at most 15 characters)");
}

bool ValueGrammar::check(Kind kind, const QString &text, const QString &what,
                         const SourceMark &mark, const QString &key, SchemaChecker &checker,
                         bool isKey)
{
    // A digit or a letter, whichever the grammar takes where the expression stands.
    if (matches(kind, text) || (!isKey && holdsJinja(text) &&
                                (matches(kind, withoutJinja(text, QLatin1Char('0'))) ||
                                 matches(kind, withoutJinja(text, QLatin1Char('a'))))))
        return true;
    // The value is quoted with escapes so that a newline or a control
    // character shows as what it is.
    QString shown = text;
    shown.replace(QLatin1Char('\\'), str("\\\\")).replace(QLatin1Char('\n'), str("\\n"));
    shown.replace(QLatin1Char('\r'), str("\\r")).replace(QLatin1Char('\t'), str("\\t"));
    checker.error(str("bad-name"),
                  tr("%1 '%2' is not allowed: it must be %3").arg(what, shown, describe(kind)),
                  mark, key);
    return false;
}

void ValueGrammar::checkVariables(const Value &vars, DiagnosticList &diags)
{
    if (!vars.isMap())
        return;
    SchemaChecker checker(diags, {});
    const auto text = [&](const char *name, Kind kind, const QString &what) {
        const Value *v = vars.find(str(name));
        if (!v || v->isNull())
            return;
        if (!v->isScalar()) {
            checker.error(
                str("wrong-type"),
                tr("'%1' must be %2, but it is a %3").arg(str(name), describe(kind), v->typeName()),
                v->mark(), str(name));
            return;
        }
        check(kind, v->scalarText(), what, v->mark(), str(name), checker);
    };
    text("hive_timezone", Kind::TimeZone, tr("time zone"));
    text("hive_locale", Kind::Locale, tr("locale"));
    text("hive_internal_net_if", Kind::InterfaceName, tr("interface"));
    text("hive_docker_login_user", Kind::PosixName, tr("registry user name"));
    if (const Value *mode = vars.find(str("hive_swarm_mode")); mode && !mode->isNull()) {
        const QString word = mode->scalarText();
        if (!holdsJinja(word) && word != QLatin1String("manager") &&
            word != QLatin1String("worker"))
            checker.error(str("bad-value"),
                          tr("'hive_swarm_mode' is manager or worker (how a hive joins the swarm)"),
                          mode->mark(), str("hive_swarm_mode"));
    }
    // Goes into a sed replacement: a plain http(s) address only.
    if (const Value *url = vars.find(str("hive_yum_url")); url && !url->isNull()) {
        static const QRegularExpression plain(
            QStringLiteral("^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%+-]*)*$"));
        if (!url->isScalar() || !plain.match(url->scalarText()).hasMatch())
            checker.error(str("bad-value"),
                          tr("'hive_yum_url' must be an http:// or https:// address of a mirror "
                             "(letters, digits and . _ ~ % + - in its path), e.g. "
                             "https://ftp.riken.jp/Linux/almalinux"),
                          url->mark(), str("hive_yum_url"));
    }

    // The repository server's nightly backups and log rotation.
    if (const Value *time = vars.find(str("hive_backup_time")); time && !time->isNull()) {
        static const QRegularExpression hhmm(QStringLiteral("^([01]?[0-9]|2[0-3]):[0-5][0-9]$"));
        if (!time->isScalar() || !hhmm.match(time->scalarText()).hasMatch())
            checker.error(str("bad-value"),
                          tr("'hive_backup_time' is the time of the nightly backups as HH:MM "
                             "(01:00)"),
                          time->mark(), str("hive_backup_time"));
    }
    if (const Value *every = vars.find(str("hive_zabbix_interval")); every && !every->isNull()) {
        static const QRegularExpression interval(QStringLiteral("^[1-9][0-9]*[smhd]?$"));
        if (!every->isScalar() || !interval.match(every->scalarText()).hasMatch())
            checker.error(str("bad-value"),
                          tr("'hive_zabbix_interval' is how often Zabbix reads the swarm's "
                             "services, as Zabbix writes it (30s, 1m, 1h)"),
                          every->mark(), str("hive_zabbix_interval"));
    }
    if (const Value *days = vars.find(str("hive_log_rotate_days")); days && !days->isNull()) {
        bool ok = false;
        const int n = days->scalarText().toInt(&ok);
        if (!days->isScalar() || !ok || n < 1 || n > 3650)
            checker.error(str("bad-value"),
                          tr("'hive_log_rotate_days' is how many days of the services' logs are "
                             "kept, from 1 to 3650 (14)"),
                          days->mark(), str("hive_log_rotate_days"));
    }

    for (const char *name : {"hive_safe_sshd_port", "hive_sshd_port", "hive_registry_port"}) {
        const Value *port = vars.find(str(name));
        if (!port || port->isNull())
            continue;
        bool ok = false;
        const int n = port->scalarText().toInt(&ok);
        const bool wholeJinja = withoutJinja(port->scalarText(), QLatin1Char('0')) == str("0");
        if (!wholeJinja && (!port->isScalar() || !ok || n < 1 || n > 65535))
            checker.error(str("bad-value"),
                          tr("'%1' must be a port number from 1 to 65535").arg(str(name)),
                          port->mark(), str(name));
    }

    const auto number = [&](const Value &v, const QString &what, const QString &key) {
        bool ok = false;
        v.scalarText().toLongLong(&ok);
        if (v.isNull() || (v.isScalar() && ok) ||
            (holdsJinja(v.scalarText()) &&
             withoutJinja(v.scalarText(), QLatin1Char('0')) == str("0")))
            return;
        checker.error(str("bad-value"), tr("%1 must be a number").arg(what), v.mark(), key);
    };
    if (const Value *groups = vars.find(str("hive_user_groups")); groups && groups->isMap()) {
        for (const Value::Entry &g : groups->entries()) {
            check(Kind::PosixName, g.key, tr("group name"), g.keyMark, str("hive_user_groups"),
                  checker, true);
            if (g.value.isMap())
                number(g.value.value(str("gid")), tr("the gid of group %1").arg(g.key),
                       str("hive_user_groups"));
        }
    }
    if (const Value *users = vars.find(str("hive_users")); users && users->isMap()) {
        for (const Value::Entry &u : users->entries()) {
            check(Kind::PosixName, u.key, tr("user name"), u.keyMark, str("hive_users"), checker,
                  true);
            if (!u.value.isMap())
                continue;
            number(u.value.value(str("uid")), tr("the uid of user %1").arg(u.key),
                   str("hive_users"));
            // The group: a gid, or a group's name.
            const Value group = u.value.value(str("group"));
            bool isNumber = false;
            group.scalarText().toLongLong(&isNumber);
            if (!group.isNull() && !isNumber)
                check(Kind::PosixName, group.scalarText(), tr("the group of user %1").arg(u.key),
                      group.mark(), str("hive_users"), checker);
        }
    }
}

} // namespace hive
