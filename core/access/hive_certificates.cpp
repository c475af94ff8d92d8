#include "access/hive_certificates.h"

#include "project/context_file.h"

#include <QFile>
#include <QHostAddress>
#include <QSet>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hive {

namespace {
constexpr int kRenewDays = 30;
constexpr long kCaDays = 3650;
constexpr long kLeafDays = 1825;

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;
using Bio = std::unique_ptr<BIO, Free>;

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    char buf[256] = {};
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Cert loadCert(const QString &path)
{
    const QByteArray pem = readFile(path);
    if (pem.isEmpty())
        return nullptr;
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Key loadKey(const QString &path)
{
    const QByteArray pem = readFile(path);
    if (pem.isEmpty())
        return nullptr;
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray certPem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(n));
}

QByteArray keyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(n));
}

bool validLongEnough(X509 *cert)
{
    time_t soon = time(nullptr) + kRenewDays * 86400;
    return X509_cmp_time(X509_get0_notAfter(cert), &soon) > 0;
}

QSet<QString> subjectAltNames(X509 *cert)
{
    QSet<QString> names;
    std::unique_ptr<GENERAL_NAMES, Free> sans(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!sans)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(sans.get()); ++i) {
        const GENERAL_NAME *n = sk_GENERAL_NAME_value(sans.get(), i);
        if (n->type == GEN_DNS) {
            names << QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(n->d.dNSName)),
                ASN1_STRING_length(n->d.dNSName));
        } else if (n->type == GEN_IPADD && ASN1_STRING_length(n->d.iPAddress) == 4) {
            const unsigned char *a = ASN1_STRING_get0_data(n->d.iPAddress);
            names << QHostAddress(quint32(a[0]) << 24 | quint32(a[1]) << 16 | quint32(a[2]) << 8 |
                                  quint32(a[3]))
                         .toString();
        }
    }
    return names;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.toLatin1().constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A new certificate for `key`, signed by issuer/issuerKey (itself when null).
Cert makeCert(EVP_PKEY *key, const QString &commonName, X509 *issuer, EVP_PKEY *issuerKey,
              long days, const QList<QPair<int, QString>> &extensions, QString &error)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("hive"), -1, -1, 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    for (const auto &[nid, value] : extensions) {
        if (!addExtension(cert.get(), signer, nid, value)) {
            error = opensslError();
            return nullptr;
        }
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0) {
        error = opensslError();
        return nullptr;
    }
    return cert;
}

bool writePrivate(const QString &path, const QByteArray &data, QString &error)
{
    bool changed = false;
    return ContextFile::writeIfChanged(path, data, changed, error);
}
} // namespace

HiveCertificates::HiveCertificates(const QString &contextDir)
    : m_dir(contextDir + QStringLiteral("/tls"))
{}

QString HiveCertificates::caCertPath() const
{
    return m_dir + QStringLiteral("/ca.pem");
}
QString HiveCertificates::caKeyPath() const
{
    return m_dir + QStringLiteral("/ca-key.pem");
}
QString HiveCertificates::hostCertPath(const QString &host) const
{
    return m_dir + QStringLiteral("/hosts/%1/cert.pem").arg(host);
}
QString HiveCertificates::hostKeyPath(const QString &host) const
{
    return m_dir + QStringLiteral("/hosts/%1/key.pem").arg(host);
}
QString HiveCertificates::clientDir() const
{
    return m_dir + QStringLiteral("/client");
}
QString HiveCertificates::adminCertPath(const QString &host) const
{
    return m_dir + QStringLiteral("/hosts/%1/admin-cert.pem").arg(host);
}
QString HiveCertificates::adminKeyPath(const QString &host) const
{
    return m_dir + QStringLiteral("/hosts/%1/admin-key.pem").arg(host);
}
QString HiveCertificates::registryCertPath() const
{
    return m_dir + QStringLiteral("/registry/cert.pem");
}
QString HiveCertificates::registryKeyPath() const
{
    return m_dir + QStringLiteral("/registry/key.pem");
}

