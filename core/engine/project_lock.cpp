#include "engine/project_lock.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace hive {

namespace {
QByteArray readAll(int fd)
{
    QByteArray out;
    char buffer[4096];
    if (::lseek(fd, 0, SEEK_SET) < 0)
        return out;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, int(n));
    }
    return out;
}
} // namespace

QString ProjectLock::Holder::describe() const
{
    return tr("%1 (pid %2 on %3, since %4)")
        .arg(phase.isEmpty() ? tr("a run") : phase)
        .arg(pid)
        .arg(host, started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::pathFor(const QString &hiveDir, const QString &stage)
{
    return hiveDir + QLatin1Char('/') + stage + QStringLiteral("/lock");
}

ProjectLock::Holder ProjectLock::parse(const QByteArray &bytes)
{
    Holder h;
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    h.host = o.value(QStringLiteral("host")).toString();
    h.pid = o.value(QStringLiteral("pid")).toInteger();
    h.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODate);
    h.phase = o.value(QStringLiteral("phase")).toString();
    return h;
}

ProjectLock::Holder ProjectLock::holder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    Holder h;
    // Held by someone only if we cannot take the lock ourselves.
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        h = parse(readAll(fd));
    ::close(fd);
    return h;
}

bool ProjectLock::acquire(const QString &path, const QString &phase, QString &error,
                          Holder *previous)
{
    release();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        error = tr("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        error =
            tr("cannot open the lock %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        const Holder h = parse(readAll(fd));
        ::close(fd);
        if (err == EWOULDBLOCK)
            error = tr("another run holds this stage: %1; wait for it to finish (lock file %2)")
                        .arg(h.isEmpty() ? tr("a run starting up") : h.describe(), path);
        else
            error = tr("cannot lock %1: %2").arg(path, QString::fromLocal8Bit(strerror(err)));
        return false;
    }
    // Ours now. Content left in the file means its run died without releasing.
    const Holder left = parse(readAll(fd));
    if (previous)
        *previous = left;
    m_fd = fd;
    m_path = path;
    m_started = QDateTime::currentDateTimeUtc();
    if (!writeHolder(phase)) {
        error =
            tr("cannot write the lock %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        release();
        return false;
    }
    return true;
}

bool ProjectLock::writeHolder(const QString &phase)
{
    QJsonObject o;
    o.insert(QStringLiteral("host"), QHostInfo::localHostName());
    o.insert(QStringLiteral("pid"), qint64(::getpid()));
    o.insert(QStringLiteral("started"), m_started.toString(Qt::ISODate));
    o.insert(QStringLiteral("phase"), phase);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) < 0)
        return false;
    return ::write(m_fd, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size());
}

void ProjectLock::setPhase(const QString &phase)
{
    if (m_fd >= 0)
        writeHolder(phase);
}

void ProjectLock::release()
{
    if (m_fd < 0)
        return;
    // Emptied before unlocking: an empty lock file means "released cleanly".
    if (::ftruncate(m_fd, 0) != 0) {
        // Nothing more to do: the next run reports it as left behind.
    }
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace hive
