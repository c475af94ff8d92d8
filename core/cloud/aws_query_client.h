#pragma once

#include "cloud/aws_signature.h"
#include "data/xml_node.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace hive {

// A client of one AWS service that speaks the Query protocol (EC2: form
// parameters POSTed, XML answers), each request signed with SigV4. Blocking
// (a local event loop): made and used on one worker thread. Throttling,
// AWS's internal errors and dropped connections are retried up to 4 times
// with growing pauses; everything else is the caller's to handle, with
// AWS's own code and message. Credentials never appear in an error.
class AwsQueryClient
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsQueryClient)
public:
    using Params = QList<QPair<QString, QString>>;
    struct Reply
    {
        bool ok = false;
        int status = 0;  // HTTP status; 0 when no answer came
        XmlNode body;    // the answer's document (ok), or AWS's error document
        QString code;    // AWS's error code ("InvalidVpcID.NotFound"), or empty
        QString message; // AWS's message, or why no answer came
        QString requestId;
        int attempts = 0;
    };

    AwsQueryClient(const AwsCredentials &credentials, const QString &region, const QString &service,
                   const QString &apiVersion);
    ~AwsQueryClient();
    AwsQueryClient(const AwsQueryClient &) = delete;
    // A client of EC2 (API version 2016-11-15) in `region`.
    static std::unique_ptr<AwsQueryClient> ec2(const AwsCredentials &credentials,
                                               const QString &region);
    AwsQueryClient &operator=(const AwsQueryClient &) = delete;

    // https://<service>.<region>.amazonaws.com/, or AWS_ENDPOINT_URL_<SERVICE>
    // or AWS_ENDPOINT_URL when set (a test's fake, a VPC endpoint, LocalStack).
    static QUrl endpointFor(const QString &service, const QString &region);
    void setEndpoint(const QUrl &url) { m_endpoint = url; }
    QUrl endpoint() const { return m_endpoint; }
    // Pauses between attempts; tests make them short.
    void setRetryPauseMs(int ms) { m_pauseMs = ms; }

    // One call and, when AWS pages its answer (nextToken), every page, their
    // lists joined into one answer.
    Reply call(const QString &action, const Params &params,
               const std::atomic_bool *cancel = nullptr, int timeoutMs = 60000);

    // Action=...&Version=...&<params>, each part encoded as the SDKs do.
    static QByteArray formBody(const QString &action, const QString &version, const Params &params);
    // Filter.<n>.Name and its Filter.<n>.Value.<m>, as EC2's Describe calls take them.
    static void addFilter(Params &params, int n, const QString &name, const QStringList &values);
    // TagSpecification.<n>.ResourceType and its tags, as EC2's Create calls take them.
    static void addTagSpecification(Params &params, int n, const QString &resourceType,
                                    const QList<QPair<QString, QString>> &tags);
    // The instances of a DescribeInstances (or Run/Start/Stop) answer, out
    // of their reservations.
    static QList<const XmlNode *> instancesIn(const XmlNode &answer);
    // Whether another attempt may succeed (throttling, AWS's own errors).
    static bool retryable(const Reply &reply);

private:
    static constexpr int kMaxPages = 100;
    Reply callOnce(const QString &action, const Params &params, const std::atomic_bool *cancel,
                   int timeoutMs);
    AwsCredentials m_credentials;
    QString m_region;
    QString m_service;
    QString m_version;
    QUrl m_endpoint;
    int m_pauseMs = 1000;
    std::unique_ptr<QNetworkAccessManager> m_network;

    Reply once(const QByteArray &body, const std::atomic_bool *cancel, int timeoutMs);
};

} // namespace hive
