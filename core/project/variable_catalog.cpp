#include "project/variable_catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hive {

namespace {
using T = VariableSpec::Type;
using Sc = VariableSpec::Scope;

QString s(const char *t)
{
    return QString::fromUtf8(t);
}

VariableSpec var(const char *name, T type, Sc scope, const char *en, const char *ja,
                 const char *def = "", QStringList options = {}, bool secret = false)
{
    return VariableSpec{s(name), type, scope, std::move(options), s(def), secret, s(en), s(ja)};
}

QList<VariableSpec> build()
{
    const QStringList stages = {s("production"), s("staging"), s("private")};
    QList<VariableSpec> v;
    v << var("root_dir", T::Directory, Sc::None, "Project folder holding inventory/ and .hive/",
             "inventory/ と .hive/ を持つプロジェクトのディレクトリ", ".");
    v << var("stage", T::Enum, Sc::Global, "Stage the commands work on",
             "コマンドの対象とするステージ", "private", stages);
    v << var("inventory_path", T::Directory, Sc::Global, "Path of the inventory folder",
             "インベントリのパス", "{root_dir}/inventory");
    v << var("context_dir", T::Directory, Sc::Stage,
             "Folder for the stage's context (CA, keys, ssh_config, runs)",
             "コンテキスト（CA、鍵、ssh_config、実行記録）を保存するディレクトリ",
             "{root_dir}/.hive/{stage}");
    v << var("temp_dir", T::Directory, Sc::Stage, "Folder for temporary files",
             "一時ファイルのディレクトリ", "/var/tmp/hive");
    v << var("verbose", T::Boolean, Sc::Stage, "Print command output and debug messages",
             "詳細なログを出力する", "false");
    v << var("start_phase", T::Enum, Sc::Stage, "Phase 'hive all' starts from",
             "hive all が開始するフェーズ", "build-infra", VariableCatalog::phases());
    v << var("first_hive", T::Integer, Sc::Stage,
             "Index of the hive host the swarm is built around",
             "swarm を構築する起点となるコンテナ収容サーバの番号", "0");
    v << var("phase", T::Enum, Sc::None, "Phase being run", "実行中のフェーズ", "",
             VariableCatalog::phases());
    v << var("halt", T::Boolean, Sc::None, "Stop the hosts (build-infra -H)", "サーバを停止する",
             "false");
    v << var("destroy", T::Boolean, Sc::None, "Destroy what the phase built (-D)",
             "フェーズで構築したものを削除する", "false");
    v << var("check_mode", T::Boolean, Sc::None, "Report changes without making them (-C)",
             "変更を行わず、変更内容だけを報告する", "false");
    v << var("limit_target", T::String, Sc::None, "Limit the phase to these targets (-l)",
             "フェーズの対象を限定する");
    v << var("tags", T::String, Sc::None, "Run only steps with these tags (-T)",
             "指定したタグのステップのみ実行する");
    v << var("ssh_host", T::String, Sc::None, "Host for 'hive ssh' (-t)", "hive ssh の接続先");
    v << var("playbooks_dir", T::Directory, Sc::Global,
             "Accepted for hive-builder compatibility; not used",
             "hive-builder との互換のため受け付ける（未使用）");
    v << var("vagrant_box_name", T::String, Sc::Global, "Vagrant box of the hosts",
             "サーバの Vagrant box", "centos/7");
    v << var("aws_access_key_id", T::String, Sc::Stage, "AWS access key id",
             "AWS のアクセスキー ID");
    v << var("aws_secret_access_key", T::String, Sc::Stage, "AWS secret access key",
             "AWS のシークレットアクセスキー", "", {}, true);
    v << var("azure_client_id", T::String, Sc::Stage, "Azure application (client) id",
             "Azure アプリケーション（クライアント）ID");
    v << var("azure_secret", T::String, Sc::Stage, "Azure application secret",
             "Azure アプリケーションのシークレット", "", {}, true);
    v << var("azure_subscription_id", T::String, Sc::Stage, "Azure subscription billed",
             "課金先の Azure サブスクリプション ID");
    v << var("azure_tenant", T::String, Sc::Stage, "Azure tenant (directory) id",
             "Azure テナント（ディレクトリ）ID");
    v << var("foward_zabbix", T::Boolean, Sc::Stage,
             "Forward the Zabbix console to localhost in 'hive ssh' (-z)",
             "hive ssh で zabbix の Web コンソールを転送する", "false");
    v << var("foward_zabbix_port", T::Integer, Sc::Stage, "Local port for the Zabbix console (-Z)",
             "zabbix コンソールを転送するローカルポート", "10052");
    v << var("port_forwarding", T::String, Sc::Stage, "Extra -L forwarding for 'hive ssh'",
             "hive ssh の追加ポート転送 (-L)");
    v << var("http_proxy", T::String, Sc::Stage,
             "Proxy this machine reaches (host:port), given to the hosts while hive runs",
             "mother マシンから使うプロキシ（ホスト:ポート）。hive の実行中サーバにも転送する");
    v << var("http_proxy_port", T::Integer, Sc::Stage, "Port the hosts reach the proxy on",
             "サーバがプロキシに接続するポート", "3128");
    v << var("registry_mirror", T::String, Sc::Stage, "Docker Hub mirror for the hosts' dockerd",
             "サーバの dockerd が使う Docker Hub のミラー");
    v << var("pip_index_url", T::String, Sc::Stage, "pip index for the hosts",
             "サーバの pip が使うインデックスの URL");
    v << var("pip_trusted_host", T::String, Sc::Stage, "Host pip trusts without TLS checks",
             "pip が TLS の検証なしに信頼するホスト");
    v << var("drbd_device_map", T::Dict, Sc::Stage, "DRBD device id per volume (JSON)",
             "ボリュームごとの DRBD デバイス番号 (JSON)");
    v << var("published_port_map", T::Dict, Sc::Stage, "Published port per service port (JSON)",
             "サービスのポートごとの公開ポート番号 (JSON)");
    return v;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("hive::VariableCatalog", text);
}
} // namespace

