#include "cloud/azure_access_token.h"

#include "cloud/azure_credentials.h"
#include "cloud/http_exchange.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hive {

QUrl AzureAccessToken::authorityHost()
{
    QString url = qEnvironmentVariable("AZURE_AUTHORITY_HOST");
    if (url.isEmpty())
        url = QStringLiteral("https://login.microsoftonline.com/");
    return QUrl(url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/'));
}

bool AzureAccessToken::request(QNetworkAccessManager &network, const AzureCredentials &credentials,
                               const QUrl &authority, const QString &scope, AzureAccessToken &out,
                               QString &error, const std::atomic_bool *cancel, int timeoutMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // application/x-www-form-urlencoded, each value percent-encoded whole:
    // a secret's '+', '&' or '=' reaches the authority as written.
    QByteArray body;
    const auto field = [&body](const char *name, const QString &text) {
        body +=
            (body.isEmpty() ? "" : "&") + QByteArray(name) + '=' + QUrl::toPercentEncoding(text);
    };
    field("grant_type", QStringLiteral("client_credentials"));
    field("client_id", credentials.clientId);
    field("client_secret", credentials.secret);
    field("scope", scope);
    const QUrl url =
        authority.resolved(QUrl(QString::fromLatin1(QUrl::toPercentEncoding(credentials.tenant)) +
                                QStringLiteral("/oauth2/v2.0/token")));
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
        error = tr("no Azure access token for application %1: %2")
                    .arg(credentials.clientId, answer.error);
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status != 200) {
        // {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client
        // secret provided. ...\r\nTrace ID: ..."}: its first line names the fault.
        const QString code = json.value(QStringLiteral("error")).toString();
        const QString text = json.value(QStringLiteral("error_description"))
                                 .toString()
                                 .section(QLatin1Char('\r'), 0, 0);
        error = tr("Azure refused an access token for application %1 of tenant %2 (HTTP %3%4) "
                   "at %5: check azure_client_id, azure_secret and azure_tenant")
                    .arg(credentials.clientId, credentials.tenant)
                    .arg(answer.status)
                    .arg(code.isEmpty()
                             ? QString()
                             : QStringLiteral(": ") + code +
                                   (text.isEmpty() ? QString() : QStringLiteral(", ") + text),
                         url.host());
        return false;
    }
    out.value = json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QJsonValue lifetime = json.value(QStringLiteral("expires_in"));
    out.expires =
        now.addSecs(lifetime.isString() ? lifetime.toString().toInt() : lifetime.toInt(3599));
    if (out.value.isEmpty()) {
        error = tr("the answer of %1 has no access_token").arg(url.host());
        return false;
    }
    return true;
}

} // namespace hive
