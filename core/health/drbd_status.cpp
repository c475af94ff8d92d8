#include "health/drbd_status.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace hive {

namespace {
// "key:value" words of a line; the first word may be a bare name.
void readFields(const QStringList &words,
                const std::function<void(const QString &, const QString &)> &field)
{
    for (const QString &w : words) {
        const qsizetype colon = w.indexOf(QLatin1Char(':'));
        if (colon > 0)
            field(w.left(colon), w.mid(colon + 1));
    }
}
} // namespace

bool DrbdStatus::parse(const QString &text, DrbdStatus &out, QString &error)
{
    out = DrbdStatus();
    Peer *peer = nullptr;
    int lineNo = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++lineNo;
        if (raw.trimmed().isEmpty())
            continue;
        qsizetype indent = 0;
        while (indent < raw.size() && raw.at(indent) == QLatin1Char(' '))
            ++indent;
        const QStringList words = raw.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (indent == 0) {
            if (!out.resource.isEmpty()) {
                error = QCoreApplication::translate("hive::DrbdStatus",
                                                    "line %1: a second resource (%2) in one status")
                            .arg(lineNo)
                            .arg(words.value(0));
                return false;
            }
            out.resource = words.value(0);
            readFields(words.mid(1), [&](const QString &k, const QString &v) {
                if (k == QLatin1String("role"))
                    out.role = v;
            });
            if (out.role.isEmpty()) {
                // e.g. "'vol' not defined in your config (for this host)."
                error = QCoreApplication::translate("hive::DrbdStatus",
                                                    "line %1 is not a DRBD status: %2")
                            .arg(lineNo)
                            .arg(raw.trimmed());
                return false;
            }
        } else if (out.resource.isEmpty()) {
            error = QCoreApplication::translate("hive::DrbdStatus",
                                                "line %1: expected a resource name first")
                        .arg(lineNo);
            return false;
        } else if (words.value(0).startsWith(QLatin1String("disk:")) ||
                   words.value(0).startsWith(QLatin1String("volume:"))) {
            readFields(words, [&](const QString &k, const QString &v) {
                if (k == QLatin1String("disk"))
                    out.disk = v;
                else if (k == QLatin1String("quorum"))
                    out.quorum = v != QLatin1String("no");
            });
        } else if (!words.value(0).contains(QLatin1Char(':'))) {
            // "hive1.pdns role:Secondary" or "hive1.pdns connection:Connecting"
            out.peers.append(Peer());
            peer = &out.peers.last();
            peer->host = words.value(0);
            readFields(words.mid(1), [&](const QString &k, const QString &v) {
                if (k == QLatin1String("role"))
                    peer->role = v;
                else if (k == QLatin1String("connection"))
                    peer->connection = v;
            });
        } else if (peer) {
            readFields(words, [&](const QString &k, const QString &v) {
                if (k == QLatin1String("replication"))
                    peer->replication = v;
                else if (k == QLatin1String("peer-disk"))
                    peer->peerDisk = v;
                else if (k == QLatin1String("done"))
                    peer->donePercent = v.toDouble();
            });
        }
    }
    if (out.resource.isEmpty()) {
        error = QCoreApplication::translate("hive::DrbdStatus", "no DRBD status in the output");
        return false;
    }
    return true;
}

} // namespace hive
