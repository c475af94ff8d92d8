#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QString>

namespace hive {

class AwsQueryClient;

// The stage's key pair in the region: the hive's public key imported under
// the plan's name (hive-builder's "hive-bulder-<hive>" unless
// hive_aws_key_name), tagged with the key's SHA-256 so a later run knows it
// holds this key. A key pair of that name without the tag (hive-builder
// made it from the same .hive/<stage>/id_rsa.pub) is kept as it is; one
// tagged with another key is imported again, since instances made from now
// on must take this one. Running instances keep the key they were given.
class AwsKeyPair
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsKeyPair)
public:
    static RunEvent::Status ensure(AwsQueryClient &ec2, const QString &name,
                                   const QString &publicKey, const QString &hiveName,
                                   bool checkOnly, QString &message);
    // The tag's value: SHA-256 of the key's base64 part, hex.
    static QString digestOf(const QString &publicKey);
};

} // namespace hive
