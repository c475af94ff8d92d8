#pragma once

#include "cloud/azure_access_token.h"
#include "cloud/azure_credentials.h"
#include "cloud/http_exchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace hive {

// A client of Azure Resource Manager for one service principal: JSON in
// and out, each call at its resource provider's API version, its access
// token got and renewed as needed, the pages of a list joined ("value" and
// nextLink), throttling (429, Retry-After), ARM's own failures and dropped
// connections tried again up to 4 times with growing pauses, and
// asynchronous operations (Azure-AsyncOperation, else Location) waited for
// until they end, their state told. Blocking (a local event loop): made and
// used on one worker thread. Errors carry ARM's code and message; the token
// and the secret never appear in one.
class AzureRestClient
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureRestClient)
public:
    struct Reply
    {
        bool ok = false;
        int status = 0;   // HTTP status; 0 when no answer came
        QJsonObject json; // the answer (ok), or ARM's error document
        QString code;     // ARM's code ("ResourceNotFound", "QuotaExceeded"), or empty
        QString message;  // "code: ARM's message", or why no answer came
        HttpExchange::Headers headers;
    };
    using Progress = std::function<void(const QString &status)>;
    static constexpr const char *kNoToken = "noAccessToken";

    // The API versions used, as Debian's Azure SDK (python3-azure) models
    // them: the tests check each request body against those models.
    static constexpr const char *kResources = "2021-04-01";
    static constexpr const char *kNetwork = "2022-07-01";
    static constexpr const char *kCompute = "2022-08-01";
    static constexpr const char *kDisks = "2022-07-02";
    static constexpr const char *kStorage = "2022-09-01";

    AzureRestClient(const AzureCredentials &credentials, const QUrl &endpoint,
                    const QUrl &authority);
    ~AzureRestClient();
    AzureRestClient(const AzureRestClient &) = delete;
    AzureRestClient &operator=(const AzureRestClient &) = delete;

    // https://management.azure.com/, or AZURE_RESOURCE_MANAGER_ENDPOINT
    // (sovereign clouds, tests).
    static QUrl managementEndpoint();
    // For `credentials`, at the endpoint and authority the environment names.
    static std::unique_ptr<AzureRestClient> make(const AzureCredentials &credentials);

    QString subscription() const { return m_credentials.subscriptionId; }
    // "subscriptions/<id>/resourceGroups/<group>"
    QString groupPath(const QString &group) const;
    // "/subscriptions/<id>/resourceGroups/<group>/providers/<type>/<name>":
    // a resource's id, as ARM writes them in references.
    QString resourceId(const QString &group, const QString &type, const QString &name) const;
    void setRetryPauseMs(int ms) { m_pauseMs = ms; }
    void setPollMs(int ms) { m_pollMs = ms; }

    // One call (`path` below the endpoint, or an id with its leading '/')
    // at `apiVersion`; for a GET of a list, every page, their "value" joined.
    Reply call(const QByteArray &method, const QString &path, const char *apiVersion,
               const QJsonObject &body = {}, const std::atomic_bool *cancel = nullptr,
               int timeoutMs = 60000);
    // Waits for the asynchronous operation a PUT, POST or DELETE started
    // (`started` is its answer). Ok when it succeeded; else its error.
    Reply waitFor(const Reply &started, const std::atomic_bool *cancel = nullptr,
                  const Progress &progress = {}, int timeoutMs = 30 * 60 * 1000);
    // A GET of `url` with no token (a blob's SAS address): its body.
    bool fetch(const QUrl &url, QByteArray &body, QString &error,
               const std::atomic_bool *cancel = nullptr, int timeoutMs = 60000);
    // The name at the end of an id.
    static QString nameOf(const QString &id) { return id.section(QLatin1Char('/'), -1); }
    static bool notFound(const Reply &reply) { return reply.status == 404; }

private:
    Reply once(const QByteArray &method, const QUrl &url, const QJsonObject &body,
               const std::atomic_bool *cancel, int timeoutMs);
    Reply withRetries(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                      const std::atomic_bool *cancel, int timeoutMs);
    bool authorise(Reply &failure, const std::atomic_bool *cancel);
    bool sameOrigin(const QUrl &url) const;
    QString scope() const;

    AzureCredentials m_credentials;
    QUrl m_endpoint;
    QUrl m_authority;
    QString m_refusal; // an endpoint not https (loopback aside): nothing is sent
    AzureAccessToken m_token;
    int m_pauseMs = 1000;
    int m_pollMs = 5000;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace hive
