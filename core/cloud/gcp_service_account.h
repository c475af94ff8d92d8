#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hive {

// A Google Cloud service account's key, as the console downloads it (a JSON
// file of type "service_account"): its project, its e-mail, the address
// tokens are asked at, and the private key that signs the request for one.
// Where it comes from, first found wins: `gcp_credential.json` in the
// project's folder (hive-builder's only place), else the file that
// GOOGLE_APPLICATION_CREDENTIALS names, as Google's own tools read it. The
// private key never appears in a message.
class GcpServiceAccount
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpServiceAccount)
public:
    QString file; // where it was read from
    QString projectId;
    QString clientEmail;
    QString tokenUri;
    QString privateKeyId;
    QByteArray privateKeyPem;

    static constexpr const char *kFileName = "gcp_credential.json";
    static constexpr const char *kComputeScope = "https://www.googleapis.com/auth/compute";
    static constexpr const char *kCloudPlatformScope =
        "https://www.googleapis.com/auth/cloud-platform";

    // Reads the key file; false with what is wrong, naming the file and
    // the field.
    static bool read(const QString &path, GcpServiceAccount &out, QString &error);
    // The project's key (see above); `from` names the file for messages.
    static bool find(const QString &projectRoot, GcpServiceAccount &out, QString &from,
                     QString &error);
    // What to say when the key file at `path` can be read by others than
    // its owner (a secret, 0600), else nothing.
    static QString exposure(const QString &path);
    // The signed JWT (RS256) that asks `tokenUri` for an access token of
    // `scope`, valid one hour from `now`. Empty with the reason when the
    // private key cannot sign.
    QByteArray assertion(const QString &scope, const QDateTime &now, QString &error) const;
};

} // namespace hive
