#pragma once

#include "cloud/aws_signature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <atomic>

class QNetworkAccessManager;

namespace hive {

// One signed HTTP exchange with an AWS endpoint, whatever the protocol on
// top (EC2's query, EFS's REST-JSON): signed with SigV4 just before it is
// sent, waited for on a local event loop (blocking: a worker thread), cut
// short by a cancel or the time limit. The secret is never in an error.
class AwsHttpExchange
{
    Q_DECLARE_TR_FUNCTIONS(hive::AwsHttpExchange)
public:
    struct Answer
    {
        int status = 0; // 0: no answer came
        QByteArray body;
        QByteArray errorType; // x-amzn-ErrorType, when the service sends one
        QString error;        // why no answer came
    };
    static Answer send(QNetworkAccessManager &network, AwsSignature::Request request,
                       const AwsCredentials &credentials, const QString &region,
                       const QString &service, const std::atomic_bool *cancel, int timeoutMs);
    // https://<prefix>.<region>.amazonaws.com/, or as the AWS SDKs and CLI
    // read it: AWS_ENDPOINT_URL_<SERVICE ID> (EC2, STS, EFS), then
    // AWS_ENDPOINT_URL; neither when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
    // is true.
    static QUrl endpointFor(const QString &prefix, const QString &serviceId, const QString &region);
    // Whether another attempt may succeed: no answer, AWS's own errors (5xx),
    // throttling.
    static bool retryable(int status, const QString &code);
    // AWS refused the call for want of a permission: what to say after its
    // message (the permission `service:operation` to give), else empty.
    static QString permissionHint(const QString &code, const QString &service,
                                  const QString &operation);
};

} // namespace hive
