#include "providers/aws_host_keys.h"

#include "cloud/aws_query_client.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

namespace hive {

QStringList AwsHostKeys::parse(const QByteArray &console)
{
    QStringList keys;
    const int begin = int(console.lastIndexOf("-----BEGIN SSH HOST KEY KEYS-----"));
    const int end = int(console.indexOf("-----END SSH HOST KEY KEYS-----", begin));
    if (begin < 0 || end < 0)
        return keys;
    static const QRegularExpression line(
        QStringLiteral("^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521))\\s+([A-Za-z0-9+/"
                       "]+={0,2})(?:\\s|$)"));
    for (const QByteArray &raw : console.mid(begin, end - begin).split('\n')) {
        // Console lines may carry a cloud-init or kernel prefix before the key.
        QString text = QString::fromLatin1(raw).trimmed();
        const int at = int(text.indexOf(
            QRegularExpression(QStringLiteral("(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp)"))));
        if (at < 0)
            continue;
        const QRegularExpressionMatch m = line.match(text.mid(at));
        if (m.hasMatch())
            keys << m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    keys.removeDuplicates();
    return keys;
}

bool AwsHostKeys::read(AwsQueryClient &ec2, const QString &instanceId, QStringList &keys,
                       QString &error, const std::atomic_bool *cancel, int timeoutMs, int pollMs,
                       const std::function<void(const QString &)> &progress)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const AwsQueryClient::Reply reply =
            ec2.call(QStringLiteral("GetConsoleOutput"),
                     {{QStringLiteral("InstanceId"), instanceId},
                      {QStringLiteral("Latest"), QStringLiteral("true")}},
                     cancel);
        if (!reply.ok) {
            error = tr("reading the console of %1: %2").arg(instanceId, reply.message);
            return false;
        }
        keys = parse(QByteArray::fromBase64(reply.body.value(QStringLiteral("output")).toLatin1()));
        if (!keys.isEmpty())
            return true;
        if ((cancel && cancel->load()) || waited.elapsed() > timeoutMs) {
            error = tr("the console of %1 shows no SSH host keys after %2 s (the image must run "
                       "cloud-init, which prints them); the host is not connected to without them")
                        .arg(instanceId)
                        .arg(waited.elapsed() / 1000);
            return false;
        }
        if (progress)
            progress(tr("waiting for the host keys of %1 on its console (%2 s)")
                         .arg(instanceId)
                         .arg(waited.elapsed() / 1000));
        QThread::msleep(quint64(pollMs));
    }
}

} // namespace hive
