#include "recipes/applied_marker.h"

#include "project/context_file.h"
#include "remote/host_pool.h"
#include "remote/shell_command.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace hive {

namespace {
constexpr const char *kFolder = "/var/lib/hive/applied";
constexpr const char *kBootId = "/proc/sys/kernel/random/boot_id";

// A file name from any name: plain names stay readable, others are hashed.
QString fileName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,100}$"));
    if (plain.match(name).hasMatch())
        return name;
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

// How the marker is read and written: as root, cancellable, within a minute.
HostPool::RunOptions asRoot(const std::atomic_bool *cancel)
{
    HostPool::RunOptions o;
    o.asRoot = true;
    o.cancel = cancel;
    o.timeoutMs = 60000;
    return o;
}

bool isFingerprint(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}
} // namespace

AppliedMarker::AppliedMarker(HostPool &pool, const QString &host, const QString &name,
                             const std::atomic_bool *cancel)
    : m_pool(&pool), m_host(host), m_name(name), m_cancel(cancel)
{}

AppliedMarker::AppliedMarker(const QString &folder, const QString &name)
    : m_host(folder), m_name(name)
{}

QString AppliedMarker::path() const
{
    return (m_pool ? QLatin1String(kFolder) : m_host) + QLatin1Char('/') + fileName(m_name);
}

QString AppliedMarker::read() const
{
    if (!m_pool) {
        const QString text = QString::fromLatin1(ContextFile::read(path())).trimmed();
        return isFingerprint(text) ? text : QString();
    }
    const HostPool::RunOptions o = asRoot(m_cancel);
    // The marker's line, then this boot's id.
    const CommandResult r =
        m_pool->run(m_host,
                    QStringLiteral("cat %1 2>/dev/null; echo; cat %2 2>/dev/null; true")
                        .arg(ShellCommand::quote(path()), QLatin1String(kBootId)),
                    o);
    if (!r.succeeded())
        return {};
    const QStringList lines = r.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const QStringList words = lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString fingerprint = words.value(0);
    if (!isFingerprint(fingerprint))
        return {};
    if (m_untilReboot && (words.value(1).isEmpty() || words.value(1) != lines.value(1).trimmed()))
        return {};
    return fingerprint;
}

bool AppliedMarker::matches(const QString &fingerprint) const
{
    return isFingerprint(fingerprint) && read() == fingerprint;
}

bool AppliedMarker::remove(QString &error) const
{
    if (!m_pool) {
        if (QFile::exists(path()) && !QFile::remove(path())) {
            error = tr("cannot remove %1").arg(path());
            return false;
        }
        return true;
    }
    const HostPool::RunOptions o = asRoot(m_cancel);
    const CommandResult r =
        m_pool->run(m_host, QStringLiteral("rm -f %1").arg(ShellCommand::quote(path())), o);
    if (!r.succeeded())
        error = tr("cannot remove %1 on %2: %3").arg(path(), m_host, r.failure());
    return r.succeeded();
}

bool AppliedMarker::write(const QString &fingerprint, QString &error) const
{
    if (!isFingerprint(fingerprint)) {
        error = tr("not a fingerprint: %1").arg(fingerprint);
        return false;
    }
    if (!m_pool) {
        QDir().mkpath(m_host);
        QFile::setPermissions(m_host, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        bool changed = false;
        return ContextFile::writeIfChanged(path(), fingerprint.toLatin1() + '\n', changed, error);
    }
    const HostPool::RunOptions o = asRoot(m_cancel);
    const QString file = ShellCommand::quote(path());
    const CommandResult r =
        m_pool->run(m_host,
                    // The fingerprint and the boot it was written in.
                    QStringLiteral("mkdir -p %1 && echo %2 \"$(cat %4 2>/dev/null)\" >%3.new "
                                   "&& mv -f %3.new %3")
                        .arg(QLatin1String(kFolder), fingerprint, file, QLatin1String(kBootId)),
                    o);
    if (!r.succeeded())
        error = tr("cannot write %1 on %2: %3").arg(path(), m_host, r.failure());
    return r.succeeded();
}

} // namespace hive
