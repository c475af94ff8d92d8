#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

class AwsQueryClient;

// An instance's SSH host keys, read where nobody on the way can change
// them: its console output, through EC2's signed API (ConsoleHostKeys);
// build-infra pins them before the first SSH connection, so no key is ever
// accepted blindly. The output
// comes a few minutes after boot: it is asked again until it holds them.
class AwsHostKeys
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsHostKeys)
public:
    static bool read(AwsQueryClient &ec2, const QString &instanceId, QStringList &keys,
                     QString &error, const std::atomic_bool *cancel = nullptr,
                     int timeoutMs = 600000, int pollMs = 10000,
                     const std::function<void(const QString &)> &progress = {});
};

} // namespace hive
