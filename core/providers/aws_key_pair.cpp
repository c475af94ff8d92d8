#include "providers/aws_key_pair.h"

#include "cloud/aws_query_client.h"

#include <QCryptographicHash>

namespace hive {

namespace {
const QString kDigestTag = QStringLiteral("hive-public-key-sha256");
}

QString AwsKeyPair::digestOf(const QString &publicKey)
{
    const QString body = publicKey.simplified().section(QLatin1Char(' '), 1, 1);
    return QString::fromLatin1(
        QCryptographicHash::hash(body.toLatin1(), QCryptographicHash::Sha256).toHex());
}

RunEvent::Status AwsKeyPair::ensure(AwsQueryClient &ec2, const QString &name,
                                    const QString &publicKey, const QString &hiveName,
                                    bool checkOnly, QString &message)
{
    const QString digest = digestOf(publicKey);
    AwsQueryClient::Reply reply =
        ec2.call(QStringLiteral("DescribeKeyPairs"),
                 {{QStringLiteral("Filter.1.Name"), QStringLiteral("key-name")},
                  {QStringLiteral("Filter.1.Value.1"), name}});
    if (!reply.ok) {
        message = tr("looking for key pair %1: %2").arg(name, reply.message);
        return RunEvent::Status::Failed;
    }
    const QList<const XmlNode *> pairs = reply.body.items(QStringLiteral("keySet"));
    if (!pairs.isEmpty()) {
        QString tagged;
        for (const XmlNode *t : pairs.first()->items(QStringLiteral("tagSet"))) {
            if (t->value(QStringLiteral("key")) == kDigestTag)
                tagged = t->value(QStringLiteral("value"));
        }
        if (tagged.isEmpty() || tagged == digest) {
            message = tagged.isEmpty() ? tr("key pair %1 (made before; kept as it is)").arg(name)
                                       : tr("key pair %1").arg(name);
            return RunEvent::Status::Ok;
        }
        if (checkOnly) {
            message =
                tr("would import the hive's key again as %1 (it holds another key)").arg(name);
            return RunEvent::Status::Changed;
        }
        reply = ec2.call(QStringLiteral("DeleteKeyPair"), {{QStringLiteral("KeyName"), name}});
        if (!reply.ok) {
            message = tr("replacing key pair %1: %2").arg(name, reply.message);
            return RunEvent::Status::Failed;
        }
    } else if (checkOnly) {
        message = tr("would import the hive's key as %1").arg(name);
        return RunEvent::Status::Changed;
    }
    AwsQueryClient::Params import{{QStringLiteral("KeyName"), name},
                                  {QStringLiteral("PublicKeyMaterial"),
                                   QString::fromLatin1(publicKey.trimmed().toUtf8().toBase64())}};
    AwsQueryClient::addTagSpecification(
        import, 1, QStringLiteral("key-pair"),
        {{QStringLiteral("Project"), hiveName}, {kDigestTag, digest}});
    reply = ec2.call(QStringLiteral("ImportKeyPair"), import);
    if (!reply.ok) {
        message = tr("importing key pair %1: %2").arg(name, reply.message);
        return RunEvent::Status::Failed;
    }
    message = pairs.isEmpty() ? tr("imported the hive's key as %1").arg(name)
                              : tr("imported the hive's key again as %1").arg(name);
    return RunEvent::Status::Changed;
}

} // namespace hive
