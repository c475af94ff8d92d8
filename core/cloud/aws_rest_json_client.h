#pragma once

#include "cloud/aws_signature.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace hive {

// A client of one AWS service that speaks REST-JSON (EFS): a method on a
// path with query parameters and a JSON body, each request signed with
// SigV4, JSON answers. Blocking (a local event loop): made and used on one
// worker thread. Throttling, AWS's internal errors and dropped connections
// are retried up to 4 times with growing pauses; everything else is the
// caller's to handle, with AWS's own code and message. Credentials never
// appear in an error.
class AwsRestJsonClient
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsRestJsonClient)
public:
    using Query = QList<QPair<QString, QString>>;
    struct Reply
    {
        bool ok = false;
        int status = 0;   // HTTP status; 0 when no answer came
        QJsonObject json; // the answer (ok), or AWS's error document
        QString code;     // AWS's error code ("FileSystemNotFound"), or empty
        QString message;  // "code: AWS's message", or why no answer came
        int attempts = 0;
    };

    // `prefix`: the endpoint's first label ("elasticfilesystem");
    // `serviceId`: the SDKs' name for AWS_ENDPOINT_URL_<ID> ("EFS");
    // `signingName`: SigV4's service ("elasticfilesystem").
    AwsRestJsonClient(const AwsCredentials &credentials, const QString &region,
                      const QString &prefix, const QString &serviceId, const QString &signingName);
    ~AwsRestJsonClient();
    AwsRestJsonClient(const AwsRestJsonClient &) = delete;
    // A client of EFS in `region`.
    static std::unique_ptr<AwsRestJsonClient> efs(const AwsCredentials &credentials,
                                                  const QString &region);
    AwsRestJsonClient &operator=(const AwsRestJsonClient &) = delete;

    void setEndpoint(const QUrl &url) { m_endpoint = url; }
    QUrl endpoint() const { return m_endpoint; }
    void setRetryPauseMs(int ms) { m_pauseMs = ms; }

    // One call and, for a GET AWS pages (NextMarker), every page, their lists
    // joined. `operation`: the API's name for the call ("CreateFileSystem"),
    // for the permission a refusal names; `path` below the endpoint
    // ("/2015-02-01/file-systems"); a body only when not empty.
    Reply call(const QString &operation, const QByteArray &method, const QString &path,
               const Query &query = {}, const QJsonObject &body = {},
               const std::atomic_bool *cancel = nullptr, int timeoutMs = 60000);
    static bool retryable(const Reply &reply);

private:
    static constexpr int kMaxPages = 100;
    Reply callOnce(const QString &operation, const QByteArray &method, const QString &path,
                   const Query &query, const QJsonObject &body, const std::atomic_bool *cancel,
                   int timeoutMs);
    AwsCredentials m_credentials;
    QString m_region;
    QString m_signingName;
    QUrl m_endpoint;
    int m_pauseMs = 1000;
    std::unique_ptr<QNetworkAccessManager> m_network;

    Reply once(const QByteArray &method, const QUrl &url, const QByteArray &body,
               const std::atomic_bool *cancel, int timeoutMs);
};

} // namespace hive
