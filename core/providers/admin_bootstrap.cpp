#include "providers/admin_bootstrap.h"

#include <QRegularExpression>
#include <QStringList>

namespace hive {

QString AdminBootstrap::script()
{
    return QStringLiteral(R"SH(set -eu
user=$1
key=$2
changed=0
if ! getent group "$user" >/dev/null; then groupadd "$user"; changed=1; fi
if ! id -u "$user" >/dev/null 2>&1; then
    useradd -m -s /bin/bash -g "$user" "$user"; changed=1
fi
sudoers=/etc/sudoers.d/hive-admin
rule="$user ALL=(ALL) NOPASSWD: ALL"
if [ "$(cat "$sudoers" 2>/dev/null)" != "$rule" ]; then
    printf '%s\n' "$rule" > "$sudoers.tmp"; chmod 0440 "$sudoers.tmp"
    # a rule sudo would refuse must never replace a working one
    if ! visudo -cf "$sudoers.tmp" >/dev/null; then rm -f "$sudoers.tmp"; echo "visudo refused: $rule" >&2; exit 1; fi
    mv "$sudoers.tmp" "$sudoers"
    changed=1
fi
home=$(getent passwd "$user" | cut -d: -f6)
if [ ! -d "$home/.ssh" ]; then install -d -m 700 -o "$user" -g "$user" "$home/.ssh"; changed=1; fi
keys="$home/.ssh/authorized_keys"
if ! grep -qxF "$key" "$keys" 2>/dev/null; then
    printf '%s\n' "$key" >> "$keys"; changed=1
fi
chown "$user:$user" "$keys"
chmod 600 "$keys"
echo "hive-bootstrap changed=$changed"
)SH");
}

bool AdminBootstrap::isValidUserName(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    return re.match(user).hasMatch() && user != QLatin1String("root");
}

bool AdminBootstrap::parseOutput(const QString &stdoutText, bool &changed)
{
    const QStringList lines = stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &written : lines) {
        // A terminal on the way ends lines with \r.
        const QString line = written.trimmed();
        if (line.startsWith(QLatin1String("hive-bootstrap changed="))) {
            changed = line.endsWith(QLatin1Char('1'));
            return true;
        }
    }
    return false;
}

} // namespace hive
