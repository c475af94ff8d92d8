#include "recipes/host_facts.h"

#include "remote/shell_command.h"

namespace hive {

namespace {
QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')) &&
        v.back() == v.front())
        v = v.mid(1, v.size() - 2);
    return v;
}
} // namespace

HostFacts HostFacts::fromOsRelease(const QByteArray &text)
{
    HostFacts f;
    QString idLike;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = unquote(line.mid(eq + 1));
        if (key == QLatin1String("ID"))
            f.id = value.toLower();
        else if (key == QLatin1String("VERSION_ID"))
            f.versionId = value;
        else if (key == QLatin1String("PRETTY_NAME"))
            f.prettyName = value;
        else if (key == QLatin1String("ID_LIKE"))
            idLike = value.toLower();
    }
    const QStringList like = idLike.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.id == QLatin1String("debian") || f.id == QLatin1String("ubuntu") ||
        like.contains(QLatin1String("debian")))
        f.family = Family::Debian;
    else if (like.contains(QLatin1String("rhel")) || like.contains(QLatin1String("fedora")) ||
             f.id == QLatin1String("rhel") || f.id == QLatin1String("almalinux") ||
             f.id == QLatin1String("rocky") || f.id == QLatin1String("centos"))
        f.family = Family::Rhel;
    if (f.prettyName.isEmpty())
        f.prettyName = f.id + QLatin1Char(' ') + f.versionId;
    return f;
}

HostFacts HostFacts::almaLinux9()
{
    return fromOsRelease("NAME=\"AlmaLinux\"\nVERSION=\"9.4 (Seafoam Ocelot)\"\nID=\"almalinux\"\n"
                         "ID_LIKE=\"rhel centos fedora\"\nVERSION_ID=\"9.4\"\n"
                         "PRETTY_NAME=\"AlmaLinux 9.4 (Seafoam Ocelot)\"\n");
}

HostFacts HostFacts::debian12()
{
    return fromOsRelease(
        "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
        "VERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nID=debian\n");
}

int HostFacts::majorVersion() const
{
    return versionId.section(QLatin1Char('.'), 0, 0).toInt();
}

bool HostFacts::supported(QString &why) const
{
    const int major = majorVersion();
    bool ok = false;
    if (family == Family::Rhel)
        ok = major == 8 || major == 9;
    else if (id == QLatin1String("debian"))
        ok = major >= 12;
    else if (id == QLatin1String("ubuntu"))
        ok = major >= 22;
    if (!ok)
        why = tr("%1 is not supported by setup-hosts (RHEL family 8/9, Debian 12 and Ubuntu "
                 "22.04 or later are)")
                  .arg(prettyName.isEmpty() ? tr("this operating system") : prettyName);
    return ok;
}

QString HostFacts::packagesInstalled(const QStringList &packages) const
{
    QStringList unique = packages;
    unique.removeDuplicates();
    QStringList quoted;
    for (const QString &p : std::as_const(unique))
        quoted << ShellCommand::quote(p);
    if (isRhel())
        return QStringLiteral("rpm -q %1 >/dev/null 2>&1").arg(quoted.join(QLatin1Char(' ')));
    // One dpkg-query for all (a tenth of the time of one per package):
    // each package named must have a line saying it is installed.
    return QStringLiteral("[ \"$(dpkg-query -W -f='${Status} ${Package}\\n' %1 2>/dev/null | "
                          "sed -n 's/^[a-z]* ok installed //p' | sort -u | wc -l)\" -eq %2 ]")
        .arg(quoted.join(QLatin1Char(' ')), QString::number(unique.size()));
}

QString HostFacts::installPackages(const QStringList &packages) const
{
    QStringList quoted;
    for (const QString &p : packages)
        quoted << ShellCommand::quote(p);
    if (isRhel())
        return QStringLiteral("dnf install -y -q %1").arg(quoted.join(QLatin1Char(' ')));
    return QStringLiteral("export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && "
                          "apt-get install -y -qq --no-install-recommends %1")
        .arg(quoted.join(QLatin1Char(' ')));
}

QString HostFacts::caTrustFile() const
{
    return isRhel() ? QStringLiteral("/etc/pki/ca-trust/source/anchors/hive-ca.crt")
                    : QStringLiteral("/usr/local/share/ca-certificates/hive-ca.crt");
}

QString HostFacts::caTrustUpdate() const
{
    return isRhel() ? QStringLiteral("update-ca-trust extract")
                    : QStringLiteral("/usr/local/sbin/hive-trust-ca");
}

QByteArray HostFacts::caTrustScript() const
{
    if (isRhel())
        return {};
    // A first install adds the one certificate as update-ca-certificates
    // would (dangling links dropped, its link, the hash links, the bundle
    // with it appended). Anything else (a link already there: a changed CA
    // or a run stopped halfway; update hooks; no bundle; a step failing)
    // rebuilds the whole store with --fresh, so it always ends consistent.
    return QStringLiteral(
               "#!/bin/sh\n"
               "# Written by hive setup-hosts: makes the system trust the hive CA.\n"
               "d=/etc/ssl/certs\n"
               "b=$d/ca-certificates.crt\n"
               "f=%1\n"
               "if [ ! -e $d/hive-ca.pem ] && [ ! -L $d/hive-ca.pem ] && [ ! -e $b.new ] &&\n"
               "    [ -s $b ] && [ -z \"$(ls -A /etc/ca-certificates/update.d 2>/dev/null)\" ] &&\n"
               "    find $d -maxdepth 1 -xtype l -delete &&\n"
               "    ln -s $f $d/hive-ca.pem && openssl rehash $d >/dev/null 2>&1 &&\n"
               "    cat $b >$b.new && sed -e '$a\\' $f >>$b.new &&\n"
               "    chmod 0644 $b.new && mv -f $b.new $b; then\n"
               "    exit 0\n"
               "fi\n"
               "rm -f $b.new\n"
               "exec update-ca-certificates --fresh\n")
        .arg(caTrustFile())
        .toUtf8();
}

} // namespace hive
