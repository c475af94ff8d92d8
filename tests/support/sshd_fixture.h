#pragma once

#include "remote/ssh_endpoint.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// A real OpenSSH server on 127.0.0.1 for the remote-layer tests: its own host
// key, a client key pair in authorized_keys, and a known_hosts file for the
// client side, all in a temporary folder. Needs root (sshd's privilege
// separation) and /usr/sbin/sshd; otherwise start() says why not.
class SshdFixture
{
public:
    SshdFixture();
    ~SshdFixture();

    // Returns false and sets `whyNot` when sshd cannot run here.
    bool start(QString &whyNot);
    void stop();
    // Kills sshd and every connection it serves, as a crashed host would. Only
    // sends signals, so it may be called from any thread.
    void killHard();
    // Replaces the host key and restarts: what a rebuilt (or spoofed) host looks like.
    bool restartWithNewHostKey(QString &whyNot);
    bool isRunning() const;

    hive::SshEndpoint endpoint() const;
    int port() const { return m_port; }
    QString knownHostsFile() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sshd;
    int m_port = 0;

    bool keygen(const QString &path, QString &whyNot);
    bool waitUntilListening(int timeoutMs) const;
};