const QStringList &VariableCatalog::phases()
{
    static const QStringList p = {
        s("build-infra"),    s("setup-hosts"),     s("build-images"),       s("build-volumes"),
        s("build-networks"), s("deploy-services"), s("initialize-services")};
    return p;
}

const QList<VariableSpec> &VariableCatalog::all()
{
    static const QList<VariableSpec> table = build();
    return table;
}

const VariableSpec *VariableCatalog::find(const QString &name)
{
    for (const VariableSpec &v : all()) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

namespace {
Value fromJson(const QJsonValue &j)
{
    switch (j.type()) {
    case QJsonValue::Bool:
        return Value::boolean(j.toBool());
    case QJsonValue::Double: {
        const double d = j.toDouble();
        if (d == double(qint64(d)))
            return Value::integer(qint64(d));
        return Value::real(d);
    }
    case QJsonValue::String:
        return Value::string(j.toString());
    case QJsonValue::Array: {
        Value out = Value::list();
        for (const QJsonValue &item : j.toArray())
            out.append(fromJson(item));
        return out;
    }
    case QJsonValue::Object: {
        Value out = Value::map();
        const QJsonObject o = j.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), fromJson(it.value()));
        return out;
    }
    default:
        return Value::null();
    }
}
} // namespace

bool VariableCatalog::convert(const VariableSpec &spec, const QString &text, Value &out,
                              QString &error)
{
    switch (spec.type) {
    case T::String:
        out = Value::string(text);
        return true;
    case T::Enum:
        if (!spec.options.contains(text)) {
            error = tr("%1 must be one of %2, not '%3'")
                        .arg(spec.name, spec.options.join(QLatin1String(", ")), text);
            return false;
        }
        out = Value::string(text);
        return true;
    case T::Boolean: {
        const QString l = text.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("1")) {
            out = Value::boolean(true);
            return true;
        }
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("0")) {
            out = Value::boolean(false);
            return true;
        }
        error = tr("%1 takes true/yes/1 or false/no/0, not '%2'").arg(spec.name, text);
        return false;
    }
    case T::Integer: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok) {
            error = tr("%1 takes an integer, not '%2'").arg(spec.name, text);
            return false;
        }
        out = Value::integer(n);
        return true;
    }
    case T::Directory: {
        QString path = text;
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!QFileInfo(path).isDir()) {
            error = tr("%1 is not a directory").arg(path);
            return false;
        }
        out = Value::string(QFileInfo(path).absoluteFilePath());
        return true;
    }
    case T::Dict: {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            error = tr("%1 takes a JSON object such as {\"web80\": 61001}").arg(spec.name);
            return false;
        }
        out = fromJson(doc.object());
        return true;
    }
    }
    return false;
}

} // namespace hive
