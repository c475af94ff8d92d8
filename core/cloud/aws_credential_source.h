#pragma once

#include "cloud/aws_signature.h"

#include <QCoreApplication>
#include <QString>

namespace hive {

class Persistents;

// Where an AWS stage's access key comes from, first found wins:
//  1. `hive set aws_access_key_id` / `aws_secret_access_key` for the stage
//     (hive-builder's persistents, in .hive/persistents.yml, 0600);
//  2. AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN);
//  3. the profile AWS_PROFILE (or "default") of ~/.aws/credentials
//     (AWS_SHARED_CREDENTIALS_FILE moves it), as AWS's own tools read it.
// `from` names the source for messages; the secret itself never appears.
class AwsCredentialSource
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsCredentialSource)
public:
    static bool find(const Persistents &persistents, const QString &stage, AwsCredentials &out,
                     QString &from, QString &error);
};

} // namespace hive
