#include "cloud/aws_signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <algorithm>

namespace hive {

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Header values as SigV4 wants them: trimmed, runs of spaces made one.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}

bool hasHeader(const AwsSignature::Request &r, const QByteArray &name)
{
    return std::any_of(r.headers.cbegin(), r.headers.cend(),
                       [&](const auto &h) { return h.first.toLower() == name; });
}

} // namespace

QByteArray AwsSignature::uriEncode(const QByteArray &text, bool keepSlash)
{
    QByteArray out;
    out.reserve(text.size() * 3);
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray AwsSignature::canonicalRequest(const Request &request, QByteArray &signedHeaders)
{
    QByteArray path = request.url.path(QUrl::FullyDecoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    // The query's pairs, each part encoded, sorted by name then value.
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[name, value] : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
        query.append({uriEncode(name.toUtf8(), false), uriEncode(value.toUtf8(), false)});
    std::sort(query.begin(), query.end());
    QByteArray canonicalQuery;
    for (const auto &[name, value] : std::as_const(query)) {
        if (!canonicalQuery.isEmpty())
            canonicalQuery += '&';
        canonicalQuery += name + '=' + value;
    }
    // Every header but those a proxy may change, by lower-case name.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "user-agent" || lower == "expect" || lower == "x-amzn-trace-id" ||
            lower == "authorization")
            continue;
        headers.append({lower, canonicalValue(value)});
    }
    std::stable_sort(headers.begin(), headers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    signedHeaders.clear();
    for (int i = 0; i < headers.size(); ++i) {
        // Repeated names: one line, the values joined by commas.
        if (i > 0 && headers.at(i).first == headers.at(i - 1).first) {
            canonicalHeaders.chop(1);
            canonicalHeaders += ',' + headers.at(i).second + '\n';
            continue;
        }
        canonicalHeaders += headers.at(i).first + ':' + headers.at(i).second + '\n';
        if (!signedHeaders.isEmpty())
            signedHeaders += ';';
        signedHeaders += headers.at(i).first;
    }
    return request.method + '\n' + uriEncode(path, true) + '\n' + canonicalQuery + '\n' +
           canonicalHeaders + '\n' + signedHeaders + '\n' + sha256Hex(request.body);
}

void AwsSignature::sign(Request &request, const AwsCredentials &credentials, const QString &region,
                        const QString &service, const QDateTime &nowUtc)
{
    const QDateTime utc = nowUtc.toUTC();
    const QByteArray amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray day = amzDate.left(8);
    if (!hasHeader(request, "host")) {
        // The port only when it is not the scheme's own, as the SDKs write it.
        QByteArray host = request.url.host().toUtf8();
        const int port = request.url.port();
        const bool usual = (port == 443 && request.url.scheme() == QLatin1String("https")) ||
                           (port == 80 && request.url.scheme() == QLatin1String("http"));
        if (port != -1 && !usual)
            host += ':' + QByteArray::number(port);
        request.headers.append(qMakePair(QByteArray("Host"), host));
    }
    request.headers.append(qMakePair(QByteArray("X-Amz-Date"), amzDate));
    if (!credentials.sessionToken.isEmpty())
        request.headers.append(
            qMakePair(QByteArray("X-Amz-Security-Token"), credentials.sessionToken.toUtf8()));

    QByteArray signedHeaders;
    const QByteArray canonical = canonicalRequest(request, signedHeaders);
    const QByteArray scope = day + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    const QByteArray toSign =
        "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(canonical);
    QByteArray key = hmac("AWS4" + credentials.secretAccessKey.toUtf8(), day);
    key = hmac(key, region.toUtf8());
    key = hmac(key, service.toUtf8());
    key = hmac(key, "aws4_request");
    const QByteArray signature = hmac(key, toSign).toHex();
    request.headers.append(
        {"Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' +
                              scope + ", SignedHeaders=" + signedHeaders +
                              ", Signature=" + signature});
}

} // namespace hive
