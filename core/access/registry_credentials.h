#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hive {

// The registry's user and password, made once into the context dir:
// `registry_password` (as hive-builder keeps it, for the user) and
// `registry_htpasswd` (its bcrypt line, which the registry wants). The
// bcrypt line is kept while it still matches the password, so a re-run puts
// the same file on the host and reports nothing changed.
class RegistryCredentials
{
    Q_DECLARE_TR_FUNCTIONS(hive::RegistryCredentials)
public:
    enum class Outcome
    {
        Kept,
        Created, // or would be, in check mode
        Failed,
    };

    // `configuredUser`: hive_docker_login_user, when the inventory sets it.
    explicit RegistryCredentials(const QString &contextDir,
                                 const QString &configuredUser = QString());

    // hive_docker_login_user when set; else the user of the registry's
    // htpasswd (hives made before the default was hive-builder's keep
    // "admin"); else hive-builder's default, "hive" (a site it built).
    QString user() const;
    QString passwordPath() const;
    QString htpasswdPath() const;

    Outcome ensure(bool checkOnly, QString &error);
    QString password() const;    // after ensure()
    QByteArray htpasswd() const; // "hive:$2b$...\n"

    // 24 letters and digits, none that look alike (the hive's passwords).
    static QString newPassword();

private:
    QString m_dir;
    QString m_configuredUser;
};

} // namespace hive
