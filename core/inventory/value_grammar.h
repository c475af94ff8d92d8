#pragma once

#include <QCoreApplication>
#include <QString>

namespace hive {

class Value;
class DiagnosticList;
class SchemaChecker;
struct SourceMark;

// What a name or value from the inventory must look like before it reaches
// what receives it: Docker (service, network and volume names, image
// references), DNS (the hive name), the hosts' accounts (user and group
// names), LVM and DRBD (sizes), the time zone and locale files. A value that
// breaks its grammar is refused at load time with its file, line and key, so
// it never reaches a shell, a configuration file or an API path.
//
// In values (never in names, which are keys and never rendered) Jinja2
// expressions (`{{ … }}`, `{% … %}`) stand for a harmless character: what
// is written around them must fit the grammar; what they render to is the
// inventory author's own variable, checked where it is rendered.
class ValueGrammar
{
    Q_DECLARE_TR_FUNCTIONS(hive::ValueGrammar)
public:
    enum class Kind
    {
        SwarmName,      // a DNS name component, at most 63 (services, networks)
        DockerName,     // [a-zA-Z0-9][a-zA-Z0-9_.-]*, at most 63 (volumes)
        DnsName,        // dot-separated labels of letters, digits and inner hyphens
        PosixName,      // [a-z_][a-z0-9_-]*, at most 32 (users and groups on the hosts)
        Size,           // a number with an optional unit: 512M, 1.5G, 4096
        TimeZone,       // Area/City as in /usr/share/zoneinfo: Asia/Tokyo, UTC, Etc/GMT+9
        Locale,         // ja_JP.UTF-8, C.UTF-8, POSIX
        ImageReference, // Docker's reference grammar: [registry[:port]/]path[:tag][@digest]
        InterfaceName,  // a network interface: at most 15 of letters, digits, _ . : -
        SshFingerprint, // SHA256:<43 base64 characters>, as ssh-keygen -l prints it
    };

    static bool matches(Kind kind, const QString &text);
    // What the grammar allows, for messages ("letters, digits, ...").
    static QString describe(Kind kind);
    static bool holdsJinja(const QString &text);
    // `text` with every Jinja2 expression replaced by `placeholder`.
    static QString withoutJinja(const QString &text, QChar placeholder);

    // Refuses `text` (written at `mark`, under `key`) through `checker` (which
    // adds the stage or service) when it breaks `kind`'s grammar; `what` names
    // it for the message ("service name"). Returns whether it was accepted.
    // `isKey`: the text is a mapping key (a name), which Jinja never renders.
    static bool check(Kind kind, const QString &text, const QString &what, const SourceMark &mark,
                      const QString &key, SchemaChecker &checker, bool isKey = false);

    // The host variables that reach the hosts' shells and files (hive_timezone,
    // hive_locale, hive_users, hive_user_groups, hive_internal_net_if,
    // hive_safe_sshd_port), in one group_vars or host_vars mapping.
    static void checkVariables(const Value &vars, DiagnosticList &diags);
};

} // namespace hive
