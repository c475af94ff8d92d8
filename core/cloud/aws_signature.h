#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace hive {

// An AWS access key: the id, the secret and, for temporary credentials, the
// session token. The secret never leaves this machine: only signatures made
// with it do.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey; // secret
    QString sessionToken;    // secret; empty for long-term keys
    bool isEmpty() const { return accessKeyId.isEmpty() || secretAccessKey.isEmpty(); }
};

// AWS Signature Version 4 (the "AWS4-HMAC-SHA256" Authorization header) for
// one HTTP request to a regional service, as AWS's own SDKs make it: the
// canonical request, the string to sign, the derived signing key and the
// header. Checked against botocore's SigV4Auth on the same requests.
class AwsSignature
{
public:
    struct Request
    {
        QByteArray method = "POST";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers; // Host and X-Amz-Date are added
        QByteArray body;
    };

    // Adds Host, X-Amz-Date, X-Amz-Security-Token (with a session token) and
    // Authorization to `request.headers`.
    static void sign(Request &request, const AwsCredentials &credentials, const QString &region,
                     const QString &service, const QDateTime &nowUtc);

    // The parts, for tests and for messages when AWS refuses a signature.
    static QByteArray canonicalRequest(const Request &request, QByteArray &signedHeaders);
    static QByteArray uriEncode(const QByteArray &text, bool keepSlash);
};

} // namespace hive
