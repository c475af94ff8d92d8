#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <atomic>

class QNetworkAccessManager;

namespace hive {

struct AzureCredentials;

// An OAuth 2.0 access token for Azure Resource Manager, got the way a
// service principal gets one: its client id and secret posted to its
// tenant's token endpoint at the authority (Microsoft Entra ID) as a
// client-credentials grant for `scope` (a Resource Manager's address and
// ".default"). Blocking (a worker thread); the authority's own failures and
// dropped connections are tried again, three attempts in all. The token and the secret never appear
// in a message.
class AzureAccessToken
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureAccessToken)
public:
    QByteArray value;  // "Authorization: Bearer <value>"
    QDateTime expires; // UTC

    // https://login.microsoftonline.com/, or AZURE_AUTHORITY_HOST, as
    // Azure's own SDKs read it (sovereign clouds, tests).
    static QUrl authorityHost();
    static bool request(QNetworkAccessManager &network, const AzureCredentials &credentials,
                        const QUrl &authority, const QString &scope, AzureAccessToken &out,
                        QString &error, const std::atomic_bool *cancel = nullptr,
                        int timeoutMs = 30000);
    // Still good for a minute more.
    bool usable(const QDateTime &nowUtc) const
    {
        return !value.isEmpty() && nowUtc.addSecs(60) < expires;
    }
    void setRetryPauseMs(int ms) { m_pauseMs = ms; }

private:
    int m_pauseMs = 1000;
};

} // namespace hive
