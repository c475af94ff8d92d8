#include "project/proxy_settings.h"

#include "inventory/hive_model.h"
#include "inventory/ipv4_network.h"
#include "inventory/value_grammar.h"
#include "project/persistents.h"

#include <QRegularExpression>
#include <QUrl>

namespace hive {

QString ProxySettings::urlOnHosts() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(hostPort);
}

QString ProxySettings::urlAt(const QString &address) const
{
    return QStringLiteral("http://%1:%2").arg(address).arg(hostPort);
}

QList<QPair<QString, QString>>
ProxySettings::containerEnvironment(const StagePlan &stage, const QString &host,
                                    const QStringList &alsoAround) const
{
    QStringList around{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    QString address;
    for (const HostPlan &h : stage.hosts) {
        around << h.name << h.name.section(QLatin1Char('.'), 0, 0) << h.privateIp;
        if (h.name == host)
            address = h.privateIp;
    }
    around << stage.cidr << alsoAround;
    around.removeAll(QString());
    around.removeDuplicates();
    return containerEnvironment(address, around);
}

QList<QPair<QString, QString>> ProxySettings::containerEnvironment(const QString &address,
                                                                   const QStringList &noProxy) const
{
    QList<QPair<QString, QString>> out;
    if (hasProxy() && !address.isEmpty()) {
        const QString url = urlAt(address);
        const QString none = noProxy.join(QLatin1Char(','));
        for (const char *name : {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"})
            out.append({QLatin1String(name), url});
        for (const char *name : {"NO_PROXY", "no_proxy"})
            out.append({QLatin1String(name), none});
    }
    if (!pipIndexUrl.isEmpty())
        out.append({QStringLiteral("PIP_INDEX_URL"), pipIndexUrl});
    if (!pipTrustedHost.isEmpty())
        out.append({QStringLiteral("PIP_TRUSTED_HOST"), pipTrustedHost});
    return out;
}

bool ProxySettings::read(const Persistents &persistents, const QString &stage, ProxySettings &out,
                         QString &error)
{
    out = ProxySettings();
    const auto text = [&](const char *name) {
        return persistents.effective(QLatin1String(name), stage).text().trimmed();
    };
    const QString port = text("http_proxy_port");
    if (!port.isEmpty()) {
        bool ok = false;
        out.hostPort = port.toInt(&ok);
        if (!ok || out.hostPort < 1 || out.hostPort > 65535) {
            error = tr("http_proxy_port is %1: give a port number from 1 to 65535 (`hive set "
                       "http_proxy_port 3128`)")
                        .arg(port);
            return false;
        }
    }
    QString proxy = text("http_proxy");
    if (!proxy.isEmpty()) {
        // "localhost:3128", also written "http://localhost:3128/".
        proxy.remove(QRegularExpression(QStringLiteral("^https?://")));
        proxy.remove(QRegularExpression(QStringLiteral("/+$")));
        const qsizetype colon = proxy.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int n = colon > 0 ? proxy.mid(colon + 1).toInt(&ok) : 0;
        const QString host = colon > 0 ? proxy.left(colon) : proxy;
        quint32 address = 0;
        if (!ok || n < 1 || n > 65535 ||
            !(Ipv4Network::parseAddress(host, address) ||
              ValueGrammar::matches(ValueGrammar::Kind::DnsName, host))) {
            error = tr("http_proxy is %1: give the proxy as host:port, as this machine reaches it "
                       "(`hive set http_proxy localhost:3128`)")
                        .arg(text("http_proxy"));
            return false;
        }
        out.proxyHost = host;
        out.proxyPort = n;
    }
    out.registryMirror = text("registry_mirror");
    out.pipIndexUrl = text("pip_index_url");
    out.pipTrustedHost = text("pip_trusted_host");
    for (const auto &[name, value] :
         {std::pair{"registry_mirror", out.registryMirror}, {"pip_index_url", out.pipIndexUrl}}) {
        const QUrl url(value, QUrl::StrictMode);
        if (!value.isEmpty() &&
            (!url.isValid() || url.host().isEmpty() ||
             !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) ||
             value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('"')))) {
            error =
                tr("%1 is %2: give an http:// or https:// address").arg(QLatin1String(name), value);
            return false;
        }
    }
    if (!out.pipTrustedHost.isEmpty() &&
        !ValueGrammar::matches(ValueGrammar::Kind::DnsName, out.pipTrustedHost)) {
        error = tr("pip_trusted_host is %1: give a host name").arg(out.pipTrustedHost);
        return false;
    }
    return true;
}

} // namespace hive
