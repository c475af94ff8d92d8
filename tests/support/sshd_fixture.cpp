#include "tests/support/sshd_fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <unistd.h>

namespace {
const QString kSshd = QStringLiteral("/usr/sbin/sshd");

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

bool SshdFixture::keygen(const QString &path, QString &whyNot)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"), path});
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        whyNot =
            QStringLiteral("ssh-keygen failed: ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

bool SshdFixture::start(QString &whyNot)
{
    if (!QFile::exists(kSshd)) {
        whyNot = QStringLiteral(
            "no /usr/sbin/sshd (install openssh-server: scripts/install-deps.sh --test)");
        return false;
    }
    if (geteuid() != 0) {
        whyNot = QStringLiteral(
            "sshd needs root for privilege separation; run the tests as root (CI does)");
        return false;
    }
    const QString d = m_dir.path();
    if (!QFile::exists(d + QStringLiteral("/host_key")) &&
        !keygen(d + QStringLiteral("/host_key"), whyNot))
        return false;
    if (!QFile::exists(d + QStringLiteral("/id_ed25519"))) {
        if (!keygen(d + QStringLiteral("/id_ed25519"), whyNot))
            return false;
        QFile::copy(d + QStringLiteral("/id_ed25519.pub"), d + QStringLiteral("/authorized_keys"));
    }
    stop();                                     // reap an earlier instance (e.g. after killHard)
    QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
    QDir().mkpath(d + QStringLiteral("/home"));
    if (m_port == 0)
        m_port = freePort();
    QFile config(d + QStringLiteral("/sshd_config"));
    if (!config.open(QIODevice::WriteOnly)) {
        whyNot = QStringLiteral("cannot write sshd_config");
        return false;
    }
    config.write(
        QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\n"
                       "PidFile %2/sshd.pid\nAuthorizedKeysFile %2/authorized_keys\n"
                       "StrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                       "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n"
                       "Subsystem sftp internal-sftp\nLogLevel ERROR\n"
                       // As setup-hosts lets the hosts' sshd listen for http_proxy.
                       "GatewayPorts clientspecified\n"
                       // Sessions get an empty home: the machine's own dotfiles (a root
                       // .bashrc that runs pyenv costs ~190 ms per command here) must
                       // not leak into the tests.
                       "SetEnv HOME=%2/home\n")
            .arg(m_port)
            .arg(d)
            .toUtf8());
    config.close();
    m_sshd = std::make_unique<QProcess>();
    // sshd's own messages (e.g. about the port probe below) go to a log file.
    m_sshd->setStandardOutputFile(d + QStringLiteral("/sshd.log"), QIODevice::Append);
    m_sshd->setStandardErrorFile(d + QStringLiteral("/sshd.log"), QIODevice::Append);
    m_sshd->start(kSshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                          config.fileName()});
    if (!m_sshd->waitForStarted(5000) || !waitUntilListening(10000)) {
        whyNot = QStringLiteral("sshd did not start listening on 127.0.0.1:%1").arg(m_port);
        stop();
        return false;
    }
    return true;
}

bool SshdFixture::waitUntilListening(int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (m_sshd->state() != QProcess::Running)
            return false;
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

void SshdFixture::killHard()
{
    if (!m_sshd)
        return;
    // Every descendant of the listening sshd: the per-connection monitors and
    // session processes do not carry the config path in their command line.
    QHash<qint64, qint64> parentOf;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> rest = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1)
            parentOf.insert(pid, rest.at(1).toLongLong());
    }
    QList<qint64> doomed{m_sshd->processId()};
    for (int i = 0; i < doomed.size(); ++i) {
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == doomed.at(i))
                doomed << it.key();
        }
    }
    for (qint64 pid : doomed)
        ::kill(pid_t(pid), SIGKILL);
    // The QProcess is reaped by stop() or start() in the owning thread.
}

void SshdFixture::stop()
{
    if (!m_sshd)
        return;
    m_sshd->terminate();
    if (!m_sshd->waitForFinished(5000)) {
        m_sshd->kill();
        m_sshd->waitForFinished(5000);
    }
    m_sshd.reset();
}

bool SshdFixture::restartWithNewHostKey(QString &whyNot)
{
    stop();
    return keygen(m_dir.path() + QStringLiteral("/host_key"), whyNot) && start(whyNot);
}

bool SshdFixture::isRunning() const
{
    return m_sshd && m_sshd->state() == QProcess::Running;
}

QString SshdFixture::knownHostsFile() const
{
    return m_dir.path() + QStringLiteral("/client/known_hosts");
}

hive::SshEndpoint SshdFixture::endpoint() const
{
    hive::SshEndpoint e;
    e.name = QStringLiteral("p-hive0.test");
    e.address = QStringLiteral("127.0.0.1");
    e.port = m_port;
    e.user = QStringLiteral("root");
    e.identityFile = m_dir.path() + QStringLiteral("/id_ed25519");
    e.knownHostsFile = knownHostsFile();
    e.connectTimeoutSeconds = 5;
    return e;
}
