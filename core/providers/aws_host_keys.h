#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AwsQueryClient;

// An instance's SSH host keys, read where nobody on the way can change
// them: its console output, through EC2's signed API. cloud-init prints
// them there between "-----BEGIN SSH HOST KEY KEYS-----" and "-----END SSH
// HOST KEY KEYS-----" on first boot; build-infra pins them before the
// first SSH connection, so no key is ever accepted blindly. The output
// comes a few minutes after boot: it is asked again until it holds them.
class AwsHostKeys
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsHostKeys)
public:
    // "type base64" lines from a console output; empty when it has none.
    static QStringList parse(const QByteArray &console);
    static bool read(AwsQueryClient &ec2, const QString &instanceId, QStringList &keys,
                     QString &error, const std::atomic_bool *cancel = nullptr,
                     int timeoutMs = 600000, int pollMs = 10000,
                     const std::function<void(const QString &)> &progress = {});
};

} // namespace hive
