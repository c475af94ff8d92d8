#include "providers/aws_host_keys.h"

#include "cloud/aws_query_client.h"
#include "providers/console_host_keys.h"

#include <QElapsedTimer>
#include <QThread>

namespace hive {

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
        keys = ConsoleHostKeys::parse(
            QByteArray::fromBase64(reply.body.value(QStringLiteral("output")).toLatin1()));
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
