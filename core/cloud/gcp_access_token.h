#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <atomic>

class QNetworkAccessManager;

namespace hive {

class GcpServiceAccount;

// An OAuth 2.0 access token for Google's APIs, got the way a service
// account gets one: its signed JWT (GcpServiceAccount::assertion) posted to
// the key's token_uri as a jwt-bearer grant. Blocking (a worker thread);
// Google's own failures and dropped connections are tried again up to
// three times. The token and the key never appear in a message.
class GcpAccessToken
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpAccessToken)
public:
    QByteArray value;  // "Authorization: Bearer <value>"
    QDateTime expires; // UTC

    static constexpr const char *kGrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    static bool request(QNetworkAccessManager &network, const GcpServiceAccount &account,
                        const QString &scope, GcpAccessToken &out, QString &error,
                        const std::atomic_bool *cancel = nullptr, int timeoutMs = 30000);
    // Still good for a minute more.
    bool usable(const QDateTime &nowUtc) const;
    void setRetryPauseMs(int ms) { m_pauseMs = ms; }

private:
    int m_pauseMs = 1000;
};

} // namespace hive
