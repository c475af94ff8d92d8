#include "cloud/gcp_access_token.h"

#include "cloud/gcp_service_account.h"
#include "cloud/http_exchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace hive {

bool GcpAccessToken::request(QNetworkAccessManager &network, const GcpServiceAccount &account,
                             const QString &scope, GcpAccessToken &out, QString &error,
                             const std::atomic_bool *cancel, int timeoutMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray assertion = account.assertion(scope, now, error);
    if (assertion.isEmpty())
        return false;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QLatin1String(kGrantType));
    form.addQueryItem(QStringLiteral("assertion"), QString::fromLatin1(assertion));
    const QByteArray body = form.query(QUrl::FullyEncoded).toUtf8();
    const QUrl url(account.tokenUri);
    const HttpExchange::Headers headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    HttpExchange::Answer answer;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        answer = HttpExchange::send(network, "POST", url, headers, body, cancel, timeoutMs);
        const bool again = answer.status == 0 || answer.status >= 500 || answer.status == 429;
        if (!again || attempt == 3 || (cancel && cancel->load()))
            break;
        HttpExchange::pauseAfter(attempt, out.m_pauseMs, cancel);
    }
    if (answer.status == 0) {
        error = tr("no access token for %1: %2").arg(account.clientEmail, answer.error);
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status != 200) {
        // {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
        const QString code = json.value(QStringLiteral("error")).toString();
        const QString text = json.value(QStringLiteral("error_description")).toString();
        error = tr("Google refused an access token for %1 (HTTP %2%3) at %4")
                    .arg(account.clientEmail)
                    .arg(answer.status)
                    .arg(code.isEmpty()
                             ? QString()
                             : QStringLiteral(": ") + code +
                                   (text.isEmpty() ? QString() : QStringLiteral(", ") + text),
                         url.toString(QUrl::RemoveQuery));
        return false;
    }
    out.value = json.value(QStringLiteral("access_token")).toString().toLatin1();
    const int lifetime = json.value(QStringLiteral("expires_in")).toInt(3600);
    out.expires = now.addSecs(lifetime);
    if (out.value.isEmpty()) {
        error =
            tr("Google's answer at %1 has no access_token").arg(url.toString(QUrl::RemoveQuery));
        return false;
    }
    return true;
}

bool GcpAccessToken::usable(const QDateTime &nowUtc) const
{
    return !value.isEmpty() && nowUtc.addSecs(60) < expires;
}

} // namespace hive