HiveCertificates::Outcome HiveCertificates::ensureCa(const QString &hiveName, bool checkOnly,
                                                     QString &error)
{
    Cert ca = loadCert(caCertPath());
    Key key = loadKey(caKeyPath());
    if (ca && key && X509_check_private_key(ca.get(), key.get()) == 1 && validLongEnough(ca.get()))
        return Outcome::Kept;
    if (QFile::exists(caCertPath()) && !ca) {
        error = tr("%1 is not a certificate; move it away to make a new CA").arg(caCertPath());
        return Outcome::Failed;
    }
    if (checkOnly)
        return Outcome::Created;
    Key newKey(EVP_EC_gen("P-256"));
    if (!newKey) {
        error = opensslError();
        return Outcome::Failed;
    }
    Cert cert = makeCert(newKey.get(), tr("%1 hive CA").arg(hiveName), nullptr, nullptr, kCaDays,
                         {{NID_basic_constraints, QStringLiteral("critical,CA:TRUE")},
                          {NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign")},
                          {NID_subject_key_identifier, QStringLiteral("hash")}},
                         error);
    if (!cert)
        return Outcome::Failed;
    if (!writePrivate(caKeyPath(), keyPem(newKey.get()), error) ||
        !writePrivate(caCertPath(), certPem(cert.get()), error))
        return Outcome::Failed;
    return Outcome::Created;
}

namespace {
HiveCertificates::Outcome ensureLeaf(const QString &certPath, const QString &keyPath,
                                     const QString &caCert, const QString &caKey,
                                     const QString &commonName, const QStringList &names,
                                     bool server, bool checkOnly, QString &error)
{
    Cert ca = loadCert(caCert);
    Key caPrivate = loadKey(caKey);
    Cert cert = loadCert(certPath);
    Key key = loadKey(keyPath);
    const QSet<QString> wanted(names.begin(), names.end());
    // One use each: a server certificate that also passes as a client (as
    // those of earlier versions did) would let a host broken into drive
    // the other hosts' Docker; it is made again (and docker restarted, one
    // host at a time).
    const uint32_t usage = server ? XKU_SSL_SERVER : XKU_SSL_CLIENT;
    if (ca && cert && key && X509_check_private_key(cert.get(), key.get()) == 1 &&
        X509_verify(cert.get(), X509_get0_pubkey(ca.get())) == 1 && validLongEnough(cert.get()) &&
        subjectAltNames(cert.get()) == wanted && X509_get_extended_key_usage(cert.get()) == usage)
        return HiveCertificates::Outcome::Kept;
    if (checkOnly)
        return HiveCertificates::Outcome::Created;
    if (!ca || !caPrivate) {
        error = HiveCertificates::tr("the hive CA (%1) is missing or unreadable").arg(caCert);
        return HiveCertificates::Outcome::Failed;
    }
    Key newKey(EVP_EC_gen("P-256"));
    QStringList sans;
    for (const QString &n : names)
        sans << (QHostAddress(n).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + n;
    QList<QPair<int, QString>> ext = {
        {NID_basic_constraints, QStringLiteral("critical,CA:FALSE")},
        {NID_key_usage, QStringLiteral("critical,digitalSignature,keyEncipherment")},
        {NID_ext_key_usage, server ? QStringLiteral("serverAuth") : QStringLiteral("clientAuth")},
        {NID_authority_key_identifier, QStringLiteral("keyid")}};
    if (!sans.isEmpty())
        ext << qMakePair(int(NID_subject_alt_name), sans.join(QLatin1Char(',')));
    Cert made =
        makeCert(newKey.get(), commonName, ca.get(), caPrivate.get(), kLeafDays, ext, error);
    if (!made)
        return HiveCertificates::Outcome::Failed;
    if (!writePrivate(keyPath, keyPem(newKey.get()), error) ||
        !writePrivate(certPath, certPem(made.get()), error))
        return HiveCertificates::Outcome::Failed;
    return HiveCertificates::Outcome::Created;
}
} // namespace

HiveCertificates::Outcome HiveCertificates::ensureHost(const QString &host,
                                                       const QStringList &names, bool checkOnly,
                                                       QString &error)
{
    return ensureLeaf(hostCertPath(host), hostKeyPath(host), caCertPath(), caKeyPath(), host, names,
                      true, checkOnly, error);
}

HiveCertificates::Outcome HiveCertificates::ensureAdminClient(const QString &host,
                                                              const QString &adminUser,
                                                              bool checkOnly, QString &error)
{
    return ensureLeaf(adminCertPath(host), adminKeyPath(host), caCertPath(), caKeyPath(),
                      adminUser + QLatin1Char('@') + host, {}, false, checkOnly, error);
}

HiveCertificates::Outcome HiveCertificates::ensureRegistry(const QStringList &names, bool checkOnly,
                                                           QString &error)
{
    return ensureLeaf(registryCertPath(), registryKeyPath(), caCertPath(), caKeyPath(),
                      QStringLiteral("registry"), names, true, checkOnly, error);
}

HiveCertificates::Outcome HiveCertificates::ensureClient(const QString &commonName, bool checkOnly,
                                                         QString &error)
{
    const QString dir = clientDir();
    const Outcome leaf =
        ensureLeaf(dir + QStringLiteral("/cert.pem"), dir + QStringLiteral("/key.pem"),
                   caCertPath(), caKeyPath(), commonName, {}, false, checkOnly, error);
    if (leaf == Outcome::Failed)
        return leaf;
    // DOCKER_CERT_PATH wants the CA next to the client pair.
    const QByteArray ca = readFile(caCertPath());
    if (readFile(dir + QStringLiteral("/ca.pem")) == ca)
        return leaf;
    if (checkOnly)
        return Outcome::Created;
    return writePrivate(dir + QStringLiteral("/ca.pem"), ca, error) ? Outcome::Created
                                                                    : Outcome::Failed;
}

} // namespace hive
