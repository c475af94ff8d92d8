#pragma once

#include <QByteArray>
#include <QStringList>

namespace hive {

// The SSH host keys cloud-init prints on an instance's console at first
// boot, between "-----BEGIN SSH HOST KEY KEYS-----" and "-----END SSH HOST
// KEY KEYS-----". A cloud's API gives the console output over its signed or
// authorised channel (EC2's GetConsoleOutput, GCE's serial port output),
// where nobody on the way can change it: build-infra pins these keys before
// the first SSH connection.
class ConsoleHostKeys
{
public:
    // "type base64" lines, from the last block only; empty when there is none.
    static QStringList parse(const QByteArray &console);
};

} // namespace hive
