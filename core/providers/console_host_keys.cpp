#include "providers/console_host_keys.h"

#include <QRegularExpression>

namespace hive {

QStringList ConsoleHostKeys::parse(const QByteArray &console)
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

} // namespace hive
