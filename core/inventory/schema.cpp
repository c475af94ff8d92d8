#include "inventory/schema.h"

#include <algorithm>

namespace hive {

namespace {

using S = AttributeScope;
using K = ValueKind;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

AttributeSpec attr(S scope, const char *name, K kind, const char *en, const char *ja,
                   const char *def = "", bool required = false, QStringList providers = {},
                   QStringList allowed = {})
{
    AttributeSpec a{
        scope, s(name), kind, std::move(allowed), s(def), required, std::move(providers),
        s(en), s(ja),   false};
    return a;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << s(i);
    return out;
}

// Short names of the attributes for forms and listings, English and
// Japanese (the key stays beside them).
struct Title
{
    AttributeScope scope;
    const char *name;
    const char *en;
    const char *ja;
};
const Title kTitles[] = {
    {S::HiveFile, "plugin", "File kind", "ファイルの種類"},
    {S::HiveFile, "name", "Hive name", "hive 名"},
    {S::HiveFile, "stages", "Stages", "ステージ"},
    {S::Stage, "provider", "Provider", "プロバイダ"},
    {S::Stage, "cidr", "Host network", "ホストのネットワーク"},
    {S::Stage, "separate_repository", "Separate repository server", "リポジトリサーバを分ける"},
    {S::Stage, "number_of_hosts", "Number of hosts", "ホスト数"},
    {S::Stage, "custom_hostname", "Host name stem", "ホスト名の語幹"},
    {S::Stage, "subnets", "Subnets", "サブネット"},
    {S::Stage, "ip_address_list", "Host addresses", "ホストのアドレス"},
    {S::Stage, "region", "Region", "リージョン"},
    {S::Stage, "az_suffix_list", "Zone suffixes", "ゾーンの接尾辞"},
    {S::Stage, "memory_size", "Memory per host (MB)", "ホストのメモリ (MB)"},
    {S::Stage, "cpus", "CPUs per host", "ホストの CPU 数"},
    {S::Stage, "disk_size", "Boot disk per host (GB)", "ホストの起動ディスク (GB)"},
    {S::Stage, "disk_encrypted", "Encrypt boot disks", "起動ディスクを暗号化"},
    {S::Stage, "instance_type", "Instance type", "インスタンスタイプ"},
    {S::Stage, "mirrored_disk_size", "Mirrored disk (GB)", "複製ディスク (GB)"},
    {S::Stage, "mirrored_disk_encrypted", "Encrypt mirrored disks", "複製ディスクを暗号化"},
    {S::Stage, "repository_memory_size", "Repository server memory (MB)",
     "リポジトリサーバのメモリ (MB)"},
    {S::Stage, "repository_cpus", "Repository server CPUs", "リポジトリサーバの CPU 数"},
    {S::Stage, "repository_disk_size", "Repository server disk (GB)",
     "リポジトリサーバのディスク (GB)"},
    {S::Stage, "repository_disk_encrypted", "Encrypt repository server disk",
     "リポジトリサーバのディスクを暗号化"},
    {S::Stage, "repository_instance_type", "Repository server instance type",
     "リポジトリサーバのインスタンスタイプ"},
    {S::Stage, "root_password", "Root password", "root パスワード"},
    {S::Stage, "host_keys", "Host key fingerprints", "ホスト鍵のフィンガープリント"},
    {S::Stage, "internal_cidr", "Docker's internal addresses", "Docker 内部のアドレス"},
    {S::Stage, "data_path_port", "Overlay data port", "オーバレイ通信のポート"},
    {S::Stage, "internal_cidr_v6", "Docker's internal IPv6 addresses",
     "Docker 内部の IPv6 アドレス"},
    {S::Stage, "nameservers", "DNS servers", "DNS サーバ"},
    {S::Stage, "kickstart_config", "Kickstart settings", "kickstart の設定"},
    {S::Stage, "bridge", "New bridge", "作成するブリッジ"},
    {S::Stage, "dev", "Existing bridge", "既存のブリッジ"},
    {S::Stage, "vagrant_proxy", "Proxy of the VMs", "仮想マシンのプロキシ"},
    {S::Stage, "kernel_version", "Kernel version", "カーネルのバージョン"},
    {S::Stage, "drbd_download_url", "DRBD download URL", "DRBD のダウンロード URL"},
    {S::Stage, "kms_key_id", "KMS key", "KMS キー"},
    {S::Stage, "image_name", "Host image", "ホストのイメージ"},
    {S::Stage, "prepared_resource_group", "Azure resource group", "Azure のリソースグループ"},
    {S::Stage, "not_support_az", "No availability zones", "アベイラビリティゾーンなし"},
    {S::Stage, "filestore_cidr", "Filestore addresses", "Filestore のアドレス"},
    {S::Stage, "shared_repository", "Shared repository server", "共有するリポジトリサーバ"},
    {S::Subnet, "cidr", "Subnet network", "サブネットのネットワーク"},
    {S::Subnet, "name", "Subnet name", "サブネット名"},
    {S::Subnet, "available_zone", "Availability zone", "アベイラビリティゾーン"},
    {S::ServicesFile, "plugin", "File kind", "ファイルの種類"},
    {S::ServicesFile, "services", "Services", "サービス"},
    {S::ServicesFile, "networks", "Networks", "ネットワーク"},
    {S::ServicesFile, "available_on", "Stages", "ステージ"},
    {S::Service, "available_on", "Stages", "ステージ"},
    {S::Service, "backup_scripts", "Backup scripts", "バックアップスクリプト"},
    {S::Service, "cap_add", "Add capabilities", "追加するケーパビリティ"},
    {S::Service, "cap_drop", "Drop capabilities", "削除するケーパビリティ"},
    {S::Service, "command", "Command", "コマンド"},
    {S::Service, "cpu_limit", "CPU limit", "CPU の上限"},
    {S::Service, "dns", "DNS server", "DNS サーバ"},
    {S::Service, "endpoint_mode", "Endpoint mode", "エンドポイントモード"},
    {S::Service, "entrypoint", "Entrypoint", "エントリポイント"},
    {S::Service, "environment", "Environment", "環境変数"},
    {S::Service, "healthcheck", "Health check", "ヘルスチェック"},
    {S::Service, "hosts", "Extra hosts", "追加の hosts"},
    {S::Service, "ignore_error", "Ignored errors", "無視するエラー"},
    {S::Service, "image", "Image", "イメージ"},
    {S::Service, "initialize_roles", "Initialize roles", "初期化の role"},
    {S::Service, "labels", "Labels", "ラベル"},
    {S::Service, "logging", "Logging", "ログ出力"},
    {S::Service, "mem_limit", "Memory limit", "メモリの上限"},
    {S::Service, "mode", "Mode", "モード"},
    {S::Service, "monitor_error", "Monitored errors", "監視するエラー"},
    {S::Service, "networks", "Networks", "ネットワーク"},
    {S::Service, "placement", "Placement", "配置"},
    {S::Service, "ports", "Ports", "ポート"},
    {S::Service, "replicas", "Replicas", "レプリカ数"},
    {S::Service, "restart_config", "Restart policy", "再起動ポリシー"},
    {S::Service, "standalone", "Standalone (init)", "スタンドアロン (init)"},
    {S::Service, "stop_grace_period", "Stop grace period", "停止の猶予時間"},
    {S::Service, "sysctls", "Kernel parameters", "カーネルパラメータ"},
    {S::Service, "user", "User", "ユーザ"},
    {S::Service, "volumes", "Volumes", "ボリューム"},
    {S::Service, "working_dir", "Working directory", "作業ディレクトリ"},
    {S::Image, "from", "Base image", "ベースイメージ"},
    {S::Image, "roles", "Build roles", "ビルドの role"},
    {S::Image, "env", "Environment", "環境変数"},
    {S::Image, "stop_signal", "Stop signal", "停止シグナル"},
    {S::Image, "user", "User", "ユーザ"},
    {S::Image, "working_dir", "Working directory", "作業ディレクトリ"},
    {S::Image, "standalone", "Standalone (init)", "スタンドアロン (init)"},
    {S::Image, "entrypoint", "Entrypoint", "エントリポイント"},
    {S::Image, "command", "Command", "コマンド"},
    {S::Image, "privileged", "Privileged build", "特権でビルド"},
    {S::Image, "expose", "Exposed ports", "公開するポート"},
    {S::Image, "pull_on", "Pulled on stages", "取得するステージ"},
    {S::Image, "pull_from", "Pulled image", "取得するイメージ"},
    {S::Volume, "source", "Source", "ソース"},
    {S::Volume, "target", "Mount point", "マウント先"},
    {S::Volume, "type", "Type", "種類"},
    {S::Volume, "readonly", "Read-only", "読み取り専用"},
    {S::Volume, "driver", "Driver", "ドライバ"},
    {S::Volume, "driver_opts", "Driver options", "ドライバのオプション"},
    {S::Volume, "drbd", "DRBD mirror", "DRBD 複製"},
    {S::Volume, "nfs", "NFS share", "NFS 共有"},
    {S::Drbd, "fstype", "File system", "ファイルシステム"},
    {S::Drbd, "size", "Size", "サイズ"},
    {S::Drbd, "diskless", "Diskless hosts", "ディスクレスのホスト"},
    {S::Drbd, "device_id", "Device number", "デバイス番号"},
    {S::Drbd, "available_on", "Stages", "ステージ"},
    {S::Nfs, "size", "Size", "サイズ"},
    {S::Nfs, "available_on", "Stages", "ステージ"},
    {S::Port, "target_port", "Container port", "コンテナのポート"},
    {S::Port, "published_port", "Published port", "公開ポート"},
    {S::Port, "protocol", "Protocol", "プロトコル"},
    {S::Port, "mode", "Mode", "モード"},
    {S::Network, "driver", "Driver", "ドライバ"},
    {S::Network, "ipam", "Address management", "アドレス管理"},
    {S::Network, "driver_opts", "Driver options", "ドライバのオプション"},
};

// The defaults that are words, in Japanese (en: the schema's own text).
struct WordDefault
{
    AttributeScope scope;
    const char *name;
    const char *ja;
};
const WordDefault kWordDefaults[] = {
    {S::Stage, "number_of_hosts", "separate_repository が true なら 4、false なら 3"},
    {S::Service, "available_on", "ファイルの available_on"},
    {S::Service, "command", "イメージのコマンド"},
    {S::Service, "entrypoint", "イメージのエントリポイント"},
    {S::Service, "logging", "リポジトリサーバへ fluentd で送る"},
    {S::Service, "user", "イメージのユーザ"},
    {S::Drbd, "available_on", "サービスの available_on"},
    {S::Nfs, "available_on", "サービスの available_on"},
};

QList<AttributeSpec> build()
{
    const QStringList iaas = list({"aws", "azure", "gcp", "openstack", "prepared", "kickstart"});
    const QStringList vagrantOnly = list({"vagrant"});
    const QStringList memoryProviders = list({"vagrant", "prepared", "kickstart", "docker"});
    QList<AttributeSpec> a;

    // --- hive definition file ------------------------------------------------
    a << attr(S::HiveFile, "plugin", K::Enum, "Marks the file as the hive definition",
              "このファイルが hive 定義であることを示す", "", true, {}, list({"hive_inventory"}));
    a << attr(S::HiveFile, "name", K::String,
              "Name of the hive; host names end with it (e.g. pdns)",
              "hive の名前。ホスト名の末尾になる（例: pdns）", "", true);
    a << attr(S::HiveFile, "stages", K::Map, "Stage objects keyed by private, staging, production",
              "ステージオブジェクトの辞書（private, staging, production）", "", true);

    // --- stage ---------------------------------------------------------------
    a << attr(S::Stage, "provider", K::Enum, "System that provides the hosts",
              "基盤を提供するシステム", "", true, {}, Schema::providers());
    a << attr(S::Stage, "cidr", K::Cidr, "Network address of the hosts' network",
              "ネットワークのアドレス", "", true);
    a << attr(S::Stage, "separate_repository", K::Boolean,
              "Whether the repository server is a host of its own",
              "リポジトリサーバをコンテナ収容サーバとは別に建てるか否か", "true");
    a << attr(
        S::Stage, "number_of_hosts", K::Integer, "Number of servers (ip_address_list overrides it)",
        "サーバの台数（ip_address_list があればその要素数）", "4 if separate_repository else 3");
    a << attr(S::Stage, "custom_hostname", K::String,
              "Host name stem: hosts are <prefix><stem><i>.<name>",
              "ホスト名の本体。ホストは <prefix><本体><番号>.<name> になる", "hive");
    a << attr(S::Stage, "subnets", K::List, "Subnets the hosts are spread over in turn",
              "サーバを順に割り振るサブネットのリスト");
    a << attr(S::Stage, "ip_address_list", K::IpList, "Explicit host addresses, in host order",
              "サーバの IP アドレスのリスト（サーバ順）");
    a << attr(S::Stage, "region", K::String, "Region of the IaaS where the hosts run",
              "構築先のリージョン", "", false, iaas);
    a << attr(S::Stage, "az_suffix_list", K::StringList,
              "Suffixes appended to region to name availability zones",
              "可用性ゾーン名を作るためにリージョンに付ける接尾辞のリスト", "['-a', '-b', '-c']");
    a << attr(S::Stage, "memory_size", K::IntegerOrString, "Memory of each container host (MB)",
              "コンテナ収容サーバのメモリサイズ (MB)", "", false, memoryProviders);
    a << attr(S::Stage, "cpus", K::Integer, "Virtual CPUs of each container host",
              "コンテナ収容サーバの仮想 CPU 数");
    a << attr(S::Stage, "disk_size", K::IntegerOrString, "Boot disk of each container host (GB)",
              "コンテナ収容サーバの起動ディスクのサイズ (GB)");
    a << attr(S::Stage, "disk_encrypted", K::Boolean, "Encrypt the container hosts' boot disks",
              "コンテナ収容サーバの起動ディスクを暗号化する");
    a << attr(S::Stage, "instance_type", K::String, "Instance type of the container hosts",
              "コンテナ収容サーバのインスタンスタイプ", "", false, iaas);
    a << attr(S::Stage, "mirrored_disk_size", K::IntegerOrString,
              "Size of the disk mirrored by DRBD (GB)", "drbd で複製同期するディスクのサイズ (GB)");
    a << attr(S::Stage, "mirrored_disk_encrypted", K::Boolean, "Encrypt the mirrored disks",
              "複製同期用ディスクを暗号化する");
    a << attr(S::Stage, "repository_memory_size", K::IntegerOrString,
              "Memory of the repository server (MB)", "リポジトリサーバのメモリサイズ (MB)", "",
              false, vagrantOnly);
    a << attr(S::Stage, "repository_cpus", K::Integer, "Virtual CPUs of the repository server",
              "リポジトリサーバの仮想 CPU 数");
    a << attr(S::Stage, "repository_disk_size", K::IntegerOrString,
              "Boot disk of the repository server (GB)",
              "リポジトリサーバの起動ディスクのサイズ (GB)");
    a << attr(S::Stage, "repository_disk_encrypted", K::Boolean,
              "Encrypt the repository server's boot disk",
              "リポジトリサーバの起動ディスクを暗号化する");
    a << attr(S::Stage, "repository_instance_type", K::String,
              "Instance type of the repository server", "リポジトリサーバのインスタンスタイプ", "",
              false, iaas);
    AttributeSpec root = attr(S::Stage, "root_password", K::String,
                              "Root password for the first SSH login (prepared hosts)",
                              "最初に ssh でログインするための root のパスワード");
    root.secret = true;
    a << root;
    a << attr(
        S::Stage, "host_keys", K::Map,
        "SSH host key fingerprints (SHA256:…) of prepared hosts, by address: build-infra "
        "checks them before it sends anything there",
        "用意されたホストの SSH ホスト鍵のフィンガープリント (SHA256:…)。アドレスごとに指定し、"
        "build-infra が何かを送る前に照合する",
        "", false, list({"prepared"}));
    a << attr(S::Stage, "internal_cidr", K::Cidr, "Address range Docker uses inside the hosts",
              "docker が内部で使用するネットワークのアドレス", "172.31.252.0/22");
    a << attr(S::Stage, "data_path_port", K::Integer,
              "UDP port of the overlay traffic between hosts; set 8472 where VMware NSX or the "
              "network's own VXLAN takes 4789 (services on different hosts cannot talk)",
              "ホスト間のオーバレイ通信の UDP ポート。VMware NSX やネットワーク機器の VXLAN が "
              "4789 を使う場合（異なるホストのサービス間で通信できない場合）は 8472 を指定する",
              "4789");
    a << attr(S::Stage, "internal_cidr_v6", K::Cidr,
              "IPv6 address range Docker uses inside the hosts",
              "docker が内部で使用する IPv6 ネットワークのアドレス");
    a << attr(S::Stage, "nameservers", K::IpList, "DNS servers of kickstarted hosts",
              "kickstart プロバイダでの DNS サーバの IP アドレス", "", false, list({"kickstart"}));
    a << attr(S::Stage, "kickstart_config", K::Map, "Install media settings for kickstart",
              "kickstart でのインストール媒体の設定", "", false, list({"kickstart"}));
    a << attr(S::Stage, "bridge", K::String, "Create a bridge of this name to the outside network",
              "外部ネットワークへ接続する仮想ブリッジをこの名前で生成する", "", false, vagrantOnly);
    a << attr(S::Stage, "dev", K::String, "Connect to this existing bridge (libvirt)",
              "この名前の既設の仮想ブリッジに接続する (libvirt)", "", false, vagrantOnly);
    a << attr(S::Stage, "vagrant_proxy", K::String,
              "HTTP proxy the virtual machines use (with the vagrant-proxyconf plugin)",
              "仮想マシンが使用する HTTP プロキシ (vagrant-proxyconf プラグインが必要)", "", false,
              vagrantOnly);
    a << attr(S::Stage, "kernel_version", K::Any, "Kernel version to install on the hosts",
              "サーバにインストールするカーネルのバージョン");
    a << attr(S::Stage, "drbd_download_url", K::String, "Where to download DRBD packages from",
              "DRBD パッケージのダウンロード元 URL");
    a << attr(S::Stage, "kms_key_id", K::String, "KMS key for encrypted disks",
              "暗号化ディスクに使用する KMS キー");
    a << attr(S::Stage, "image_name", K::String, "Source VM image of the hosts",
              "サーバの元となる VM イメージ");
    a << attr(S::Stage, "prepared_resource_group", K::Boolean,
              "The resource group (the hive's name) was made beforehand: not made nor deleted",
              "リソースグループ（ハイブ名）は作成済み：作成も削除もしない", "", false,
              list({"azure"}));
    a << attr(S::Stage, "not_support_az", K::Boolean, "The Azure region has no availability zones",
              "Azure リージョンが可用性ゾーンをサポートしない", "", false, list({"azure"}));
    a << attr(S::Stage, "filestore_cidr", K::Cidr, "Address range of the GCP Filestore",
              "GCP Filestore のアドレス範囲");
    a << attr(S::Stage, "shared_repository", K::Any,
              "Share the repository server of another hive (needs separate_repository)",
              "他の hive のリポジトリサーバを共有する（separate_repository が必要）");

    // --- subnet --------------------------------------------------------------
    a << attr(S::Subnet, "cidr", K::Cidr, "Network address of the subnet", "サブネットのアドレス",
              "", true);
    a << attr(S::Subnet, "name", K::String, "Name of the subnet", "サブネットの名前",
              "<prefix>subnet<index>");
    // Azure's zones are integers (1, 2, 3); hive-builder takes either.
    a << attr(S::Subnet, "available_zone", K::IntegerOrString, "Availability zone of the subnet",
              "サブネットの可用性ゾーン");

    // --- services file -------------------------------------------------------
    a << attr(S::ServicesFile, "plugin", K::Enum, "Marks the file as service definitions",
              "このファイルがサービス定義であることを示す", "", true, {}, list({"hive_services"}));
    a << attr(S::ServicesFile, "services", K::Map, "Service definitions keyed by service name",
              "サービス名をキーとしたサービス定義", "", true);
    a << attr(S::ServicesFile, "networks", K::Map, "Overlay networks keyed by name",
              "ネットワーク名をキーとしたオーバーレイネットワーク定義");
    a << attr(S::ServicesFile, "available_on", K::StageList, "Stages the file's services exist on",
              "このファイルのサービスが有効になるステージ", "[production, staging, private]");

    // --- service -------------------------------------------------------------
    a << attr(S::Service, "available_on", K::StageList, "Stages the service exists on",
              "サービスが有効になるステージ", "the file's available_on");
    a << attr(S::Service, "backup_scripts", K::List, "Backup, restore and nightly batch scripts",
              "バックアップ、リストア、夜間バッチのスクリプト", "[]");
    a << attr(S::Service, "cap_add", K::StringList, "Linux capabilities to add",
              "追加する Linux ケーパビリティ");
    a << attr(S::Service, "cap_drop", K::StringList, "Linux capabilities to drop",
              "削除する Linux ケーパビリティ");
    a << attr(S::Service, "command", K::StringOrList, "Arguments given to the entrypoint",
              "entrypoint に与えられる引数", "the image's command");
    a << attr(S::Service, "cpu_limit", K::Number, "CPU limit of each task", "タスクの CPU 上限");
    a << attr(S::Service, "dns", K::StringOrList, "DNS server used inside the service",
              "サービス内で使用する DNS サーバのアドレス");
    a << attr(S::Service, "endpoint_mode", K::Enum,
              "Endpoint mode (docker service --endpoint-mode)", "エンドポイント・モード", "vip",
              false, {}, list({"vip", "dnsrr"}));
    a << attr(S::Service, "entrypoint", K::StringOrList, "Command run when the service starts",
              "サービスの起動時に実行されるコマンド", "the image's entrypoint");
    a << attr(S::Service, "environment", K::MapOrList, "Environment variables of the service",
              "サービス実行時の環境変数", "{}");
    a << attr(S::Service, "healthcheck", K::Map, "Health check of the containers",
              "コンテナのヘルスチェック");
    a << attr(S::Service, "hosts", K::Map, "Extra /etc/hosts entries (name: address)",
              "/etc/hosts に追加するホスト名と IP アドレス", "{}");
    a << attr(S::Service, "ignore_error", K::StringList, "Log error patterns to ignore (regex)",
              "無視するエラーメッセージの正規表現", "[]");
    a << attr(S::Service, "image", K::ImageSpec, "Image tag, or how to build the image",
              "イメージのタグ、またはビルド方法", "", false);
    a << attr(S::Service, "initialize_roles", K::StringList, "Roles run by initialize-services",
              "initialize-services で適用する role のリスト", "[]");
    a << attr(S::Service, "labels", K::Map, "Labels of the service", "サービスに付与するラベル",
              "{}");
    a << attr(S::Service, "logging", K::Map, "Log driver and options",
              "ログ出力方法（driver と options）", "fluentd to the repository server");
    a << attr(S::Service, "mem_limit", K::IntegerOrString, "Memory limit of each task",
              "タスクのメモリ上限");
    a << attr(S::Service, "mode", K::Enum, "Service mode", "サービス・モード", "replicated", false,
              {}, list({"replicated", "global"}));
    a << attr(S::Service, "monitor_error", K::StringList, "Log patterns reported as errors (regex)",
              "エラーとして検知するログの正規表現", "[]");
    a << attr(S::Service, "networks", K::MapOrList, "Networks the service joins",
              "サービスが接続するネットワーク");
    a << attr(S::Service, "placement", K::Map, "Placement constraints and preferences",
              "配置の制約 (constraints) と優先 (preferences)", "{}");
    a << attr(S::Service, "ports", K::List, "Published ports, short or long syntax",
              "外部に公開するポート（短縮形または詳細形）", "[]");
    a << attr(S::Service, "replicas", K::Integer, "Number of tasks (replicated mode)",
              "コンテナの複製数（replicated モード）");
    a << attr(S::Service, "restart_config", K::Map, "Restart policy", "再起動に関する設定");
    a << attr(S::Service, "standalone", K::Boolean,
              "Run the container as a whole OS with /sbin/init",
              "スタンドアローン型（/sbin/init で起動）として実行する", "false");
    a << attr(S::Service, "stop_grace_period", K::IntegerOrString, "Time to wait before killing",
              "強制終了までの待ち時間");
    a << attr(S::Service, "sysctls", K::Map, "Kernel parameters of the containers",
              "コンテナのカーネルパラメータ");
    a << attr(S::Service, "user", K::IntegerOrString, "User that runs the service's process",
              "サービスのプロセスを実行するユーザ", "the image's user");
    a << attr(S::Service, "volumes", K::List, "Volumes mounted into the containers (long syntax)",
              "コンテナにマウントするボリューム（詳細形）", "[]");
    a << attr(S::Service, "working_dir", K::String, "Working directory of the process",
              "プロセスの作業ディレクトリ");

    // --- image build ---------------------------------------------------------
    a << attr(S::Image, "from", K::String, "Base image the build starts from",
              "ビルドのもととなるイメージのタグ", "", true);
    a << attr(S::Image, "roles", K::StringList, "Ansible roles applied during the build",
              "ビルド時に適用する role のリスト");
    a << attr(S::Image, "env", K::Map, "Environment variables added by the build",
              "ビルドで追加される環境変数");
    a << attr(S::Image, "stop_signal", K::IntegerOrString, "Signal that stops the container",
              "コンテナを終了させるシグナル", "15");
    a << attr(S::Image, "user", K::IntegerOrString, "User of the image's root process",
              "ルートプロセスを起動するユーザ", "root");
    a << attr(S::Image, "working_dir", K::String, "Working directory of the image",
              "イメージの作業ディレクトリ", "/");
    a << attr(S::Image, "standalone", K::Boolean, "Build as a standalone (init) container",
              "スタンドアローン型としてビルドする", "false");
    a << attr(S::Image, "entrypoint", K::StringOrList, "Entrypoint of the image",
              "イメージの entrypoint");
    a << attr(S::Image, "command", K::StringOrList, "Default command of the image",
              "イメージのデフォルト command", "[]");
    a << attr(S::Image, "privileged", K::Boolean, "Build with a privileged container",
              "特権コンテナでビルドする", "false");
    a << attr(S::Image, "expose", K::List, "Ports the image exposes", "イメージが公開するポート");
    a << attr(S::Image, "pull_on", K::StageList, "Stages that pull instead of building",
              "ビルドせず pull_from から取得するステージ");
    a << attr(S::Image, "pull_from", K::String,
              "Image pulled on the pull_on stages (needs pull_on)",
              "pull_on のステージで使用するイメージ（pull_on が必要）");

    // --- volume --------------------------------------------------------------
    a << attr(S::Volume, "source", K::String, "Volume name (or host path for bind)",
              "ボリューム名（bind の場合はホストのパス）", "", true);
    a << attr(S::Volume, "target", K::String, "Mount point in the container",
              "コンテナ上のマウントポイント", "", true);
    a << attr(S::Volume, "type", K::Enum, "Mount type", "マウントタイプ", "bind", false, {},
              list({"bind", "volume", "tmpfs", "npipe"}));
    a << attr(S::Volume, "readonly", K::Boolean, "Mount read-only", "読み取り専用でマウントする",
              "false");
    a << attr(S::Volume, "driver", K::String, "Driver that creates the volume (not with drbd/nfs)",
              "ボリュームを作成するドライバ（drbd, nfs とは同時に指定できない）", "local");
    a << attr(S::Volume, "driver_opts", K::Map, "Options of the volume driver",
              "ボリュームドライバのオプション", "{}");
    a << attr(S::Volume, "drbd", K::Map, "Create the volume on DRBD, mirrored over the hives",
              "drbd で複製同期するボリュームとして作成する");
    a << attr(S::Volume, "nfs", K::Map, "Create the volume on the IaaS NFS file server",
              "IaaS の NFS ファイルサーバ上に作成する");

    a << attr(S::Drbd, "fstype", K::Enum, "File system of the volume", "ファイルシステムのタイプ",
              "", true, {}, list({"xfs", "ext4"}));
    // Required, but given once for a volume that several services mount
    // (ServicesReader checks it across them).
    a << attr(S::Drbd, "size", K::IntegerOrString, "Size with a unit, e.g. 500M or 20G",
              "単位付きのサイズ（例: 500M, 20G）", "", false);
    a << attr(S::Drbd, "diskless", K::StringList, "Hosts that hold no copy of the data",
              "このボリュームを diskless とするサーバのリスト", "[]");
    a << attr(S::Drbd, "device_id", K::Integer, "DRBD minor number (1-255); allocated if omitted",
              "DRBD のデバイス番号 (1-255)。省略時は自動割り当て", "allocated");
    a << attr(S::Drbd, "available_on", K::StageList, "Stages the volume exists on",
              "ボリュームが有効になるステージ", "the service's available_on");

    a << attr(S::Nfs, "size", K::IntegerOrString, "Size of the share (Azure Files)",
              "共有のサイズ（Azure Files）");
    a << attr(S::Nfs, "available_on", K::StageList, "Stages the volume exists on",
              "ボリュームが有効になるステージ", "the service's available_on");

    // --- port (long syntax) --------------------------------------------------
    a << attr(S::Port, "target_port", K::Integer, "Port inside the container",
              "コンテナ内のポート番号", "", true);
    a << attr(S::Port, "published_port", K::Integer,
              "Port on the hosts; allocated from 61001 if omitted",
              "サーバ上のポート番号。省略時は 61001 から自動割り当て", "allocated");
    a << attr(S::Port, "protocol", K::Enum, "Protocol", "プロトコル", "tcp", false, {},
              list({"tcp", "udp", "sctp"}));
    a << attr(S::Port, "mode", K::Enum, "Routing mesh (ingress) or the host's own port",
              "ルーティングメッシュ (ingress) かホストのポート (host) か", "ingress", false, {},
              list({"ingress", "host"}));

    // --- network -------------------------------------------------------------
    a << attr(S::Network, "driver", K::String, "Network driver", "ネットワークドライバ", "overlay");
    a << attr(S::Network, "ipam", K::Map, "IP address management settings",
              "IP アドレス管理の設定");
    a << attr(S::Network, "driver_opts", K::Map, "Options of the network driver",
              "ネットワークドライバのオプション");

    // What hive-builder takes without a word although its manual asks for a
    // list of regular expressions (`ignore_error: true` in our users' files),
    // and the integers that cannot be 0.
    // The stage attributes a first hive rarely needs (each provider's
    // essentials stay in view: addresses, sizes, region, images).
    static const char *const kRarelySet[] = {"custom_hostname",
                                             "az_suffix_list",
                                             "not_support_az",
                                             "internal_cidr",
                                             "data_path_port",
                                             "internal_cidr_v6",
                                             "filestore_cidr",
                                             "kms_key_id",
                                             "disk_encrypted",
                                             "mirrored_disk_encrypted",
                                             "repository_disk_encrypted",
                                             "drbd_download_url",
                                             "kernel_version",
                                             "nameservers",
                                             "prepared_resource_group",
                                             "shared_repository",
                                             "root_password"};
    for (AttributeSpec &spec : a) {
        for (const char *name : kRarelySet)
            spec.rarelySet =
                spec.rarelySet || (spec.scope == S::Stage && spec.name == QLatin1String(name));
        if (spec.scope == S::Stage &&
            (spec.name == QLatin1String("cpus") || spec.name == QLatin1String("repository_cpus") ||
             spec.name == QLatin1String("number_of_hosts")))
            spec.minimum = 1;
        if (spec.scope == S::Service && (spec.name == QLatin1String("ignore_error") ||
                                         spec.name == QLatin1String("monitor_error")))
            spec.toleratedByHiveBuilder = true;
        for (const WordDefault &d : kWordDefaults) {
            if (d.scope == spec.scope && spec.name == QLatin1String(d.name))
                spec.defaultValueJa = QString::fromUtf8(d.ja);
        }
        for (const Title &t : kTitles) {
            if (t.scope == spec.scope && spec.name == QLatin1String(t.name)) {
                spec.titleEn = QString::fromUtf8(t.en);
                spec.titleJa = QString::fromUtf8(t.ja);
            }
        }
    }
    return a;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            cur[size_t(j)] =
                std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

} // namespace

const QList<AttributeSpec> &Schema::all()
{
    static const QList<AttributeSpec> table = build();
    return table;
}

QList<AttributeSpec> Schema::attributes(AttributeScope scope)
{
    QList<AttributeSpec> out;
    for (const AttributeSpec &a : all()) {
        if (a.scope == scope)
            out << a;
    }
    return out;
}

const AttributeSpec *Schema::find(AttributeScope scope, const QString &name)
{
    for (const AttributeSpec &a : all()) {
        if (a.scope == scope && a.name == name)
            return &a;
    }
    return nullptr;
}

QStringList Schema::names(AttributeScope scope)
{
    QStringList out;
    for (const AttributeSpec &a : all()) {
        if (a.scope == scope)
            out << a.name;
    }
    return out;
}

QString Schema::scopeName(AttributeScope scope)
{
    switch (scope) {
    case S::HiveFile:
        return QStringLiteral("hive");
    case S::Stage:
        return QStringLiteral("stage");
    case S::Subnet:
        return QStringLiteral("subnet");
    case S::ServicesFile:
        return QStringLiteral("services-file");
    case S::Service:
        return QStringLiteral("service");
    case S::Image:
        return QStringLiteral("image");
    case S::Volume:
        return QStringLiteral("volume");
    case S::Drbd:
        return QStringLiteral("drbd");
    case S::Nfs:
        return QStringLiteral("nfs");
    case S::Port:
        return QStringLiteral("port");
    case S::Network:
        return QStringLiteral("network");
    }
    return {};
}

bool Schema::scopeFromName(const QString &name, AttributeScope &scope)
{
    for (AttributeScope candidate : {S::HiveFile, S::Stage, S::Subnet, S::ServicesFile, S::Service,
                                     S::Image, S::Volume, S::Drbd, S::Nfs, S::Port, S::Network}) {
        if (scopeName(candidate) == name) {
            scope = candidate;
            return true;
        }
    }
    return false;
}

QString Schema::kindName(ValueKind kind)
{
    switch (kind) {
    case K::Any:
        return QStringLiteral("any");
    case K::String:
        return QStringLiteral("string");
    case K::Integer:
        return QStringLiteral("integer");
    case K::Boolean:
        return QStringLiteral("boolean");
    case K::IntegerOrString:
        return QStringLiteral("integer or string");
    case K::Number:
        return QStringLiteral("number");
    case K::Enum:
        return QStringLiteral("one of");
    case K::Cidr:
        return QStringLiteral("CIDR");
    case K::StringList:
        return QStringLiteral("list of strings");
    case K::StageList:
        return QStringLiteral("list of stages");
    case K::IpList:
        return QStringLiteral("list of IP addresses");
    case K::StringOrList:
        return QStringLiteral("string or list of strings");
    case K::List:
        return QStringLiteral("list");
    case K::Map:
        return QStringLiteral("mapping");
    case K::MapOrList:
        return QStringLiteral("mapping or list");
    case K::ImageSpec:
        return QStringLiteral("tag string or build mapping");
    }
    return {};
}

const QStringList &Schema::stages()
{
    static const QStringList s = {QStringLiteral("private"), QStringLiteral("staging"),
                                  QStringLiteral("production")};
    return s;
}

const QStringList &Schema::providers()
{
    static const QStringList p = {QStringLiteral("vagrant"),   QStringLiteral("aws"),
                                  QStringLiteral("azure"),     QStringLiteral("gcp"),
                                  QStringLiteral("openstack"), QStringLiteral("prepared"),
                                  QStringLiteral("kickstart"), QStringLiteral("docker")};
    return p;
}

QString Schema::suggest(AttributeScope scope, const QString &unknown)
{
    QString best;
    int bestDistance = 3; // at most two edits away
    for (const AttributeSpec &a : all()) {
        if (a.scope != scope)
            continue;
        const int d = editDistance(unknown.toLower(), a.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = a.name;
        }
    }
    return best;
}

} // namespace hive
