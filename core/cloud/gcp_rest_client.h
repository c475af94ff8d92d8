#pragma once

#include "cloud/gcp_access_token.h"
#include "cloud/gcp_service_account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace hive {

// A client of one Google Cloud REST API (Compute Engine, Filestore) for one
// service account: JSON in and out, its access token got and renewed as
// needed, the pages of a list joined ("items" and nextPageToken), Google's
// own failures, rate limits and dropped connections tried again up to 4
// times with growing pauses, and long-running operations waited for until
// done, their progress told. Blocking (a local event loop): made and used
// on one worker thread. Errors carry Google's reason and message; the token
// and the key never appear in one.
class GcpRestClient
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpRestClient)
public:
    using Query = QList<QPair<QString, QString>>;
    struct Reply
    {
        bool ok = false;
        int status = 0;   // HTTP status; 0 when no answer came
        QJsonObject json; // the answer (ok), or Google's error document
        QString code;     // Google's reason ("notFound", "QUOTA_EXCEEDED"), or empty
        QString message;  // "code: Google's message", or why no answer came
    };
    using Progress = std::function<void(int percent, const QString &status)>;
    // Reply::code when no access token could be got (not tried again).
    static constexpr const char *kNoToken = "noAccessToken";

    GcpRestClient(const GcpServiceAccount &account, const QUrl &endpoint, const QString &scope);
    ~GcpRestClient();
    GcpRestClient(const GcpRestClient &) = delete;
    GcpRestClient &operator=(const GcpRestClient &) = delete;

    // https://compute.googleapis.com/compute/v1/, or as Google's Cloud SDK
    // reads it: CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE.
    static QUrl computeEndpoint();
    // https://file.googleapis.com/v1/, or CLOUDSDK_API_ENDPOINT_OVERRIDES_FILE.
    static QUrl fileEndpoint();
    // Compute Engine (compute scope) and Filestore (cloud-platform scope)
    // for `account`, at their endpoints.
    static std::unique_ptr<GcpRestClient> compute(const GcpServiceAccount &account);
    static std::unique_ptr<GcpRestClient> file(const GcpServiceAccount &account);

    QString project() const { return m_account.projectId; }
    void setRetryPauseMs(int ms) { m_pauseMs = ms; }
    void setPollMs(int ms) { m_pollMs = ms; }

    // One call (`path` below the endpoint: "projects/p/global/networks/n")
    // and, for a GET of a list, every page, their "items" joined.
    Reply call(const QByteArray &method, const QString &path, const Query &query = {},
               const QJsonObject &body = {}, const std::atomic_bool *cancel = nullptr,
               int timeoutMs = 60000);
    // Waits for the operation an insert, a delete or an action answered:
    // Compute Engine's (status DONE, error.errors) or a long-running one's
    // (done, error). Ok when it succeeded; else its error as a Reply's.
    Reply waitFor(const QJsonObject &operation, const std::atomic_bool *cancel = nullptr,
                  const Progress &progress = {}, int timeoutMs = 30 * 60 * 1000);
    // The name at the end of a link Google gives ("…/global/networks/vpc-pdns"
    // → "vpc-pdns").
    static QString nameOf(const QString &link) { return link.section(QLatin1Char('/'), -1); }
    // Whether `reply` said the resource is not there.
    static bool notFound(const Reply &reply) { return reply.status == 404; }

private:
    Reply once(const QByteArray &method, const QUrl &url, const QJsonObject &body,
               const std::atomic_bool *cancel, int timeoutMs);
    QUrl urlOf(const QString &path, const Query &query) const;
    bool authorise(Reply &failure, const std::atomic_bool *cancel);

    GcpServiceAccount m_account;
    QUrl m_endpoint;
    QString m_scope;
    GcpAccessToken m_token;
    int m_pauseMs = 1000;
    int m_pollMs = 2000;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace hive
