#include "cloud/aws_credential_source.h"

#include "project/persistents.h"

#include <QDir>
#include <QFile>
#include <QSettings>

namespace hive {

bool AwsCredentialSource::find(const Persistents &persistents, const QString &stage,
                               AwsCredentials &out, QString &from, QString &error)
{
    out = AwsCredentials{
        persistents.effective(QStringLiteral("aws_access_key_id"), stage).text(),
        persistents.effective(QStringLiteral("aws_secret_access_key"), stage).text(), QString()};
    if (!out.isEmpty()) {
        from = tr("hive set aws_access_key_id (stage %1)").arg(stage);
        return true;
    }
    out = AwsCredentials{qEnvironmentVariable("AWS_ACCESS_KEY_ID"),
                         qEnvironmentVariable("AWS_SECRET_ACCESS_KEY"),
                         qEnvironmentVariable("AWS_SESSION_TOKEN")};
    if (!out.isEmpty()) {
        from = tr("the environment (AWS_ACCESS_KEY_ID)");
        return true;
    }
    QString file = qEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE");
    if (file.isEmpty())
        file = QDir::homePath() + QStringLiteral("/.aws/credentials");
    QString profile = qEnvironmentVariable("AWS_PROFILE");
    if (profile.isEmpty())
        profile = QStringLiteral("default");
    if (QFile::exists(file)) {
        QSettings ini(file, QSettings::IniFormat);
        ini.beginGroup(profile);
        out = AwsCredentials{ini.value(QStringLiteral("aws_access_key_id")).toString(),
                             ini.value(QStringLiteral("aws_secret_access_key")).toString(),
                             ini.value(QStringLiteral("aws_session_token")).toString()};
        if (!out.isEmpty()) {
            from = tr("profile %1 of %2").arg(profile, file);
            return true;
        }
    }
    error = tr("no AWS access key for stage %1: run `hive -s %1 set aws_access_key_id KEY` and "
               "`hive -s %1 set aws_secret_access_key SECRET` (or set AWS_ACCESS_KEY_ID and "
               "AWS_SECRET_ACCESS_KEY, or a profile in %2)")
                .arg(stage, file);
    return false;
}

} // namespace hive
