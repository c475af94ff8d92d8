#include "cloud/gcp_service_account.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace hive {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

bool GcpServiceAccount::read(const QString &path, GcpServiceAccount &out, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        error = tr("%1: not a service account key (JSON: %2 at byte %3)")
                    .arg(path, parse.errorString())
                    .arg(parse.offset);
        return false;
    }
    const QJsonObject key = doc.object();
    const QString type = key.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("service_account")) {
        error = tr("%1: 'type' is '%2', not 'service_account': download a service account's "
                   "key (IAM, Service accounts, Keys, JSON)")
                    .arg(path, type);
        return false;
    }
    out = GcpServiceAccount{};
    out.file = path;
    out.projectId = key.value(QStringLiteral("project_id")).toString();
    out.clientEmail = key.value(QStringLiteral("client_email")).toString();
    out.tokenUri = key.value(QStringLiteral("token_uri")).toString();
    out.privateKeyId = key.value(QStringLiteral("private_key_id")).toString();
    out.privateKeyPem = key.value(QStringLiteral("private_key")).toString().toUtf8();
    if (out.tokenUri.isEmpty())
        out.tokenUri = QStringLiteral("https://oauth2.googleapis.com/token");
    for (const auto &[name, value] :
         {std::pair{"project_id", &out.projectId}, std::pair{"client_email", &out.clientEmail}}) {
        if (value->isEmpty()) {
            error = tr("%1: '%2' is missing").arg(path, QLatin1String(name));
            return false;
        }
    }
    if (!out.privateKeyPem.contains("PRIVATE KEY")) {
        error = tr("%1: 'private_key' is missing or is not a PEM private key").arg(path);
        return false;
    }
    return true;
}

bool GcpServiceAccount::find(const QString &projectRoot, GcpServiceAccount &out, QString &from,
                             QString &error)
{
    const QString own = QDir(projectRoot).absoluteFilePath(QLatin1String(kFileName));
    if (QFile::exists(own)) {
        from = own;
        return read(own, out, error);
    }
    const QString named = qEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS");
    if (!named.isEmpty()) {
        from = tr("%1 (GOOGLE_APPLICATION_CREDENTIALS)").arg(named);
        return read(named, out, error);
    }
    error = tr("no GCP service account key: put it in %1 (as hive-builder reads it), or name "
               "its file in GOOGLE_APPLICATION_CREDENTIALS")
                .arg(own);
    return false;
}

QString GcpServiceAccount::exposure(const QString &path)
{
    const QString &file = path;
    const QFile::Permissions open =
        QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
    if (!QFile::exists(file) || !(QFile::permissions(file) & open))
        return {};
    return tr("%1 can be read by others than its owner: it is a secret key (chmod 600 %1, and "
              "keep it out of version control)")
        .arg(file);
}

QByteArray GcpServiceAccount::assertion(const QString &scope, const QDateTime &now,
                                        QString &error) const
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!privateKeyId.isEmpty())
        header.insert(QStringLiteral("kid"), privateKeyId);
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), clientEmail},
                             {QStringLiteral("scope"), scope},
                             {QStringLiteral("aud"), tokenUri},
                             {QStringLiteral("iat"), issued},
                             {QStringLiteral("exp"), issued + 3600}};
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())), BIO_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr,
        EVP_PKEY_free);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        error = tr("the service account's private key is not an RSA key OpenSSL can read");
        return {};
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          EVP_MD_CTX_free);
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, input, size_t(signingInput.size())) != 1) {
        error = tr("the service account's private key cannot sign");
        return {};
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       input, size_t(signingInput.size())) != 1) {
        error = tr("the service account's private key cannot sign");
        return {};
    }
    signature.resize(qsizetype(length));
    return signingInput + '.' + base64Url(signature);
}

} // namespace hive
