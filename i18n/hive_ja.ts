<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>hive</name>
    <message>
        <source>%1 exists already; it was left as it is</source>
        <translation>%1 は既にあります（変更していません）</translation>
    </message>
</context>
<context>
    <name>hive::AnsiblePlaybook</name>
    <message>
        <source>%1 needs ansible-playbook (Debian: apt install ansible)</source>
        <translation>%1 には ansible-playbook が必要です（Debian: apt install ansible）</translation>
    </message>
    <message>
        <source>cancelled while applying %1</source>
        <translation>%1 の適用中に中止しました</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%2 で %1 が失敗しました</translation>
    </message>
    <message>
        <source>ansible-playbook ended (exit %1) without a result for %2: %3</source>
        <translation>ansible-playbook が %2 の結果なしで終了しました（終了コード %1）: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) ok</source>
        <translation>
            <numerusform>%1: %n 個のタスクは変更なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would change %n task(s)</source>
        <translation>
            <numerusform>%1 は %n 個のタスクを変更する予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %n task(s)</source>
        <translation>
            <numerusform>%1 は %n 個のタスクを変更しました</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before applying %1</source>
        <translation>%1 を適用する前に中止しました</translation>
    </message>
    <message>
        <source>ansible-playbook stopped (exit %1) before it was done with %2</source>
        <translation>ansible-playbook は %2 の処理を終える前に止まりました (終了コード %1)</translation>
    </message>
</context>
<context>
    <name>hive::AppliedMarker</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>cannot remove %1 on %2: %3</source>
        <translation>%2 の %1 を削除できません: %3</translation>
    </message>
    <message>
        <source>not a fingerprint: %1</source>
        <translation>フィンガープリントではありません: %1</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: %3</source>
        <translation>%2 の %1 に書き込めません: %3</translation>
    </message>
</context>
<context>
    <name>hive::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>hive::AttributeText</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 は true でも false でもありません</translation>
    </message>
    <message>
        <source>%1 is not a list like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>%1 は [&quot;a&quot;, &quot;b&quot;] のようなリストではありません</translation>
    </message>
    <message>
        <source>%1 is not valid YAML</source>
        <translation>%1 は正しい YAML ではありません</translation>
    </message>
</context>
<context>
    <name>hive::AwsAccountCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the access key ID and the secret access key.</source>
        <translation>アクセスキー ID とシークレットアクセスキーを確認してください。</translation>
    </message>
    <message>
        <source>Give the key&apos;s user the permission named above.</source>
        <translation>このキーのユーザに、上に示した権限を与えてください。</translation>
    </message>
    <message>
        <source>whose key this is (sts:GetCallerIdentity)</source>
        <translation>キーの持ち主の確認 (sts:GetCallerIdentity)</translation>
    </message>
    <message>
        <source>the zones of %1 (ec2:DescribeAvailabilityZones)</source>
        <translation>%1 のゾーンの確認 (ec2:DescribeAvailabilityZones)</translation>
    </message>
    <message>
        <source>the instance types of %1 (ec2:DescribeInstanceTypeOfferings)</source>
        <translation>%1 のインスタンスタイプの確認 (ec2:DescribeInstanceTypeOfferings)</translation>
    </message>
</context>
<context>
    <name>hive::AwsCredentialSource</name>
    <message>
        <source>hive set aws_access_key_id (stage %1)</source>
        <translation>hive set aws_access_key_id (ステージ %1)</translation>
    </message>
    <message>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>環境変数 (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>profile %1 of %2</source>
        <translation>%2 のプロファイル %1</translation>
    </message>
    <message>
        <source>no AWS access key for stage %1: run `hive -s %1 set aws_access_key_id KEY` and `hive -s %1 set aws_secret_access_key SECRET` (or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile in %2)</source>
        <translation>ステージ %1 の AWS アクセスキーがありません: `hive -s %1 set aws_access_key_id KEY` と `hive -s %1 set aws_secret_access_key SECRET` を実行してください (または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、%2 にプロファイルを書いてください)</translation>
    </message>
</context>
<context>
    <name>hive::AwsFileSystem</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>looking for EFS %1</source>
        <translation>EFS %1 の確認</translation>
    </message>
    <message numerus="yes">
        <source>would create EFS %1 with a mount target in each of %n subnet(s)</source>
        <translation>
            <numerusform>EFS %1 を作成し、%n 個のサブネットそれぞれにマウントターゲットを置きます</numerusform>
        </translation>
    </message>
    <message>
        <source>creating EFS %1</source>
        <translation>EFS %1 の作成</translation>
    </message>
    <message>
        <source>created EFS %1 (%2)</source>
        <translation>EFS %1 (%2) を作成しました</translation>
    </message>
    <message>
        <source>EFS %1</source>
        <translation>EFS %1</translation>
    </message>
    <message>
        <source>it is %1; remove it or wait until it is gone</source>
        <translation>状態が %1 です。削除するか、なくなるまで待ってください</translation>
    </message>
    <message>
        <source>still %1 after 15 minutes; run again later</source>
        <translation>15 分たっても %1 のままです。後でもう一度実行してください</translation>
    </message>
    <message>
        <source>EFS %1 is %2 (%3 s)</source>
        <translation>EFS %1 は %2 です (%3 秒)</translation>
    </message>
    <message>
        <source>waiting for EFS %1</source>
        <translation>EFS %1 の待機</translation>
    </message>
    <message>
        <source>cancelled; the next run goes on from here</source>
        <translation>取り消しました。次の実行でここから続けます</translation>
    </message>
    <message>
        <source>looking for the mount targets of %1</source>
        <translation>%1 のマウントターゲットの確認</translation>
    </message>
    <message>
        <source>would add a mount target in subnet %1</source>
        <translation>サブネット %1 にマウントターゲットを追加します</translation>
    </message>
    <message>
        <source>a mount target in subnet %1</source>
        <translation>サブネット %1 のマウントターゲット</translation>
    </message>
    <message>
        <source>the subnet was not made; run build-infra again</source>
        <translation>サブネットが作成されていません。build-infra をもう一度実行してください</translation>
    </message>
    <message>
        <source>adding a mount target in subnet %1</source>
        <translation>サブネット %1 へのマウントターゲットの追加</translation>
    </message>
    <message>
        <source>added a mount target in subnet %1</source>
        <translation>サブネット %1 にマウントターゲットを追加しました</translation>
    </message>
    <message>
        <source>mount targets of %1</source>
        <translation>%1 のマウントターゲット</translation>
    </message>
    <message>
        <source>still being made after 15 minutes; run again later</source>
        <translation>15 分たっても作成中です。後でもう一度実行してください</translation>
    </message>
    <message>
        <source>mount targets of %1 are being made (%2 s)</source>
        <translation>%1 のマウントターゲットを作成中です (%2 秒)</translation>
    </message>
    <message>
        <source>waiting for the mount targets of %1</source>
        <translation>%1 のマウントターゲットの待機</translation>
    </message>
    <message>
        <source>EFS %1 (%2) with a mount target in each subnet</source>
        <translation>EFS %1 (%2) と各サブネットのマウントターゲットは計画どおりです</translation>
    </message>
    <message>
        <source>no EFS %1</source>
        <translation>EFS %1 はありません</translation>
    </message>
    <message>
        <source>would remove mount target %1</source>
        <translation>マウントターゲット %1 を削除します</translation>
    </message>
    <message>
        <source>removed mount target %1</source>
        <translation>マウントターゲット %1 を削除しました</translation>
    </message>
    <message>
        <source>removing mount target %1</source>
        <translation>マウントターゲット %1 の削除</translation>
    </message>
    <message>
        <source>still there after 15 minutes; run -D again later</source>
        <translation>15 分たってもまだ残っています。後で -D をもう一度実行してください</translation>
    </message>
    <message>
        <source>removing the mount targets of %1</source>
        <translation>%1 のマウントターゲットの削除</translation>
    </message>
    <message>
        <source>would remove EFS %1 (%2)</source>
        <translation>EFS %1 (%2) を削除します</translation>
    </message>
    <message>
        <source>removed EFS %1 (%2)</source>
        <translation>EFS %1 (%2) を削除しました</translation>
    </message>
    <message>
        <source>removing EFS %1</source>
        <translation>EFS %1 の削除</translation>
    </message>
</context>
<context>
    <name>hive::AwsHostKeys</name>
    <message>
        <source>reading the console of %1: %2</source>
        <translation>%1 のコンソール出力の読み取り: %2</translation>
    </message>
    <message>
        <source>the console of %1 shows no SSH host keys after %2 s (the image must run cloud-init, which prints them); the host is not connected to without them</source>
        <translation>%2 秒たっても %1 のコンソール出力に SSH ホスト鍵がありません (イメージで cloud-init が動き、鍵を出力する必要があります)。鍵がないホストには接続しません</translation>
    </message>
    <message>
        <source>waiting for the host keys of %1 on its console (%2 s)</source>
        <translation>%1 のコンソールにホスト鍵が出るのを待っています (%2 秒)</translation>
    </message>
</context>
<context>
    <name>hive::AwsHttpExchange</name>
    <message>
        <source>give the key&apos;s user the permission %1:%2</source>
        <translation>このキーのユーザに権限 %1:%2 を与えてください</translation>
    </message>
</context>
<context>
    <name>hive::AwsInstance</name>
    <message>
        <source>looking for image %1: %2</source>
        <translation>イメージ %1 の確認: %2</translation>
    </message>
    <message>
        <source>no image named %1 in this region; set image_name to an AMI id</source>
        <translation>このリージョンに %1 という名前のイメージがありません。image_name に AMI ID を指定してください</translation>
    </message>
    <message>
        <source>image %1 is not in this region (AMI ids differ per region)</source>
        <translation>イメージ %1 はこのリージョンにありません (AMI ID はリージョンごとに異なります)</translation>
    </message>
    <message>
        <source>%1 instances are named %2 in project %3; terminate the extra ones</source>
        <translation>プロジェクト %3 に %2 という名前のインスタンスが %1 個あります。余分なものを終了してください</translation>
    </message>
    <message>
        <source>looking for instance %1: %2</source>
        <translation>インスタンス %1 の確認: %2</translation>
    </message>
    <message>
        <source>%1 is a %2, the stage says %3: changing the type needs a stop; it is left as it is</source>
        <translation>%1 は %2 ですが、ステージの指定は %3 です。タイプの変更には停止が必要なため、そのままにします</translation>
    </message>
    <message>
        <source>would create %1 (%2) at %3</source>
        <translation>%1 (%2) を %3 に作成します</translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation>稼働中 (%1)</translation>
    </message>
    <message>
        <source>would start %1 (%2, %3)</source>
        <translation>%1 (%2、%3) を起動します</translation>
    </message>
    <message>
        <source>creating instance %1: %2</source>
        <translation>インスタンス %1 の作成: %2</translation>
    </message>
    <message>
        <source>created %1 (%2)</source>
        <translation>%1 (%2) を作成しました</translation>
    </message>
    <message>
        <source>starting %1: %2</source>
        <translation>%1 の起動: %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 を起動しました</translation>
    </message>
    <message>
        <source>cancelled while %1 was %2; the next run finds it</source>
        <translation>%1 が %2 の間に取り消しました。次の実行で引き継ぎます</translation>
    </message>
    <message>
        <source>%1 is still %2 after 10 minutes</source>
        <translation>%1 は 10 分たっても %2 のままです</translation>
    </message>
    <message>
        <source>looking at %1: %2</source>
        <translation>%1 の確認: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1: %2 (%3 秒)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 は %2 です</translation>
    </message>
    <message>
        <source>looking for the Elastic IP of %1: %2</source>
        <translation>%1 の Elastic IP の確認: %2</translation>
    </message>
    <message>
        <source>hive_published_ip %1 of %2 is not an Elastic IP of this account in %3 (%4)</source>
        <translation>%2 の hive_published_ip %1 は、%3 にあるこのアカウントの Elastic IP ではありません (%4)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>hive_published_ip %1 is in use by %2; free it or choose another</source>
        <translation>hive_published_ip %1 は %2 が使用中です。解放するか別のアドレスを指定してください</translation>
    </message>
    <message>
        <source>allocating an Elastic IP for %1: %2</source>
        <translation>%1 の Elastic IP の割り当て: %2</translation>
    </message>
    <message>
        <source>giving %1 the Elastic IP %2: %3</source>
        <translation>%1 への Elastic IP %2 の関連付け: %3</translation>
    </message>
    <message>
        <source>Elastic IP %1</source>
        <translation>Elastic IP %1</translation>
    </message>
    <message>
        <source>running (%1) at %2</source>
        <translation>稼働中 (%1、%2)</translation>
    </message>
</context>
<context>
    <name>hive::AwsInstanceStates</name>
    <message>
        <source>asking AWS for the instances: %1</source>
        <translation>AWS へのインスタンスの問い合わせ: %1</translation>
    </message>
</context>
<context>
    <name>hive::AwsKeyPair</name>
    <message>
        <source>looking for key pair %1: %2</source>
        <translation>キーペア %1 の確認: %2</translation>
    </message>
    <message>
        <source>key pair %1 (made before; kept as it is)</source>
        <translation>キーペア %1 (以前に作成済み。そのまま使います)</translation>
    </message>
    <message>
        <source>key pair %1</source>
        <translation>キーペア %1</translation>
    </message>
    <message>
        <source>would import the hive&apos;s key again as %1 (it holds another key)</source>
        <translation>hive の鍵を %1 として取り込み直します (別の鍵が入っています)</translation>
    </message>
    <message>
        <source>replacing key pair %1: %2</source>
        <translation>キーペア %1 の置き換え: %2</translation>
    </message>
    <message>
        <source>would import the hive&apos;s key as %1</source>
        <translation>hive の鍵を %1 として取り込みます</translation>
    </message>
    <message>
        <source>importing key pair %1: %2</source>
        <translation>キーペア %1 の取り込み: %2</translation>
    </message>
    <message>
        <source>imported the hive&apos;s key as %1</source>
        <translation>hive の鍵を %1 として取り込みました</translation>
    </message>
    <message>
        <source>imported the hive&apos;s key again as %1</source>
        <translation>hive の鍵を %1 として取り込み直しました</translation>
    </message>
</context>
<context>
    <name>hive::AwsNetwork</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>%1 (予定)</translation>
    </message>
    <message>
        <source>looking for VPC %1</source>
        <translation>VPC %1 の確認</translation>
    </message>
    <message>
        <source>%1 VPCs are named %2 with cidr %3 in %4; remove the extra ones</source>
        <translation>%4 に名前 %2、CIDR %3 の VPC が %1 個あります。余分なものを削除してください</translation>
    </message>
    <message>
        <source>create VPC %1 (%2)</source>
        <translation>VPC %1 (%2) を作成</translation>
    </message>
    <message>
        <source>creating VPC %1</source>
        <translation>VPC %1 の作成</translation>
    </message>
    <message>
        <source>turning on DNS in VPC %1</source>
        <translation>VPC %1 の DNS 有効化</translation>
    </message>
    <message>
        <source>looking for the internet gateway of %1</source>
        <translation>%1 のインターネットゲートウェイの確認</translation>
    </message>
    <message>
        <source>create and attach internet gateway &quot;%1&quot;</source>
        <translation>インターネットゲートウェイ &quot;%1&quot; を作成して接続</translation>
    </message>
    <message>
        <source>creating the internet gateway</source>
        <translation>インターネットゲートウェイの作成</translation>
    </message>
    <message>
        <source>attaching internet gateway %1</source>
        <translation>インターネットゲートウェイ %1 の接続</translation>
    </message>
    <message>
        <source>looking for subnet %1</source>
        <translation>サブネット %1 の確認</translation>
    </message>
    <message>
        <source>subnet %1 (%2) is in %3, not %4: a subnet cannot move; change available_zone back, or remove the subnet and its hosts</source>
        <translation>サブネット %1 (%2) は %4 ではなく %3 にあります。サブネットは移動できません。available_zone を元に戻すか、サブネットとそのホストを削除してください</translation>
    </message>
    <message>
        <source>create subnet %1 (%2) in %3</source>
        <translation>サブネット %1 (%2) を %3 に作成</translation>
    </message>
    <message>
        <source>creating subnet %1</source>
        <translation>サブネット %1 の作成</translation>
    </message>
    <message>
        <source>looking for the route table of %1</source>
        <translation>%1 のルートテーブルの確認</translation>
    </message>
    <message>
        <source>VPC %1 has no main route table</source>
        <translation>VPC %1 にメインのルートテーブルがありません</translation>
    </message>
    <message>
        <source>route 0.0.0.0/0 of %1 to the internet gateway</source>
        <translation>%1 の 0.0.0.0/0 をインターネットゲートウェイへ向ける</translation>
    </message>
    <message>
        <source>routing %1 to the internet gateway</source>
        <translation>%1 のインターネットゲートウェイへのルート設定</translation>
    </message>
    <message>
        <source>looking for the default security group of %1</source>
        <translation>%1 の既定のセキュリティグループの確認</translation>
    </message>
    <message>
        <source>VPC %1 has no default security group</source>
        <translation>VPC %1 に既定のセキュリティグループがありません</translation>
    </message>
    <message>
        <source>all from the group</source>
        <translation>グループ内からのすべて</translation>
    </message>
    <message>
        <source>allow %1 in</source>
        <translation>%1 の受信を許可</translation>
    </message>
    <message>
        <source>opening the security group %1</source>
        <translation>セキュリティグループ %1 の許可追加</translation>
    </message>
    <message>
        <source>no longer allow %1</source>
        <translation>%1 の許可を削除</translation>
    </message>
    <message>
        <source>closing the security group %1</source>
        <translation>セキュリティグループ %1 の許可削除</translation>
    </message>
    <message>
        <source>looking at DNS in VPC %1</source>
        <translation>VPC %1 の DNS 設定の確認</translation>
    </message>
    <message>
        <source>turn on %1 in VPC %2</source>
        <translation>VPC %2 の %1 を有効にする</translation>
    </message>
    <message>
        <source>attach internet gateway %1</source>
        <translation>インターネットゲートウェイ %1 を接続</translation>
    </message>
</context>
<context>
    <name>hive::AwsProvider</name>
    <message>
        <source>no running instance</source>
        <translation>稼働中のインスタンスはありません</translation>
    </message>
    <message>
        <source>-D on AWS removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and terminate its instance in the AWS console.</source>
        <translation>AWS での -D はステージ %1 全体を削除します (ネットワークも一緒に削除されます)。-l を付けずに実行してください。ホストを 1 台だけ外すには、インベントリから削除し、AWS コンソールでそのインスタンスを終了してください。</translation>
    </message>
    <message numerus="yes">
        <source>VPC %1 (%2) with its gateway, %n subnet(s) and security group as planned</source>
        <translation>
            <numerusform>VPC %1 (%2) とゲートウェイ、%n 個のサブネット、セキュリティグループは計画どおりです</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (root device %2)</source>
        <translation>%1 (ルートデバイス %2)</translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s plan</source>
        <translation>%1 はステージの計画にありません</translation>
    </message>
    <message>
        <source>reading its SSH host keys from its console output</source>
        <translation>コンソール出力から SSH ホスト鍵を読み取っています</translation>
    </message>
</context>
<context>
    <name>hive::AwsQueryClient</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 の応答は %2 でした</translation>
    </message>
    <message>
        <source>%1 answered %2 with a document that is not XML (%3)</source>
        <translation>%1 の応答 (%2) は XML ではありません (%3)</translation>
    </message>
    <message>
        <source>%1 answered more than %2 pages</source>
        <translation>%1 の応答が %2 ページを超えました</translation>
    </message>
</context>
<context>
    <name>hive::AwsResourcePlan</name>
    <message>
        <source>stage %1: &apos;region&apos; is needed on AWS (e.g. ap-northeast-1)</source>
        <translation>ステージ %1: AWS では &apos;region&apos; が必要です (例: ap-northeast-1)</translation>
    </message>
    <message>
        <source>stage %1: encrypted disks need &apos;kms_key_id&apos; (the KMS key&apos;s id or ARN)</source>
        <translation>ステージ %1: ディスクの暗号化には &apos;kms_key_id&apos; (KMS キーの ID か ARN) が必要です</translation>
    </message>
    <message>
        <source>region %1, stage %2 of %3</source>
        <translation>リージョン %1、%3 のステージ %2</translation>
    </message>
    <message>
        <source>vpc %1 %2, internet gateway &quot;%3&quot;</source>
        <translation>VPC %1 %2、インターネットゲートウェイ &quot;%3&quot;</translation>
    </message>
    <message>
        <source>subnet %1 %2 in %3</source>
        <translation>サブネット %1 %2 (%3)</translation>
    </message>
    <message>
        <source>security group %1 (the vpc&apos;s default): %2</source>
        <translation>セキュリティグループ %1 (VPC の既定): %2</translation>
    </message>
    <message>
        <source>key pair %1</source>
        <translation>キーペア %1</translation>
    </message>
    <message>
        <source>image: the newest named %1%2</source>
        <translation>イメージ: 名前が %1 に合う最新のもの%2</translation>
    </message>
    <message>
        <source> of owner %1</source>
        <translation> (所有者 %1)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>instance %1 %2 at %3 in %4: %5%6, elastic ip %7</source>
        <translation>インスタンス %1 %2 (%3、%4): %5%6、Elastic IP %7</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>efs %1 with a mount target in each subnet</source>
        <translation>EFS %1 (サブネットごとにマウントターゲット)</translation>
    </message>
</context>
<context>
    <name>hive::AwsRestJsonClient</name>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 の応答は %2 でした</translation>
    </message>
    <message>
        <source>%1 answered %2 with a document that is not JSON (%3)</source>
        <translation>%1 の応答 (%2) は JSON ではありません (%3)</translation>
    </message>
    <message>
        <source>%1 answered more than %2 pages</source>
        <translation>%1 の応答が %2 ページを超えました</translation>
    </message>
</context>
<context>
    <name>hive::AwsTeardown</name>
    <message>
        <source>waiting for %1 (%2 s)</source>
        <translation>%1 を待っています (%2 秒)</translation>
    </message>
    <message>
        <source>%1 still changing; the next run goes on from here</source>
        <translation>%1 はまだ状態が変わっている途中です。次の実行でここから続けます</translation>
    </message>
    <message>
        <source>would stop %1 (%2)</source>
        <translation>%1 (%2) を停止します</translation>
    </message>
    <message>
        <source>stopping %1 (%2)</source>
        <translation>%1 (%2) を停止しています</translation>
    </message>
    <message>
        <source>no instance of stage %1 is running</source>
        <translation>ステージ %1 のインスタンスは稼働していません</translation>
    </message>
    <message>
        <source>stopping the instances: %1</source>
        <translation>インスタンスの停止: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>%1 を削除します</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>looking for the instances</source>
        <translation>インスタンスの確認</translation>
    </message>
    <message>
        <source>instance %1 (%2)</source>
        <translation>インスタンス %1 (%2)</translation>
    </message>
    <message>
        <source>terminating the instances</source>
        <translation>インスタンスの終了</translation>
    </message>
    <message>
        <source>waiting for the instances to end</source>
        <translation>インスタンスの終了待ち</translation>
    </message>
    <message>
        <source>looking for the Elastic IPs</source>
        <translation>Elastic IP の確認</translation>
    </message>
    <message>
        <source>Elastic IP %1</source>
        <translation>Elastic IP %1</translation>
    </message>
    <message>
        <source>releasing Elastic IP %1</source>
        <translation>Elastic IP %1 の解放</translation>
    </message>
    <message>
        <source>looking for key pair %1</source>
        <translation>キーペア %1 の確認</translation>
    </message>
    <message>
        <source>looking for instances with key pair %1</source>
        <translation>キーペア %1 を使うインスタンスの確認</translation>
    </message>
    <message>
        <source>key pair %1</source>
        <translation>キーペア %1</translation>
    </message>
    <message>
        <source>removing key pair %1</source>
        <translation>キーペア %1 の削除</translation>
    </message>
    <message>
        <source>key pair %1 kept: %2 still use it</source>
        <translation>キーペア %1 は残します: %2 が使っています</translation>
    </message>
    <message>
        <source>looking for VPC %1</source>
        <translation>VPC %1 の確認</translation>
    </message>
    <message>
        <source>%1 match; remove the one that is not this stage&apos;s by hand</source>
        <translation>%1 個が該当します。このステージのものでない方を手で削除してください</translation>
    </message>
    <message>
        <source>nothing of stage %1 is left in %2</source>
        <translation>%2 にステージ %1 のリソースは残っていません</translation>
    </message>
    <message>
        <source>looking for subnet %1</source>
        <translation>サブネット %1 の確認</translation>
    </message>
    <message>
        <source>subnet %1 (%2)</source>
        <translation>サブネット %1 (%2)</translation>
    </message>
    <message>
        <source>removing subnet %1</source>
        <translation>サブネット %1 の削除</translation>
    </message>
    <message>
        <source>looking for the internet gateway</source>
        <translation>インターネットゲートウェイの確認</translation>
    </message>
    <message>
        <source>internet gateway %1</source>
        <translation>インターネットゲートウェイ %1</translation>
    </message>
    <message>
        <source>removing internet gateway %1</source>
        <translation>インターネットゲートウェイ %1 の削除</translation>
    </message>
    <message>
        <source>VPC %1 (%2)</source>
        <translation>VPC %1 (%2)</translation>
    </message>
    <message>
        <source>removing VPC %1</source>
        <translation>VPC %1 の削除</translation>
    </message>
</context>
<context>
    <name>hive::AzureAccessToken</name>
    <message>
        <source>no Azure access token for application %1: %2</source>
        <translation>アプリケーション %1 の Azure アクセストークンを取得できません: %2</translation>
    </message>
    <message>
        <source>Azure refused an access token for application %1 of tenant %2 (HTTP %3%4) at %5: check azure_client_id, azure_secret and azure_tenant</source>
        <translation>Azure がテナント %2 のアプリケーション %1 へのアクセストークンを拒否しました (HTTP %3%4、%5): azure_client_id、azure_secret、azure_tenant を確認してください</translation>
    </message>
    <message>
        <source>the answer of %1 has no access_token</source>
        <translation>%1 の応答に access_token がありません</translation>
    </message>
</context>
<context>
    <name>hive::AzureAccountCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the service principal a role on subscription %1 (Contributor).</source>
        <translation>サービスプリンシパルにサブスクリプション %1 のロール (共同作成者) を付与してください。</translation>
    </message>
    <message>
        <source>subscription %1</source>
        <translation>サブスクリプション %1</translation>
    </message>
    <message>
        <source>subscription %1 (%2, %3) as application %4</source>
        <translation>サブスクリプション %1 (%2、%3)、アプリケーション %4</translation>
    </message>
    <message>
        <source>the locations of subscription %1</source>
        <translation>サブスクリプション %1 のリージョン</translation>
    </message>
    <message>
        <source>%1 is not a location of subscription %2 (it has %3)</source>
        <translation>%1 はサブスクリプション %2 のリージョンではありません (使えるのは %3)</translation>
    </message>
    <message>
        <source>the VM sizes of %1</source>
        <translation>%1 の VM サイズ</translation>
    </message>
</context>
<context>
    <name>hive::AzureChangeList</name>
    <message>
        <source>would %1</source>
        <translation>%1 (予定)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hive::AzureCredentials</name>
    <message>
        <source>hive set azure_client_id (stage %1)</source>
        <translation>hive set azure_client_id (ステージ %1)</translation>
    </message>
    <message>
        <source>stage %1 has only part of its Azure credentials: run `hive -s %1 set NAME VALUE` for %2</source>
        <translation>ステージ %1 の Azure 認証情報が一部しかありません: %2 について `hive -s %1 set 名前 値` を実行してください</translation>
    </message>
    <message>
        <source>the environment (AZURE_CLIENT_ID)</source>
        <translation>環境変数 (AZURE_CLIENT_ID)</translation>
    </message>
    <message>
        <source>the environment has only part of the Azure credentials: %1 not set</source>
        <translation>環境変数の Azure 認証情報が一部しかありません: %1 が設定されていません</translation>
    </message>
    <message>
        <source>profile %1 of %2</source>
        <translation>%2 のプロファイル %1</translation>
    </message>
    <message>
        <source>no Azure credentials for stage %1: run `hive -s %1 set azure_client_id ID`, and the same for azure_secret, azure_subscription_id and azure_tenant (or set AZURE_CLIENT_ID, AZURE_SECRET, AZURE_SUBSCRIPTION_ID and AZURE_TENANT, or a profile in %2)</source>
        <translation>ステージ %1 の Azure 認証情報がありません: `hive -s %1 set azure_client_id ID` を実行し、azure_secret、azure_subscription_id、azure_tenant も同様に設定してください (または AZURE_CLIENT_ID、AZURE_SECRET、AZURE_SUBSCRIPTION_ID、AZURE_TENANT を設定するか、%2 にプロファイルを書いてください)</translation>
    </message>
</context>
<context>
    <name>hive::AzureInstance</name>
    <message>
        <source>Azure does not take &apos;%1&apos; as a VM&apos;s administrator: set hive_admin to another name (hive-builder&apos;s default on Azure is hiveadmin)</source>
        <translation>Azure は &apos;%1&apos; を VM の管理者名として受け付けません: hive_admin に別の名前を設定してください (hive-builder の Azure での既定は hiveadmin)</translation>
    </message>
    <message>
        <source>public IP %1: %2</source>
        <translation>パブリック IP %1: %2</translation>
    </message>
    <message>
        <source>create public IP %1</source>
        <translation>パブリック IP %1 を作成</translation>
    </message>
    <message>
        <source>network interface %1: %2</source>
        <translation>ネットワークインターフェース %1: %2</translation>
    </message>
    <message>
        <source>create network interface %1 at %2 in %3</source>
        <translation>ネットワークインターフェース %1 を %3 の %2 に作成</translation>
    </message>
    <message>
        <source>network interface %1 is at %2 in %3, not at %4 in %5 as planned: delete it (build-infra -D removes the stage) or correct the inventory</source>
        <translation>ネットワークインターフェース %1 は計画の %5 の %4 ではなく %3 の %2 にあります: 削除する (build-infra -D でステージを削除) か、インベントリを修正してください</translation>
    </message>
    <message>
        <source>network interface %1 has public IP %2, not %3: give it %3 in the portal, or delete it</source>
        <translation>ネットワークインターフェース %1 のパブリック IP は %3 ではなく %2 です: ポータルで %3 を割り当てるか、削除してください</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>VM %1: %2</source>
        <translation>VM %1: %2</translation>
    </message>
    <message>
        <source>create VM %1 (%2)</source>
        <translation>VM %1 (%2) を作成</translation>
    </message>
    <message>
        <source>create VM %1 (%2) in zone %3</source>
        <translation>VM %1 (%2) をゾーン %3 に作成</translation>
    </message>
    <message>
        <source>VM %1 uses network interface %2, not %3: it is not this stage&apos;s host; delete it, or rename the host</source>
        <translation>VM %1 はネットワークインターフェース %3 ではなく %2 を使っています: このステージのホストではありません。削除するか、ホスト名を変えてください</translation>
    </message>
    <message>
        <source>VM %1 is a %2, not a %3 as planned: left as it is (resize it in the portal)</source>
        <translation>VM %1 は計画の %3 ではなく %2 です: そのままにします (ポータルでサイズを変更してください)</translation>
    </message>
    <message>
        <source>start VM %1 (%2)</source>
        <translation>VM %1 を起動 (%2)</translation>
    </message>
    <message>
        <source>VM %1 as planned, at %2</source>
        <translation>VM %1 は計画どおり、%2</translation>
    </message>
    <message>
        <source>the boot diagnostics of %1: %2</source>
        <translation>%1 のブート診断: %2</translation>
    </message>
    <message>
        <source>cancelled while waiting for the host keys of %1</source>
        <translation>%1 のホスト鍵を待つ間に取り消されました</translation>
    </message>
    <message>
        <source>%1 printed no SSH host keys on its serial console within %2 min (cloud-init prints them at first boot): its image may not use cloud-init, or may not write to the serial console</source>
        <translation>%1 は %2 分以内にシリアルコンソールへ SSH ホスト鍵を出力しませんでした (cloud-init が初回起動時に出力します): イメージが cloud-init を使っていないか、シリアルコンソールに出力していない可能性があります</translation>
    </message>
    <message>
        <source>waiting for %1 to print its SSH host keys</source>
        <translation>%1 が SSH ホスト鍵を出力するのを待っています</translation>
    </message>
    <message>
        <source>make public IP %1 again (its making failed)</source>
        <translation>パブリック IP %1 を作り直す (作成に失敗していた)</translation>
    </message>
    <message>
        <source>public IP %1 has no address yet</source>
        <translation>パブリック IP %1 にまだアドレスがありません</translation>
    </message>
    <message>
        <source>make network interface %1 again (its making failed)</source>
        <translation>ネットワークインターフェース %1 を作り直す (作成に失敗していた)</translation>
    </message>
    <message>
        <source>make VM %1 again (its making failed)</source>
        <translation>VM %1 を作り直す (作成に失敗していた)</translation>
    </message>
</context>
<context>
    <name>hive::AzureNetwork</name>
    <message>
        <source>resource group %1: %2</source>
        <translation>リソースグループ %1: %2</translation>
    </message>
    <message>
        <source>resource group %1 is not in subscription %2, and the stage says it was prepared beforehand (prepared_resource_group): make it, or remove prepared_resource_group to have it made</source>
        <translation>リソースグループ %1 がサブスクリプション %2 にありませんが、ステージでは作成済み (prepared_resource_group) とされています: 作成するか、prepared_resource_group を外して作成させてください</translation>
    </message>
    <message>
        <source>create resource group %1 in %2</source>
        <translation>リソースグループ %1 を %2 に作成</translation>
    </message>
    <message>
        <source>network security group %1: %2</source>
        <translation>ネットワークセキュリティグループ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>create network security group %1 with %n rule(s)</source>
        <translation>
            <numerusform>ネットワークセキュリティグループ %1 を %n 個のルールで作成</numerusform>
        </translation>
    </message>
    <message>
        <source>set rule(s) %1 of network security group %2 to the plan&apos;s</source>
        <translation>ネットワークセキュリティグループ %2 のルール %1 を計画どおりに設定</translation>
    </message>
    <message>
        <source>virtual network %1: %2</source>
        <translation>仮想ネットワーク %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>create virtual network %1 %2 with %n subnet(s)</source>
        <translation>
            <numerusform>仮想ネットワーク %1 %2 を %n 個のサブネットで作成</numerusform>
        </translation>
    </message>
    <message>
        <source>virtual network %1 of resource group %2 is over %3, not the stage&apos;s cidr %4: give the stage another hive_vpc_name, or correct its cidr</source>
        <translation>リソースグループ %2 の仮想ネットワーク %1 はステージの cidr %4 ではなく %3 です: ステージに別の hive_vpc_name を付けるか、cidr を修正してください</translation>
    </message>
    <message>
        <source>subnet %1 of %2 is %3, not %4 as the stage says: its range cannot change while it is used; delete it, or rename the stage&apos;s subnet</source>
        <translation>%2 のサブネット %1 はステージの %4 ではなく %3 です: 使用中は範囲を変えられません。削除するか、ステージのサブネット名を変えてください</translation>
    </message>
    <message>
        <source>create subnet %1 %2</source>
        <translation>サブネット %1 %2 を作成</translation>
    </message>
    <message>
        <source>remove rule(s) %1 the plan no longer has from network security group %2</source>
        <translation>計画からなくなったルール %1 をネットワークセキュリティグループ %2 から削除</translation>
    </message>
</context>
<context>
    <name>hive::AzureProvider</name>
    <message>
        <source>stage %1 has nfs volumes, which need Azure Files (storage account %2) on Azure: this version does not build them yet (build the stage without nfs volumes)</source>
        <translation>ステージ %1 には nfs ボリュームがあり、Azure では Azure Files (ストレージアカウント %2) が必要です: このバージョンはまだ作成できません (nfs ボリュームなしでステージを構築してください)</translation>
    </message>
    <message numerus="yes">
        <source>resource group %1, virtual network %2 with %n subnet(s) and security group %3 as planned</source>
        <translation>
            <numerusform>リソースグループ %1、%n 個のサブネットを持つ仮想ネットワーク %2、セキュリティグループ %3 は計画どおり</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s plan</source>
        <translation>%1 はステージの計画にありません</translation>
    </message>
    <message>
        <source>no VM</source>
        <translation>VM なし</translation>
    </message>
    <message>
        <source>-D on Azure removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and delete its VM in the portal.</source>
        <translation>Azure での -D はステージ %1 全体を (ネットワークごと) 削除します: -l なしで実行してください。1 台だけ外すには、インベントリから削除し、ポータルでその VM を削除してください。</translation>
    </message>
    <message>
        <source>nothing of stage %1 is left in resource group %2</source>
        <translation>リソースグループ %2 にステージ %1 のものは残っていません</translation>
    </message>
    <message>
        <source>reading its SSH host keys from its serial log (boot diagnostics)</source>
        <translation>シリアルログ (ブート診断) から SSH ホスト鍵を読み取っています</translation>
    </message>
    <message>
        <source>VM %1 was made without boot diagnostics, so the SSH host keys cloud-init printed at its first boot cannot be read through Azure (turning them on now does not bring them back): read them on its serial console in the portal, add them to %2 for %3, and run build-infra again</source>
        <translation>VM %1 はブート診断なしで作成されたため、cloud-init が初回起動時に出力した SSH ホスト鍵を Azure 経由で読めません (今からブート診断を有効にしても戻りません): ポータルのシリアルコンソールで鍵を確認し、%3 の鍵として %2 に追加してから build-infra を再実行してください</translation>
    </message>
</context>
<context>
    <name>hive::AzureResourcePlan</name>
    <message>
        <source>stage %1: &apos;region&apos; is needed on Azure (a location, e.g. japaneast)</source>
        <translation>ステージ %1: Azure では &apos;region&apos; (リージョン、例: japaneast) が必要です</translation>
    </message>
    <message>
        <source>stage %1: %2 gives the Azure name &apos;%3&apos;, which Azure refuses (1 to 80 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, beginning with a letter or digit, ending with a letter, digit or &apos;_&apos;)</source>
        <translation>ステージ %1: %2 から Azure の名前 &apos;%3&apos; になりますが、Azure はこれを受け付けません (英数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos; の 1〜80 文字で、英数字で始まり、英数字か &apos;_&apos; で終わること)</translation>
    </message>
    <message>
        <source>stage %1: the resource group &apos;%2&apos; is not a name Azure takes (1 to 90 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;)</source>
        <translation>ステージ %1: リソースグループ名 &apos;%2&apos; は Azure が受け付けない名前です (英数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;、&apos;(&apos;、&apos;)&apos; の 1〜90 文字で、&apos;.&apos; で終わらないこと)</translation>
    </message>
    <message>
        <source>the hive&apos;s name</source>
        <translation>ハイブ名</translation>
    </message>
    <message>
        <source>stage %1: image_name needs publisher, offer and sku</source>
        <translation>ステージ %1: image_name には publisher、offer、sku が必要です</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>サブネット %1</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>stage %1: %2&apos;s availability zone &apos;%3&apos; is not one of Azure&apos;s zones 1, 2 and 3 (not_support_az: true for a region without zones)</source>
        <translation>ステージ %1: %2 のアベイラビリティゾーン &apos;%3&apos; は Azure のゾーン 1、2、3 のいずれでもありません (ゾーンのないリージョンでは not_support_az: true)</translation>
    </message>
    <message>
        <source>location %1, stage %2 of %3</source>
        <translation>リージョン %1、%3 のステージ %2</translation>
    </message>
    <message>
        <source>resource group %1 (prepared)</source>
        <translation>リソースグループ %1 (作成済み)</translation>
    </message>
    <message>
        <source>resource group %1</source>
        <translation>リソースグループ %1</translation>
    </message>
    <message>
        <source>virtual network %1 %2</source>
        <translation>仮想ネットワーク %1 %2</translation>
    </message>
    <message>
        <source>subnet %1 %2</source>
        <translation>サブネット %1 %2</translation>
    </message>
    <message>
        <source>network security group %1</source>
        <translation>ネットワークセキュリティグループ %1</translation>
    </message>
    <message>
        <source>  rule %1 %2: %3 %4 %5 from %6</source>
        <translation>  ルール %1 %2: %6 から %4 %5 を%3</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>image %1:%2:%3:%4</source>
        <translation>イメージ %1:%2:%3:%4</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>vm %1 (%2) %3%4 at %5 in %6: %7%8, public IP %9, interface %10</source>
        <translation>VM %1 (%2) %3%4、%6 の %5: %7%8、パブリック IP %9、インターフェース %10</translation>
    </message>
    <message>
        <source> in zone %1</source>
        <translation> ゾーン %1</translation>
    </message>
    <message>
        <source>storage account %1 (Azure Files over NFS)</source>
        <translation>ストレージアカウント %1 (NFS の Azure Files)</translation>
    </message>
</context>
<context>
    <name>hive::AzureRestClient</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 から HTTP %1</translation>
    </message>
    <message>
        <source>%1 has more than 100 pages</source>
        <translation>%1 は 100 ページを超えています</translation>
    </message>
    <message>
        <source>the next page of %1 is at another host (%2)</source>
        <translation>%1 の次のページが別のホスト (%2) にあります</translation>
    </message>
    <message>
        <source>ARM named an operation at another host (%1)</source>
        <translation>ARM が別のホスト (%1) の操作を指定しました</translation>
    </message>
    <message>
        <source>cancelled while waiting for Azure</source>
        <translation>Azure を待つ間に取り消されました</translation>
    </message>
    <message>
        <source>Azure&apos;s operation was not done within %1 min</source>
        <translation>Azure の操作が %1 分以内に終わりませんでした</translation>
    </message>
    <message>
        <source>Azure Resource Manager&apos;s address %1 is not https: set AZURE_RESOURCE_MANAGER_ENDPOINT to an https address</source>
        <translation>Azure Resource Manager のアドレス %1 が https ではありません: AZURE_RESOURCE_MANAGER_ENDPOINT に https のアドレスを設定してください</translation>
    </message>
    <message>
        <source>the authority&apos;s address %1 is not https: set AZURE_AUTHORITY_HOST to an https address</source>
        <translation>認証機関のアドレス %1 が https ではありません: AZURE_AUTHORITY_HOST に https のアドレスを設定してください</translation>
    </message>
</context>
<context>
    <name>hive::AzureTeardown</name>
    <message>
        <source>VM %1: %2</source>
        <translation>VM %1: %2</translation>
    </message>
    <message>
        <source>VM %1 is deallocated</source>
        <translation>VM %1 は割り当て解除済みです</translation>
    </message>
    <message>
        <source>deallocate VM %1</source>
        <translation>VM %1 の割り当てを解除</translation>
    </message>
    <message>
        <source>resource group %1: %2</source>
        <translation>リソースグループ %1: %2</translation>
    </message>
    <message>
        <source>storage account %1 holds the stage&apos;s nfs volumes: delete it in the portal once its data is safe (this version does not), then run -D again</source>
        <translation>ストレージアカウント %1 にはステージの nfs ボリュームがあります: データを確保したらポータルで削除し (このバージョンは削除しません)、-D をもう一度実行してください</translation>
    </message>
    <message>
        <source>storage account %1: %2</source>
        <translation>ストレージアカウント %1: %2</translation>
    </message>
    <message>
        <source>delete VM %1</source>
        <translation>VM %1 を削除</translation>
    </message>
    <message>
        <source>delete disk %1</source>
        <translation>ディスク %1 を削除</translation>
    </message>
    <message>
        <source>delete network interface %1</source>
        <translation>ネットワークインターフェース %1 を削除</translation>
    </message>
    <message>
        <source>delete public IP %1</source>
        <translation>パブリック IP %1 を削除</translation>
    </message>
    <message>
        <source>delete network security group %1</source>
        <translation>ネットワークセキュリティグループ %1 を削除</translation>
    </message>
    <message>
        <source>delete virtual network %1</source>
        <translation>仮想ネットワーク %1 を削除</translation>
    </message>
    <message>
        <source>cancelled before: %1</source>
        <translation>次の前に取り消されました: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the resources of group %1: %2</source>
        <translation>グループ %1 のリソース: %2</translation>
    </message>
    <message>
        <source>left resource group %1: it also holds %2</source>
        <translation>リソースグループ %1 は残しました: %2 もあります</translation>
    </message>
    <message numerus="yes">
        <source>left resource group %1, which holds %n other resource(s)</source>
        <translation>
            <numerusform>リソースグループ %1 は残しました (ほかに %n 個のリソースがあります)</numerusform>
        </translation>
    </message>
    <message>
        <source>delete resource group %1</source>
        <translation>リソースグループ %1 を削除</translation>
    </message>
    <message>
        <source>left VM %1: it uses network interface %2, not this stage&apos;s %3</source>
        <translation>VM %1 は残しました: このステージの %3 ではなくネットワークインターフェース %2 を使っています</translation>
    </message>
</context>
<context>
    <name>hive::BackupHealth</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>autolock is on; the unlock key is stored</source>
        <translation>autolock は有効で、アンロックキーは保存済みです</translation>
    </message>
    <message>
        <source>autolock is on and the unlock key is not stored: a restarted manager cannot be unlocked</source>
        <translation>autolock が有効なのにアンロックキーが保存されていません。再起動したマネージャをアンロックできません</translation>
    </message>
    <message>
        <source>On a manager: `docker swarm unlock-key -q`, and keep it in %1 (mode 0600).</source>
        <translation>マネージャで `docker swarm unlock-key -q` を実行し、%1 に保存してください（モード 0600）。</translation>
    </message>
    <message>
        <source>autolock is off: managers start without an unlock key</source>
        <translation>autolock は無効です。マネージャはアンロックキーなしで起動します</translation>
    </message>
    <message>
        <source>no swarm backup of any manager (%1)</source>
        <translation>どのマネージャの swarm バックアップもありません（%1）</translation>
    </message>
    <message>
        <source>Without a backup, losing every manager loses the swarm&apos;s services, networks and secrets (the outage where an automatic reboot took two of three control-plane nodes down at once). Run `hive backup`: it archives /var/lib/docker/swarm of the managers that are not the leader, one at a time, never costing the quorum.</source>
        <translation>バックアップがないと、すべてのマネージャを失ったときに swarm のサービス・ネットワーク・シークレットも失われます（自動再起動で 3 台中 2 台のコントロールプレーンが同時に止まった障害）。`hive backup` を実行してください。リーダー以外のマネージャの /var/lib/docker/swarm を 1 台ずつ、クォーラムを失わずに保存します。</translation>
    </message>
    <message numerus="yes">
        <source>newest swarm backup: %n day(s) old (%1)</source>
        <translation>
            <numerusform>最新の swarm バックアップ: %n 日前（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up again: the swarm has changed since (`hive backup`).</source>
        <translation>もう一度バックアップしてください。その後 swarm は変わっています（`hive backup`）。</translation>
    </message>
</context>
<context>
    <name>hive::BackupRecipes</name>
    <message>
        <source>hive_backup_time %1 is not a time of day as HH:MM (01:00)</source>
        <translation>hive_backup_time %1 は HH:MM 形式の時刻ではありません (01:00)</translation>
    </message>
    <message>
        <source>service %1: backup_scripts must be a list of scripts</source>
        <translation>サービス %1: backup_scripts はスクリプトのリストでなければなりません</translation>
    </message>
    <message>
        <source>service %1: backup_scripts entry %2</source>
        <translation>サービス %1: backup_scripts の %2 番目の項目</translation>
    </message>
    <message>
        <source>%1 is not a map of name, directory, backup_command, …</source>
        <translation>%1 は name、directory、backup_command などのマップではありません</translation>
    </message>
    <message>
        <source>batch: %1</source>
        <translation>バッチ: %1</translation>
    </message>
    <message>
        <source>batch failed: %1</source>
        <translation>バッチが失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 has no name (backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt;)</source>
        <translation>%1 に name がありません (backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt;)</translation>
    </message>
    <message>
        <source>%1: name %2 may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>%1: name %2 に使えるのは英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; だけです</translation>
    </message>
    <message>
        <source>%1: ext %2 may hold letters, digits and &apos;.&apos; only</source>
        <translation>%1: ext %2 に使えるのは英字、数字、&apos;.&apos; だけです</translation>
    </message>
    <message>
        <source>%1: cleanup_days_before %2 is not a number of days</source>
        <translation>%1: cleanup_days_before %2 は日数ではありません</translation>
    </message>
    <message>
        <source>%1 has no restore_command: not restored</source>
        <translation>%1 には restore_command がないため、リストアしません</translation>
    </message>
    <message>
        <source>%1 restored from</source>
        <translation>%1 をリストアしました。元:</translation>
    </message>
    <message>
        <source>restore of %1 failed</source>
        <translation>%1 のリストアが失敗しました</translation>
    </message>
</context>
<context>
    <name>hive::BuildImagesPhase</name>
    <message>
        <source>%1: not built in stage %2 (pull_on); deploy-services pulls its pull_from image</source>
        <translation>%1: ステージ %2 ではビルドしません（pull_on）。deploy-services が pull_from のイメージを取得します</translation>
    </message>
    <message>
        <source>no image to build in stage %1</source>
        <translation>ステージ %1 でビルドするイメージはありません</translation>
    </message>
    <message>
        <source>the base image %1 is not on %2 and cannot be pulled: %3</source>
        <translation>ベースイメージ %1 は %2 になく、取得もできません: %3</translation>
    </message>
    <message>
        <source>%1 was made from other settings (base image, standalone): made afresh</source>
        <translation>%1 は別の設定（ベースイメージ、standalone）で作られていたため、作り直しました</translation>
    </message>
    <message>
        <source>cannot remove the old build container %1: %2</source>
        <translation>古いビルド用コンテナ %1 を削除できません: %2</translation>
    </message>
    <message>
        <source>would make %1 from %2 and build %3</source>
        <translation>%2 から %1 を作り、%3 をビルドする予定</translation>
    </message>
    <message>
        <source>built; roles are checked when it builds</source>
        <translation>ビルド済み。role はビルド時に確認されます</translation>
    </message>
    <message>
        <source>would commit %1 with new settings</source>
        <translation>新しい設定で %1 をコミットする予定</translation>
    </message>
    <message>
        <source>cannot start the build container %1: %2</source>
        <translation>ビルド用コンテナ %1 を起動できません: %2</translation>
    </message>
    <message>
        <source>cannot start the build container %1 again: %2 (remove it with `hive ssh -- docker rm %1` to build from %3 afresh)</source>
        <translation>ビルド用コンテナ %1 を再起動できません: %2（%3 から作り直すには `hive ssh -- docker rm %1` で削除してください）</translation>
    </message>
    <message>
        <source>cannot commit and push %1: %2</source>
        <translation>%1 をコミット・push できません: %2</translation>
    </message>
    <message>
        <source>%1 built (%2) and pushed as %3 and :%4</source>
        <translation>%1 をビルドし（%2）、%3 と :%4 として push しました</translation>
    </message>
    <message>
        <source>%1 unchanged (%2)</source>
        <translation>%1 は変更なし（%2）</translation>
    </message>
    <message>
        <source>%1 unchanged: nothing it is built from changed since %2 was built (--force builds it again)</source>
        <translation>%1 は変更なし: %2 のビルド以降、ビルドの材料は何も変わっていません（--force で再ビルドします）</translation>
    </message>
    <message>
        <source>cannot push %1: %2</source>
        <translation>%1 を push できません: %2</translation>
    </message>
</context>
<context>
    <name>hive::BuildInfraPhase</name>
    <message>
        <source>hive_admin %1 is not a usable user name (lower case letters, digits, _ and -; not root)</source>
        <translation>hive_admin の %1 はユーザ名として使えません（英小文字・数字・_ と -、root 以外）</translation>
    </message>
    <message>
        <source>would create %1</source>
        <translation>%1 を作成します（チェックモード）</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <source>host keys pinned</source>
        <translation>ホスト鍵を登録しました</translation>
    </message>
    <message>
        <source>would write %1</source>
        <translation>%1 を書き込みます（チェックモード）</translation>
    </message>
    <message>
        <source>answers SSH as %1 (sudo works)</source>
        <translation>%1 で SSH 接続できます（sudo 可）</translation>
    </message>
    <message>
        <source>%1 cannot use sudo without a password on %2: %3</source>
        <translation>%2 で %1 がパスワードなしで sudo を使えません: %3</translation>
    </message>
    <message>
        <source>host keys already pinned</source>
        <translation>ホスト鍵は登録済みです</translation>
    </message>
    <message>
        <source>--host-key %1: write it as ADDRESS=SHA256:… (the fingerprint `ssh-keygen -lf` prints on the host)</source>
        <translation>--host-key %1: ADDRESS=SHA256:… の形で指定してください（ホストで `ssh-keygen -lf` が表示するフィンガープリント）</translation>
    </message>
    <message>
        <source>forgot its host keys</source>
        <translation>ホスト鍵を削除しました</translation>
    </message>
    <message>
        <source>no host keys kept for it</source>
        <translation>保存されたホスト鍵はありません</translation>
    </message>
    <message>
        <source>AWS region %1, access key from %2</source>
        <translation>AWS リージョン %1、アクセスキーは %2 から</translation>
    </message>
    <message>
        <source>GCP project %1, region %2, service account key from %3</source>
        <translation>GCP プロジェクト %1、リージョン %2、サービスアカウントのキー: %3</translation>
    </message>
    <message>
        <source>Azure subscription %1, location %2, credentials from %3</source>
        <translation>Azure サブスクリプション %1、リージョン %2、認証情報は %3 から</translation>
    </message>
</context>
<context>
    <name>hive::BuildNetworksPhase</name>
    <message>
        <source>driver %1 instead of %2</source>
        <translation>ドライバが %2 ではなく %1</translation>
    </message>
    <message>
        <source>not attachable</source>
        <translation>attachable ではない</translation>
    </message>
    <message>
        <source>%1 %2 instead of %3</source>
        <translation>%1 が %3 ではなく %2</translation>
    </message>
    <message>
        <source>option %1=%2 instead of %3</source>
        <translation>オプション %1 が %3 ではなく %2</translation>
    </message>
    <message>
        <source>stage %1 has no hive to make networks on</source>
        <translation>ステージ %1 にはネットワークを作るコンテナ収容サーバがありません</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>would remove it</source>
        <translation>削除する予定</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>%1 exists but differs (%2); a network cannot be changed in place: remove it with `hive build-networks -D -l %1` (after the services that use it) and run build-networks again</source>
        <translation>%1 はありますが定義と異なります（%2）。ネットワークはその場で変更できません。（使っているサービスを先に削除してから）`hive build-networks -D -l %1` で削除し、もう一度 build-networks を実行してください</translation>
    </message>
    <message>
        <source>would run: %1</source>
        <translation>実行予定: %1</translation>
    </message>
    <message>
        <source>`%1` failed on %2: %3</source>
        <translation>%2 で `%1` が失敗しました: %3</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>%1 で作成しました</translation>
    </message>
</context>
<context>
    <name>hive::BuildVolumesPhase</name>
    <message>
        <source>not removed: used by the service(s) %1; remove them first (hive deploy-services -D -l ...)</source>
        <translation>削除しません: サービス %1 が使用中です。先にそれらを削除してください（hive deploy-services -D -l ...）</translation>
    </message>
    <message>
        <source>would remove it</source>
        <translation>削除する予定</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>cannot remove %1 on %2: %3</source>
        <translation>%2 で %1 を削除できません: %3</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>nfs volumes live on the IaaS file server; provider %1 has none</source>
        <translation>nfs ボリュームは IaaS のファイルサーバ上に作られます。プロバイダ %1 にはありません</translation>
    </message>
    <message>
        <source>Docker volume %1</source>
        <translation>Docker ボリューム %1</translation>
    </message>
    <message>
        <source>DRBD resource %1 (not active here)</source>
        <translation>DRBD リソース %1（このホストでは無効）</translation>
    </message>
    <message>
        <source>plain local Docker volume %1</source>
        <translation>通常のローカル Docker ボリューム %1</translation>
    </message>
    <message>
        <source>DRBD cannot run on %1 (this kernel has no drbd module): %2 is a plain local volume here, not mirrored</source>
        <translation>%1 では DRBD を動かせません（カーネルに drbd モジュールがありません）: %2 はここでは複製されない通常のローカルボリュームです</translation>
    </message>
    <message>
        <source>not removed: whether a service uses it cannot be told, because %1 did not answer (%2); run again when it answers</source>
        <translation>削除しません: %1 が応答しないため（%2）、サービスが使用中か確認できません。応答するようになってから再実行してください</translation>
    </message>
    <message>
        <source>no drbd kernel module</source>
        <translation>drbd カーネルモジュールがありません</translation>
    </message>
    <message>
        <source>DRBD 9 cannot run on %1 (%2): %3 would not be mirrored; run setup-hosts -T drbd there and see what it says</source>
        <translation>%1 では DRBD 9 を動かせません（%2）: %3 が複製されなくなります。そのサーバで setup-hosts -T drbd を実行し、表示される理由を確認してください</translation>
    </message>
    <message>
        <source>%1 was made by hive-builder (%2 is its file): left as it is</source>
        <translation>%1 は hive-builder が作ったボリュームです (%2 はそのファイル): そのままにします</translation>
    </message>
    <message>
        <source>stage %1 has nfs volumes but no EFS file system %2 yet: run build-infra first</source>
        <translation>ステージ %1 には nfs ボリュームがありますが、EFS ファイルシステム %2 がまだありません。先に build-infra を実行してください</translation>
    </message>
</context>
<context>
    <name>hive::CloudHostArrival</name>
    <message>
        <source>%1 has no public address; it cannot be reached from here</source>
        <translation>%1 にはパブリックアドレスがなく、ここから接続できません</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; reached at %2</source>
        <translation>%1; %2 で接続します</translation>
    </message>
</context>
<context>
    <name>hive::CloudInstanceStates</name>
    <message>
        <source>instance %1: %2</source>
        <translation>インスタンス %1: %2</translation>
    </message>
    <message>
        <source>VM %1: %2</source>
        <translation>VM %1: %2</translation>
    </message>
    <message>
        <source>provider %1 has no cloud to ask</source>
        <translation>プロバイダ %1 には問い合わせるクラウドがありません</translation>
    </message>
</context>
<context>
    <name>hive::CloudStageReading</name>
    <message>
        <source>stage %1: &apos;%2&apos; is needed on %3 (e.g. %4) for %5</source>
        <translation>ステージ %1: %3 では %5 に &apos;%2&apos; が必要です (例: %4)</translation>
    </message>
    <message>
        <source>stage %1: the disk size &apos;%2&apos; of %3 is not a size (20 or 20G)</source>
        <translation>ステージ %1: %3 のディスクサイズ &apos;%2&apos; はサイズではありません (20 または 20G)</translation>
    </message>
    <message>
        <source>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 or 20G)</source>
        <translation>ステージ %1: &apos;mirrored_disk_size&apos; %2 はサイズではありません (20 または 20G)</translation>
    </message>
</context>
<context>
    <name>hive::ContextFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>hive::DataBackupFlow</name>
    <message>
        <source>   # as %1, into ~/backup</source>
        <translation>   # %1 として ~/backup へ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消しました</translation>
    </message>
    <message>
        <source>hive-backup.sh is not on %1 yet: run `hive setup-hosts -T backup-tools`, then `hive deploy-services`</source>
        <translation>%1 にはまだ hive-backup.sh がありません: `hive setup-hosts -T backup-tools` の後で `hive deploy-services` を実行してください</translation>
    </message>
    <message>
        <source>done (see ~/backup on %1)</source>
        <translation>完了しました (%1 の ~/backup を参照)</translation>
    </message>
    <message>
        <source>Back up the data of every service with backup_scripts (%1) and the registry, on %2</source>
        <translation>backup_scripts のあるすべてのサービス (%1) とレジストリのデータを %2 にバックアップ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Back up the data of %1 on %2</source>
        <translation>%1 のデータを %2 にバックアップ</translation>
    </message>
    <message>
        <source>stage %1 has no repository server to keep backups on</source>
        <translation>ステージ %1 にはバックアップを置くリポジトリサーバがありません</translation>
    </message>
    <message>
        <source>%1 has no backup_scripts in stage %2 (these have: %3)</source>
        <translation>%1 にはステージ %2 で backup_scripts がありません (あるのは: %3)</translation>
    </message>
    <message>
        <source>Backups are kept in ~/backup on %1 as backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt;; each name&apos;s latest is backup-&lt;name&gt;-latest.&lt;ext&gt;.</source>
        <translation>バックアップは %1 の ~/backup に backup-&lt;name&gt;-&lt;time&gt;.&lt;ext&gt; として保存され、各 name の最新は backup-&lt;name&gt;-latest.&lt;ext&gt; です。</translation>
    </message>
    <message>
        <source>Restore the data of %1 from its latest backup</source>
        <translation>%1 のデータを最新のバックアップからリストア</translation>
    </message>
    <message>
        <source>Restore the data of %1 from its backup of %2</source>
        <translation>%1 のデータを %2 のバックアップからリストア</translation>
    </message>
    <message>
        <source>%1 is not the time of a backup: give it as YYYYmmddHHMMSS, as in backup-&lt;name&gt;-20261206010000.tar.gz</source>
        <translation>%1 はバックアップの時刻ではありません: backup-&lt;name&gt;-20261206010000.tar.gz のように YYYYmmddHHMMSS で指定してください</translation>
    </message>
    <message>
        <source>stage %1 has no repository server with backups</source>
        <translation>ステージ %1 にはバックアップのあるリポジトリサーバがありません</translation>
    </message>
    <message>
        <source>%1 runs no task to restore its data into: scale it up first (`docker service scale %1=1`)</source>
        <translation>%1 にはデータをリストアする実行中のタスクがありません: 先にスケールアップしてください (`docker service scale %1=1`)</translation>
    </message>
    <message>
        <source>What %1 holds now is replaced by the backup.</source>
        <translation>%1 の現在のデータはバックアップで置き換えられます。</translation>
    </message>
    <message>
        <source>%1 is a global service: the data comes back in its first running task only.</source>
        <translation>%1 は global サービスです: データは最初の実行中タスクにだけ戻ります。</translation>
    </message>
    <message>
        <source>service %1 scaled from %2 to 1 replica for a data restore</source>
        <translation>データのリストアのため、サービス %1 を %2 から 1 レプリカにスケールしました</translation>
    </message>
    <message>
        <source>scaled from %1 to 1</source>
        <translation>%1 から 1 にスケールしました</translation>
    </message>
    <message>
        <source>scaled back to %1</source>
        <translation>%1 に戻しました</translation>
    </message>
</context>
<context>
    <name>hive::DataBackupHealth</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>See the nightly run&apos;s output with `journalctl -u hive-backup` on %1, then run `hive backup --data -l %2` (Back Up Now… in the app).</source>
        <translation>%1 で `journalctl -u hive-backup` を実行して夜間実行の出力を確認し、`hive backup --data -l %2` を実行してください (アプリでは「今すぐバックアップ…」)。</translation>
    </message>
    <message>
        <source>%1 has backup_scripts but no backup script on the repository server %2</source>
        <translation>%1 には backup_scripts がありますが、リポジトリサーバ %2 にバックアップスクリプトがありません</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -T backup-tools` and `hive deploy-services -l %1`.</source>
        <translation>`hive setup-hosts -T backup-tools` と `hive deploy-services -l %1` を実行してください。</translation>
    </message>
    <message>
        <source>the data of %1 was never backed up</source>
        <translation>%1 のデータは一度もバックアップされていません</translation>
    </message>
    <message>
        <source>the data of %1 is backed up for the first time tonight</source>
        <translation>%1 のデータは今夜初めてバックアップされます</translation>
    </message>
    <message>
        <source>the last data backup of %1 failed (%2)</source>
        <translation>%1 の最後のデータバックアップは失敗しました (%2)</translation>
    </message>
    <message>
        <source>the last data backup of %1 is from %2</source>
        <translation>%1 の最後のデータバックアップは %2 のものです</translation>
    </message>
    <message>
        <source>the data of %1 was backed up %2</source>
        <translation>%1 のデータは %2 にバックアップされました</translation>
    </message>
</context>
<context>
    <name>hive::DebianMirror</name>
    <message>
        <source>no Debian mirror found in %1/sources.list or %1/sources.list.d: add the mirror this machine should use (apt&apos;s own configuration) and run again</source>
        <translation>%1/sources.list にも %1/sources.list.d にも Debian のミラーが見つかりません。このマシンが使うミラーを apt の設定に追加して再実行してください</translation>
    </message>
</context>
<context>
    <name>hive::DeployServicesPhase</name>
    <message>
        <source>stage %1 has no hive to deploy services on</source>
        <translation>ステージ %1 にはサービスを配備する hive がありません</translation>
    </message>
    <message>
        <source>the swarm manager&apos;s Docker API does not answer (%1); is the hive up? (`hive build-infra`, then `hive setup-hosts`)</source>
        <translation>swarm マネージャの Docker API が応答しません（%1）。hive は起動していますか？（`hive build-infra`、続いて `hive setup-hosts`）</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>配備されていません</translation>
    </message>
    <message>
        <source>would remove it</source>
        <translation>削除する予定</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>removed; some of its tasks were still stopping after 60 s</source>
        <translation>削除しました。60 秒後もタスクの一部は停止中でした</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot pull on %1: %2</source>
        <translation>%1 で取得できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) up to date</source>
        <translation>
            <numerusform>%n 個のイメージは最新です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not pullable, the host&apos;s copy is used: %1</source>
        <translation>
            <numerusform>%n 個のイメージは取得できないため、ホストにあるものを使います: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>service %1 has no image</source>
        <translation>サービス %1 にイメージがありません</translation>
    </message>
    <message>
        <source>would create it (%1)</source>
        <translation>作成する予定（%1）</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成しました</translation>
    </message>
    <message>
        <source>settings removed from the definition</source>
        <translation>定義から削除された設定</translation>
    </message>
    <message>
        <source>would update it: %1</source>
        <translation>更新する予定: %1</translation>
    </message>
    <message>
        <source>updated (%1)</source>
        <translation>更新しました（%1）</translation>
    </message>
    <message>
        <source>as defined</source>
        <translation>定義どおり</translation>
    </message>
    <message>
        <source>; %1/%2 running</source>
        <translation>。%1/%2 が稼働中</translation>
    </message>
    <message>
        <source>cancelled while waiting for its tasks</source>
        <translation>タスクを待つ間に中止しました</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running; its tasks keep failing%3 (all: `hive ssh -t %4 -- docker service ps --no-trunc %5`)</source>
        <translation>%2 個中 %1 個のタスクが稼働中。タスクが失敗し続けています%3（一覧: `hive ssh -t %4 -- docker service ps --no-trunc %5`）</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running after %3 s%4</source>
        <translation>%3 秒後、%2 個中 %1 個のタスクが稼働中%4</translation>
    </message>
    <message>
        <source>not deployed: the images were not pulled on %1 (it failed in an earlier step); run deploy-services again once it answers</source>
        <translation>デプロイしていません: %1 でイメージを pull できていません（前のステップで失敗しました）。%1 が応答するようになったら deploy-services を再実行してください</translation>
    </message>
    <message>
        <source>backup scripts of %1 (hive-backup.sh -l %1)</source>
        <translation>%1 のバックアップスクリプト (hive-backup.sh -l %1)</translation>
    </message>
    <message>
        <source>no backup scripts of %1</source>
        <translation>%1 のバックアップスクリプトなし</translation>
    </message>
    <message>
        <source>the tasks each service should run (Zabbix)</source>
        <translation>各サービスが動かすべきタスク数 (Zabbix)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>hive::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
</context>
<context>
    <name>hive::DiskCleanupFlow</name>
    <message numerus="yes">
        <source>Free disk space on %n host(s)</source>
        <translation>
            <numerusform>%n 台のホストでディスク領域を空けます</numerusform>
        </translation>
    </message>
    <message>
        <source>Every image no container uses is removed; a service that starts on this host later pulls its image again from the registry.</source>
        <translation>どのコンテナも使っていないイメージをすべて削除します。後でこのホストで起動するサービスは、レジストリからイメージを再取得します。</translation>
    </message>
    <message>
        <source>Only dangling images (no tag, no container) are removed; --all-images also removes tagged images no container uses.</source>
        <translation>dangling イメージ（タグもコンテナもないもの）だけを削除します。--all-images を付けると、どのコンテナも使っていないタグ付きイメージも削除します。</translation>
    </message>
    <message>
        <source>A full DRBD volume is not freed by this: grow it as chapter 12 of the hive-builder manual describes (back up, remove, resize, rebuild, restore).</source>
        <translation>これでは満杯の DRBD ボリュームは空きません。hive-builder マニュアル 12 章の手順（バックアップ、削除、サイズ変更、再構築、リストア）で拡張してください。</translation>
    </message>
    <message>
        <source>freed %1; use before: %2, after: %3</source>
        <translation>%1 を解放しました。使用率 前: %2、後: %3</translation>
    </message>
    <message>
        <source>the registry here is not Debian&apos;s docker-registry service; garbage-collect it by hand</source>
        <translation>このレジストリは Debian の docker-registry サービスではありません。手動でガベージコレクションしてください</translation>
    </message>
    <message numerus="yes">
        <source>registry garbage-collected: %n blob(s) deleted</source>
        <translation>
            <numerusform>レジストリをガベージコレクションしました: %n 個の blob を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>no service logs</source>
        <translation>サービスログはありません</translation>
    </message>
    <message>
        <source>largest service logs (not removed): %1</source>
        <translation>最大のサービスログ（削除していません）: %1</translation>
    </message>
</context>
<context>
    <name>hive::DockerClient</name>
    <message>
        <source>Docker Engine at %1: %2 %3 failed (%4): %5</source>
        <translation>Docker Engine（%1）: %2 %3 が失敗しました (%4): %5</translation>
    </message>
    <message>
        <source>Docker Engine at %1: image import failed: %2</source>
        <translation>Docker Engine（%1）: イメージの取り込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>hive::DockerProvider</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>no Docker Engine answers at %1 (%2). Start one: as root, `systemctl start docker`, or where no init system runs it, `dockerd &amp;`; or point DOCKER_HOST at one.</source>
        <translation>%1 で Docker Engine が応答しません（%2）。root で `systemctl start docker` を実行するか、init システムがない環境では `dockerd &amp;` で起動してください。あるいは DOCKER_HOST で接続先を指定してください。</translation>
    </message>
    <message>
        <source>Docker Engine %1 at %2</source>
        <translation>Docker Engine %1（%2）</translation>
    </message>
    <message>
        <source>stage %1 has no valid cidr (%2); the docker provider needs one</source>
        <translation>ステージ %1 に有効な cidr がありません（%2）。docker プロバイダには必要です</translation>
    </message>
    <message>
        <source>network %1 exists with subnet %2, but the stage&apos;s cidr is %3: remove the stage&apos;s hosts with `hive build-infra -D` first</source>
        <translation>ネットワーク %1 はサブネット %2 で存在しますが、ステージの cidr は %3 です。先に `hive build-infra -D` でステージのホストを削除してください</translation>
    </message>
    <message>
        <source>network %1 (%2)</source>
        <translation>ネットワーク %1（%2）</translation>
    </message>
    <message>
        <source>would create network %1 (%2)</source>
        <translation>ネットワーク %1（%2）を作成します（チェックモード）</translation>
    </message>
    <message>
        <source>cannot create network %1 (%2): %3. Another network may use the same addresses; change the stage&apos;s cidr or remove that network.</source>
        <translation>ネットワーク %1（%2）を作成できません: %3。別のネットワークが同じアドレスを使っている可能性があります。ステージの cidr を変えるか、そのネットワークを削除してください。</translation>
    </message>
    <message>
        <source>created network %1 (%2)</source>
        <translation>ネットワーク %1（%2）を作成しました</translation>
    </message>
    <message>
        <source>network %1 is not there</source>
        <translation>ネットワーク %1 はありません</translation>
    </message>
    <message numerus="yes">
        <source>network %1 kept: %n container(s) still use it</source>
        <translation>
            <numerusform>ネットワーク %1 は残しました: %n 個のコンテナがまだ使っています</numerusform>
        </translation>
    </message>
    <message>
        <source>would remove network %1</source>
        <translation>ネットワーク %1 を削除します（チェックモード）</translation>
    </message>
    <message>
        <source>removed network %1</source>
        <translation>ネットワーク %1 を削除しました</translation>
    </message>
    <message>
        <source>cancelled while %1 was booting</source>
        <translation>%1 の起動中にキャンセルしました</translation>
    </message>
    <message>
        <source>%1 did not finish booting within 180 s (systemd state: %2); see `docker logs %1`</source>
        <translation>%1 が 180 秒以内に起動を完了しませんでした（systemd の状態: %2）。`docker logs %1` を確認してください</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>a container named %1 exists but was not made for stage %2 of %3: rename or remove it</source>
        <translation>コンテナ %1 が存在しますが、%3 のステージ %2 用に作られたものではありません。名前を変えるか削除してください</translation>
    </message>
    <message>
        <source>%1 runs at %2 but the inventory says %3: remove it with `hive build-infra -D -l %1` and build again</source>
        <translation>%1 は %2 で動いていますが、インベントリでは %3 です。`hive build-infra -D -l %1` で削除してから再構築してください</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>would start %1</source>
        <translation>%1 を起動します（チェックモード）</translation>
    </message>
    <message>
        <source>started</source>
        <translation>起動しました</translation>
    </message>
    <message>
        <source>would create it at %1</source>
        <translation>%1 に作成します（チェックモード）</translation>
    </message>
    <message>
        <source>created at %1</source>
        <translation>%1 に作成しました</translation>
    </message>
    <message>
        <source>running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>cannot set up the admin user %1 on %2: %3</source>
        <translation>%2 に管理ユーザ %1 を設定できません: %3</translation>
    </message>
    <message>
        <source>admin user %1 set up</source>
        <translation>管理ユーザ %1 を設定しました</translation>
    </message>
    <message>
        <source>%1 has no SSH host keys (is the ssh service running?)</source>
        <translation>%1 に SSH ホスト鍵がありません（ssh サービスは動いていますか？）</translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation>%1 で稼働中</translation>
    </message>
    <message>
        <source>not there</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>%1 was not made for this stage; left alone</source>
        <translation>%1 はこのステージ用に作られたものではないため、そのままにしました</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>would stop</source>
        <translation>停止します（チェックモード）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>would remove the container and its volume</source>
        <translation>コンテナとボリュームを削除します（チェックモード）</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除しました</translation>
    </message>
</context>
<context>
    <name>hive::DockerTunnels</name>
    <message>
        <source>cannot make a folder for the Docker API tunnels in %1: %2</source>
        <translation>%1 に Docker API のトンネル用フォルダを作成できません: %2</translation>
    </message>
    <message>
        <source>the Docker API of %1 over SSH (%2): %3</source>
        <translation>SSH 経由の %1 の Docker API (%2): %3</translation>
    </message>
</context>
<context>
    <name>hive::DockerWording</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>being removed</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>node state</comment>
        <translation>稼働可能</translation>
    </message>
    <message>
        <source>down</source>
        <comment>node state</comment>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>disconnected</source>
        <comment>node state</comment>
        <translation>切断</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>node state</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>active</source>
        <comment>node availability</comment>
        <translation>有効</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>node availability</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>drained</source>
        <comment>node availability</comment>
        <translation>退避済み</translation>
    </message>
    <message>
        <source>manager</source>
        <comment>node role</comment>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>worker</source>
        <comment>node role</comment>
        <translation>ワーカー</translation>
    </message>
</context>
<context>
    <name>hive::DrbdDiagnosis</name>
    <message>
        <source>every copy of %1 is Outdated: no host holds data DRBD trusts</source>
        <translation>%1 のすべての複製が Outdated です。DRBD が信頼するデータを持つホストがありません</translation>
    </message>
    <message>
        <source>%1 has lost quorum on %2: writes fail until enough peers are back</source>
        <translation>%2 で %1 がクォーラムを失っています。十分なピアが戻るまで書き込みは失敗します</translation>
    </message>
    <message>
        <source>the copy of %1 on %2 is %3</source>
        <translation>%2 にある %1 の複製は %3 です</translation>
    </message>
    <message>
        <source>%1 is syncing between %2 and %3 (%4% done)</source>
        <translation>%1 は %2 と %3 の間で同期中です（%4% 完了）</translation>
    </message>
    <message>
        <source>%1 is connected on one side only: %2 sees %3 as %4/%5, %3 sees %2 as normal; reconnect on %3</source>
        <translation>%1 の接続が片側だけです: %2 からは %3 が %4/%5、%3 からは %2 が正常に見えます。%3 で再接続してください</translation>
    </message>
    <message>
        <source>%1: %2 sees %3 as %4/%5/%6</source>
        <translation>%1: %2 からは %3 が %4/%5/%6 に見えます</translation>
    </message>
    <message>
        <source>%1: UpToDate copies: %2, diskless clients: %3</source>
        <translation>%1: UpToDate の複製: %2、diskless クライアント: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is StandAlone from %3 (split brain or a refused connection): decide which host&apos;s copy to keep, then discard the other&apos;s changes with `hive recover drbd %1 --discard HOST`</source>
        <translation>%2 の %1 は %3 から StandAlone です（スプリットブレインまたは接続の拒否）。どのホストのコピーを残すか決めてから、もう一方の変更を `hive recover drbd %1 --discard HOST` で破棄してください</translation>
    </message>
</context>
<context>
    <name>hive::DrbdGrowFlow</name>
    <message>
        <source>no services file defines %1 as a DRBD volume with a size</source>
        <translation>%1 を size 付きの DRBD ボリュームとして定義しているサービス定義ファイルがありません</translation>
    </message>
    <message>
        <source>Grow DRBD volume %1 from %2 to %3</source>
        <translation>DRBD ボリューム %1 を %2 から %3 に拡張</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size (write it as the services file does: 200M, 20G)</source>
        <translation>&apos;%1&apos; はサイズではありません (サービス定義と同じく 200M、20G のように書いてください)</translation>
    </message>
    <message>
        <source>%1 is not larger than the volume&apos;s %2: a volume is only grown</source>
        <translation>%1 はボリュームの現在の %2 より大きくありません: ボリュームは拡張のみできます</translation>
    </message>
    <message>
        <source>no service of stage %1 uses %2: nothing holds data to keep; change its size and run build-volumes -D and build-volumes</source>
        <translation>ステージ %1 には %2 を使うサービスがなく、保持すべきデータはありません。サイズを変更して build-volumes -D と build-volumes を実行してください</translation>
    </message>
    <message>
        <source>%1 are removed and deployed again: they do not run for the minutes this takes.</source>
        <translation>%1 は削除され再デプロイされます。その数分間は動作しません。</translation>
    </message>
    <message>
        <source>The volume&apos;s files are kept in %1 (owner only) and stay there.</source>
        <translation>ボリュームのファイルは %1 (所有者のみ) に保存され、そのまま残ります。</translation>
    </message>
    <message>
        <source>Check that the drbdpool volume group of every hive has %1 free.</source>
        <translation>すべての hive の drbdpool ボリュームグループに %1 の空きがあることを確認してください。</translation>
    </message>
    <message>
        <source>archived the files of %1 (%2 KiB) into %3</source>
        <translation>%1 のファイル (%2 KiB) を %3 に保存しました</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message>
        <source>cannot change %1 in %2: %3</source>
        <translation>%2 の %1 を変更できません: %3</translation>
    </message>
    <message>
        <source>%1: size %2 (was %3)</source>
        <translation>%1: サイズ %2 (変更前 %3)</translation>
    </message>
    <message>
        <source># only when the steps before did not finish</source>
        <translation># 前のステップが完了しなかった場合のみ</translation>
    </message>
    <message>
        <source>the services are deployed again by the phases that follow</source>
        <translation>サービスは後続のフェーズで再デプロイされます</translation>
    </message>
    <message>
        <source>   # DRBD: on %1 only</source>
        <translation>   # DRBD の場合は %1 のみ</translation>
    </message>
    <message>
        <source>DRBD mirrors what %1 puts back</source>
        <translation>%1 で戻した内容を DRBD がミラーします</translation>
    </message>
    <message>
        <source>put the files of %1 back (%2)</source>
        <translation>%1 のファイルを戻しました (%2)</translation>
    </message>
    <message>
        <source>%1 is not running in full: %2</source>
        <translation>%1 はすべては動作していません: %2</translation>
    </message>
    <message>
        <source>running again: %1</source>
        <translation>再び動作中: %1</translation>
    </message>
    <message>
        <source>%1 not deployed again after volume %2 was grown (its files are back)</source>
        <translation>ボリューム %2 の拡張後、%1 がまだ再デプロイされていません（ファイルは戻してあります）</translation>
    </message>
    <message>
        <source>volume %1 being rebuilt at %2 with %3 removed; its files are in %4</source>
        <translation>ボリューム %1 を %2 で作り直している途中で、%3 は削除されています。ファイルは %4 にあります</translation>
    </message>
    <message>
        <source>%1: size %2 already</source>
        <translation>%1: サイズはすでに %2 です</translation>
    </message>
    <message>
        <source>If it stops halfway, `hive recover resume` finishes it from that archive.</source>
        <translation>途中で止まった場合は、`hive recover resume` がそのアーカイブから完了させます。</translation>
    </message>
    <message>
        <source>%1. The services stay removed, so that nothing writes into the empty volume %2; its files are in %3 on this machine. `hive recover resume` tries again.</source>
        <translation>%1。空のボリューム %2 に何も書き込まれないよう、サービスは削除したままにしています。ファイルはこのマシンの %3 にあります。`hive recover resume` で再試行します。</translation>
    </message>
    <message>
        <source># the journal says: only deploy-services is left</source>
        <translation># ジャーナルに記録: 残りは deploy-services のみ</translation>
    </message>
    <message>
        <source>the files of %1 are back</source>
        <translation>%1 のファイルを戻しました</translation>
    </message>
    <message>
        <source>the journal entry %1 does not say which volume it grew, to what size, from which archive and for which services</source>
        <translation>ジャーナルの項目 %1 には、拡張したボリューム、サイズ、アーカイブ、対象サービスが記録されていません</translation>
    </message>
    <message>
        <source>Deploy %1 again after volume %2 was grown</source>
        <translation>ボリューム %2 の拡張後に %1 を再デプロイする</translation>
    </message>
    <message>
        <source>Finish growing volume %1 to %2 from %3</source>
        <translation>ボリューム %1 の %2 への拡張を %3 から完了させる</translation>
    </message>
    <message>
        <source>volume %1 of the interrupted grow: %2</source>
        <translation>中断した拡張のボリューム %1: %2</translation>
    </message>
    <message>
        <source>the archive with the files of %1 is gone: %2. Without it the volume cannot be filled again; if you have its files elsewhere, put them into the volume by hand, then remove %3.</source>
        <translation>%1 のファイルを収めたアーカイブがありません: %2。これがないとボリュームを元に戻せません。ファイルが別の場所にある場合は手作業でボリュームに戻し、その後 %3 を削除してください。</translation>
    </message>
</context>
<context>
    <name>hive::DrbdHealth</name>
    <message>
        <source>DRBD is not running on %1: volumes %2 are plain local volumes there, not mirrored</source>
        <translation>%1 では DRBD が動いていません。ボリューム %2 はそこでは複製されない通常のローカルボリュームです</translation>
    </message>
    <message>
        <source>Load the drbd kernel module on those hosts (a kernel with DRBD 9) and run `hive build-volumes`.</source>
        <translation>それらのホストで drbd カーネルモジュール（DRBD 9 対応のカーネル）を読み込み、`hive build-volumes` を実行してください。</translation>
    </message>
</context>
<context>
    <name>hive::DrbdRepairFlow</name>
    <message>
        <source>stage %1 has no DRBD volumes</source>
        <translation>ステージ %1 には DRBD ボリュームがありません</translation>
    </message>
    <message>
        <source>%1 is not a DRBD volume of stage %2; they are: %3</source>
        <translation>%1 はステージ %2 の DRBD ボリュームではありません。DRBD ボリュームは %3 です</translation>
    </message>
    <message>
        <source>no hive reports the DRBD resource %1 (is DRBD running there? `hive doctor` shows it)</source>
        <translation>DRBD リソース %1 を報告する hive がありません（DRBD は動いていますか？ `hive doctor` で確認できます）</translation>
    </message>
    <message>
        <source>DRBD volume %1 is healthy on every hive that answered</source>
        <translation>DRBD ボリューム %1 は応答したすべての hive で正常です</translation>
    </message>
    <message>
        <source>DRBD volume %1: %2</source>
        <translation>DRBD ボリューム %1: %2</translation>
    </message>
    <message>
        <source>There is no step to run for this state: wait for the sync, or read `hive doctor`.</source>
        <translation>この状態で実行する手順はありません。同期を待つか、`hive doctor` を確認してください。</translation>
    </message>
    <message>
        <source>Repair DRBD volume %1</source>
        <translation>DRBD ボリューム %1 を修復します</translation>
    </message>
    <message>
        <source>%1 use(s) the volume: scaled to 0 first, and back to their replicas at the end whatever happens.</source>
        <translation>%1 がこのボリュームを使っています。最初に 0 にスケールし、最後に何があっても元のレプリカ数に戻します。</translation>
    </message>
    <message>
        <source>file system on %1 repaired</source>
        <translation>%1 のファイルシステムを修復しました</translation>
    </message>
    <message>
        <source>no hive reports %1</source>
        <translation>%1 を報告する hive がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer critical on %n hive(s)</source>
        <translation>
            <numerusform>%1 は %n 台の hive で重大ではなくなりました</numerusform>
        </translation>
    </message>
    <message>
        <source>; not read on %1</source>
        <translation>。%1 では読み取れませんでした</translation>
    </message>
    <message>
        <source>--discard is for a split brain, and %1 has none now</source>
        <translation>--discard はスプリットブレインのためのものですが、%1 は今スプリットブレインではありません</translation>
    </message>
    <message>
        <source>%1: %2, disk %3</source>
        <translation>%1: %2、ディスク %3</translation>
    </message>
    <message>
        <source>DRBD volume %1 has a split brain: the copies went on apart (%2). Choose the copy to keep and discard the changes of the other: `hive recover drbd %1 --discard HOST` (the Primary is the copy in use)</source>
        <translation>DRBD ボリューム %1 はスプリットブレインです。コピーが別々に更新されました（%2）。残すコピーを選び、もう一方の変更を破棄してください: `hive recover drbd %1 --discard HOST`（Primary が使用中のコピーです）</translation>
    </message>
    <message>
        <source>--discard %1: no such copy of %2; the copies are: %3</source>
        <translation>--discard %1: %2 にそのコピーはありません。コピーは次のとおりです: %3</translation>
    </message>
    <message>
        <source>%1 is the Primary, the copy in use: its changes since the split are lost, as you chose</source>
        <translation>%1 は Primary（使用中のコピー）です。指定どおり、分断以降の変更は失われます</translation>
    </message>
    <message>
        <source>%1&apos;s changes since the split are discarded; the other copies are kept</source>
        <translation>%1 の分断以降の変更を破棄し、他のコピーは残します</translation>
    </message>
    <message>
        <source>Discard the changes on %1 (%2, disk %3: the copy in use)</source>
        <translation>%1 の変更を破棄する（%2、ディスク %3: 使用中のコピー）</translation>
    </message>
    <message>
        <source>Discard the changes on %1 (%2, disk %3)</source>
        <translation>%1 の変更を破棄する（%2、ディスク %3）</translation>
    </message>
</context>
<context>
    <name>hive::DrbdStatus</name>
    <message>
        <source>line %1: a second resource (%2) in one status</source>
        <translation>%1 行目: 1 つのステータスに 2 つ目のリソース (%2) があります</translation>
    </message>
    <message>
        <source>line %1 is not a DRBD status: %2</source>
        <translation>%1 行目は DRBD のステータスではありません: %2</translation>
    </message>
    <message>
        <source>line %1: expected a resource name first</source>
        <translation>%1 行目: 最初にリソース名が必要です</translation>
    </message>
    <message>
        <source>no DRBD status in the output</source>
        <translation>出力に DRBD のステータスがありません</translation>
    </message>
</context>
<context>
    <name>hive::FirstContactKeys</name>
    <message>
        <source>its key is known by now</source>
        <translation>その鍵はすでに登録されています</translation>
    </message>
</context>
<context>
    <name>hive::GcpAccessToken</name>
    <message>
        <source>no access token for %1: %2</source>
        <translation>%1 のアクセストークンを得られません: %2</translation>
    </message>
    <message>
        <source>Google refused an access token for %1 (HTTP %2%3) at %4</source>
        <translation>Google が %4 で %1 のアクセストークンを拒否しました (HTTP %2%3)</translation>
    </message>
    <message>
        <source>Google&apos;s answer at %1 has no access_token</source>
        <translation>%1 からの Google の応答に access_token がありません</translation>
    </message>
</context>
<context>
    <name>hive::GcpAccountCheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the service account the Compute Admin role in project %1, and check that the Compute Engine API is enabled there.</source>
        <translation>サービスアカウントにプロジェクト %1 の Compute 管理者ロールを付与し、Compute Engine API が有効か確認してください。</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>service account %1 of project %2</source>
        <translation>プロジェクト %2 のサービスアカウント %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>リージョン %1</translation>
    </message>
    <message>
        <source>region %1 has no zones</source>
        <translation>リージョン %1 にゾーンがありません</translation>
    </message>
    <message>
        <source>machine type %1</source>
        <translation>マシンタイプ %1</translation>
    </message>
</context>
<context>
    <name>hive::GcpChangeList</name>
    <message>
        <source>would %1</source>
        <translation>%1 (予定)</translation>
    </message>
    <message>
        <source>%1: %2 %3%</source>
        <translation>%1: %2 %3%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hive::GcpInstance</name>
    <message>
        <source>address %1: %2</source>
        <translation>アドレス %1: %2</translation>
    </message>
    <message>
        <source>reserve address %1</source>
        <translation>アドレス %1 を予約</translation>
    </message>
    <message>
        <source>reserve address %1 at %2</source>
        <translation>アドレス %1 を %2 で予約</translation>
    </message>
    <message>
        <source>address %1 has no IP address: %2</source>
        <translation>アドレス %1 に IP アドレスがありません: %2</translation>
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation>インスタンス %1: %2</translation>
    </message>
    <message>
        <source>create instance %1 (%2, %3) at %4 in %5</source>
        <translation>インスタンス %1 (%2、%3) を %5 の %4 に作成</translation>
    </message>
    <message>
        <source>instance %1 is at %2 in %3, not at %4 in %5 as planned: an instance&apos;s address cannot change in place; delete it (build-infra -D removes the stage) or correct the inventory</source>
        <translation>インスタンス %1 は計画の %5 の %4 ではなく %3 の %2 にあります: インスタンスのアドレスはその場では変えられません。削除するか (build-infra -D でステージを削除します)、インベントリを直してください</translation>
    </message>
    <message>
        <source>instance %1 is a %2, not a %3 as planned: left as it is (stop it and change its machine type in the console)</source>
        <translation>インスタンス %1 は計画の %3 ではなく %2 です: そのままにしました (停止してコンソールでマシンタイプを変更してください)</translation>
    </message>
    <message>
        <source>start instance %1 (%2)</source>
        <translation>インスタンス %1 を起動 (%2)</translation>
    </message>
    <message>
        <source>instance %1 as planned, at %2</source>
        <translation>インスタンス %1 は計画どおり、%2</translation>
    </message>
    <message>
        <source>the serial port output of %1: %2</source>
        <translation>%1 のシリアルポート出力: %2</translation>
    </message>
    <message>
        <source>cancelled while waiting for the host keys of %1</source>
        <translation>%1 のホスト鍵を待っている間に中止しました</translation>
    </message>
    <message>
        <source>instance %1 is reached at %2, not at its address %3 (%4): give it that address in the console (its network interface&apos;s external IP), or delete the instance</source>
        <translation>インスタンス %1 の接続先はアドレス %3 (%4) ではなく %2 です: コンソールでそのアドレスを割り当てるか (ネットワークインターフェースの外部 IP)、インスタンスを削除してください</translation>
    </message>
    <message>
        <source>no external address</source>
        <translation>外部アドレスなし</translation>
    </message>
    <message>
        <source>the guest attributes of %1: %2</source>
        <translation>%1 のゲスト属性: %2</translation>
    </message>
    <message>
        <source>%1 gave no SSH host keys within %2 min, neither as guest attributes (Google&apos;s guest agent, with enable-guest-attributes) nor on its serial port (cloud-init): its image may have neither</source>
        <translation>%1 は %2 分以内に SSH ホスト鍵を出しませんでした。ゲスト属性 (Google のゲストエージェント、enable-guest-attributes) にもシリアルポート (cloud-init) にもありません: イメージにどちらもないのかもしれません</translation>
    </message>
    <message>
        <source>waiting for %1 to publish its SSH host keys</source>
        <translation>%1 が SSH ホスト鍵を公開するのを待っています</translation>
    </message>
</context>
<context>
    <name>hive::GcpNetwork</name>
    <message>
        <source>network %1: %2</source>
        <translation>ネットワーク %1: %2</translation>
    </message>
    <message>
        <source>network %1 of project %2 is in auto mode (a subnetwork in every region); hive&apos;s networks are custom: give the stage another hive_vpc_name, or delete that network</source>
        <translation>プロジェクト %2 のネットワーク %1 は自動モードです (全リージョンにサブネットワーク)。hive のネットワークはカスタムモードです: ステージに別の hive_vpc_name を指定するか、そのネットワークを削除してください</translation>
    </message>
    <message>
        <source>create network %1</source>
        <translation>ネットワーク %1 を作成</translation>
    </message>
    <message>
        <source>subnetwork %1 in %2 is %3 on network %4, not %5 on %6 as the stage says: its range cannot be changed in place; delete it, or rename the stage&apos;s subnet</source>
        <translation>%2 のサブネットワーク %1 はネットワーク %4 上の %3 で、ステージの定義 (%6 上の %5) と違います: 範囲はその場では変えられません。削除するか、ステージのサブネットの名前を変えてください</translation>
    </message>
    <message>
        <source>subnetwork %1: %2</source>
        <translation>サブネットワーク %1: %2</translation>
    </message>
    <message>
        <source>create subnetwork %1 %2 in %3</source>
        <translation>%3 にサブネットワーク %1 %2 を作成</translation>
    </message>
    <message>
        <source>firewall %1: %2</source>
        <translation>ファイアウォール %1: %2</translation>
    </message>
    <message>
        <source>create firewall %1</source>
        <translation>ファイアウォール %1 を作成</translation>
    </message>
    <message>
        <source>firewall %1 of project %2 belongs to network %3, not %4: delete it, or give the stage another hive name</source>
        <translation>プロジェクト %2 のファイアウォール %1 は %4 ではなくネットワーク %3 のものです: 削除するか、別の hive 名を付けてください</translation>
    </message>
    <message>
        <source>set the ports of firewall %1 to the plan&apos;s</source>
        <translation>ファイアウォール %1 のポートを計画どおりに設定</translation>
    </message>
    <message>
        <source>set the sources and ports of firewall %1 to the plan&apos;s</source>
        <translation>ファイアウォール %1 の送信元とポートを計画どおりに設定</translation>
    </message>
</context>
<context>
    <name>hive::GcpProvider</name>
    <message>
        <source>stage %1 has nfs volumes, which need a Filestore instance on GCP: this version does not build Filestore yet (build the stage without nfs volumes, or make Filestore %2 in the console)</source>
        <translation>ステージ %1 には nfs ボリュームがあり、GCP では Filestore インスタンスが必要です: このバージョンはまだ Filestore を構築しません (nfs ボリュームなしで構築するか、コンソールで Filestore %2 を作成してください)</translation>
    </message>
    <message numerus="yes">
        <source>network %1 with %n subnetwork(s) and its firewalls as planned</source>
        <translation>
            <numerusform>ネットワーク %1、%n 個のサブネットワークとファイアウォールは計画どおりです</numerusform>
        </translation>
    </message>
    <message>
        <source>no instance</source>
        <translation>インスタンスはありません</translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s plan</source>
        <translation>%1 はステージの計画にありません</translation>
    </message>
    <message>
        <source>-D on GCP removes the whole stage %1 (its network goes with it): run it without -l. To take away one host, remove it from the inventory and delete its instance in the console.</source>
        <translation>GCP での -D はステージ %1 全体を削除します (ネットワークも含みます): -l なしで実行してください。ホストを 1 台だけ外すには、インベントリから削除し、コンソールでそのインスタンスを削除してください。</translation>
    </message>
    <message>
        <source>nothing of stage %1 is left in project %2</source>
        <translation>プロジェクト %2 にステージ %1 のものは残っていません</translation>
    </message>
    <message>
        <source>reading its SSH host keys from its serial port output</source>
        <translation>シリアルポート出力から SSH ホスト鍵を読んでいます</translation>
    </message>
</context>
<context>
    <name>hive::GcpResourcePlan</name>
    <message>
        <source>stage %1: &apos;region&apos; is needed on GCP (e.g. asia-northeast1)</source>
        <translation>ステージ %1: GCP では &apos;region&apos; が必要です (例: asia-northeast1)</translation>
    </message>
    <message>
        <source>stage %1: %2 gives the GCP name &apos;%3&apos;, which GCP refuses (a lowercase letter, then up to 62 lowercase letters, digits or &apos;-&apos;, not ending in &apos;-&apos;)</source>
        <translation>ステージ %1: %2 から GCP の名前 &apos;%3&apos; ができますが、GCP はこの名前を受け付けません (英小文字で始まり、続いて英小文字・数字・&apos;-&apos; を 62 文字まで、末尾は &apos;-&apos; 以外)</translation>
    </message>
    <message>
        <source>the hive&apos;s name</source>
        <translation>hive の名前</translation>
    </message>
    <message>
        <source>subnet %1</source>
        <translation>サブネット %1</translation>
    </message>
    <message>
        <source>stage %1: hive_gcp_capacity_gb &apos;%2&apos; is not a number of GB</source>
        <translation>ステージ %1: hive_gcp_capacity_gb &apos;%2&apos; は GB の数値ではありません</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>region %1, stage %2 of %3</source>
        <translation>リージョン %1、%3 のステージ %2</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>ネットワーク %1</translation>
    </message>
    <message>
        <source>subnetwork %1 %2</source>
        <translation>サブネットワーク %1 %2</translation>
    </message>
    <message>
        <source>firewall %1 from %2: %3</source>
        <translation>ファイアウォール %1 (送信元 %2): %3</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>instance %1 (%2) %3 in %4 at %5 in %6: %7 %8 GB%9, address %10 %11</source>
        <translation>インスタンス %1 (%2) %3、%4 の %6 内の %5: %7 %8 GB%9、アドレス %10 %11</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(新規)</translation>
    </message>
    <message>
        <source>filestore %1 (enterprise, share filestore_root, %2 GB)%3</source>
        <translation>Filestore %1 (enterprise、共有 filestore_root、%2 GB)%3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> (%1 内)</translation>
    </message>
</context>
<context>
    <name>hive::GcpRestClient</name>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 から HTTP %1</translation>
    </message>
    <message>
        <source>%1 has more than 100 pages</source>
        <translation>%1 は 100 ページを超えています</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1</source>
        <translation>%1 を待っている間に中止しました</translation>
    </message>
    <message>
        <source>%1 was not done within %2 min</source>
        <translation>%1 は %2 分以内に終わりませんでした</translation>
    </message>
</context>
<context>
    <name>hive::GcpServiceAccount</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読み取れません (%2)</translation>
    </message>
    <message>
        <source>%1: not a service account key (JSON: %2 at byte %3)</source>
        <translation>%1: サービスアカウントのキーではありません (JSON: %3 バイト目で %2)</translation>
    </message>
    <message>
        <source>%1: &apos;type&apos; is &apos;%2&apos;, not &apos;service_account&apos;: download a service account&apos;s key (IAM, Service accounts, Keys, JSON)</source>
        <translation>%1: &apos;type&apos; が &apos;service_account&apos; ではなく &apos;%2&apos; です: サービスアカウントのキーをダウンロードしてください (IAM、サービスアカウント、キー、JSON)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing</source>
        <translation>%1: &apos;%2&apos; がありません</translation>
    </message>
    <message>
        <source>%1: &apos;private_key&apos; is missing or is not a PEM private key</source>
        <translation>%1: &apos;private_key&apos; がないか、PEM 形式の秘密鍵ではありません</translation>
    </message>
    <message>
        <source>%1 (GOOGLE_APPLICATION_CREDENTIALS)</source>
        <translation>%1 (GOOGLE_APPLICATION_CREDENTIALS)</translation>
    </message>
    <message>
        <source>no GCP service account key: put it in %1 (as hive-builder reads it), or name its file in GOOGLE_APPLICATION_CREDENTIALS</source>
        <translation>GCP のサービスアカウントのキーがありません: %1 に置くか (hive-builder と同じ場所)、GOOGLE_APPLICATION_CREDENTIALS でそのファイルを指定してください</translation>
    </message>
    <message>
        <source>the service account&apos;s private key is not an RSA key OpenSSL can read</source>
        <translation>サービスアカウントの秘密鍵は OpenSSL が読める RSA 鍵ではありません</translation>
    </message>
    <message>
        <source>the service account&apos;s private key cannot sign</source>
        <translation>サービスアカウントの秘密鍵で署名できません</translation>
    </message>
    <message>
        <source>%1 can be read by others than its owner: it is a secret key (chmod 600 %1, and keep it out of version control)</source>
        <translation>%1 は所有者以外も読めます: 秘密鍵です (chmod 600 %1 を実行し、バージョン管理に入れないでください)</translation>
    </message>
</context>
<context>
    <name>hive::GcpTeardown</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation>インスタンス %1: %2</translation>
    </message>
    <message>
        <source>instance %1 is stopped</source>
        <translation>インスタンス %1 は停止しています</translation>
    </message>
    <message>
        <source>stop instance %1</source>
        <translation>インスタンス %1 を停止</translation>
    </message>
    <message>
        <source>delete instance %1 and its disks</source>
        <translation>インスタンス %1 とそのディスクを削除</translation>
    </message>
    <message>
        <source>release address %1</source>
        <translation>アドレス %1 を解放</translation>
    </message>
    <message>
        <source>delete firewall %1</source>
        <translation>ファイアウォール %1 を削除</translation>
    </message>
    <message>
        <source>delete subnetwork %1</source>
        <translation>サブネットワーク %1 を削除</translation>
    </message>
    <message>
        <source>delete network %1</source>
        <translation>ネットワーク %1 を削除</translation>
    </message>
    <message>
        <source>cancelled before: %1</source>
        <translation>次の前に中止しました: %1</translation>
    </message>
    <message>
        <source>Filestore %1 holds the stage&apos;s nfs volumes and uses network %2: delete it in the console once its data is safe (this version does not), then run -D again</source>
        <translation>Filestore %1 にはステージの nfs ボリュームがあり、ネットワーク %2 を使っています: データを退避してからコンソールで削除し (このバージョンは削除しません)、もう一度 -D を実行してください</translation>
    </message>
    <message>
        <source>Filestore %1: %2</source>
        <translation>Filestore %1: %2</translation>
    </message>
    <message>
        <source>left %1: it is on network %2, not this stage&apos;s %3</source>
        <translation>%1 は残しました: このステージの %3 ではなくネットワーク %2 にあります</translation>
    </message>
</context>
<context>
    <name>hive::HealthCheck</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>DRBD</source>
        <translation>DRBD</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>system units</source>
        <translation>systemd ユニット</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>repairs</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>監視</translation>
    </message>
</context>
<context>
    <name>hive::HiveBuilderFiles</name>
    <message>
        <source>%1 and %2 (hive-builder&apos;s CA) cannot be read as a certificate and its key</source>
        <translation>%1 と %2（hive-builder の CA）を証明書とその鍵として読めません</translation>
    </message>
    <message>
        <source>hive-builder&apos;s CA (%1)</source>
        <translation>hive-builder の CA（%1）</translation>
    </message>
    <message>
        <source>cannot make a client certificate from hive-builder&apos;s CA: %1</source>
        <translation>hive-builder の CA からクライアント証明書を作れません: %1</translation>
    </message>
    <message>
        <source>a client certificate signed by it (%1)</source>
        <translation>その CA が署名したクライアント証明書（%1）</translation>
    </message>
</context>
<context>
    <name>hive::HiveCertificates</name>
    <message>
        <source>%1 is not a certificate; move it away to make a new CA</source>
        <translation>%1 は証明書ではありません。新しい CA を作るには、このファイルを移動してください</translation>
    </message>
    <message>
        <source>%1 hive CA</source>
        <translation>%1 hive CA</translation>
    </message>
    <message>
        <source>the hive CA (%1) is missing or unreadable</source>
        <translation>hive の CA (%1) がないか、読めません</translation>
    </message>
</context>
<context>
    <name>hive::HiveDefinitionReader</name>
    <message>
        <source>the hive definition</source>
        <translation>hive 定義</translation>
    </message>
    <message>
        <source>the hive name must not be empty</source>
        <translation>hive の名前を空にすることはできません</translation>
    </message>
    <message>
        <source>no stage is defined: the hive has no hosts</source>
        <translation>ステージが定義されていないため、hive にホストがありません</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; stages are private, staging and production</source>
        <translation>不明なステージ &apos;%1&apos; です。ステージは private, staging, production のいずれかです</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;kms_key_id&apos; in the same stage</source>
        <translation>&apos;%1&apos; を指定する場合は同じステージに &apos;kms_key_id&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;shared_repository&apos; needs &apos;separate_repository: true&apos;</source>
        <translation>&apos;shared_repository&apos; には &apos;separate_repository: true&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;number_of_hosts&apos; must be between 1 and %1, not %2</source>
        <translation>&apos;number_of_hosts&apos; は 1 から %1 の間で指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>&apos;ip_address_list&apos; must hold between 1 and %1 addresses</source>
        <translation>&apos;ip_address_list&apos; には 1 個から %1 個のアドレスを指定してください</translation>
    </message>
    <message>
        <source>number_of_hosts is %1 but ip_address_list has %2 addresses; the list decides</source>
        <translation>number_of_hosts は %1 ですが ip_address_list には %2 個のアドレスがあります。台数はリストに従います</translation>
    </message>
    <message>
        <source>address %1 is listed twice in ip_address_list</source>
        <translation>アドレス %1 が ip_address_list に 2 回指定されています</translation>
    </message>
    <message>
        <source>custom_hostname &apos;%1&apos; must be lower-case letters, digits and hyphens (not at either end), and custom_hostname + hive name must be shorter than 55 characters</source>
        <translation>custom_hostname &apos;%1&apos; は英小文字・数字・ハイフン（両端は不可）で指定し、custom_hostname と hive 名の長さの合計を 55 文字未満にしてください</translation>
    </message>
    <message>
        <source>&apos;subnets&apos; is empty; remove it or list a subnet</source>
        <translation>&apos;subnets&apos; が空です。削除するかサブネットを指定してください</translation>
    </message>
    <message>
        <source>subnet %1 of stage %2</source>
        <translation>ステージ %2 のサブネット %1</translation>
    </message>
    <message>
        <source>address %1 of host %2 is outside the stage&apos;s cidr %3</source>
        <translation>ホスト %2 のアドレス %1 がステージの cidr %3 の範囲外です</translation>
    </message>
    <message>
        <source>stage %1: subnet %2 (%3) has no address left for host %4; use a larger cidr or fewer hosts</source>
        <translation>ステージ %1: サブネット %2 (%3) にホスト %4 に割り当てるアドレスが残っていません。cidr を広げるかホストを減らしてください</translation>
    </message>
    <message>
        <source>first_hive is %1 but stage %2 has no hive host %3; set it with &apos;hive set first_hive N&apos;</source>
        <translation>first_hive は %1 ですが、ステージ %2 にはコンテナ収容サーバ %3 がありません。&apos;hive set first_hive N&apos; で設定してください</translation>
    </message>
    <message>
        <source>the hive name</source>
        <translation>hive 名</translation>
    </message>
    <message>
        <source>host_keys: &apos;%1&apos; is not an address; the keys are pinned per hive_private_ip</source>
        <translation>host_keys: &apos;%1&apos; はアドレスではありません。鍵は hive_private_ip ごとに指定します</translation>
    </message>
    <message>
        <source>the host key of %1</source>
        <translation>%1 のホスト鍵</translation>
    </message>
    <message>
        <source>host_keys: %1 is not the address of a host of stage %2 (%3)</source>
        <translation>host_keys: %1 はステージ %2 のホストのアドレスではありません（%3）</translation>
    </message>
    <message>
        <source>data_path_port must be from 1024 to 49151 (Docker&apos;s range; 8472 is the usual choice where 4789 is taken)</source>
        <translation>data_path_port は 1024〜49151 で指定してください（Docker の範囲。4789 が使われている環境では 8472 が一般的です）</translation>
    </message>
</context>
<context>
    <name>hive::HiveDoctor</name>
    <message numerus="yes">
        <source>reading %n host(s): %1</source>
        <translation>
            <numerusform>%n 台のホストを調べています: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>the repository server %1 does not answer: no image pulls, no service logs</source>
        <translation>リポジトリサーバ %1 が応答しません。イメージの取得もサービスのログ収集もできません</translation>
    </message>
    <message>
        <source>Check that it is running and reachable (`hive ssh -t %1`).</source>
        <translation>起動していて到達できるか確認してください（`hive ssh -t %1`）。</translation>
    </message>
    <message>
        <source>reading services and tasks on %1</source>
        <translation>%1 でサービスとタスクを調べています</translation>
    </message>
    <message>
        <source>reading Zabbix&apos;s problems on %1</source>
        <translation>%1 で Zabbix の障害を読み取っています</translation>
    </message>
</context>
<context>
    <name>hive::HiveMonitoring</name>
    <message>
        <source>this hive has no Zabbix (hive_monitoring is false)</source>
        <translation>このハイブには Zabbix がありません（hive_monitoring が false）</translation>
    </message>
    <message>
        <source>Zabbix is not set up yet: run `hive setup-hosts` (its zabbix step)</source>
        <translation>Zabbix はまだ構築されていません。`hive setup-hosts`（その zabbix ステップ）を実行してください</translation>
    </message>
</context>
<context>
    <name>hive::HostChangeApplier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: `%2` failed: %3</source>
        <translation>%1: `%2` が失敗しました: %3</translation>
    </message>
    <message>
        <source>cancelled before: %1</source>
        <translation>次の前に中止しました: %1</translation>
    </message>
    <message>
        <source>cancelled during: %1</source>
        <translation>次の途中で中止しました: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation>続いて: %1</translation>
    </message>
    <message>
        <source>`%1` failed: %2</source>
        <translation>`%1` が失敗しました: %2</translation>
    </message>
    <message>
        <source>would change: %1</source>
        <translation>変更予定: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) already in place</source>
        <translation>
            <numerusform>%n 個の設定はすでに適用済み</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot note the pending restarts in %1: %2</source>
        <translation>保留中の再起動を %1 に記録できません: %2</translation>
    </message>
    <message>
        <source>%1 (owed by an interrupted run)</source>
        <translation>%1（中断された実行から引き継ぎ）</translation>
    </message>
    <message>
        <source>could not ask the settings in one command (%1): asking them one by one</source>
        <translation>設定を 1 つのコマンドで確認できませんでした（%1）。1 つずつ確認します</translation>
    </message>
</context>
<context>
    <name>hive::HostFacts</name>
    <message>
        <source>%1 is not supported by setup-hosts (RHEL family 8/9, Debian 12 and Ubuntu 22.04 or later are)</source>
        <translation>%1 は setup-hosts の対象外です（対象は RHEL 系 8/9、Debian 12、Ubuntu 22.04 以降）</translation>
    </message>
    <message>
        <source>this operating system</source>
        <translation>この OS</translation>
    </message>
</context>
<context>
    <name>hive::HostPool</name>
    <message>
        <source>%1 is not a host of this hive</source>
        <translation>%1 はこの hive のホストではありません</translation>
    </message>
</context>
<context>
    <name>hive::HostProbe</name>
    <message>
        <source>the host did not run the checks: %1</source>
        <translation>ホストが検査を実行しませんでした: %1</translation>
    </message>
    <message>
        <source>the checks were cut off after section %1</source>
        <translation>検査の出力がセクション %1 の後で途切れました</translation>
    </message>
    <message>
        <source>no complete answer within the time limit (%1)</source>
        <translation>制限時間内に完全な応答がありません（%1）</translation>
    </message>
</context>
<context>
    <name>hive::HostResourcesHealth</name>
    <message>
        <source>%1 (DRBD volume %2)</source>
        <translation>%1（DRBD ボリューム %2）</translation>
    </message>
    <message>
        <source>filling up: %1</source>
        <translation>残り容量が少なくなっています: %1</translation>
    </message>
    <message>
        <source>; largest: %1</source>
        <translation>。大きいもの: %1</translation>
    </message>
    <message>
        <source>Free space on %1: `docker image prune -a` and `docker container prune` remove what no service uses; old logs in /var/log/services on the repository server can be compressed or removed. A full DRBD volume must be grown (hive-builder manual, chapter 12: back up, remove, resize, rebuild, restore).</source>
        <translation>%1 の空きを作ってください: `docker image prune -a` と `docker container prune` でサービスが使っていないものを削除できます。リポジトリサーバの /var/log/services の古いログは圧縮・削除できます。満杯の DRBD ボリュームは拡張が必要です（hive-builder マニュアル 12 章: バックアップ、削除、サイズ変更、再構築、リストア）。</translation>
    </message>
    <message>
        <source>%1 failed, but its resource %2 is no longer defined (stale)</source>
        <translation>%1 が失敗していますが、リソース %2 はもう定義されていません（残骸）</translation>
    </message>
    <message>
        <source>`systemctl reset-failed %1` on %2; `systemctl disable %1` if it is still enabled.</source>
        <translation>%2 で `systemctl reset-failed %1` を実行してください。まだ有効なら `systemctl disable %1` も。</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 が失敗しています</translation>
    </message>
    <message>
        <source>Read why: `journalctl -u %1 -n 50` on %2; once fixed, `systemctl restart %1` or `systemctl reset-failed %1`.</source>
        <translation>%2 で `journalctl -u %1 -n 50` を実行して原因を確認し、直したら `systemctl restart %1` か `systemctl reset-failed %1` を実行してください。</translation>
    </message>
    <message>
        <source>no failed units</source>
        <translation>失敗したユニットはありません</translation>
    </message>
</context>
<context>
    <name>hive::HostRoles</name>
    <message>
        <source>hive</source>
        <translation>hive</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>first</source>
        <translation>先頭</translation>
    </message>
</context>
<context>
    <name>hive::HostSelection</name>
    <message>
        <source>-l %1: no host or group of stage %2 is called %3 (hosts: %4)</source>
        <translation>-l %1: ステージ %2 に %3 という名前のホストもグループもありません（ホスト: %4）</translation>
    </message>
</context>
<context>
    <name>hive::HostState</name>
    <message>
        <source>up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>退避中</translation>
    </message>
    <message>
        <source>down in the swarm</source>
        <translation>swarm で停止</translation>
    </message>
    <message>
        <source>out of the swarm (%1)</source>
        <translation>swarm から外れています（%1）</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>manager (unreachable)</source>
        <translation>マネージャ（到達不能）</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>マネージャ</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>%1 of %2 GiB</source>
        <translation>%1 / %2 GiB</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
</context>
<context>
    <name>hive::HttpConnection</name>
    <message>
        <source>no Docker Engine answers at %1 (%2). Start one (as root: dockerd &amp;) or point DOCKER_HOST at one.</source>
        <translation>%1 で応答する Docker Engine がありません (%2)。起動するか（root で dockerd &amp;）、DOCKER_HOST で接続先を指定してください。</translation>
    </message>
    <message>
        <source>cannot open a TLS connection to the Docker Engine at %1: %2</source>
        <translation>%1 の Docker Engine と TLS で接続できません: %2</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 did not answer within %2 s</source>
        <translation>%1 の Docker Engine が %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 closed the connection</source>
        <translation>%1 の Docker Engine が接続を閉じました</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 sent a malformed answer</source>
        <translation>%1 の Docker Engine から不正な応答がありました</translation>
    </message>
    <message>
        <source>the Docker Engine at %1 stopped answering</source>
        <translation>%1 の Docker Engine が応答しなくなりました</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>refused to send a request to the Docker Engine at %1: its method or path holds a space or a control character (%2)</source>
        <translation>%1 の Docker Engine への要求を送りませんでした: メソッドかパスに空白か制御文字があります（%2）</translation>
    </message>
</context>
<context>
    <name>hive::HttpExchange</name>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 が %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
</context>
<context>
    <name>hive::InitializeServicesPhase</name>
    <message>
        <source>no service of stage %1 has initialize_roles</source>
        <translation>ステージ %1 に initialize_roles を持つサービスはありません</translation>
    </message>
    <message>
        <source>%1 has no running task to initialize; run `hive deploy-services -l %1` and check its tasks</source>
        <translation>%1 には初期化できる稼働中のタスクがありません。`hive deploy-services -l %1` を実行し、タスクを確認してください</translation>
    </message>
    <message>
        <source>the node of %1&apos;s task has no host name</source>
        <translation>%1 のタスクのノードにホスト名がありません</translation>
    </message>
    <message>
        <source>task container %1 on %2</source>
        <translation>%2 のタスクコンテナ %1</translation>
    </message>
    <message>
        <source>initialize_roles of %1</source>
        <translation>%1 の initialize_roles</translation>
    </message>
    <message>
        <source>task container %1 stopped while it was initialized (the swarm replaces it); initializing its new task</source>
        <translation>タスクコンテナ %1 が初期化中に停止しました (swarm が置き換えます)。新しいタスクを初期化します</translation>
    </message>
    <message>
        <source>initialize_roles of %1: nothing they read changed since they ran in this task (--force runs them again)</source>
        <translation>%1 の initialize_roles: このタスクで実行して以降、ロールが読むものは何も変わっていません（--force で再実行します）</translation>
    </message>
</context>
<context>
    <name>hive::InstallDevice</name>
    <message>
        <source>%1 does not exist: is the USB stick or disk plugged in?</source>
        <translation>%1 がありません。USB メモリやディスクは挿さっていますか？</translation>
    </message>
    <message>
        <source>%1 is not a block device: iso_dest is an ISO file (not under /dev) or a whole device such as /dev/sdb</source>
        <translation>%1 はブロックデバイスではありません。iso_dest には ISO ファイル（/dev の外）か、/dev/sdb のようなデバイス全体を指定します</translation>
    </message>
    <message>
        <source>%1 is a partition: the install medium takes the whole device (/dev/%2)</source>
        <translation>%1 はパーティションです。インストール媒体はデバイス全体（/dev/%2）に書き込みます</translation>
    </message>
    <message>
        <source>%1 holds this machine&apos;s own system: the install medium goes to another device (a USB stick)</source>
        <translation>%1 はこのマシン自身のシステムを保持しています。インストール媒体は別のデバイス（USB メモリ）に書き込んでください</translation>
    </message>
    <message>
        <source>%1 is mounted at %2: unmount it first (`udisksctl unmount` or `umount`), then run build-infra again</source>
        <translation>%1 は %2 にマウントされています。先にアンマウントし（`udisksctl unmount` または `umount`）、build-infra をもう一度実行してください</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>リムーバブル</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (run as a user who may write it, e.g. in the disk group)</source>
        <translation>%1 に書き込めません: %2（書き込めるユーザ、例えば disk グループのユーザで実行してください）</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 MB: %3 holds half an install medium; run build-infra again to write it whole</source>
        <translation>%2 MB 中 %1 MB で中止しました。%3 のインストール媒体は途中までです。build-infra をもう一度実行して全部書き込んでください</translation>
    </message>
    <message>
        <source>writing %1 failed after %2 MB: %3</source>
        <translation>%1 への書き込みが %2 MB で失敗しました: %3</translation>
    </message>
    <message>
        <source>flushing %1 failed: %2</source>
        <translation>%1 のフラッシュに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 is not a disk (an LVM, RAID, loop or optical device): the install medium takes a whole USB stick or disk</source>
        <translation>%1 はディスクではありません（LVM、RAID、ループまたは光学デバイス）。インストール媒体は USB メモリまたはディスク全体に書き込みます</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (an LVM volume, RAID array or encrypted volume on it): stop that first, or choose another device</source>
        <translation>%1 は %2 が使用中です（その上の LVM ボリューム、RAID アレイまたは暗号化ボリューム）。先にそれを止めるか、別のデバイスを選んでください</translation>
    </message>
    <message>
        <source>%1 is in use (mounted, or held by another device): unmount it, then run build-infra again</source>
        <translation>%1 は使用中です（マウント中、または別のデバイスが使用中）。アンマウントしてから build-infra をもう一度実行してください</translation>
    </message>
</context>
<context>
    <name>hive::InternalCidrSplit</name>
    <message>
        <source>internal_cidr %1: %2</source>
        <translation>internal_cidr %1: %2</translation>
    </message>
    <message>
        <source>internal_cidr %1 is too small to share among Docker&apos;s networks (use /26 or larger)</source>
        <translation>internal_cidr %1 は Docker のネットワークに分割するには小さすぎます（/26 以上を指定してください）</translation>
    </message>
</context>
<context>
    <name>hive::InventoryLoader</name>
    <message>
        <source>inventory folder %1 does not exist; run &apos;hive init&apos; or pass -r ROOT_DIR</source>
        <translation>インベントリのディレクトリ %1 がありません。プロジェクトのディレクトリで実行するか -r ROOT_DIR を指定してください</translation>
    </message>
    <message>
        <source>empty file ignored</source>
        <translation>空のファイルを無視しました</translation>
    </message>
    <message>
        <source>an inventory file must be a mapping with a &apos;plugin&apos; key, but this one is a %1</source>
        <translation>インベントリのファイルは &apos;plugin&apos; キーを持つマッピングでなければなりませんが、このファイルは %1 です</translation>
    </message>
    <message>
        <source>no &apos;plugin&apos; key: not a hive definition or service definition; file ignored</source>
        <translation>&apos;plugin&apos; キーがないため hive 定義でもサービス定義でもありません。ファイルを無視しました</translation>
    </message>
    <message>
        <source>a second hive definition; the first one is %1 and there must be exactly one</source>
        <translation>2 つ目の hive 定義です。1 つ目は %1 です。hive 定義は 1 つだけにしてください</translation>
    </message>
    <message>
        <source>unknown plugin &apos;%1&apos;; use hive_inventory or hive_services</source>
        <translation>不明なプラグイン &apos;%1&apos; です。hive_inventory か hive_services を指定してください</translation>
    </message>
    <message>
        <source>no hive definition: one file in inventory/ must have &apos;plugin: hive_inventory&apos;</source>
        <translation>hive 定義がありません。inventory/ のファイルの 1 つに &apos;plugin: hive_inventory&apos; が必要です</translation>
    </message>
    <message>
        <source>inventory/ holds no .yml file; a hive needs a hive definition</source>
        <translation>inventory/ に .yml ファイルがありません。hive 定義が必要です</translation>
    </message>
    <message>
        <source>a variables file must be a mapping of names to values, but this one is a %1</source>
        <translation>変数ファイルは変数名と値のマッピングでなければなりませんが、このファイルは %1 です</translation>
    </message>
</context>
<context>
    <name>hive::InventoryTemplates</name>
    <message>
        <source>%1%2 of %3: %4</source>
        <translation>%1%3 の %2: %4</translation>
    </message>
    <message>
        <source>the inventory has Jinja2 templates (%1 of %2, …) and rendering them needs Ansible: install it (Debian: apt-get install ansible-core)</source>
        <translation>インベントリに Jinja2 テンプレートがあります（%2 の %1 など）。描画には Ansible が必要です。インストールしてください（Debian: apt-get install ansible-core）</translation>
    </message>
    <message>
        <source>cannot write the templates for Ansible to %1</source>
        <translation>Ansible に渡すテンプレートを %1 に書き込めません</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>Ansible could not render the inventory&apos;s templates: %1</source>
        <translation>Ansible がインベントリのテンプレートを描画できませんでした: %1</translation>
    </message>
    <message>
        <source>Ansible rendered %1 of %2 templates</source>
        <translation>Ansible が描画したテンプレートは %2 件中 %1 件です</translation>
    </message>
</context>
<context>
    <name>hive::Ipv4Network</name>
    <message>
        <source>IPv6 networks are not supported here; use an IPv4 network</source>
        <translation>ここでは IPv6 ネットワークは使えません。IPv4 ネットワークを指定してください</translation>
    </message>
    <message>
        <source>expected a.b.c.d/prefix</source>
        <translation>a.b.c.d/プレフィックス長 の形式で指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid netmask</source>
        <translation>&apos;%1&apos; は正しいネットマスクではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid prefix length (0-32)</source>
        <translation>&apos;%1&apos; は正しいプレフィックス長 (0〜32) ではありません</translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2/%3?)</source>
        <translation>%1 はホスト部のビットが立っています（%2/%3 の誤りではありませんか？）</translation>
    </message>
</context>
<context>
    <name>hive::KickstartMedium</name>
    <message>
        <source>%1 is not installed here (`sudo apt install xorriso mtools`)</source>
        <translation>%1 がこのマシンにインストールされていません（`sudo apt install xorriso mtools`）</translation>
    </message>
    <message>
        <source>reading %1 from %2: %3</source>
        <translation>%2 から %1 を読み取り中: %3</translation>
    </message>
    <message>
        <source>%1 has no volume id: is it an install medium?</source>
        <translation>%1 にボリューム ID がありません。インストール媒体ですか？</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>%1 の読み取り: %2</translation>
    </message>
    <message>
        <source>%1&apos;s volume id &apos;%2&apos; has characters a boot entry cannot carry</source>
        <translation>%1 のボリューム ID &apos;%2&apos; には起動エントリに書けない文字が含まれています</translation>
    </message>
    <message>
        <source>EFI/BOOT/grub.cfg has no entry with a kernel and an initrd to copy</source>
        <translation>EFI/BOOT/grub.cfg に、写せるカーネルと initrd を持つエントリがありません</translation>
    </message>
    <message>
        <source>isolinux/isolinux.cfg has no entry with a kernel and an initrd to copy</source>
        <translation>isolinux/isolinux.cfg に、写せるカーネルと initrd を持つエントリがありません</translation>
    </message>
    <message>
        <source>%1 has no EFI/BOOT/grub.cfg: the hosts boot by UEFI, from an install medium of AlmaLinux, Rocky Linux or RHEL 8 or 9</source>
        <translation>%1 に EFI/BOOT/grub.cfg がありません。サーバは UEFI で、AlmaLinux、Rocky Linux または RHEL 8/9 のインストール媒体から起動します</translation>
    </message>
    <message>
        <source>writing the boot menu into images/efiboot.img: %1</source>
        <translation>images/efiboot.img への起動メニューの書き込み: %1</translation>
    </message>
    <message>
        <source>writing %1: %2</source>
        <translation>%1 の書き込み: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 を %2 に移動できません</translation>
    </message>
    <message>
        <source>cannot make %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>hive::KickstartPlan</name>
    <message>
        <source>stage %1: &apos;kickstart_config&apos; is needed on kickstart, with iso_src, iso_dest and networks (manual 7.1.2)</source>
        <translation>ステージ %1: kickstart では iso_src、iso_dest、networks を持つ &apos;kickstart_config&apos; が必要です（マニュアル 7.1.2）</translation>
    </message>
    <message>
        <source>%1: the OS&apos;s install medium to start from (an ISO file such as AlmaLinux-9-latest-x86_64-dvd.iso, or the device it is in)</source>
        <translation>%1: 元にする OS のインストール媒体（AlmaLinux-9-latest-x86_64-dvd.iso のような ISO ファイル、または媒体が入ったデバイス）</translation>
    </message>
    <message>
        <source>%1: where the new install medium goes (an ISO file, or a device such as /dev/sdb)</source>
        <translation>%1: 新しいインストール媒体の出力先（ISO ファイル、または /dev/sdb のようなデバイス）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a disk&apos;s name (sda, nvme0n1, disk/by-id/…)</source>
        <translation>%1: &apos;%2&apos; はディスクの名前ではありません（sda、nvme0n1、disk/by-id/…）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a keyboard layout (jp, us)</source>
        <translation>%1: &apos;%2&apos; はキーボード配列ではありません（jp、us）</translation>
    </message>
    <message>
        <source>stage %1: hive_timezone &apos;%2&apos; is not a time zone (%3)</source>
        <translation>ステージ %1: hive_timezone の &apos;%2&apos; はタイムゾーンではありません（%3）</translation>
    </message>
    <message>
        <source>%1: at least one network, with the hosts&apos; addresses (interface, ips, netmask)</source>
        <translation>%1: ホストのアドレスを持つネットワークが 1 つ以上必要です（interface、ips、netmask）</translation>
    </message>
    <message>
        <source>%1: &apos;interface&apos; &apos;%2&apos; is not a network interface name (%3)</source>
        <translation>%1: &apos;interface&apos; の &apos;%2&apos; はネットワークインタフェース名ではありません（%3）</translation>
    </message>
    <message>
        <source>%1: bonding interface &apos;%2&apos; is not a network interface name</source>
        <translation>%1: ボンディングするインタフェース &apos;%2&apos; はネットワークインタフェース名ではありません</translation>
    </message>
    <message>
        <source>%1: bonding_options &apos;%2&apos; is not name=value pairs separated by commas</source>
        <translation>%1: bonding_options の &apos;%2&apos; はカンマ区切りの 名前=値 ではありません</translation>
    </message>
    <message>
        <source>%1: vlanid &apos;%2&apos; is not a VLAN id (1 to 4094)</source>
        <translation>%1: vlanid の &apos;%2&apos; は VLAN ID ではありません（1〜4094）</translation>
    </message>
    <message>
        <source>%1: &apos;ips&apos; has %2 addresses for %3 hosts: give one per host, in host order</source>
        <translation>%1: &apos;ips&apos; のアドレスが %2 個ですがホストは %3 台です。ホストの順に 1 台に 1 つずつ指定してください</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in &apos;ips&apos; is not an IPv4 address</source>
        <translation>%1: &apos;ips&apos; の &apos;%2&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>%1: &apos;netmask&apos; is needed with &apos;ips&apos;, as 255.255.255.0</source>
        <translation>%1: &apos;ips&apos; には &apos;netmask&apos; が必要です（例: 255.255.255.0）</translation>
    </message>
    <message>
        <source>stage %1: the disk size &apos;%2&apos; of %3 is not a size (100 GB, or 100G)</source>
        <translation>ステージ %1: %3 のディスクサイズ &apos;%2&apos; はサイズではありません（100 GB、または 100G）</translation>
    </message>
    <message>
        <source>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 GB, or 20G)</source>
        <translation>ステージ %1: &apos;mirrored_disk_size&apos; の %2 はサイズではありません（20 GB、または 20G）</translation>
    </message>
    <message>
        <source>%1: no network gives %2 its address %3 (hive_private_ip, where build-infra reaches it): put it in one network&apos;s &apos;ips&apos;, at place %4</source>
        <translation>%1: %2 のアドレス %3（hive_private_ip。build-infra はここで接続します）を持つネットワークがありません。いずれかのネットワークの &apos;ips&apos; の %4 番目に入れてください</translation>
    </message>
    <message>
        <source>stage %1: hive_locale &apos;%2&apos; is not a locale (%3)</source>
        <translation>ステージ %1: hive_locale の &apos;%2&apos; はロケールではありません（%3）</translation>
    </message>
    <message>
        <source>%1: &apos;gateway&apos; &apos;%2&apos; is not an IPv4 address</source>
        <translation>%1: &apos;gateway&apos; の &apos;%2&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>%1: nameserver &apos;%2&apos; is not an IPv4 address</source>
        <translation>%1: ネームサーバ &apos;%2&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>stage %1: the memory size &apos;%2&apos; is not a size (16384 MB, or 16G)</source>
        <translation>ステージ %1: メモリサイズ &apos;%2&apos; はサイズではありません（16384 MB、または 16G）</translation>
    </message>
</context>
<context>
    <name>hive::KickstartProvider</name>
    <message numerus="yes">
        <source>%n kickstart file(s) in %1</source>
        <translation>
            <numerusform>%1 に %n 個の kickstart ファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>would write %1</source>
        <translation>%1 を書き込む予定</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>kickstart_config.iso_src %1 does not exist: download the OS&apos;s DVD image (AlmaLinux, Rocky Linux or RHEL 8 or 9) there</source>
        <translation>kickstart_config.iso_src の %1 がありません。OS の DVD イメージ（AlmaLinux、Rocky Linux または RHEL 8/9）をそこにダウンロードしてください</translation>
    </message>
    <message>
        <source>%1 holds the install medium of this stage</source>
        <translation>%1 はこのステージのインストール媒体を保持しています</translation>
    </message>
    <message>
        <source>%1 is the install medium of this stage</source>
        <translation>%1 はこのステージのインストール媒体です</translation>
    </message>
    <message>
        <source>would write the install medium to %1 (%2)</source>
        <translation>インストール媒体を %1（%2）に書き込む予定</translation>
    </message>
    <message>
        <source>would write the install medium %1</source>
        <translation>インストール媒体 %1 を書き込む予定</translation>
    </message>
    <message>
        <source>making %1 from %2</source>
        <translation>%2 から %1 を作成中</translation>
    </message>
    <message>
        <source>the install medium is ready in %1. Writing it to %2 (%3) erases everything on it: to go ahead, run build-infra again with --write-device %2</source>
        <translation>インストール媒体を %1 に用意しました。%2（%3）に書き込むと、その内容はすべて消去されます。進めるには --write-device %2 を付けて build-infra をもう一度実行してください</translation>
    </message>
    <message>
        <source>writing %1 to %2 (%3)</source>
        <translation>%1 を %2（%3）に書き込み中</translation>
    </message>
    <message>
        <source>%1 % written</source>
        <translation>%1 % 書き込み済み</translation>
    </message>
    <message>
        <source>wrote the install medium to %1</source>
        <translation>インストール媒体を %1 に書き込みました</translation>
    </message>
    <message>
        <source>wrote the install medium %1</source>
        <translation>インストール媒体 %1 を書き込みました</translation>
    </message>
    <message>
        <source>. Boot each server from it (UEFI) and choose &quot;Install hive host NAME&quot; for it: %1</source>
        <translation>。各サーバをこれから（UEFI で）起動し、そのサーバの &quot;Install hive host 名前&quot; を選んでください: %1</translation>
    </message>
    <message>
        <source>bare-metal servers are not stopped or removed by hive; they are yours</source>
        <translation>物理サーバは hive が停止・削除しません。管理はお客様に委ねられます</translation>
    </message>
    <message>
        <source>not installed yet (nothing answers on %1 port 22): boot it from the install medium and choose &quot;Install hive host %2&quot;; it powers off when done. Then start it and run build-infra again.</source>
        <translation>まだインストールされていません（%1 のポート 22 に応答がありません）。インストール媒体から起動して &quot;Install hive host %2&quot; を選んでください。終わると電源が切れます。その後サーバを起動し、build-infra をもう一度実行してください。</translation>
    </message>
    <message>
        <source>installed; answers SSH with its known host key</source>
        <translation>インストール済み。既知のホスト鍵で SSH に応答しています</translation>
    </message>
    <message>
        <source>installed; its host key would be recorded on first contact</source>
        <translation>インストール済み。ホスト鍵は初回接続で記録される予定</translation>
    </message>
    <message>
        <source>installed; first contact: host key %1 recorded. Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on its console.</source>
        <translation>インストール済み。初回接続でホスト鍵 %1 を記録しました。サーバのコンソールで `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` の表示と照合してください。</translation>
    </message>
    <message>
        <source>kept the install medium: it installs the stage&apos;s other hosts too</source>
        <translation>インストール媒体を残しました。ステージの他のホストのインストールにも使います</translation>
    </message>
    <message>
        <source>no kickstart files left</source>
        <translation>kickstart のファイルは残っていません</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>%1 を削除する予定</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>the hive&apos;s public key is not one line of &quot;type key comment&quot; without quotes: %1</source>
        <translation>hive の公開鍵が、引用符を含まない「種類 鍵 コメント」の 1 行ではありません: %1</translation>
    </message>
    <message>
        <source>kickstart_config.iso_dest is iso_src (%1): the new medium goes elsewhere, the OS&apos;s own stays as it is</source>
        <translation>kickstart_config.iso_dest が iso_src と同じです（%1）。新しい媒体は別の場所に出力し、OS の媒体はそのまま残します</translation>
    </message>
    <message>
        <source>%1 (%2) is smaller than the install medium (%3 MB): use a larger one</source>
        <translation>%1（%2）はインストール媒体（%3 MB）より小さいため、より大きいものを使ってください</translation>
    </message>
</context>
<context>
    <name>hive::LiveEventWatcher</name>
    <message>
        <source>%1 stopped answering</source>
        <translation>%1 が応答しなくなりました</translation>
    </message>
    <message>
        <source>%1 ended its events</source>
        <translation>%1 がイベントの送信を終了しました</translation>
    </message>
    <message>
        <source>no manager can be followed (%1)</source>
        <translation>追従できるマネージャがありません（%1）</translation>
    </message>
</context>
<context>
    <name>hive::LiveTopology</name>
    <message>
        <source>%1 is defined but not deployed</source>
        <translation>%1 は定義されていますがデプロイされていません</translation>
    </message>
    <message>
        <source>%1: no task running (0 of %2)</source>
        <translation>%1: 動いているタスクがありません (%2 のうち 0)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 replicas running</source>
        <translation>%1: レプリカ %3 のうち %2 が動作中</translation>
    </message>
    <message>
        <source>%1 runs but is not defined for this stage</source>
        <translation>%1 は動いていますが、このステージには定義されていません</translation>
    </message>
</context>
<context>
    <name>hive::LiveTopologyReader</name>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 が応答しません</translation>
    </message>
    <message>
        <source>no hive to ask</source>
        <translation>問い合わせる hive がありません</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>hive::LocalCommand</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 をキャンセルしました</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 が %2 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>%1 was killed</source>
        <translation>%1 が強制終了されました</translation>
    </message>
</context>
<context>
    <name>hive::MaintenanceFlow</name>
    <message>
        <source>Maintenance on for %1: drain it and move its tasks away</source>
        <translation>%1 をメンテナンスに入れます: drain してタスクを他へ移します</translation>
    </message>
    <message>
        <source>Maintenance off for %1: make it active again</source>
        <translation>%1 のメンテナンスを終えます: 再び active にします</translation>
    </message>
    <message>
        <source>the swarm has no leader, so no node can be drained or activated; recover it first (`hive doctor` says how, `hive recover quorum`)</source>
        <translation>swarm にリーダーがいないため、ノードを drain も active にもできません。先に回復してください（方法は `hive doctor`、`hive recover quorum`）</translation>
    </message>
    <message>
        <source>%1 is not in the swarm; run `hive setup-hosts -l %1`</source>
        <translation>%1 は swarm に参加していません。`hive setup-hosts -l %1` を実行してください</translation>
    </message>
    <message>
        <source>%1 is not in maintenance (availability %2)</source>
        <translation>%1 はメンテナンス中ではありません（availability %2）</translation>
    </message>
    <message>
        <source>%1 is active again but not ready: %2</source>
        <translation>%1 は active に戻りましたが ready ではありません: %2</translation>
    </message>
    <message>
        <source>%1 is ready and active: new tasks can be placed on it</source>
        <translation>%1 は ready かつ active です。新しいタスクを配置できます</translation>
    </message>
    <message numerus="yes">
        <source>restarted %n service(s) so the scheduler spreads them again: %1</source>
        <translation>
            <numerusform>スケジューラが再分散するよう %n 個のサービスを再起動しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebalancing restarts every task of the replicated services, one at a time as their update_config says.</source>
        <translation>再分散では replicated サービスのすべてのタスクを、update_config に従って 1 つずつ再起動します。</translation>
    </message>
    <message>
        <source>Maintenance on %1</source>
        <translation>%1 のメンテナンス</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a manager: while it is down the swarm tolerates the loss of %n more manager(s).</source>
        <translation>
            <numerusform>%1 はマネージャです。停止中、swarm はあと %n 台のマネージャ喪失に耐えられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in maintenance (drained)</source>
        <translation>%1 はすでにメンテナンス中です（drain 済み）</translation>
    </message>
    <message>
        <source>%1 is the leader; the swarm elects another one if it goes down.</source>
        <translation>%1 はリーダーです。停止すると swarm は別のリーダーを選びます。</translation>
    </message>
    <message>
        <source>drained: the swarm moves its tasks to the other nodes</source>
        <translation>drain しました: swarm がタスクを他のノードへ移します</translation>
    </message>
    <message>
        <source>still running on %1 after %2 s: %3</source>
        <translation>%2 秒たっても %1 で稼働中です: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is drained, but %n task(s) could not move and are not running: %2. A placement constraint or a volume ties them to %1; they start again after `hive maintenance %1 off`.</source>
        <translation>
            <numerusform>%1 は drain しましたが、%n 個のタスクが移動できず停止しています: %2。配置制約かボリュームが %1 に結び付けています。`hive maintenance %1 off` の後に再び起動します。</numerusform>
        </translation>
    </message>
    <message>
        <source>no task runs on %1 any more; it can be stopped for maintenance</source>
        <translation>%1 で稼働するタスクはもうありません。メンテナンスのため停止できます</translation>
    </message>
    <message>
        <source>%1 drained</source>
        <translation>%1 を drain したまま</translation>
    </message>
    <message>
        <source>interrupted while the tasks of %1 were moving</source>
        <translation>%1 のタスクの移動中に中断しました</translation>
    </message>
    <message>
        <source>nothing was drained</source>
        <translation>drain したものはありません</translation>
    </message>
    <message>
        <source>%1 stays in maintenance</source>
        <translation>%1 はメンテナンス中のままです</translation>
    </message>
    <message>
        <source>%1 is still drained (%2); `hive recover resume` makes it active again</source>
        <translation>%1 はまだ drain されています（%2）。`hive recover resume` で再び active にできます</translation>
    </message>
    <message>
        <source>maintenance cut short: %1 is %2 again</source>
        <translation>メンテナンスを中断しました。%1 は再び %2 です</translation>
    </message>
</context>
<context>
    <name>hive::ManagerLiveness</name>
    <message>
        <source>answers on its swarm port (2377) from %1</source>
        <translation>%1 から swarm のポート (2377) に応答があります</translation>
    </message>
    <message>
        <source>%1 would split the swarm in two: %2. The swarm may live on there (a network partition, not a loss). Find out why this machine cannot reach it; if you are sure it is lost, run this again with --risk-split-brain</source>
        <translation>%1 と swarm が 2 つに分かれます: %2。そちらで swarm が動き続けている可能性があります（障害ではなくネットワークの分断）。このマシンから届かない理由を調べてください。失われていると確かな場合は --risk-split-brain を付けて再実行してください</translation>
    </message>
</context>
<context>
    <name>hive::ManagerRecoveryFlow</name>
    <message>
        <source>Replace the manager %1: remove its dead node entry, rebuild it, join it again</source>
        <translation>マネージャ %1 を置き換えます: 死んだノードの登録を削除し、再構築して再参加させます</translation>
    </message>
    <message>
        <source>the swarm has no leader: that is a lost quorum, not one lost manager; run `hive recover quorum` first</source>
        <translation>swarm にリーダーがいません。マネージャ 1 台の喪失ではなくクォーラムの喪失です。先に `hive recover quorum` を実行してください</translation>
    </message>
    <message>
        <source>%1 is a reachable manager: nothing to replace</source>
        <translation>%1 は到達可能なマネージャです。置き換えるものはありません</translation>
    </message>
    <message>
        <source>removed the dead node entry of %1 (%2)</source>
        <translation>%1 の死んだノード登録を削除しました（%2）</translation>
    </message>
    <message>
        <source>build-infra starts or makes %1 again where the provider can (on prepared servers it only checks it answers); setup-hosts then sets it up and joins it as a manager, replacing any swarm state it kept.</source>
        <translation>build-infra はプロバイダが可能なら %1 を起動または再作成します（既存サーバでは応答を確認するだけです）。続いて setup-hosts が設定し、残っていた swarm の状態を置き換えてマネージャとして参加させます。</translation>
    </message>
    <message>
        <source>Recover the swarm&apos;s quorum</source>
        <translation>swarm のクォーラムを回復します</translation>
    </message>
    <message>
        <source>The swarm has a leader (%1): its quorum is not lost</source>
        <translation>swarm にはリーダー（%1）がいます。クォーラムは失われていません</translation>
    </message>
    <message>
        <source>For a lost manager run `hive recover manager %1`.</source>
        <translation>失われたマネージャには `hive recover manager %1` を実行してください。</translation>
    </message>
    <message>
        <source>%1 cannot lead the new cluster: %2; managers that can: %3</source>
        <translation>%1 は新しいクラスタを率いることができません: %2。可能なマネージャ: %3</translation>
    </message>
    <message>
        <source>it is not a hive of this stage</source>
        <translation>このステージの hive ではありません</translation>
    </message>
    <message>
        <source>it does not answer (%1)</source>
        <translation>応答しません（%1）</translation>
    </message>
    <message>
        <source>it holds no manager state (%1)</source>
        <translation>マネージャの状態を持っていません（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no surviving manager answers with the swarm&apos;s state; if every manager is lost, restore the swarm from a backup (`hive restore`)</source>
        <translation>swarm の状態を持つマネージャが 1 台も応答しません。すべてのマネージャを失った場合はバックアップから swarm をリストアしてください（`hive restore`）</translation>
    </message>
    <message>
        <source>Recover the swarm&apos;s quorum from %1 and rejoin the other hives</source>
        <translation>%1 から swarm のクォーラムを回復し、他の hive を再参加させます</translation>
    </message>
    <message>
        <source>%1&apos;s copy of the swarm (services, networks, secrets, configs) becomes the swarm. Running containers and volumes are not touched.</source>
        <translation>%1 が持つ swarm の写し（サービス、ネットワーク、シークレット、コンフィグ）が swarm になります。稼働中のコンテナとボリュームには触れません。</translation>
    </message>
    <message>
        <source>not locked (%1)</source>
        <translation>ロックされていません（%1）</translation>
    </message>
    <message>
        <source>%1 is locked (autolock) and %2 holds no unlock key; put the key there (mode 0600) and run this again</source>
        <translation>%1 はロックされています（autolock）が、%2 にアンロックキーがありません。キーをそこに置いて（モード 0600）もう一度実行してください</translation>
    </message>
    <message>
        <source>unlocking %1 failed; is %2 the key of this swarm?</source>
        <translation>%1 のアンロックに失敗しました。%2 はこの swarm のキーですか？</translation>
    </message>
    <message>
        <source>unlocked with the stored key</source>
        <translation>保存されたキーでアンロックしました</translation>
    </message>
    <message>
        <source>%1 forced a new cluster but has no leader yet: %2</source>
        <translation>%1 で新しいクラスタを強制作成しましたが、まだリーダーがいません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 leads a new cluster made from its copy of the swarm: %n service(s) kept (%2)</source>
        <translation>
            <numerusform>%1 が自分の swarm の写しから作った新しいクラスタを率いています: %n 個のサービスを保持（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>not every hive is a ready manager yet:
%1</source>
        <translation>まだすべての hive が ready なマネージャではありません:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n hive(s) are ready managers again, fault tolerance %1</source>
        <translation>
            <numerusform>%n 台の hive が再び ready なマネージャです。耐障害性 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; removed stale node entries %1</source>
        <translation>。古いノード登録 %1 を削除しました</translation>
    </message>
    <message>
        <source>after removing the stale node entries %1, not every hive is a ready manager:
%2</source>
        <translation>古いノード登録 %1 を削除した後、すべての hive が ready なマネージャではありません:
%2</translation>
    </message>
    <message>
        <source>%1 still acts as the leader, but %2 of the %3 managers are down (%4), fewer than a majority is left: it loses the leadership within seconds. Wait half a minute and run this again.</source>
        <translation>%1 はまだリーダーとして動いていますが、%3 台中 %2 台のマネージャが停止しており（%4）、過半数が残っていません。数秒以内にリーダーではなくなります。30 秒ほど待ってもう一度実行してください。</translation>
    </message>
    <message>
        <source>Forcing a new cluster on %1 while other managers live</source>
        <translation>他のマネージャが動いているのに %1 で新しいクラスタを強制作成する</translation>
    </message>
    <message>
        <source>--risk-split-brain: going ahead although %1 may still run the swarm; they are not made to leave it (rejoin them by hand once you know which swarm to keep)</source>
        <translation>--risk-split-brain: %1 がまだ swarm を動かしている可能性がありますが続行します。それらを swarm から離脱させることはしません（どちらの swarm を残すか決めてから手作業で参加させ直してください）</translation>
    </message>
</context>
<context>
    <name>hive::NfsShareRecipe</name>
    <message>
        <source>the file server %1 mounted at %2</source>
        <translation>ファイルサーバ %1 を %2 にマウント</translation>
    </message>
    <message>
        <source>the directory of %1 on the file server</source>
        <translation>ファイルサーバ上の %1 のディレクトリ</translation>
    </message>
    <message>
        <source>Docker volume %1 on the file server</source>
        <translation>ファイルサーバ上の Docker ボリューム %1</translation>
    </message>
</context>
<context>
    <name>hive::NodeImageBuilder</name>
    <message>
        <source>HIVE_NODE_IMAGE names %1, which the Docker Engine at %2 does not have</source>
        <translation>HIVE_NODE_IMAGE で指定された %1 が %2 の Docker Engine にありません</translation>
    </message>
    <message>
        <source>the node image recipe has no customisation script (broken installation)</source>
        <translation>ノードイメージのレシピにカスタマイズ用スクリプトがありません（インストールが壊れています）</translation>
    </message>
    <message>
        <source>%1 failed (exit %2); its last output:
%3</source>
        <translation>%1 が失敗しました（終了コード %2）。最後の出力:
%3</translation>
    </message>
    <message>
        <source>building the node image needs root (debootstrap and chroot): run build-infra as root once, or set HIVE_NODE_IMAGE to an image built elsewhere</source>
        <translation>ノードイメージの構築には root 権限が必要です（debootstrap と chroot）。一度 root で build-infra を実行するか、別の場所で作ったイメージを HIVE_NODE_IMAGE で指定してください</translation>
    </message>
    <message>
        <source>debootstrap is not installed: install it (apt-get install debootstrap) and run build-infra again</source>
        <translation>debootstrap がインストールされていません。apt-get install debootstrap でインストールしてから build-infra を再実行してください</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>debootstrap %1 from %2 (a few minutes, once)</source>
        <translation>%2 から %1 を debootstrap しています（初回のみ、数分かかります）</translation>
    </message>
    <message>
        <source>customising the root file system</source>
        <translation>ルートファイルシステムをカスタマイズしています</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>packing the root file system</source>
        <translation>ルートファイルシステムをまとめています</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>%1 を取り込んでいます</translation>
    </message>
    <message>
        <source>node image %1 ready</source>
        <translation>ノードイメージ %1 の準備ができました</translation>
    </message>
    <message>
        <source>cannot make a private work folder in %1: %2</source>
        <translation>%1 に専用の作業フォルダを作れません: %2</translation>
    </message>
</context>
<context>
    <name>hive::NodeRestartFlow</name>
    <message>
        <source>Restart the Docker Engine of %1 so that its node reports to the swarm again</source>
        <translation>%1 の Docker Engine を再起動し、ノードが再び swarm に報告するようにします</translation>
    </message>
    <message>
        <source>the swarm has no leader, so no node can report to it; recover the swarm first (`hive doctor` says how, `hive recover quorum`)</source>
        <translation>swarm にリーダーがいないため、どのノードも報告できません。先に swarm を回復してください（方法は `hive doctor`、`hive recover quorum`）</translation>
    </message>
    <message>
        <source>%1 is not in the swarm; run `hive setup-hosts -l %1`</source>
        <translation>%1 は swarm に参加していません。`hive setup-hosts -l %1` を実行してください</translation>
    </message>
    <message>
        <source>%1 does not answer (%2): restarting its engine cannot help. Start the host again; if it is lost, replace it: `hive recover manager %1`</source>
        <translation>%1 が応答しません（%2）。エンジンを再起動しても解決しません。ホストを起動し直してください。失われた場合は置き換えてください: `hive recover manager %1`</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>問い合わせていません</translation>
    </message>
    <message>
        <source>%1 is ready: its node reports to the swarm</source>
        <translation>%1 は ready です。ノードは swarm に報告しています</translation>
    </message>
    <message>
        <source>Restarting the engine of %1</source>
        <translation>%1 のエンジンの再起動</translation>
    </message>
    <message>
        <source>no other manager answers to see %1 come back; recover the swarm first (`hive doctor`)</source>
        <translation>%1 の復帰を確認できる他のマネージャが応答しません。先に swarm を回復してください（`hive doctor`）</translation>
    </message>
    <message>
        <source>The containers on %1 stop while its engine restarts; the tasks of replicated services it ran are started elsewhere meanwhile.</source>
        <translation>エンジンの再起動中は %1 のコンテナが停止します。そこで動いていた replicated サービスのタスクは、その間ほかのノードで起動されます。</translation>
    </message>
    <message>
        <source>%1 is a manager: it leaves the swarm&apos;s quorum for the seconds of the restart, which the other managers carry.</source>
        <translation>%1 はマネージャです。再起動の数秒間は swarm のクォーラムから外れ、ほかのマネージャがクォーラムを保ちます。</translation>
    </message>
    <message>
        <source>the engine of %1 restarted but is not an active swarm member: %2</source>
        <translation>%1 のエンジンは再起動しましたが、swarm の active なメンバーではありません: %2</translation>
    </message>
    <message>
        <source>the engine restarted and is an active swarm member</source>
        <translation>エンジンが再起動し、swarm の active なメンバーです</translation>
    </message>
    <message>
        <source>%1 still is not ready after %2 s (%3): read its engine&apos;s log (`journalctl -u docker -n 100` on it); if this keeps happening, replace it: `hive recover manager %1`</source>
        <translation>%2 秒経っても %1 は ready になりません（%3）。そのホストでエンジンのログを確認してください（`journalctl -u docker -n 100`）。繰り返す場合は置き換えてください: `hive recover manager %1`</translation>
    </message>
    <message>
        <source>%1 is ready: it reports to the swarm again</source>
        <translation>%1 は ready です。再び swarm に報告しています</translation>
    </message>
</context>
<context>
    <name>hive::PasswordHash</name>
    <message>
        <source>cannot make a salt for a %1 password hash</source>
        <translation>%1 のパスワードハッシュ用のソルトを作れません</translation>
    </message>
    <message>
        <source>%1 password hashes are not available here</source>
        <translation>%1 のパスワードハッシュはこのマシンでは使えません</translation>
    </message>
</context>
<context>
    <name>hive::Persistents</name>
    <message>
        <source>%1 must be a mapping of variable names; fix or remove the file</source>
        <translation>%1 は変数名のマッピングでなければなりません。ファイルを修正するか削除してください</translation>
    </message>
    <message>
        <source>variable &apos;%1&apos; must map scopes (global, private, staging, production) to values</source>
        <translation>変数 &apos;%1&apos; はスコープ（global, private, staging, production）ごとの値のマッピングでなければなりません</translation>
    </message>
    <message>
        <source>%1 could not be read, so it is not overwritten; fix it first</source>
        <translation>%1 を読み込めなかったため上書きしません。先に修正してください</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>%1 is locked by process %2 on %3; try again when it has finished</source>
        <translation>%1 は %3 のプロセス %2 がロックしています。終了してから再実行してください</translation>
    </message>
    <message>
        <source>%1 changed on disk and can no longer be read; not overwritten</source>
        <translation>%1 がディスク上で変更され読み込めなくなったため上書きしません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>hive::Phase</name>
    <message>
        <source>%1 has no steps in this version</source>
        <translation>%1 はこのバージョンではステップを持ちません</translation>
    </message>
    <message>
        <source>no %1 step has the tag %2; the steps are: %3</source>
        <translation>%1 にタグ %2 を持つステップはありません。ステップは次のとおりです: %3</translation>
    </message>
    <message>
        <source>-l %1: the stage has no volume %1 (its volumes: %2)</source>
        <translation>-l %1: ステージにボリューム %1 はありません（ボリューム: %2）</translation>
    </message>
    <message>
        <source>-l %1: the stage has no network %1 (its networks: %2)</source>
        <translation>-l %1: ステージにネットワーク %1 はありません（ネットワーク: %2）</translation>
    </message>
    <message>
        <source>-l %1: the stage has no service %1 (its services: %2)</source>
        <translation>-l %1: このステージにサービス %1 はありません（サービス: %2）</translation>
    </message>
    <message>
        <source>%1&apos;s step %2 (tags %3) is missing from its outline: the early -T check would be wrong; please report this</source>
        <translation>%1 のステップ %2（タグ %3）がその概要にありません。-T の事前チェックが誤る不具合です。報告してください</translation>
    </message>
</context>
<context>
    <name>hive::PhaseCatalog</name>
    <message>
        <source>only these services (comma-separated)</source>
        <translation>これらのサービスのみ（カンマ区切り）</translation>
    </message>
    <message>
        <source>only these volumes (comma-separated)</source>
        <translation>これらのボリュームのみ（カンマ区切り）</translation>
    </message>
    <message>
        <source>only these networks (comma-separated)</source>
        <translation>これらのネットワークのみ（カンマ区切り）</translation>
    </message>
    <message>
        <source>only these hosts or groups (comma-separated; !name excludes)</source>
        <translation>対象をこのホストまたはグループに限る（カンマ区切り、!名前 で除外）</translation>
    </message>
    <message>
        <source>build the stage&apos;s servers and networks (or -H halt, -D destroy them)</source>
        <translation>ステージのサーバとネットワークを構築する（-H で停止、-D で削除）</translation>
    </message>
    <message>
        <source>remove the servers, their volumes and the network</source>
        <translation>サーバとそのボリューム、ネットワークを削除する</translation>
    </message>
    <message>
        <source>set up the servers: OS, firewall, TLS, Docker, registry, logs and the swarm</source>
        <translation>サーバを設定する: OS、ファイアウォール、TLS、Docker、レジストリ、ログ、swarm</translation>
    </message>
    <message>
        <source>build the services&apos; images with their roles and push them to the hive registry</source>
        <translation>サービスのイメージを role でビルドし、hive のレジストリに push する</translation>
    </message>
    <message>
        <source>make the stage&apos;s volumes: DRBD-mirrored or by a driver (or -D remove them)</source>
        <translation>ステージのボリュームを作る: DRBD による複製またはドライバ（-D で削除）</translation>
    </message>
    <message>
        <source>remove the volumes (refused while a service uses one)</source>
        <translation>ボリュームを削除する（サービスが使用中なら拒否）</translation>
    </message>
    <message>
        <source>make the stage&apos;s swarm networks (or -D remove them)</source>
        <translation>ステージの swarm ネットワークを作る（-D で削除）</translation>
    </message>
    <message>
        <source>remove the networks (refused while a service uses one)</source>
        <translation>ネットワークを削除する（サービスが使用中なら拒否）</translation>
    </message>
    <message>
        <source>create or update the stage&apos;s swarm services and wait until they run (or -D remove them)</source>
        <translation>ステージの swarm サービスを作成・更新し、稼働するまで待つ（-D で削除）</translation>
    </message>
    <message>
        <source>remove the services</source>
        <translation>サービスを削除する</translation>
    </message>
    <message>
        <source>apply the services&apos; initialize_roles inside a running task of each</source>
        <translation>各サービスの稼働中のタスク内で initialize_roles を適用する</translation>
    </message>
    <message>
        <source>%1 has no tags: -T %2 selects nothing in it (phases with tags: %3)</source>
        <translation>%1 にはタグがありません。-T %2 では何も選ばれません（タグがあるフェーズ: %3）</translation>
    </message>
</context>
<context>
    <name>hive::PhaseRequest</name>
    <message>
        <source>unknown phase &apos;%1&apos; (choose from all, %2)</source>
        <translation>不明なフェーズ &apos;%1&apos; です (all, %2 から選んでください)</translation>
    </message>
    <message>
        <source>-H and -D cannot be used together</source>
        <translation>-H と -D は同時に指定できません</translation>
    </message>
    <message>
        <source>-H (halt) is for build-infra only</source>
        <translation>-H (停止) は build-infra だけで使えます</translation>
    </message>
    <message>
        <source>-D (destroy) is not available for %1</source>
        <translation>-D (削除) は %1 では使えません</translation>
    </message>
    <message>
        <source>argument -S: invalid choice: &apos;%1&apos; (choose from %2)</source>
        <translation>引数 -S: 無効な選択です: &apos;%1&apos; (%2 から選んでください)</translation>
    </message>
</context>
<context>
    <name>hive::PhaseRunner</name>
    <message>
        <source>%1 is not available in this version of hive yet; start_phase stays at %1</source>
        <translation>%1 はこのバージョンの hive ではまだ使えません。start_phase は %1 のままです</translation>
    </message>
    <message>
        <source>-T %1 selects nothing in %2: it has no tags</source>
        <translation>-T %1 では %2 の何も選ばれません（タグがありません）</translation>
    </message>
    <message>
        <source>-T %1 selects nothing: none of the phases this runs (%2) has tags</source>
        <translation>-T %1 では何も選ばれません。実行するフェーズ（%2）にタグがありません</translation>
    </message>
    <message>
        <source>the saved files have errors; the first: %1</source>
        <translation>保存済みのファイルにエラーがあります。最初のもの: %1</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>ステージ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) of the inventory could not be rendered:
%1</source>
        <translation>
            <numerusform>インベントリのテンプレート %n 件を描画できませんでした:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::PhaseScope</name>
    <message>
        <source>stage %1 of %2</source>
        <translation>%2 のステージ %1</translation>
    </message>
</context>
<context>
    <name>hive::PhaseSession</name>
    <message>
        <source>an earlier run stopped without finishing: %1; continuing from start_phase</source>
        <translation>以前の実行が完了せずに止まっていました: %1。start_phase から続けます</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（%2 による）</translation>
    </message>
    <message>
        <source>going ahead although an interrupted repair left: %1</source>
        <translation>中断された修復が残したものがありますが続行します: %1</translation>
    </message>
    <message>
        <source>an interrupted repair left this on stage %1: %2. Put it back first: `hive recover resume` (`-n` shows what it runs), or Repair… on the finding in the Health tab. To go ahead anyway, run it with --force on the command line.</source>
        <translation>中断された修復がステージ %1 にこれを残しています: %2。先に元に戻してください: `hive recover resume`（`-n` で実行内容を確認できます）、または Health タブでこの検出項目の「修復…」。それでも進めるには、コマンドラインで --force を付けて実行してください。</translation>
    </message>
</context>
<context>
    <name>hive::PlannedTopology</name>
    <message>
        <source>availability zone</source>
        <translation>アベイラビリティゾーン</translation>
    </message>
    <message>
        <source>availability zone, subnet %1</source>
        <translation>アベイラビリティゾーン、サブネット %1</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>built from %1</source>
        <translation>%1 からビルド</translation>
    </message>
    <message>
        <source>No swarm managers: the stage has no hives.</source>
        <translation>Swarm マネージャがありません: このステージには hive がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n swarm manager(s); the swarm survives the loss of %1.</source>
        <translation>
            <numerusform>Swarm マネージャ %n 台。%1 台まで失っても Swarm は動き続けます。</numerusform>
        </translation>
    </message>
    <message>
        <source>An even number of managers adds no fault tolerance over %1.</source>
        <translation>マネージャを偶数台にしても %1 台のときより耐障害性は上がりません。</translation>
    </message>
    <message>
        <source>Losing any manager stops the swarm; use three hives.</source>
        <translation>マネージャを 1 台でも失うと Swarm が止まります。hive を 3 台にしてください。</translation>
    </message>
    <message>
        <source>virtual machines bridged through a new bridge %1</source>
        <translation>新しいブリッジ %1 で外部に接続された仮想マシン</translation>
    </message>
    <message>
        <source>virtual machines bridged through %1</source>
        <translation>%1 で外部に接続された仮想マシン</translation>
    </message>
    <message>
        <source>virtual machines on a network private to this machine</source>
        <translation>このマシン専用のネットワーク上の仮想マシン</translation>
    </message>
    <message>
        <source> VLAN %1</source>
        <translation> VLAN %1</translation>
    </message>
    <message>
        <source> (hosts&apos; addresses)</source>
        <translation>（ホストのアドレス）</translation>
    </message>
    <message>
        <source>bare-metal servers; %1</source>
        <translation>物理サーバ。%1</translation>
    </message>
    <message>
        <source>no networks set</source>
        <translation>ネットワークが設定されていません</translation>
    </message>
</context>
<context>
    <name>hive::PreparedProvider</name>
    <message>
        <source>prepared machines are not stopped or removed by hive; they are yours</source>
        <translation>prepared のマシンは hive では停止・削除しません（利用者のマシンです）</translation>
    </message>
    <message>
        <source>%1 logs in with the hive&apos;s key</source>
        <translation>%1 は hive の鍵でログインできます</translation>
    </message>
    <message>
        <source>%1. Put the hive&apos;s public key (%2.pub) in ~%3/.ssh/authorized_keys there, or set root_password in the stage for a one-time set-up.</source>
        <translation>%1。hive の公開鍵（%2.pub）を対象ホストの ~%3/.ssh/authorized_keys に登録するか、初回設定のためにステージに root_password を指定してください。</translation>
    </message>
    <message>
        <source>would log in as root by password and set up %1</source>
        <translation>root でパスワードログインして %1 を設定します（チェックモード）</translation>
    </message>
    <message>
        <source>setting up %1 on %2 as root failed: %3</source>
        <translation>%2 で root として %1 を設定できませんでした: %3</translation>
    </message>
    <message>
        <source>%1 was set up on %2 but still cannot log in with the key: %3</source>
        <translation>%2 に %1 を設定しましたが、鍵でログインできません: %3</translation>
    </message>
    <message>
        <source>set up %1 with the hive&apos;s key (root password no longer needed)</source>
        <translation>%1 を hive の鍵で設定しました（今後 root パスワードは不要です）</translation>
    </message>
    <message>
        <source>%1 (%2) is seen for the first time, with the host key %3. Before its root password is sent there, check that key on the host&apos;s console (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`), then run again with --trust-new-host-keys, or pin it in the stage (host_keys: {%2: %3}).</source>
        <translation>%1 (%2) への接続は初めてで、ホスト鍵は %3 です。root パスワードを送る前に、ホストのコンソールでその鍵を確認し（`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`）、--trust-new-host-keys を付けて再実行するか、ステージで鍵を固定してください（host_keys: {%2: %3}）。</translation>
    </message>
</context>
<context>
    <name>hive::Project</name>
    <message>
        <source>stage &apos;%1&apos; is not private, staging or production</source>
        <translation>ステージ &apos;%1&apos; は private, staging, production のいずれでもありません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>%1: %2:%3 → %4</source>
        <translation>%1: %2:%3 → %4</translation>
    </message>
</context>
<context>
    <name>hive::ProjectLock</name>
    <message>
        <source>%1 (pid %2 on %3, since %4)</source>
        <translation>%1（%3 の pid %2、%4 から）</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open the lock %1: %2</source>
        <translation>ロック %1 を開けません: %2</translation>
    </message>
    <message>
        <source>another run holds this stage: %1; wait for it to finish (lock file %2)</source>
        <translation>別の実行がこのステージを使用中です: %1。終わるまで待ってください（ロックファイル %2）</translation>
    </message>
    <message>
        <source>a run starting up</source>
        <translation>起動中の実行</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1 をロックできません: %2</translation>
    </message>
    <message>
        <source>cannot write the lock %1: %2</source>
        <translation>ロック %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>hive::ProjectScaffold</name>
    <message>
        <source>hive.yml does not read as YAML; fix it first</source>
        <translation>hive.yml が YAML として読めません。先に修正してください</translation>
    </message>
    <message>
        <source>the stage %1 is defined already</source>
        <translation>ステージ %1 は既に定義されています</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>Give the hive a name: a domain name such as pdns.example.jp.</source>
        <translation>hive に名前を付けてください。pdns.example.jp のようなドメイン名です。</translation>
    </message>
    <message>
        <source>The hive name is too long for host names (at most 200 characters).</source>
        <translation>hive 名がホスト名に使うには長すぎます（200 文字まで）。</translation>
    </message>
    <message>
        <source>%1 is not a domain name: use lower-case letters, digits and hyphens (not at either end) between dots.</source>
        <translation>%1 はドメイン名ではありません。ドットで区切った各部分に英小文字・数字・ハイフン（両端以外）を使ってください。</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (name@example.jp); leave it empty to set it later.</source>
        <translation>%1 はメールアドレスではありません（name@example.jp）。後で設定するなら空のままにしてください。</translation>
    </message>
    <message>
        <source>%1 is not a domain name (example.jp); leave it empty to set it later.</source>
        <translation>%1 はドメイン名ではありません（example.jp）。後で設定するなら空のままにしてください。</translation>
    </message>
</context>
<context>
    <name>hive::ProviderCatalog</name>
    <message>
        <source>this version cannot build hosts with provider %1 yet: a stage on it can be designed and edited, not built (providers that build: %2)</source>
        <translation>このバージョンはまだプロバイダ %1 でホストを構築できません。そのステージは設計と編集はできますが、構築はできません (構築できるプロバイダ: %2)</translation>
    </message>
</context>
<context>
    <name>hive::ProxyForwards</name>
    <message>
        <source>the proxy %1:%2 does not reach %3: %4</source>
        <translation>プロキシ %1:%2 を %3 に転送できません: %4</translation>
    </message>
    <message>
        <source>the proxy %1:%2 reaches %3 at %4 while this phase runs</source>
        <translation>このフェーズの実行中、プロキシ %1:%2 を %3 の %4 に転送しています</translation>
    </message>
    <message>
        <source>containers reach the proxy at %1</source>
        <translation>コンテナからは %1 でプロキシに届きます</translation>
    </message>
</context>
<context>
    <name>hive::ProxySettings</name>
    <message>
        <source>http_proxy_port is %1: give a port number from 1 to 65535 (`hive set http_proxy_port 3128`)</source>
        <translation>http_proxy_port が %1 です: 1〜65535 のポート番号を指定してください（`hive set http_proxy_port 3128`）</translation>
    </message>
    <message>
        <source>http_proxy is %1: give the proxy as host:port, as this machine reaches it (`hive set http_proxy localhost:3128`)</source>
        <translation>http_proxy が %1 です: このマシンから接続するプロキシを ホスト:ポート で指定してください（`hive set http_proxy localhost:3128`）</translation>
    </message>
    <message>
        <source>%1 is %2: give an http:// or https:// address</source>
        <translation>%1 が %2 です: http:// または https:// のアドレスを指定してください</translation>
    </message>
    <message>
        <source>pip_trusted_host is %1: give a host name</source>
        <translation>pip_trusted_host が %1 です: ホスト名を指定してください</translation>
    </message>
</context>
<context>
    <name>hive::QuorumGuard</name>
    <message>
        <source>%1 would leave %2 of %3 managers up, but the swarm needs %4 (more than half) to keep a leader: services could no longer be changed or rescheduled (the outage where an automatic reboot took two of three control-plane nodes down at once).</source>
        <translation>%1 を行うと稼働するマネージャは %3 台中 %2 台になりますが、swarm がリーダーを保つには %4 台（過半数）が必要です。サービスの変更も再配置もできなくなります（自動再起動で 3 台中 2 台のコントロールプレーンが同時に止まった障害）。</translation>
    </message>
    <message>
        <source>Already down or in maintenance: %1. Bring them back first (`hive doctor` shows them), then try again.</source>
        <translation>すでに停止中またはメンテナンス中: %1。先にそれらを戻してから（`hive doctor` で確認できます）再度実行してください。</translation>
    </message>
    <message>
        <source>Add managers first, or do this one host at a time.</source>
        <translation>先にマネージャを増やすか、1 台ずつ行ってください。</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryContext</name>
    <message>
        <source>`%1` failed on %2: %3</source>
        <translation>%2 で `%1` が失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 is not a hive of stage %2; the hives are: %3</source>
        <translation>%1 はステージ %2 の hive ではありません。hive は %3 です</translation>
    </message>
    <message>
        <source>the archive was made on %1 but could not be fetched: %2</source>
        <translation>%1 でアーカイブを作りましたが取得できませんでした: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryPlan</name>
    <message>
        <source>Refused: %1</source>
        <translation>拒否しました: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>行うことはありません。</translation>
    </message>
    <message>
        <source> (one at a time)</source>
        <translation>（1 台ずつ）</translation>
    </message>
    <message>
        <source> (whatever happens)</source>
        <translation>（何があっても実行）</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryRequest</name>
    <message>
        <source>usage: hive maintenance HOST on|off [--rebalance] [-y] [-n]</source>
        <translation>使い方: hive maintenance ホスト on|off [--rebalance] [-y] [-n]</translation>
    </message>
    <message>
        <source>%1 needs a number of 1 or more</source>
        <translation>%1 には 1 以上の数を指定してください</translation>
    </message>
    <message numerus="yes">
        <source>reading the failed units on %n host(s)</source>
        <translation>
            <numerusform>%n 台のホストで失敗したユニットを読み取っています</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from %1: its units are left as they are</source>
        <translation>%1 から応答がありません。そのユニットはそのままにします</translation>
    </message>
    <message numerus="yes">
        <source>reading DRBD volume %1 on %n hive(s)</source>
        <translation>
            <numerusform>%n 台の hive で DRBD ボリューム %1 を読み取っています</numerusform>
        </translation>
    </message>
    <message>
        <source>no DRBD status of %1 from %2</source>
        <translation>%2 から %1 の DRBD の状態を得られませんでした</translation>
    </message>
    <message numerus="yes">
        <source>reading the swarm on %n hive(s): %1</source>
        <translation>
            <numerusform>%n 台の hive で swarm を調べています: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>--grow needs the new size (200M, 20G)</source>
        <translation>--grow には新しいサイズが必要です (200M、20G)</translation>
    </message>
    <message>
        <source>finding where %1 holds its files</source>
        <translation>%1 のファイルがある場所を確認しています</translation>
    </message>
    <message>
        <source>usage: hive recover manager HOST | hive recover quorum [SURVIVOR] [--risk-split-brain] | hive recover node HOST | hive recover units [UNIT] [--restart|--disable] | hive recover disk [--all-images] [--no-registry] | hive recover drbd VOLUME [--fsck] [--discard HOST] | hive recover drbd VOLUME --grow SIZE | hive recover resume</source>
        <translation>使い方: hive recover manager HOST | hive recover quorum [SURVIVOR] [--risk-split-brain] | hive recover node HOST | hive recover units [UNIT] [--restart|--disable] | hive recover disk [--all-images] [--no-registry] | hive recover drbd VOLUME [--fsck] [--discard HOST] | hive recover drbd VOLUME --grow SIZE | hive recover resume</translation>
    </message>
    <message>
        <source>--discard needs the host whose copy&apos;s changes are discarded</source>
        <translation>--discard には変更を破棄するコピーのホストを指定してください</translation>
    </message>
    <message>
        <source>usage: hive restore [ARCHIVE] [--risk-split-brain] | hive restore --data SERVICE [YYYYmmddHHMMSS]</source>
        <translation>使い方: hive restore [ARCHIVE] [--risk-split-brain] | hive restore --data SERVICE [YYYYmmddHHMMSS]</translation>
    </message>
    <message>
        <source>usage: hive backup [--keep N] | hive backup --data [-l SERVICE,...]</source>
        <translation>使い方: hive backup [--keep N] | hive backup --data [-l SERVICE,...]</translation>
    </message>
    <message>
        <source>--limit needs the services, comma-separated</source>
        <translation>--limit にはサービスをカンマ区切りで指定してください</translation>
    </message>
    <message>
        <source>reading the replicas of %1 on %2</source>
        <translation>%2 で %1 のレプリカ数を読み取っています</translation>
    </message>
    <message>
        <source>%1 is not a service of the swarm, or no manager answers: %2</source>
        <translation>%1 は swarm のサービスではないか、応答するマネージャがありません: %2</translation>
    </message>
</context>
<context>
    <name>hive::RecoveryRunner</name>
    <message>
        <source>checking: %1</source>
        <translation>確認中: %1</translation>
    </message>
    <message>
        <source>the changed definition does not load: %1</source>
        <translation>変更した定義を読み込めません: %1</translation>
    </message>
    <message>
        <source>left on stage %1: %2. `hive recover resume` finishes it (`-n` shows what it runs first).</source>
        <translation>ステージ %1 に残っているもの: %2。`hive recover resume` で完了できます（`-n` で実行内容を先に表示）。</translation>
    </message>
</context>
<context>
    <name>hive::RemoteFileSync</name>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>%2 の %1 を読み込めません: %3</translation>
    </message>
    <message>
        <source>cannot install %1 on %2: %3</source>
        <translation>%2 に %1 を配置できません: %3</translation>
    </message>
</context>
<context>
    <name>hive::RepairJournal</name>
    <message>
        <source>a repair journal entry needs a name of a-z, 0-9, &apos;.&apos; and &apos;-&apos;, not &apos;%1&apos;</source>
        <translation>修復ジャーナルの項目名には a-z、0-9、&apos;.&apos;、&apos;-&apos; を使ってください。&apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>hive::RepairJournalHealth</name>
    <message>
        <source>Run `hive recover resume` to put it back (`-n` shows what it will run first). Phases and repairs refuse to start until then.</source>
        <translation>`hive recover resume` で元に戻してください（`-n` で先に実行内容を確認できます）。それまでフェーズと修復は開始を拒否します。</translation>
    </message>
    <message>
        <source>an interrupted %1 left %2 (since %3)</source>
        <translation>中断された %1 が %2 のままにしています（%3 から）</translation>
    </message>
    <message>
        <source>an interrupted repair left a journal entry that cannot be read</source>
        <translation>中断された修復が読み取れないジャーナル項目を残しています</translation>
    </message>
    <message>
        <source>Look at the file: it names what a repair took away. Put it back by hand, then remove the file.</source>
        <translation>ファイルを確認してください。修復が取り除いたものが書かれています。手作業で元に戻してから、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>Run `hive recover resume` to finish it (`-n` shows what it will run first). Phases and repairs refuse to start until then.</source>
        <translation>`hive recover resume` を実行して完了させてください（`-n` で実行内容を先に表示）。それまでフェーズと修復は開始できません。</translation>
    </message>
</context>
<context>
    <name>hive::RepairResumeFlow</name>
    <message numerus="yes">
        <source>Put back what an interrupted repair took away (%n item(s))</source>
        <translation>
            <numerusform>中断された修復が取り除いたものを元に戻す（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>these journal entries cannot be read: %1. Each names what a repair took away: put it back by hand, then remove the file.</source>
        <translation>次のジャーナル項目を読み取れません: %1。それぞれ修復が取り除いたものが書かれています。手作業で元に戻してから、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>No interrupted repair left anything to put back on stage %1</source>
        <translation>ステージ %1 には、中断された修復が残した戻すべきものはありません</translation>
    </message>
    <message>
        <source>the journal entry %1 names %2, which is not a host of stage %3</source>
        <translation>ジャーナル項目 %1 の %2 はステージ %3 のホストではありません</translation>
    </message>
    <message>
        <source>%1: %2 (left by %3 at %4)</source>
        <translation>%1: %2（%4 に %3 が残したもの）</translation>
    </message>
    <message>
        <source>ran `%1`, but it is not back yet: %2</source>
        <translation>`%1` を実行しましたが、まだ元に戻っていません: %2</translation>
    </message>
    <message>
        <source>already back: %1</source>
        <translation>既に元に戻っています: %1</translation>
    </message>
    <message>
        <source>put back: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more interrupted grow(s) are finished by the next `hive recover resume`.</source>
        <translation>
            <numerusform>中断した拡張があと %n 件あり、次の `hive recover resume` で完了させます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::RunFailureAdvice</name>
    <message>
        <source>the stage</source>
        <translation>ステージ全体</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not the one recorded. If the host was rebuilt, remove its old key from the project&apos;s known_hosts (`hive ssh` names the file) and run again; if not, someone may be in the middle: do not go on.</source>
        <translation>%1 の SSH ホスト鍵が記録と異なります。ホストを作り直したのであれば、プロジェクトの known_hosts (`hive ssh` がファイル名を示します) から古い鍵を削除して再実行してください。そうでなければ通信が横取りされている可能性があります。先に進まないでください。</translation>
    </message>
    <message>
        <source>The host key of %1 is not recorded yet, and unknown keys are refused. Run build-infra for it (it records the keys of the hosts it makes), or check the key with its administrator and add it to the project&apos;s known_hosts.</source>
        <translation>%1 のホスト鍵はまだ記録されておらず、未知の鍵は拒否されます。そのホストに build-infra を実行する (作成したホストの鍵を記録します) か、管理者に鍵を確認してプロジェクトの known_hosts に追加してください。</translation>
    </message>
    <message>
        <source>%1 refused the SSH key. Check the user and key of the stage (`hive inventory --host %1`), or run build-infra again where the provider installs the key.</source>
        <translation>%1 が SSH 鍵を拒否しました。ステージのユーザーと鍵を確認する (`hive inventory --host %1`) か、プロバイダが鍵を配置する場合は build-infra を再実行してください。</translation>
    </message>
    <message>
        <source>A disk of %1 is full. `hive doctor` shows what fills it; `hive recover disk` frees space.</source>
        <translation>%1 のディスクがいっぱいです。`hive doctor` で何が占めているかを確認し、`hive recover disk` で空きを作れます。</translation>
    </message>
    <message>
        <source>The swarm has no leader. Run `hive doctor`: it tells whether one manager is lost (`hive recover manager`) or the quorum (`hive recover quorum`).</source>
        <translation>swarm にリーダーがいません。`hive doctor` を実行してください。マネージャが 1 台失われた (`hive recover manager`) のか、クォーラムが失われた (`hive recover quorum`) のかがわかります。</translation>
    </message>
    <message>
        <source>Another run holds the stage&apos;s lock. Wait for it to end, or, if its process is gone, run again: a dead run&apos;s lock is taken over.</source>
        <translation>別の実行がステージのロックを保持しています。終了を待つか、そのプロセスがもう存在しなければ再実行してください。終了した実行のロックは引き継がれます。</translation>
    </message>
    <message>
        <source>The registry or Docker API refused the connection (credentials or TLS). Run setup-hosts again for %1 (`-T registry,registry-login,docker`).</source>
        <translation>レジストリまたは Docker API が接続を拒否しました (認証情報または TLS)。%1 に setup-hosts を再実行してください (`-T registry,registry-login,docker`)。</translation>
    </message>
    <message>
        <source>An image was not found. Run build-images for the service, or check its `image` / `from` in the services file.</source>
        <translation>イメージが見つかりません。そのサービスの build-images を実行するか、サービス定義ファイルの `image` / `from` を確認してください。</translation>
    </message>
    <message>
        <source>Read what %1 printed on %2 (`-v` shows it; in the app, choose its cell). Fix the cause, then run again: every phase checks first and changes only what differs.</source>
        <translation>%2 で %1 が出力した内容を確認してください (`-v` で表示されます。アプリではそのセルを選択)。原因を直してから再実行してください。どのフェーズもまず確認し、違う部分だけを変更します。</translation>
    </message>
    <message>
        <source>%1 does not answer. Check that it is up (`hive build-infra -l %1` starts it where the provider can) and reachable, then run again (in the app: Retry Failed).</source>
        <translation>%1 が応答しません。起動していて到達できることを確認し (`hive build-infra -l %1` はプロバイダが可能なら起動します)、再実行してください (アプリでは「失敗分を再実行」)。</translation>
    </message>
    <message>
        <source>-T names a step or tag that %1 does not have; the message lists its steps. Run again with the ones you mean, or without -T.</source>
        <translation>-T に %1 にないステップまたはタグが指定されています。ステップはメッセージに一覧されています。意図したものを指定するか、-T なしで再実行してください。</translation>
    </message>
    <message>
        <source>Install %1 from the install medium (its entry &quot;Install hive host %1&quot;), start it when it has powered off, then run build-infra again.</source>
        <translation>%1 をインストール媒体（エントリ &quot;Install hive host %1&quot;）からインストールし、電源が切れたら起動して、build-infra をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Check the device named, then run build-infra again with --write-device and it (in the app: Write to…).</source>
        <translation>示されたデバイスを確かめてから、--write-device とそのデバイスを付けて build-infra をもう一度実行してください（アプリでは「書き込む…」）。</translation>
    </message>
</context>
<context>
    <name>hive::RunLog</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write the run log %1: %2</source>
        <translation>実行ログ %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a run event (the run may have been killed while writing it)</source>
        <translation>%1:%2: 実行イベントではありません（書き込み中に実行が強制終了された可能性があります）</translation>
    </message>
</context>
<context>
    <name>hive::RunWording</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>check: would change</source>
        <translation>チェック: 変更が必要</translation>
    </message>
    <message>
        <source>check: nothing to change</source>
        <translation>チェック: 変更なし</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>チェック: %1</translation>
    </message>
</context>
<context>
    <name>hive::SchemaChecker</name>
    <message>
        <source>%1 must be a mapping (key: value), but it is a %2</source>
        <translation>%1 はマッピング（キー: 値）でなければなりませんが、%2 です</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>%2 に不明なキー &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>。&apos;%1&apos; の誤りではありませんか？</translation>
    </message>
    <message>
        <source>; allowed keys: %1</source>
        <translation>。指定できるキー: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used with provider %2 (only with %3)</source>
        <translation>&apos;%1&apos; はプロバイダ %2 では指定できません（%3 でのみ指定できます）</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos; (%3)</source>
        <translation>%1 には &apos;%2&apos; が必要です（%3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, but it is a %3%4</source>
        <translation>&apos;%1&apos; には %2 を指定してください。指定値は %3%4 です</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true か false</translation>
    </message>
    <message>
        <source>an integer or a string</source>
        <translation>整数か文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; には %2 のいずれかを指定してください（指定値: &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>a network address such as 192.168.0.0/24</source>
        <translation>192.168.0.0/24 のようなネットワークアドレス</translation>
    </message>
    <message>
        <source>an IPv6 network such as fd00::/64</source>
        <translation>fd00::/64 のような IPv6 ネットワーク</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid network: %2</source>
        <translation>&apos;%1&apos; は正しいネットワークではありません: %2</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <source>a list of stages (private, staging, production)</source>
        <translation>ステージ（private, staging, production）のリスト</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage; use private, staging or production</source>
        <translation>&apos;%1&apos; はステージではありません。private, staging, production のいずれかを指定してください</translation>
    </message>
    <message>
        <source>a list of IP addresses</source>
        <translation>IP アドレスのリスト</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>a string or a list of strings</source>
        <translation>文字列か文字列のリスト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a mapping (key: value)</source>
        <translation>マッピング（キー: 値）</translation>
    </message>
    <message>
        <source>a mapping or a list</source>
        <translation>マッピングかリスト</translation>
    </message>
    <message>
        <source>an image tag or a build mapping (from, roles...)</source>
        <translation>イメージのタグかビルド方法のマッピング（from, roles など）</translation>
    </message>
    <message>
        <source>; hive-builder takes it and ignores it, and so does hive: write %1 or remove the key</source>
        <translation>。hive-builder はこれを受け付けて無視し、hive も同様です: %1 を書くか、キーを削除してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2, not %3</source>
        <translation>「%1」は %2 以上にしてください（%3 になっています）</translation>
    </message>
</context>
<context>
    <name>hive::ServiceConvergence</name>
    <message>
        <source>update %1: %2</source>
        <translation>更新 %1: %2</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>ノードなし</translation>
    </message>
    <message>
        <source>%1 on %2: %3 — %4</source>
        <translation>%2 の %1: %3 — %4</translation>
    </message>
</context>
<context>
    <name>hive::ServiceHealth</name>
    <message>
        <source>the services cannot be read on %1</source>
        <translation>%1 でサービスを読み取れません</translation>
    </message>
    <message>
        <source>See the swarm&apos;s findings above: services can be read again once the swarm has a leader.</source>
        <translation>上の swarm の所見を見てください。swarm にリーダーが戻ればサービスを読み取れます。</translation>
    </message>
    <message>
        <source>: %1 (&quot;%2&quot;)</source>
        <translation>: %1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>no task running (0 of %1)%2</source>
        <translation>稼働中のタスクがありません（%1 個中 0 個）%2</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running%3</source>
        <translation>%2 個中 %1 個のタスクが稼働中%3</translation>
    </message>
    <message>
        <source>restarting: a task failed %1 times in the last 10 minutes%2</source>
        <translation>再起動を繰り返しています: 直近 10 分でタスクが %1 回失敗%2</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running (running steadily again after %3 failures in the last 10 minutes)</source>
        <translation>%2 個中 %1 個のタスクが稼働中（直近 10 分で %3 回失敗した後、安定して稼働しています）</translation>
    </message>
    <message>
        <source>%1 of %2 tasks running</source>
        <translation>%2 個中 %1 個のタスクが稼働中</translation>
    </message>
    <message>
        <source>defined but not deployed</source>
        <translation>定義されていますが配備されていません</translation>
    </message>
    <message>
        <source>`hive deploy-services -l %1`</source>
        <translation>`hive deploy-services -l %1`</translation>
    </message>
    <message>
        <source>runs but is not defined in the inventory (%1)</source>
        <translation>稼働していますがインベントリに定義がありません（%1）</translation>
    </message>
    <message>
        <source>If it is not wanted: `docker service rm %1` on the first hive.</source>
        <translation>不要なら 1 号機で `docker service rm %1` を実行してください。</translation>
    </message>
</context>
<context>
    <name>hive::ServiceLogReader</name>
    <message>
        <source>stage %1 has no repository server to keep service logs</source>
        <translation>ステージ %1 にはサービスログを保存するリポジトリサーバがありません</translation>
    </message>
    <message>
        <source>%1 has no log of %2 yet (%3)</source>
        <translation>%1 には %2 のログがまだありません (%3)</translation>
    </message>
</context>
<context>
    <name>hive::ServiceLogRecipes</name>
    <message>
        <source>service %1: %2 pattern &quot;%3&quot; cannot go into rsyslog&apos;s rules (empty, a &apos; quote, a line break or a closing backslash)</source>
        <translation>サービス %1: %2 のパターン &quot;%3&quot; は rsyslog のルールに入れられません (空、&apos; 引用符、改行、末尾のバックスラッシュ)</translation>
    </message>
    <message>
        <source>no error lines watched for %1</source>
        <translation>%1 のエラー行の監視なし</translation>
    </message>
    <message>
        <source>error lines of %1 go to %2</source>
        <translation>%1 のエラー行を %2 へ</translation>
    </message>
</context>
<context>
    <name>hive::ServicePause</name>
    <message>
        <source>%1 is a global service: it cannot be scaled to 0; remove it from the hosts by hand before repairing the volume</source>
        <translation>%1 は global サービスなので 0 にスケールできません。ボリュームを修復する前に手動でホストから外してください</translation>
    </message>
    <message>
        <source>their tasks are still running after 120 s: %1</source>
        <translation>120 秒たってもタスクが稼働中です: %1</translation>
    </message>
    <message>
        <source>scaled to 0: %1</source>
        <translation>0 にスケールしました: %1</translation>
    </message>
    <message>
        <source>could not scale back: %1; run `docker service scale` by hand</source>
        <translation>元に戻せませんでした: %1。手動で `docker service scale` を実行してください</translation>
    </message>
    <message>
        <source>nothing was scaled down</source>
        <translation>スケールダウンしたものはありません</translation>
    </message>
    <message>
        <source>scaled back: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>service %1 scaled from %2 to 0 replicas</source>
        <translation>サービス %1 のレプリカ数を %2 から 0 にした状態</translation>
    </message>
    <message>
        <source>%1 answered &apos;%2&apos; for the replicas of %3, not a number</source>
        <translation>%1 は %3 のレプリカ数として &apos;%2&apos; を返しました。数値ではありません</translation>
    </message>
</context>
<context>
    <name>hive::ServiceSpecBuilder</name>
    <message>
        <source>service %1: %2 &apos;%3&apos; is not a duration (like 30s, 1m30s, 500ms)</source>
        <translation>サービス %1: %2 の &apos;%3&apos; は時間ではありません（30s、1m30s、500ms など）</translation>
    </message>
    <message>
        <source>service %1: %2 &apos;%3&apos; is not a size (like 512M, 1G, 1048576)</source>
        <translation>サービス %1: %2 の &apos;%3&apos; はサイズではありません（512M、1G、1048576 など）</translation>
    </message>
    <message>
        <source>service %1: network %2 does not exist on the swarm; run `hive build-networks` (or define it in the service file&apos;s networks)</source>
        <translation>サービス %1: ネットワーク %2 は swarm にありません。`hive build-networks` を実行してください（またはサービス定義ファイルの networks に定義してください）</translation>
    </message>
</context>
<context>
    <name>hive::ServiceTemplates</name>
    <message>
        <source>Web server</source>
        <translation>Web サーバー</translation>
    </message>
    <message>
        <source>nginx 1.27 on every hive, published on port 8080 of each host.</source>
        <translation>すべての hive で動く nginx 1.27。各ホストのポート 8080 で公開します。</translation>
    </message>
    <message>
        <source>Database on a mirrored volume</source>
        <translation>ミラーされたボリューム上のデータベース</translation>
    </message>
    <message>
        <source>Redis 7.4 with its data on a DRBD volume mirrored between the hives: one replica, which moves with its data when a hive fails.</source>
        <translation>Redis 7.4。データは hive 間でミラーされる DRBD ボリュームに置きます。レプリカは 1 つで、hive が故障するとデータと一緒に移動します。</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>A busybox 1.36 container that runs a command and publishes nothing.</source>
        <translation>コマンドを実行するだけで何も公開しない busybox 1.36 のコンテナ。</translation>
    </message>
</context>
<context>
    <name>hive::ServicesReader</name>
    <message>
        <source>a service definition file</source>
        <translation>サービス定義ファイル</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; has the name of a service; both become the same inventory host and mix their variables</source>
        <translation>ネットワーク &apos;%1&apos; はサービスと同じ名前です。インベントリ上で同じホストになり変数が混ざります</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>ネットワーク %1</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is already defined in %2; each service may be defined only once</source>
        <translation>サービス &apos;%1&apos; は %2 で定義済みです。サービスは 1 回だけ定義してください</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>volume %1 of service %2</source>
        <translation>サービス %2 のボリューム %1</translation>
    </message>
    <message>
        <source>short syntax &apos;%1&apos; is not supported in volumes; write {source: ..., target: ...}</source>
        <translation>ボリュームの短縮形 &apos;%1&apos; は使えません。{source: ..., target: ...} の形式で記述してください</translation>
    </message>
    <message>
        <source>&apos;drbd&apos; cannot be combined with &apos;%1&apos; in %2</source>
        <translation>%2 で &apos;drbd&apos; と &apos;%1&apos; は同時に指定できません</translation>
    </message>
    <message>
        <source>&apos;nfs&apos; cannot be combined with &apos;driver&apos; in %1</source>
        <translation>%1 で &apos;nfs&apos; と &apos;driver&apos; は同時に指定できません</translation>
    </message>
    <message>
        <source>nfs of %1</source>
        <translation>%1 の nfs</translation>
    </message>
    <message>
        <source>drbd of %1</source>
        <translation>%1 の drbd</translation>
    </message>
    <message>
        <source>device_id must be between 1 and 255, not %1</source>
        <translation>device_id は 1 から 255 の間で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>device_id %1 of volume %2 is already used by another volume (see drbd_device_map in .hive/persistents.yml)</source>
        <translation>ボリューム %2 の device_id %1 は別のボリュームが使用しています（.hive/persistents.yml の drbd_device_map を確認してください）</translation>
    </message>
    <message>
        <source>no DRBD device id is free for volume %1: all of 1-255 are taken in drbd_device_map; remove stale entries</source>
        <translation>ボリューム %1 に割り当てる DRBD デバイス番号がありません。drbd_device_map で 1〜255 がすべて使用中です。不要なエントリを削除してください</translation>
    </message>
    <message>
        <source>image of service %1</source>
        <translation>サービス %1 のイメージ</translation>
    </message>
    <message>
        <source>&apos;pull_from&apos; needs &apos;pull_on&apos; (the stages that pull instead of build)</source>
        <translation>&apos;pull_from&apos; には &apos;pull_on&apos;（ビルドせずに取得するステージ）が必要です</translation>
    </message>
    <message>
        <source>a port of service %1</source>
        <translation>サービス %1 のポート</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not in the form &quot;PUBLISHED:TARGET[/PROTOCOL]&quot; or &quot;TARGET[/PROTOCOL]&quot;</source>
        <translation>ポート &apos;%1&apos; は &quot;公開ポート:ターゲットポート[/プロトコル]&quot; か &quot;ターゲットポート[/プロトコル]&quot; の形式で記述してください</translation>
    </message>
    <message>
        <source>a port must be a quoted string such as &quot;8080:80&quot; or a mapping, not the %1 %2; YAML reads unquoted 80 or 2222:22 as numbers</source>
        <translation>ポートは &quot;8080:80&quot; のように引用符で囲んだ文字列かマッピングで指定してください（指定値は %1 の %2）。引用符のない 80 や 2222:22 は YAML では数値になります</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;; use tcp, udp or sctp</source>
        <translation>不明なプロトコル &apos;%1&apos; です。tcp, udp, sctp のいずれかを指定してください</translation>
    </message>
    <message>
        <source>target port %1 is outside 1-65535</source>
        <translation>ターゲットポート %1 が 1〜65535 の範囲外です</translation>
    </message>
    <message>
        <source>port %1 of service %2 and port %3 of service %4 share the key &apos;%5&apos; in published_port_map, so they get the same published port; rename a service or publish one port explicitly</source>
        <translation>サービス %2 のポート %1 とサービス %4 のポート %3 は published_port_map で同じキー &apos;%5&apos; になるため、同じ公開ポートが割り当てられます。サービス名を変えるか、どちらかの公開ポートを明示してください</translation>
    </message>
    <message>
        <source>published port %1 is outside 1-65535</source>
        <translation>公開ポート %1 が 1〜65535 の範囲外です</translation>
    </message>
    <message>
        <source>published port %1 of %2 is already used by another port</source>
        <translation>%2 の公開ポート %1 は別のポートが使用しています</translation>
    </message>
    <message>
        <source>no published port is free in 61001-65534 for %1; remove stale entries from published_port_map</source>
        <translation>%1 に割り当てる公開ポートが 61001〜65534 に残っていません。published_port_map から不要なエントリを削除してください</translation>
    </message>
    <message>
        <source>network name</source>
        <translation>ネットワーク名</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <source>volume name</source>
        <translation>ボリューム名</translation>
    </message>
    <message>
        <source>DRBD size</source>
        <translation>DRBD のサイズ</translation>
    </message>
    <message>
        <source>image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>base image</source>
        <translation>ベースイメージ</translation>
    </message>
    <message>
        <source>drbd of %1 needs &apos;size&apos; (a size with a unit, e.g. 500M or 20G); no service that mounts %2 gives one</source>
        <translation>%1 の drbd には &apos;size&apos;（500M や 20G のような単位付きのサイズ）が必要です。%2 をマウントするどのサービスも指定していません</translation>
    </message>
</context>
<context>
    <name>hive::SetupHostsPhase</name>
    <message>
        <source>the hive CA</source>
        <translation>hive の CA</translation>
    </message>
    <message>
        <source>a certificate for %1</source>
        <translation>%1 の証明書</translation>
    </message>
    <message>
        <source>the client certificate of %1</source>
        <translation>%1 のクライアント証明書</translation>
    </message>
    <message>
        <source>the registry password</source>
        <translation>レジストリのパスワード</translation>
    </message>
    <message>
        <source>would make %1</source>
        <translation>作成予定: %1</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <source>nothing to do for this host&apos;s settings</source>
        <translation>このホストの設定では行うことはありません</translation>
    </message>
    <message>
        <source>the project has no roles/addon</source>
        <translation>プロジェクトに roles/addon はありません</translation>
    </message>
    <message>
        <source>the client certificate of %1 on %2</source>
        <translation>%2 上の %1 のクライアント証明書</translation>
    </message>
    <message>
        <source>the registry&apos;s certificate</source>
        <translation>レジストリの証明書</translation>
    </message>
    <message>
        <source> (%1: hive-builder&apos;s, not in this version yet)</source>
        <translation>（%1 は hive-builder のもので、このバージョンにはまだありません）</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>%1 を引き継ぎました</translation>
    </message>
    <message>
        <source>no drbd kernel module</source>
        <translation>drbd カーネルモジュールがありません</translation>
    </message>
    <message>
        <source>would install DRBD 9 (whether it loads shows once it is installed)</source>
        <translation>DRBD 9 をインストールします（読み込めるかはインストール後にわかります）</translation>
    </message>
    <message>
        <source>DRBD 9 cannot run on %1 (%2): the volumes of stage %3 must be mirrored; install DRBD 9 for this kernel (Debian: LINBIT&apos;s drbd-dkms) and run setup-hosts -T drbd again</source>
        <translation>%1 では DRBD 9 を動かせません（%2）: ステージ %3 のボリュームは複製が必要です。このカーネル用の DRBD 9（Debian では LINBIT の drbd-dkms）をインストールし、setup-hosts -T drbd を再実行してください</translation>
    </message>
    <message>
        <source>this kernel cannot run DRBD 9 (%1); mirrored volumes on %2 will be plain local volumes</source>
        <translation>このカーネルでは DRBD 9 を動かせません（%1）: %2 の複製ボリュームは通常のローカルボリュームになります</translation>
    </message>
    <message>
        <source>hive_monitoring is false: no Zabbix</source>
        <translation>hive_monitoring が false のため Zabbix は入れません</translation>
    </message>
    <message>
        <source>would set Admin&apos;s password (%1)</source>
        <translation>Admin のパスワードを設定します (%1)</translation>
    </message>
    <message>
        <source>Admin&apos;s password set (%1)</source>
        <translation>Admin のパスワードを設定しました (%1)</translation>
    </message>
    <message>
        <source>hive_zabbix_slack_channel is set but hive_zabbix_slack_token is not: Slack needs the bot&apos;s token (manual chapter 11)</source>
        <translation>hive_zabbix_slack_channel は設定されていますが hive_zabbix_slack_token がありません。Slack にはボットのトークンが必要です（マニュアル 11 章）</translation>
    </message>
    <message>
        <source>the server reads it within a minute (%1)</source>
        <translation>サーバは 1 分以内に読み込みます（%1）</translation>
    </message>
    <message>
        <source>roles/addon: nothing it reads changed since it was applied (--force applies it again)</source>
        <translation>roles/addon: 適用以降、ロールが読むものは何も変わっていません（--force で再適用します）</translation>
    </message>
    <message>
        <source>could not ask the next steps&apos; settings in one command: each step asks its own</source>
        <translation>次のステップの設定を一度のコマンドで確認できませんでした: 各ステップが個別に確認します</translation>
    </message>
</context>
<context>
    <name>hive::SshForward</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>127.0.0.1 のポート %1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation>ソケットのパス %1 が長すぎます</translation>
    </message>
    <message>
        <source>%1 already exists: another forward (or an earlier run that was killed) holds it; remove it if no hive command is running</source>
        <translation>%1 はすでに存在します。別の転送（または強制終了した以前の実行）が使用しています。hive コマンドが実行中でなければ削除してください</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>%1 refused to listen on %2 port %3 for this machine (sshd&apos;s AllowTcpForwarding or GatewayPorts): %4</source>
        <translation>%1 はこのマシンのために %2 のポート %3 で待ち受けることを拒否しました（sshd の AllowTcpForwarding または GatewayPorts）: %4</translation>
    </message>
</context>
<context>
    <name>hive::SshKeyPair</name>
    <message>
        <source>%1 can be read by other users; run chmod 600 on it</source>
        <translation>%1 は他のユーザが読める状態です。chmod 600 を実行してください</translation>
    </message>
    <message>
        <source>%1 has no public key %2 next to it</source>
        <translation>%1 に対応する公開鍵 %2 がありません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot generate an SSH key</source>
        <translation>SSH 鍵を生成できません</translation>
    </message>
    <message>
        <source>cannot write the SSH key pair %1</source>
        <translation>SSH 鍵ペア %1 を書き込めません</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
</context>
<context>
    <name>hive::SshPortMove</name>
    <message>
        <source>sshd answers on port %1</source>
        <translation>sshd はポート %1 で応答しています</translation>
    </message>
    <message>
        <source>would move sshd from port %1 to %2</source>
        <translation>sshd をポート %1 から %2 に移します</translation>
    </message>
    <message>
        <source>no host keys of %1 are pinned for port %2</source>
        <translation>%1 のポート %2 のホスト鍵が記録されていません</translation>
    </message>
    <message>
        <source>sshd does not answer on port %1 from here (%2); it stays on port %3 — open port %1 on the way to %4 and run setup-hosts again</source>
        <translation>sshd がこのマシンからポート %1 で応答しません（%2）: ポート %3 のままにしました。%4 までの経路でポート %1 を開けてから setup-hosts を再実行してください</translation>
    </message>
    <message>
        <source>sshd moved from port %1 to %2; later connections, ssh_config and known_hosts use it</source>
        <translation>sshd をポート %1 から %2 に移しました。以後の接続、ssh_config、known_hosts はこのポートを使います</translation>
    </message>
    <message>
        <source>sshd did not answer on port %1 once it left port %2 (%3); it listens on both: look for another Port line in /etc/ssh/sshd_config on %4</source>
        <translation>sshd がポート %2 を離れた後、ポート %1 で応答しませんでした（%3）: 両方のポートで待ち受けたままにしました。%4 の /etc/ssh/sshd_config に別の Port 行がないか確認してください</translation>
    </message>
</context>
<context>
    <name>hive::SshSession</name>
    <message>
        <source>cannot create an SSH session for %1</source>
        <translation>%1 への SSH セッションを作成できません</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2 port %3: %4</source>
        <translation>%1（%2 のポート %3）に接続できません: %4</translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation>%1 がホスト鍵を送ってきません: %2</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) has CHANGED: %3 knows %4, the host now shows %5. If the host was rebuilt, remove its line from that file and connect again; otherwise someone may be intercepting the connection. Refusing to connect.</source>
        <translation>%1（%2）のホスト鍵が変わっています: %3 に記録された鍵は %4、現在の鍵は %5 です。ホストを再構築した場合はそのファイルから該当行を削除して接続し直してください。そうでない場合は接続が傍受されている可能性があります。接続を拒否しました。</translation>
    </message>
    <message>
        <source>%1 (%2) is not in %3 and unknown hosts are refused (its key: %4)</source>
        <translation>%1（%2）は %3 に記録されておらず、未知のホストへの接続は拒否する設定です（ホストの鍵: %4）</translation>
    </message>
    <message>
        <source>cannot record the host key of %1 in %2: %3</source>
        <translation>%1 のホスト鍵を %2 に記録できません: %3</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>%1 のホスト鍵を %2 と照合できません: %3</translation>
    </message>
    <message>
        <source>cannot read the private key %1</source>
        <translation>秘密鍵 %1 を読み込めません</translation>
    </message>
    <message>
        <source>%1 refused the key %2 for user %3</source>
        <translation>%1 がユーザ %3 の鍵 %2 を受け付けません</translation>
    </message>
    <message>
        <source>%1 refused the password of user %2</source>
        <translation>%1 がユーザ %2 のパスワードを受け付けません</translation>
    </message>
    <message>
        <source>no key or password to log in to %1 as %2</source>
        <translation>%1 に %2 としてログインするための鍵もパスワードもありません</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>%1 に接続していません</translation>
    </message>
    <message>
        <source>cannot start a command on %1: %2</source>
        <translation>%1 でコマンドを開始できません: %2</translation>
    </message>
    <message>
        <source>cancelled on %1: %2</source>
        <translation>%1 で中止しました: %2</translation>
    </message>
    <message>
        <source>timed out after %1 s on %2: %3</source>
        <translation>%2 で %1 秒でタイムアウトしました: %3</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while running: %2</source>
        <translation>実行中に %1 との接続が切れました: %2</translation>
    </message>
    <message>
        <source>%1 offers no SFTP: %2</source>
        <translation>%1 は SFTP を提供していません: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: SFTP error %3</source>
        <translation>%2 の %1 に書き込めません: SFTP エラー %3</translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: SFTP error %3</source>
        <translation>%2 の %1 への書き込みに失敗しました: SFTP エラー %3</translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: %3</source>
        <translation>%2 の %1 への書き込みに失敗しました: %3</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: SFTP error %3</source>
        <translation>%2 の %1 を読めません: SFTP エラー %3</translation>
    </message>
    <message>
        <source>reading %1 on %2 failed: SFTP error %3</source>
        <translation>%2 の %1 の読み込みに失敗しました: SFTP エラー %3</translation>
    </message>
    <message>
        <source>cannot send input to a command on %1: %2</source>
        <translation>%1 のコマンドに入力を渡せません: %2</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) changed while it was being recorded (now %3). Refusing to connect.</source>
        <translation>%1 (%2) のホスト鍵が記録中に変わりました（現在 %3）。接続を拒否します。</translation>
    </message>
    <message>
        <source>reading %1 on %2 failed: cannot write here: %3</source>
        <translation>%2 の %1 の読み取りに失敗しました。こちら側に書き込めません: %3</translation>
    </message>
    <message>
        <source>cannot write %1 on %2: something is already there</source>
        <translation>%2 の %1 に書き込めません: すでに何かが存在します</translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: cannot read here: %3</source>
        <translation>%2 の %1 への書き込みに失敗しました。こちら側で読み取れません: %3</translation>
    </message>
    <message>
        <source>the host key of %1 (%2) is %3, not the one pinned for it (%4, by the stage&apos;s host_keys or --host-key). Check the key on the host&apos;s console (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`); if the host was rebuilt, change the pin. Refusing to connect.</source>
        <translation>%1 (%2) のホスト鍵は %3 で、固定された鍵（%4。ステージの host_keys または --host-key による）ではありません。ホストのコンソールで鍵を確認してください（`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`）。ホストを作り直した場合は固定値を変更してください。接続を拒否します。</translation>
    </message>
</context>
<context>
    <name>hive::StageDraft</name>
    <message>
        <source>Runs every host as a container on this machine. Needs Docker Engine and root (or the docker group). Best for trying things out and for tests.</source>
        <translation>すべてのホストをこのマシン上のコンテナとして動かします。Docker Engine と root（または docker グループ）が必要です。試用やテストに最適です。</translation>
    </message>
    <message>
        <source>Virtual machines on this machine with Vagrant (VirtualBox or libvirt). Needs Vagrant and enough memory for every host.</source>
        <translation>Vagrant（VirtualBox または libvirt）でこのマシン上に仮想マシンを作ります。Vagrant と全ホスト分のメモリが必要です。</translation>
    </message>
    <message>
        <source>Servers you already have, reachable with ssh. Needs their IP addresses and the root password once (or an admin user with your key).</source>
        <translation>ssh で接続できる既存のサーバを使います。IP アドレスと、最初の一度だけ root パスワード（または鍵で入れる管理ユーザ）が必要です。</translation>
    </message>
    <message>
        <source>Amazon Web Services EC2 in one region, hosts spread over three availability zones. Needs an access key (stored with hive set, mode 0600).</source>
        <translation>Amazon Web Services EC2 の 1 リージョンで、ホストを 3 つのアベイラビリティゾーンに分散します。アクセスキーが必要です（hive set でモード 0600 で保存）。</translation>
    </message>
    <message>
        <source>Bare-metal servers installed from a kickstart ISO. Needs their IP addresses, name servers and console access to boot the ISO.</source>
        <translation>kickstart ISO からインストールする物理サーバです。IP アドレス、ネームサーバ、ISO を起動するためのコンソールが必要です。</translation>
    </message>
    <message>
        <source>Some OpenStack provider (not implemented by hive-builder).</source>
        <translation>OpenStack プロバイダ（hive-builder では未実装）。</translation>
    </message>
    <message>
        <source>Your own development site, usually on this machine. Build and break it freely.</source>
        <translation>自分用の開発サイトで、通常はこのマシン上に作ります。自由に作って壊してください。</translation>
    </message>
    <message>
        <source>A copy of production for testing changes and rehearsing upgrades and recovery before doing them for real.</source>
        <translation>本番の複製です。変更のテストや、アップグレード・復旧の予行演習に使います。</translation>
    </message>
    <message>
        <source>The site your users depend on. Changes here should have been tried on staging.</source>
        <translation>利用者が頼りにしているサイトです。ここでの変更は先に staging で試してください。</translation>
    </message>
    <message>
        <source>No host is left for the swarm: the repository server takes the only one. Add hosts (three hives survive the loss of one) or clear Separate repository server.</source>
        <translation>Swarm に使えるホストがありません。ただ 1 台のホストをリポジトリサーバーが使います。ホストを増やす（hive が 3 台あれば 1 台の故障に耐えます）か、「リポジトリサーバーを分ける」を外してください。</translation>
    </message>
    <message>
        <source>One hive: when that host fails, the swarm, its services and the data on it stop. Three hives survive the loss of one.</source>
        <translation>hive が 1 台です。そのホストが故障すると、Swarm もサービスもそこにあるデータも止まります。hive が 3 台あれば 1 台の故障に耐えます。</translation>
    </message>
    <message>
        <source>Two hives: when either fails, the swarm loses its majority. Services keep running where they are, but nothing is moved or changed until it is back. Three hives survive the loss of one.</source>
        <translation>hive が 2 台です。どちらかが故障すると Swarm は過半数を失います。サービスはその場で動き続けますが、復旧するまで移動も変更もできません。hive が 3 台あれば 1 台の故障に耐えます。</translation>
    </message>
    <message>
        <source>Choose the OS&apos;s install medium (an ISO file of AlmaLinux, Rocky Linux or RHEL 8 or 9) to start from.</source>
        <translation>元にする OS のインストール媒体（AlmaLinux、Rocky Linux または RHEL 8/9 の ISO ファイル）を選んでください。</translation>
    </message>
    <message>
        <source>Choose where the new install medium goes: an ISO file, or a USB stick.</source>
        <translation>新しいインストール媒体の出力先（ISO ファイルまたは USB メモリ）を選んでください。</translation>
    </message>
    <message>
        <source>Each network needs its interface (eth0, bond0…).</source>
        <translation>各ネットワークにインタフェース（eth0、bond0…）が必要です。</translation>
    </message>
    <message>
        <source>Name the bridge to make (e.g. brHive), or choose a private network.</source>
        <translation>作成するブリッジの名前（例: brHive）を入力するか、専用ネットワークを選んでください。</translation>
    </message>
    <message>
        <source>Choose this machine&apos;s bridge to connect to (e.g. br0), or a private network.</source>
        <translation>接続するこのマシンのブリッジ（例: br0）を選ぶか、専用ネットワークを選んでください。</translation>
    </message>
    <message>
        <source>Tick, in the network table, the network that carries the hosts&apos; addresses.</source>
        <translation>ネットワークの表で、ホストのアドレスを持つネットワークにチェックしてください。</translation>
    </message>
    <message>
        <source>Only one network carries the hosts&apos; addresses: untick the others in the network table.</source>
        <translation>ホストのアドレスを持つネットワークは 1 つだけです。ネットワークの表で他のチェックを外してください。</translation>
    </message>
    <message>
        <source>Google Cloud Compute Engine across three zones of a region. Needs a service account&apos;s key: gcp_credential.json in the project folder (or the file GOOGLE_APPLICATION_CREDENTIALS names).</source>
        <translation>Google Cloud Compute Engine、リージョン内の 3 ゾーンにまたがります。サービスアカウントのキーが必要です: プロジェクトフォルダの gcp_credential.json (または GOOGLE_APPLICATION_CREDENTIALS が指すファイル)。</translation>
    </message>
    <message>
        <source>Microsoft Azure virtual machines across three availability zones of a region, in a resource group named after the hive. Needs a service principal (azure_client_id, azure_secret, azure_subscription_id, azure_tenant: stored with hive set, mode 0600, or the AZURE_* variables).</source>
        <translation>Microsoft Azure の仮想マシンをリージョンの 3 つのアベイラビリティゾーンに分散し、ハイブ名のリソースグループに置きます。サービスプリンシパルが必要です (azure_client_id、azure_secret、azure_subscription_id、azure_tenant: hive set でモード 0600 で保存、または AZURE_* 環境変数)。</translation>
    </message>
</context>
<context>
    <name>hive::StageFiles</name>
    <message>
        <source>stage %1 has not been built yet (%2 is missing): run build-infra — `hive -s %1 all`, or Run from Here on build-infra in the Build tab</source>
        <translation>ステージ %1 はまだ構築されていません（%2 がありません）。build-infra を実行してください — `hive -s %1 all`、またはビルドタブで build-infra の「ここから実行」</translation>
    </message>
    <message>
        <source>the hosts of stage %1 are not set up yet (%2 is missing): run setup-hosts — `hive -s %1 setup-hosts`, or Run Phase on setup-hosts in the Build tab</source>
        <translation>ステージ %1 のホストはまだ設定されていません（%2 がありません）。setup-hosts を実行してください — `hive -s %1 setup-hosts`、またはビルドタブで setup-hosts の「フェーズを実行」</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
</context>
<context>
    <name>hive::StageScope</name>
    <message>
        <source>the inventory has errors; run `hive check` and fix them first</source>
        <translation>インベントリにエラーがあります。先に `hive check` を実行して修正してください</translation>
    </message>
    <message>
        <source>the hive definition has no stage %1</source>
        <translation>hive 定義にステージ %1 がありません</translation>
    </message>
</context>
<context>
    <name>hive::StepSequence</name>
    <message>
        <source>cancelled before this step</source>
        <translation>このステップの前に中止しました</translation>
    </message>
    <message>
        <source>not run: %1 failed in step %2</source>
        <translation>未実行: %1 はステップ %2 で失敗しました</translation>
    </message>
    <message>
        <source>%1 failed and the rest of the phase depends on it: stopping</source>
        <translation>%1 が失敗し、フェーズの残りはこれに依存するため中止します</translation>
    </message>
</context>
<context>
    <name>hive::SwarmBackupFlow</name>
    <message>
        <source>Back up the swarm state of the managers that are not the leader</source>
        <translation>リーダー以外のマネージャの swarm の状態をバックアップします</translation>
    </message>
    <message>
        <source>the swarm has no leader; a backup now would keep a broken state. Recover it first (`hive doctor`, `hive recover quorum`)</source>
        <translation>swarm にリーダーがいません。今バックアップすると壊れた状態を保存することになります。先に回復してください（`hive doctor`、`hive recover quorum`）</translation>
    </message>
    <message>
        <source>Stopping docker on %1</source>
        <translation>%1 の docker の停止</translation>
    </message>
    <message>
        <source>the swarm has a single manager (%1): it cannot be stopped for a backup without stopping the swarm. Add managers first.</source>
        <translation>swarm のマネージャは 1 台（%1）だけです。swarm を止めずにバックアップのため停止することはできません。先にマネージャを増やしてください。</translation>
    </message>
    <message>
        <source>no manager other than the leader %1 can be stopped now without losing the quorum%2</source>
        <translation>リーダー %1 以外に、今クォーラムを失わずに停止できるマネージャがありません%2</translation>
    </message>
    <message>
        <source>Not backed up now (down or not ready): %1</source>
        <translation>今回バックアップしないもの（停止中または ready でない）: %1</translation>
    </message>
    <message>
        <source>Docker stops on each of them for a few seconds: its tasks are restarted elsewhere, the swarm keeps its leader (%1).</source>
        <translation>それぞれで docker が数秒間止まります。そのタスクは他で再起動され、swarm はリーダー（%1）を保ちます。</translation>
    </message>
    <message>
        <source>%1 is the leader now (or there is none); not stopped</source>
        <translation>%1 は現在リーダーです（またはリーダーがいません）。停止しませんでした</translation>
    </message>
    <message>
        <source>saved %1, but %2 is not back as a reachable manager yet (%3); check `hive doctor` before stopping another manager</source>
        <translation>%1 を保存しましたが、%2 はまだ到達可能なマネージャに戻っていません（%3）。他のマネージャを止める前に `hive doctor` で確認してください</translation>
    </message>
    <message>
        <source>saved %1 (%2 KiB); %3 was back as a reachable manager after %4 s</source>
        <translation>%1 を保存しました（%2 KiB）。%3 は %4 秒後に到達可能なマネージャに戻りました</translation>
    </message>
    <message numerus="yes">
        <source>; removed %n older archive(s)</source>
        <translation>
            <numerusform>。古いアーカイブを %n 個削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>stored the unlock key in %1</source>
        <translation>アンロックキーを %1 に保存しました</translation>
    </message>
    <message>
        <source>the stored unlock key is current</source>
        <translation>保存済みのアンロックキーは最新です</translation>
    </message>
    <message>
        <source>Restore the swarm from a backup</source>
        <translation>バックアップから swarm をリストアします</translation>
    </message>
    <message>
        <source>there is no swarm backup in %1 (`hive backup` makes them)</source>
        <translation>%1 に swarm バックアップがありません（`hive backup` で作成します）</translation>
    </message>
    <message>
        <source>%1 is not a swarm backup of a hive of stage %2 (expected swarm-&lt;host&gt;-&lt;engine&gt;-&lt;time&gt;.tar.gz for one of %3)</source>
        <translation>%1 はステージ %2 の hive の swarm バックアップではありません（%3 のいずれかの swarm-&lt;ホスト&gt;-&lt;エンジン&gt;-&lt;時刻&gt;.tar.gz が必要です）</translation>
    </message>
    <message>
        <source>Restore the swarm from %1 onto %2, then rejoin the other hives</source>
        <translation>%1 から %2 へ swarm をリストアし、他の hive を再参加させます</translation>
    </message>
    <message>
        <source>%1 still holds the swarm&apos;s manager state (%2), newer than any backup: recover from it with `hive recover quorum`</source>
        <translation>%1 はまだ swarm のマネージャ状態（%2）を持っており、どのバックアップより新しいものです。`hive recover quorum` でそこから回復してください</translation>
    </message>
    <message>
        <source>%1, the host the backup belongs to, does not answer (%2); rebuild it with the same address first: `hive build-infra -l %1 &amp;&amp; hive setup-hosts -l %1`</source>
        <translation>バックアップの元のホスト %1 が応答しません（%2）。先に同じアドレスで再構築してください: `hive build-infra -l %1 &amp;&amp; hive setup-hosts -l %1`</translation>
    </message>
    <message>
        <source>The backup was written by Docker %1 and %2 runs %3; Docker supports restoring with the same version only.</source>
        <translation>バックアップは Docker %1 で作られ、%2 は %3 を実行しています。Docker は同じバージョンでのリストアのみサポートします。</translation>
    </message>
    <message>
        <source>Whatever swarm state %1 has now is moved aside to /var/lib/docker/swarm.before-restore-&lt;time&gt;, not deleted.</source>
        <translation>%1 が今持っている swarm の状態は削除せず /var/lib/docker/swarm.before-restore-&lt;時刻&gt; へ移します。</translation>
    </message>
    <message>
        <source>put back the swarm state of %1 (%2 KiB); docker started</source>
        <translation>%1 の swarm の状態を戻しました（%2 KiB）。docker を起動しました</translation>
    </message>
    <message>
        <source>%1 does not answer (%2)</source>
        <translation>%1 が応答しません（%2）</translation>
    </message>
    <message>
        <source>%1 is %2, manager status %3</source>
        <translation>%1 は %2、マネージャ状態は %3 です</translation>
    </message>
    <message>
        <source>Wait until `hive doctor` finds them back, then run it again.</source>
        <translation>`hive doctor` で復帰を確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>the swarm answers (on %1): restoring would replace a working swarm with an older copy. For lost managers use `hive recover manager`; if a restore already ran and only rejoining the other hives failed, run `hive setup-hosts` to rejoin them.</source>
        <translation>swarm は応答しています (%1): リストアすると動いている swarm を古いコピーで置き換えてしまいます。失われたマネージャには `hive recover manager` を使ってください。リストアはすでに実行され、他の hive の再参加だけが失敗した場合は `hive setup-hosts` で再参加させてください。</translation>
    </message>
    <message>
        <source>docker stopped on %1</source>
        <translation>%1 の docker を停止した状態</translation>
    </message>
    <message>
        <source>docker did not start again on %1 (%2); `hive recover resume` starts it</source>
        <translation>%1 で docker が再び起動しませんでした（%2）。`hive recover resume` で起動します</translation>
    </message>
    <message>
        <source>Restoring an older swarm</source>
        <translation>古い swarm をリストアする</translation>
    </message>
    <message>
        <source>cancelled before docker was stopped on %1</source>
        <translation>%1 の docker を停止する前に中止しました</translation>
    </message>
    <message>
        <source>The restore stopped before its end. If it had put back the swarm state on %1, `hive recover quorum` finishes it; if not, run `hive restore` again. `hive doctor` says which.</source>
        <translation>リストアは最後まで進まずに止まりました。%1 にスウォームの状態を戻し終えていれば `hive recover quorum` で完了します。そうでなければ `hive restore` をもう一度実行してください。どちらかは `hive doctor` が示します。</translation>
    </message>
</context>
<context>
    <name>hive::SwarmExtensionHealth</name>
    <message>
        <source>See what follow-swarm-service says on those hives (`hive ssh -t HOST journalctl -u follow-swarm-service`), and restart it there (`sudo systemctl restart follow-swarm-service`): it reads the swarm again before acting. setup-hosts (-T follow-swarm-service) installs it where it is missing.</source>
        <translation>それらのハイブで follow-swarm-service のログを確認し (`hive ssh -t ホスト journalctl -u follow-swarm-service`)、そこで再起動してください (`sudo systemctl restart follow-swarm-service`): 動く前に swarm を読み直します。入っていないハイブには setup-hosts (-T follow-swarm-service) が入れます。</translation>
    </message>
    <message>
        <source>label %1=true on: %2</source>
        <translation>ラベル %1=true があるノード: %2</translation>
    </message>
    <message>
        <source>no node</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>address %1 (%2)</source>
        <translation>アドレス %1 (%2)</translation>
    </message>
    <message>
        <source>node label %1 (HIVE_MARK)</source>
        <translation>ノードラベル %1 (HIVE_MARK)</translation>
    </message>
    <message>
        <source>%1 of service %2 is on %3, where no task of it runs</source>
        <translation>サービス %2 の %1 が、そのタスクが動いていない %3 にあります</translation>
    </message>
    <message>
        <source>%1 of service %2 is on %3, with its task</source>
        <translation>サービス %2 の %1 はタスクと同じ %3 にあります</translation>
    </message>
    <message numerus="yes">
        <source>%1 of service %2 is on %n nodes at once (%3): its traffic goes to whichever answers ARP last</source>
        <translation>
            <numerusform>サービス %2 の %1 が同時に %n 台のノード (%3) にあります: 通信は最後に ARP に応答したノードへ流れます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of service %2 is on %n nodes at once (%3): its members may run away from it</source>
        <translation>
            <numerusform>サービス %2 の %1 が同時に %n 台のノード (%3) にあります: メンバサービスが離れて配置されるおそれがあります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of service %2 is on no hive that answered; %3 did not answer</source>
        <translation>サービス %2 の %1 は応答したハイブのどれにもありません。%3 は応答しませんでした</translation>
    </message>
    <message>
        <source>%1 of service %2 is on %3, but its task runs on %4</source>
        <translation>サービス %2 の %1 は %3 にありますが、タスクは %4 で動いています</translation>
    </message>
    <message numerus="yes">
        <source>%1 of service %2 is left alone: it has %n tasks, and HIVE_VIP and HIVE_MARK need one replica</source>
        <translation>
            <numerusform>サービス %2 の %1 は扱いません: タスクが %n 個あり、HIVE_VIP と HIVE_MARK には複製数 1 が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Give service %1 one replica (replicas: 1), or take the label away.</source>
        <translation>サービス %1 の複製数を 1 にする (replicas: 1) か、ラベルを外してください。</translation>
    </message>
    <message>
        <source>%1 of service %2 is moving: its task is starting on %3 (now on %4); run doctor again in a minute</source>
        <translation>サービス %2 の %1 は移動中です: タスクが %3 で起動中です (現在は %4)。1 分後に doctor をもう一度実行してください</translation>
    </message>
</context>
<context>
    <name>hive::SwarmHealth</name>
    <message>
        <source>%1 is not in the swarm (state: %2)</source>
        <translation>%1 は swarm に参加していません（状態: %2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -l %1`: it joins the host to the swarm again.</source>
        <translation>`hive setup-hosts -l %1` を実行してください。ホストを swarm に再参加させます。</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 が応答しません</translation>
    </message>
    <message>
        <source>Check that the host is running and reachable (`hive ssh -t %1`). If it is lost, rebuild it: `hive build-infra -l %1`, then `hive setup-hosts -l %1`.</source>
        <translation>ホストが起動していて到達できるか確認してください（`hive ssh -t %1`）。失われた場合は `hive build-infra -l %1`、続いて `hive setup-hosts -l %1` で再構築してください。</translation>
    </message>
    <message numerus="yes">
        <source>the swarm has no leader: too few of its %n manager(s) are online, services cannot be changed or rescheduled</source>
        <translation>
            <numerusform>swarm にリーダーがいません: %n 台のマネージャのうち稼働中のものが少なすぎます。サービスの変更も再配置もできません</numerusform>
        </translation>
    </message>
    <message>
        <source>no hive answers: the swarm cannot be checked</source>
        <translation>どの hive も応答しません。swarm を検査できません</translation>
    </message>
    <message>
        <source>Check the hosts and the network from this machine first.</source>
        <translation>まずこのマシンからホストとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>the swarm has no leader: %1 of %2 managers reachable, %3 needed</source>
        <translation>swarm にリーダーがいません: マネージャ %2 台中 %1 台に到達可能、必要なのは %3 台</translation>
    </message>
    <message>
        <source>%1 of %2 managers unreachable (%3): fault tolerance %4 (designed %5)%6</source>
        <translation>マネージャ %2 台中 %1 台に到達できません（%3）: 耐障害性 %4（設計値 %5）%6</translation>
    </message>
    <message>
        <source>; losing one more manager stops the swarm</source>
        <translation>。あと 1 台マネージャを失うと swarm が停止します</translation>
    </message>
    <message>
        <source>%1 managers, leader %2, fault tolerance %3</source>
        <translation>マネージャ %1 台、リーダー %2、耐障害性 %3</translation>
    </message>
    <message>
        <source>A hive needs at least 3 hives (managers) to survive the loss of one.</source>
        <translation>1 台を失っても動き続けるには、hive（マネージャ）が 3 台以上必要です。</translation>
    </message>
    <message>
        <source>an even number of managers (%1) tolerates no more failures than %2</source>
        <translation>マネージャが偶数（%1 台）です。耐えられる故障数は %2 台の場合と同じです</translation>
    </message>
    <message>
        <source>Use an odd number of hives (3 or 5).</source>
        <translation>hive は奇数台（3 台か 5 台）にしてください。</translation>
    </message>
    <message>
        <source>node %1 is %2</source>
        <translation>ノード %1 は %2 です</translation>
    </message>
    <message>
        <source>node %1 is drained: no tasks run there</source>
        <translation>ノード %1 は drain 状態です。タスクは動きません</translation>
    </message>
    <message>
        <source>node %1 is paused: no new tasks start there</source>
        <translation>ノード %1 は pause 状態です。新しいタスクは起動しません</translation>
    </message>
    <message>
        <source>`docker node update --availability active %1`</source>
        <translation>`docker node update --availability active %1`</translation>
    </message>
    <message>
        <source>Docker Engine versions differ between nodes: %1</source>
        <translation>ノード間で Docker Engine のバージョンが異なります: %1</translation>
    </message>
    <message>
        <source>Start the stopped managers again if they can be: the swarm recovers by itself once more than half are back. If they are lost, recover quorum from a surviving manager: `hive recover quorum` (shows the plan first: `docker swarm init --force-new-cluster` there, then the others rejoin as managers; Docker&apos;s swarm guide, Recover from losing the quorum).</source>
        <translation>止まったマネージャを起動できるなら起動してください。過半数が戻れば swarm は自動で回復します。失われた場合は、残ったマネージャからクォーラムを回復してください: `hive recover quorum`（先に計画を表示します: そこで `docker swarm init --force-new-cluster`、続いて他のホストがマネージャとして再参加します。Docker の swarm ガイド「Recover from losing the quorum」）。</translation>
    </message>
    <message>
        <source>Start the stopped managers again (%1); if they are lost, recover quorum from %2: `hive recover quorum %2` (force-new-cluster, then the others rejoin; Docker&apos;s swarm guide, Recover from losing the quorum).</source>
        <translation>止まったマネージャ（%1）を起動してください。失われた場合は %2 からクォーラムを回復してください: `hive recover quorum %2`（force-new-cluster の後、他のホストが再参加します。Docker の swarm ガイド「Recover from losing the quorum」）。</translation>
    </message>
    <message>
        <source>Start %1 again. If it is lost, replace it: `hive recover manager %2` (removes its dead entry, rebuilds it, joins it again); do not take any other manager down meanwhile.</source>
        <translation>%1 を起動してください。失われた場合は置き換えてください: `hive recover manager %2`（死んだ登録を削除し、再構築して再参加させます）。その間、他のマネージャを止めないでください。</translation>
    </message>
    <message>
        <source>%1 is a worker, but every hive should be a manager</source>
        <translation>%1 はワーカーですが、hive はすべてマネージャであるべきです</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -l %1`: it promotes the node, or replaces stale swarm state and joins it again.</source>
        <translation>`hive setup-hosts -l %1` を実行してください。ノードを昇格させるか、古い swarm の状態を置き換えて再参加させます。</translation>
    </message>
    <message>
        <source>Start the host again, or replace it: `hive recover manager %1`.</source>
        <translation>ホストを起動するか、置き換えてください: `hive recover manager %1`。</translation>
    </message>
    <message>
        <source>If its maintenance is over: `hive maintenance %1 off`.</source>
        <translation>メンテナンスが終わっていれば: `hive maintenance %1 off`。</translation>
    </message>
    <message>
        <source>Upgrade the older engines one host at a time, each in maintenance first (`hive maintenance HOST on`, then off).</source>
        <translation>古いエンジンを 1 台ずつ、先にメンテナンスに入れてから更新してください（`hive maintenance ホスト on`、終わったら off）。</translation>
    </message>
    <message>
        <source>The whole swarm is lost: repair it first (the finding on &quot;swarm&quot;).</source>
        <translation>swarm 全体が失われています。先にそれを修復してください（「swarm」の所見）。</translation>
    </message>
    <message numerus="yes">
        <source>the swarm is lost: none of the %n hive(s) that answer is an active manager</source>
        <translation>
            <numerusform>swarm が失われています: 応答した %n 台の hive のどれも稼働中のマネージャではありません</numerusform>
        </translation>
    </message>
    <message>
        <source>No hive holds the swarm&apos;s state any more: restore it from the newest backup with `hive restore` (Docker&apos;s swarm guide, Recover from losing the quorum), then the others rejoin.</source>
        <translation>swarm の状態を持つ hive がもうありません。`hive restore` で最新のバックアップからリストアしてください（Docker の swarm ガイド「Recover from losing the quorum」）。その後、他の hive が再参加します。</translation>
    </message>
    <message>
        <source>%1 still holds a manager&apos;s copy of the swarm: recover from it with `hive recover quorum %1` (force-new-cluster there, then the others rejoin; Docker&apos;s swarm guide, Recover from losing the quorum).</source>
        <translation>%1 はまだマネージャとしての swarm の写しを持っています。`hive recover quorum %1` でそこから回復してください（そこで force-new-cluster を行い、他が再参加します。Docker の swarm ガイド「Recover from losing the quorum」）。</translation>
    </message>
    <message>
        <source>node %1 is %2 although its engine answers: it no longer reports to the leader, so no task is placed on it</source>
        <translation>エンジンは応答しているのに、ノード %1 は %2 です。リーダーに報告しなくなっているため、タスクが配置されません</translation>
    </message>
    <message>
        <source>A node that has just started is down for a few seconds. If it stays down for more than a minute, restart its Docker Engine: `hive recover node %1` (one host at a time; its containers restart). If it is still down then, read `journalctl -u docker` on it.</source>
        <translation>起動した直後のノードは数秒間 down になります。1 分以上 down のままなら、Docker Engine を再起動してください: `hive recover node %1`（1 台ずつ。コンテナは再起動されます）。それでも down なら、そのホストで `journalctl -u docker` を確認してください。</translation>
    </message>
</context>
<context>
    <name>hive::SwarmSteps</name>
    <message>
        <source>`%1` failed on %2: %3</source>
        <translation>%2 で `%1` が失敗しました: %3</translation>
    </message>
    <message>
        <source>docker_gwbridge on %1 has %2, not %3 from internal_cidr; it can only be changed before the host joins the swarm</source>
        <translation>%1 の docker_gwbridge は %2 で、internal_cidr による %3 ではありません。ホストが swarm に参加する前にしか変更できません</translation>
    </message>
    <message>
        <source>%1 is a worker of swarm %2, but the first hive must be a manager; promote it from a manager or leave that swarm</source>
        <translation>%1 は swarm %2 のワーカーですが、最初の hive はマネージャでなければなりません。マネージャから昇格させるか、その swarm から離脱してください</translation>
    </message>
    <message>
        <source>manager of swarm %1</source>
        <translation>swarm %1 のマネージャ</translation>
    </message>
    <message>
        <source>the swarm state of %1 is %2; it needs attention by hand (see `docker info`)</source>
        <translation>%1 の swarm の状態は %2 です。手作業での対応が必要です（`docker info` を参照）</translation>
    </message>
    <message>
        <source>would initialise the swarm advertising %1</source>
        <translation>%1 を広告して swarm を初期化する予定</translation>
    </message>
    <message>
        <source>initialised the swarm advertising %1</source>
        <translation>%1 を広告して swarm を初期化しました</translation>
    </message>
    <message>
        <source>the first hive</source>
        <translation>最初の hive</translation>
    </message>
    <message>
        <source>would join the swarm of %1 as a manager</source>
        <translation>%1 の swarm にマネージャとして参加する予定</translation>
    </message>
    <message>
        <source>%1 has no swarm to join</source>
        <translation>%1 に参加できる swarm がありません</translation>
    </message>
    <message>
        <source>%1 is already in another swarm (cluster %2, not %3 of %4); it was left as it is: if that swarm is not needed, run `docker swarm leave --force` on %1 and run setup-hosts again</source>
        <translation>%1 はすでに別の swarm（クラスタ %2。%4 の %3 ではありません）に属しているため、そのままにしました。その swarm が不要なら %1 で `docker swarm leave --force` を実行し、もう一度 setup-hosts を実行してください</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>would promote this worker to a manager</source>
        <translation>このワーカーをマネージャに昇格する予定</translation>
    </message>
    <message>
        <source>promoted to a manager</source>
        <translation>マネージャに昇格しました</translation>
    </message>
    <message>
        <source>joining the swarm of %1 failed on %2: %3</source>
        <translation>%2 で %1 の swarm への参加に失敗しました: %3</translation>
    </message>
    <message>
        <source>joined the swarm of %1 as a manager</source>
        <translation>%1 の swarm にマネージャとして参加しました</translation>
    </message>
    <message>
        <source>would label the node: %1</source>
        <translation>ノードにラベルを付ける予定: %1</translation>
    </message>
    <message>
        <source>%1 is not in the swarm</source>
        <translation>%1 は swarm に参加していません</translation>
    </message>
    <message>
        <source>would add the labels %1</source>
        <translation>ラベル %1 を追加する予定</translation>
    </message>
    <message>
        <source>added the labels %1</source>
        <translation>ラベル %1 を追加しました</translation>
    </message>
    <message>
        <source>%1 (the swarm already runs there; no second swarm was started)</source>
        <translation>%1（swarm はすでに稼働しているため、2 つ目の swarm は作りませんでした）</translation>
    </message>
    <message>
        <source>the swarm state of %1 is %2 and no other hive runs the swarm; if its managers are lost, run `hive recover quorum` (see `docker info`)</source>
        <translation>%1 の swarm の状態は %2 で、他に swarm を動かしている hive がありません。マネージャが失われた場合は `hive recover quorum` を実行してください（`docker info` を参照）</translation>
    </message>
    <message>
        <source>%1 was made a manager but is not reachable as one yet (%2)</source>
        <translation>%1 をマネージャにしましたが、まだマネージャとして到達できません（%2）</translation>
    </message>
    <message>
        <source>would replace the stale swarm state of %1 (%2: its node was removed or its managers replaced) and join the swarm of %3 as a manager</source>
        <translation>%1 の古い swarm の状態（%2: ノードが削除されたか、マネージャが置き換えられた）を置き換え、%3 の swarm にマネージャとして参加させます</translation>
    </message>
    <message>
        <source>, replacing its stale node %1</source>
        <translation>、古いノード %1 を置き換えました</translation>
    </message>
    <message>
        <source>still %1 after Docker&apos;s own time limit (%2)</source>
        <translation>Docker 自身の制限時間を過ぎても %1 のままです（%2）</translation>
    </message>
    <message>
        <source>joined the swarm of %1 as a manager (after %2 s: the swarm was slow to admit it)</source>
        <translation>%1 の swarm にマネージャとして参加しました（%2 秒後: swarm が受け入れるのに時間がかかりました）</translation>
    </message>
    <message>
        <source>curl is needed on the host to join the swarm (setup-hosts installs it with the base packages): %1</source>
        <translation>swarm に参加するにはホストに curl が必要です（setup-hosts が基本パッケージと一緒にインストールします）: %1</translation>
    </message>
    <message>
        <source>the engine answered %1: %2</source>
        <translation>エンジンの応答は %1 でした: %2</translation>
    </message>
    <message>
        <source>; its overlay traffic uses UDP port %1, not data_path_port %2: the port is chosen when the swarm is made (hive-builder&apos;s manual 13.13: remove the services, leave the swarm on every hive, run setup-hosts)</source>
        <translation>。オーバレイ通信は data_path_port %2 ではなく UDP ポート %1 を使っています: このポートは swarm の作成時に決まります（hive-builder マニュアル 13.13: サービスを削除し、各コンテナ収容サーバで swarm を離脱してから setup-hosts を実行）</translation>
    </message>
    <message>
        <source>would join the swarm of %1 as a worker</source>
        <translation>%1 のスウォームにワーカーとして参加します</translation>
    </message>
    <message>
        <source>manager of swarm %1; hive_swarm_mode: worker applies when a host joins: `docker node demote %2` makes it a worker while the other managers keep a majority</source>
        <translation>スウォーム %1 のマネージャーです。hive_swarm_mode: worker はホストが参加するときに適用されます。ほかのマネージャーが過半数を保てる間に `docker node demote %2` を実行するとワーカーになります</translation>
    </message>
    <message>
        <source>worker of swarm %1 (hive_swarm_mode)</source>
        <translation>スウォーム %1 のワーカー (hive_swarm_mode)</translation>
    </message>
    <message>
        <source>joined the swarm of %1 as a worker (hive_swarm_mode)</source>
        <translation>%1 のスウォームにワーカーとして参加しました (hive_swarm_mode)</translation>
    </message>
</context>
<context>
    <name>hive::TaskErrorClassifier</name>
    <message>
        <source>the file system of volume %1 (%2) is damaged</source>
        <translation>ボリューム %1（%2）のファイルシステムが壊れています</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前不明）</translation>
    </message>
    <message>
        <source>device unknown</source>
        <translation>デバイス不明</translation>
    </message>
    <message>
        <source>On the first hive: `docker service scale %1=0`, repair the file system (`xfs_repair %2` for xfs, `fsck -y %2` otherwise), then `docker service scale %1=&lt;replicas&gt;` (hive-builder manual, chapter 12).</source>
        <translation>1 号機で `docker service scale %1=0` を実行し、ファイルシステムを修復して（xfs なら `xfs_repair %2`、それ以外は `fsck -y %2`）、`docker service scale %1=&lt;レプリカ数&gt;` で戻してください（hive-builder マニュアル 12 章）。</translation>
    </message>
    <message>
        <source>volume %1 cannot be mounted</source>
        <translation>ボリューム %1 をマウントできません</translation>
    </message>
    <message>
        <source>Check the volume&apos;s DRBD state (`drbdadm status %1`) and that it is primary where the task runs; `hive build-volumes -l %1` recreates a missing one.</source>
        <translation>ボリュームの DRBD の状態（`drbdadm status %1`）と、タスクが動くホストで primary になっているかを確認してください。ないボリュームは `hive build-volumes -l %1` で作り直せます。</translation>
    </message>
    <message>
        <source>the image cannot be pulled</source>
        <translation>イメージを取得できません</translation>
    </message>
    <message>
        <source>Check that the image exists in the hive registry and the hosts are logged in: `hive build-images -l %1`, then `hive deploy-services -l %1`.</source>
        <translation>hive のレジストリにイメージがあり、ホストがログインしているか確認してください: `hive build-images -l %1`、続いて `hive deploy-services -l %1`。</translation>
    </message>
    <message>
        <source>a published port is already taken on the node</source>
        <translation>公開ポートがノード上で既に使われています</translation>
    </message>
    <message>
        <source>Find what holds the port on that node (`ss -ltnp`) and stop it, or publish %1 on another port.</source>
        <translation>そのノードでポートを使っているもの（`ss -ltnp`）を止めるか、%1 を別のポートで公開してください。</translation>
    </message>
    <message>
        <source>no node satisfies the service&apos;s placement (constraints, resources or a drained node)</source>
        <translation>サービスの配置条件（制約、リソース、drain されたノード）を満たすノードがありません</translation>
    </message>
    <message>
        <source>the process was killed (exit 137: out of memory or killed)</source>
        <translation>プロセスが強制終了されました（終了コード 137: メモリ不足または kill）</translation>
    </message>
    <message>
        <source>Raise the memory limit of %1 or find what uses the memory on the node.</source>
        <translation>%1 のメモリ上限を上げるか、ノードでメモリを使っているものを調べてください。</translation>
    </message>
    <message>
        <source>the service&apos;s process exits with an error</source>
        <translation>サービスのプロセスがエラーで終了しています</translation>
    </message>
    <message>
        <source>Read its log: `docker service logs --tail 50 %1` on the first hive, or /var/log/services/%1.log on the repository server.</source>
        <translation>ログを確認してください: 1 号機で `docker service logs --tail 50 %1`、またはリポジトリサーバの /var/log/services/%1.log。</translation>
    </message>
    <message>
        <source>the task fails</source>
        <translation>タスクが失敗しています</translation>
    </message>
    <message>
        <source>Read the error above and the service&apos;s log (`docker service logs %1`).</source>
        <translation>上のエラーとサービスのログ（`docker service logs %1`）を確認してください。</translation>
    </message>
    <message>
        <source>Check the placement of %1 against the nodes&apos; labels and availability (`docker node ls`); a drained node takes tasks again after `docker node update --availability active HOST`.</source>
        <translation>%1 の配置条件をノードのラベルと状態（`docker node ls`）と照らし合わせてください。drain したノードは `docker node update --availability active ホスト` で再びタスクを受け付けます。</translation>
    </message>
</context>
<context>
    <name>hive::TextDifference</name>
    <message>
        <source>the differences cannot be shown: diff is not installed (Debian: apt install diffutils)</source>
        <translation>差分を表示できません: diff がインストールされていません（Debian: apt install diffutils）</translation>
    </message>
    <message>
        <source>the differences cannot be shown: cannot write a temporary file (%1)</source>
        <translation>差分を表示できません: 一時ファイルを書き込めません（%1）</translation>
    </message>
    <message>
        <source>the differences cannot be shown: diff did not finish</source>
        <translation>差分を表示できません: diff が終了しませんでした</translation>
    </message>
    <message>
        <source>the differences cannot be shown: %1</source>
        <translation>差分を表示できません: %1</translation>
    </message>
</context>
<context>
    <name>hive::TextTemplate</name>
    <message>
        <source>%1:%2: a placeholder must look like {{ name }}, {{ name | json }} or {{ name | default(text) }}</source>
        <translation>%1:%2: プレースホルダは {{ name }}、{{ name | json }}、{{ name | default(text) }} のいずれかの形で書いてください</translation>
    </message>
    <message>
        <source>%1:%2: the variable %3 is not defined</source>
        <translation>%1:%2: 変数 %3 が定義されていません</translation>
    </message>
</context>
<context>
    <name>hive::TreeBuilder</name>
    <message>
        <source>this alias stands for the value it is inside of, which would never end</source>
        <translation>このエイリアスは自分を含む値そのものを指しており、展開が終わりません</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>値の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>the document expands to more than %1 values (an alias bomb?)</source>
        <translation>エイリアスの展開で値が %1 個を超えました（エイリアス爆弾の可能性があります）</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted string that starts here is never closed; add the closing %1</source>
        <translation>YAML の構文エラー: ここで始まる引用符付きの文字列が閉じられていません。閉じる %1 を追加してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as !!%2</source>
        <translation>&apos;%1&apos; は !!%2 として読めません</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>マージキー (&lt;&lt;) にはマッピングかマッピングのリストを指定してください</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a list or mapping</source>
        <translation>マッピングのキーには単純な値を指定してください（リストやマッピングは使えません）</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined on line %2); YAML keeps only one of them, so one definition would be silently lost</source>
        <translation>キー &apos;%1&apos; が重複しています（最初の定義は %2 行目）。YAML ではどちらか一方しか残らず、片方の定義が黙って失われます</translation>
    </message>
</context>
<context>
    <name>hive::UnitRepairFlow</name>
    <message>
        <source>%1 is not a unit name</source>
        <translation>%1 はユニット名ではありません</translation>
    </message>
    <message>
        <source>name the unit to restart or disable</source>
        <translation>再起動または無効化するユニットを指定してください</translation>
    </message>
    <message>
        <source>No unit has failed on the hosts that answered</source>
        <translation>応答したホストで失敗しているユニットはありません</translation>
    </message>
    <message>
        <source>%1 has not failed on any host that answered</source>
        <translation>%1 は応答したどのホストでも失敗していません</translation>
    </message>
    <message>
        <source>the failed units</source>
        <translation>失敗したユニット</translation>
    </message>
    <message numerus="yes">
        <source>Reset the failed state of %1 on %n host(s)</source>
        <translation>
            <numerusform>%n 台のホストで %1 の失敗状態をリセットします</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is started or stopped: systemd forgets that these units failed, so that the next failure shows. If a unit keeps failing, read why first (`journalctl -u UNIT`).</source>
        <translation>起動も停止もしません。systemd がこれらのユニットの失敗を忘れるので、次の失敗が見えるようになります。失敗を繰り返すユニットは、先に原因を確認してください（`journalctl -u UNIT`）。</translation>
    </message>
    <message numerus="yes">
        <source>Restart %1 on %n host(s)</source>
        <translation>
            <numerusform>%n 台のホストで %1 を再起動します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %1 for good on %n host(s)</source>
        <translation>
            <numerusform>%n 台のホストで %1 を恒久的に無効化します</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit is stopped and no longer started at boot; `systemctl enable --now %1` undoes it. Do this for units of resources that no longer exist (e.g. a removed DRBD volume), not for host services the hive needs.</source>
        <translation>ユニットを停止し、起動時にも起動しなくなります。`systemctl enable --now %1` で元に戻せます。もう存在しないリソース（削除した DRBD ボリュームなど）のユニットに使い、hive が必要とするホストサービスには使わないでください。</translation>
    </message>
    <message>
        <source>done for %1</source>
        <translation>%1 に実施しました</translation>
    </message>
    <message>
        <source>still failed: %1; read why with `journalctl -u %2 -n 50`</source>
        <translation>まだ失敗しています: %1。`journalctl -u %2 -n 50` で原因を確認してください</translation>
    </message>
    <message>
        <source>no unit of these is failed</source>
        <translation>これらのユニットはどれも失敗していません</translation>
    </message>
</context>
<context>
    <name>hive::VagrantMachineOutput</name>
    <message>
        <source>This machine cannot run KVM virtual machines: turn on virtualization (VT-x or AMD-V) in its firmware, or nested virtualization when it is a VM itself, and add your user to the kvm group.</source>
        <translation>このマシンでは KVM の仮想マシンを動かせません。ファームウェアで仮想化（VT-x または AMD-V）を有効にし（このマシン自体が VM ならネストした仮想化を有効にし）、ユーザを kvm グループに追加してください。</translation>
    </message>
    <message>
        <source>The box is not on Vagrant Cloud under that name: check the stage&apos;s image_name (or hive_vagrant_box_name), and that it is published for this provider.</source>
        <translation>その名前の box が Vagrant Cloud にありません。ステージの image_name（または hive_vagrant_box_name）と、その box がこのプロバイダ向けに公開されていることを確かめてください。</translation>
    </message>
    <message>
        <source>Vagrant cannot reach libvirt: start it (`sudo systemctl start libvirtd`) and add your user to the libvirt group (`sudo adduser $USER libvirt`, then log in again).</source>
        <translation>Vagrant が libvirt に接続できません。libvirt を起動し（`sudo systemctl start libvirtd`）、ユーザを libvirt グループに追加してください（`sudo adduser $USER libvirt` の後、ログインし直す）。</translation>
    </message>
    <message>
        <source>Vagrant has no usable provider: install vagrant-libvirt (`sudo apt install vagrant-libvirt libvirt-daemon-system`) or VirtualBox.</source>
        <translation>Vagrant に使えるプロバイダがありません。vagrant-libvirt（`sudo apt install vagrant-libvirt libvirt-daemon-system`）か VirtualBox をインストールしてください。</translation>
    </message>
    <message>
        <source>VirtualBox allows host-only networks in 192.168.56.0/21 only: give the stage a cidr there, or list its range in /etc/vbox/networks.conf (`* %1`).</source>
        <translation>VirtualBox のホストオンリーネットワークは 192.168.56.0/21 の範囲だけが許可されています。ステージの cidr をその範囲にするか、/etc/vbox/networks.conf にその範囲を書いてください（`* %1`）。</translation>
    </message>
    <message>
        <source>A virtual machine of that name is already there that Vagrant does not know from this folder (made elsewhere, or left by a run that was cut short): remove it (`virsh destroy` and `virsh undefine`, or VirtualBox&apos;s manager), then run build-infra again.</source>
        <translation>この名前の仮想マシンが既にありますが、このフォルダの Vagrant は把握していません（別の場所で作られたか、中断された実行が残したもの）。削除してから（`virsh destroy` と `virsh undefine`、または VirtualBox マネージャ）build-infra をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>hive::VagrantPlan</name>
    <message>
        <source>stage %1: the box &apos;%2&apos; is not a Vagrant box name (as almalinux/9)</source>
        <translation>ステージ %1: box &apos;%2&apos; は Vagrant の box 名ではありません（almalinux/9 のような名前）</translation>
    </message>
    <message>
        <source>stage %1: &apos;%2&apos; %3 is not a network interface name (%4)</source>
        <translation>ステージ %1: &apos;%2&apos; の %3 はネットワークインタフェース名ではありません（%4）</translation>
    </message>
    <message>
        <source>stage %1: give &apos;bridge&apos; (a new bridge) or &apos;dev&apos; (an existing one), not both</source>
        <translation>ステージ %1: &apos;bridge&apos;（新しいブリッジ）か &apos;dev&apos;（既存のブリッジ）のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>stage %1: the proxy &apos;%2&apos; is not an http:// or https:// address</source>
        <translation>ステージ %1: プロキシ &apos;%2&apos; は http:// または https:// のアドレスではありません</translation>
    </message>
    <message>
        <source>stage %1: %2 has no address (hive_private_ip)</source>
        <translation>ステージ %1: %2 にアドレス（hive_private_ip）がありません</translation>
    </message>
    <message>
        <source>stage %1: the memory size &apos;%2&apos; of %3 is not a size (4096 MB, or 4G)</source>
        <translation>ステージ %1: %3 のメモリサイズ &apos;%2&apos; はサイズではありません（4096 MB、または 4G）</translation>
    </message>
    <message>
        <source>stage %1: cpus &apos;%2&apos; of %3 is not a number of CPUs</source>
        <translation>ステージ %1: %3 の cpus &apos;%2&apos; は CPU 数ではありません</translation>
    </message>
    <message>
        <source>stage %1: the disk size &apos;%2&apos; of %3 is not a size (40 GB, or 40G)</source>
        <translation>ステージ %1: %3 のディスクサイズ &apos;%2&apos; はサイズではありません（40 GB、または 40G）</translation>
    </message>
    <message>
        <source>stage %1: &apos;mirrored_disk_size&apos; %2 is not a size (20 GB, or 20G)</source>
        <translation>ステージ %1: &apos;mirrored_disk_size&apos; の %2 はサイズではありません（20 GB、または 20G）</translation>
    </message>
</context>
<context>
    <name>hive::VagrantProvider</name>
    <message>
        <source>%1: Vagrant is not installed here (`sudo apt install vagrant vagrant-libvirt libvirt-daemon-system`, or Vagrant and VirtualBox from their makers)</source>
        <translation>%1: このマシンに Vagrant がインストールされていません（`sudo apt install vagrant vagrant-libvirt libvirt-daemon-system`、または提供元の Vagrant と VirtualBox）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>`vagrant --version`</source>
        <translation>`vagrant --version`</translation>
    </message>
    <message>
        <source>`vagrant plugin list`</source>
        <translation>`vagrant plugin list`</translation>
    </message>
    <message>
        <source>Vagrant has no provider to run the machines: install vagrant-libvirt (`sudo apt install vagrant-libvirt libvirt-daemon-system`) or VirtualBox</source>
        <translation>Vagrant にマシンを動かすプロバイダがありません。vagrant-libvirt（`sudo apt install vagrant-libvirt libvirt-daemon-system`）か VirtualBox をインストールしてください</translation>
    </message>
    <message>
        <source>VAGRANT_DEFAULT_PROVIDER is %1: the stage&apos;s Vagrantfile is written for libvirt and virtualbox</source>
        <translation>VAGRANT_DEFAULT_PROVIDER が %1 です。ステージの Vagrantfile は libvirt と virtualbox 用です</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>would write %1</source>
        <translation>%1 を書き込む予定</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>`vagrant box list`</source>
        <translation>`vagrant box list`</translation>
    </message>
    <message>
        <source>box %1 for %2 is here</source>
        <translation>%2 用の box %1 はあります</translation>
    </message>
    <message>
        <source>would add box %1 for %2</source>
        <translation>%2 用の box %1 を追加する予定</translation>
    </message>
    <message>
        <source>adding box %1 for %2</source>
        <translation>%2 用の box %1 の追加</translation>
    </message>
    <message>
        <source>added box %1 for %2</source>
        <translation>%2 用の box %1 を追加しました</translation>
    </message>
    <message>
        <source>%1 is not in the stage&apos;s Vagrantfile</source>
        <translation>%1 はステージの Vagrantfile にありません</translation>
    </message>
    <message>
        <source>`vagrant status %1`</source>
        <translation>`vagrant status %1`</translation>
    </message>
    <message>
        <source>`vagrant status %1` did not say its state</source>
        <translation>`vagrant status %1` が状態を返しませんでした</translation>
    </message>
    <message>
        <source>would create it</source>
        <translation>作成する予定</translation>
    </message>
    <message>
        <source>would start it (%1)</source>
        <translation>起動する予定（%1）</translation>
    </message>
    <message>
        <source>creating it (vagrant up)</source>
        <translation>作成中（vagrant up）</translation>
    </message>
    <message>
        <source>starting it (vagrant up; it was %1)</source>
        <translation>起動中（vagrant up。状態は %1 でした）</translation>
    </message>
    <message>
        <source>`vagrant up %1`</source>
        <translation>`vagrant up %1`</translation>
    </message>
    <message>
        <source>running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>setting up %1 through `vagrant ssh %2` failed: %3</source>
        <translation>`vagrant ssh %2` での %1 の設定に失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 showed no SSH host key in /etc/ssh</source>
        <translation>%1 の /etc/ssh に SSH ホスト鍵がありません</translation>
    </message>
    <message>
        <source>up (%1)</source>
        <translation>起動しました（%1）</translation>
    </message>
    <message>
        <source>reached at %1</source>
        <translation>%1 で接続</translation>
    </message>
    <message>
        <source>%1 set up with the hive&apos;s key</source>
        <translation>%1 を hive の鍵で設定しました</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>停止中（%1）</translation>
    </message>
    <message>
        <source>would halt it</source>
        <translation>停止する予定</translation>
    </message>
    <message>
        <source>`vagrant halt %1`</source>
        <translation>`vagrant halt %1`</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>no machine</source>
        <translation>マシンはありません</translation>
    </message>
    <message>
        <source>would destroy it and its disks (%1)</source>
        <translation>マシンとそのディスクを削除する予定（%1）</translation>
    </message>
    <message>
        <source>`vagrant destroy %1`</source>
        <translation>`vagrant destroy %1`</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>kept the Vagrantfile: the stage&apos;s other machines still use it</source>
        <translation>Vagrantfile を残しました。ステージの他のマシンがまだ使っています</translation>
    </message>
    <message>
        <source>`vagrant status`</source>
        <translation>`vagrant status`</translation>
    </message>
    <message>
        <source>kept the Vagrantfile: %1 is still there (%2)</source>
        <translation>Vagrantfile を残しました。%1 がまだあります（%2）</translation>
    </message>
    <message>
        <source>no files of Vagrant&apos;s left</source>
        <translation>Vagrant のファイルは残っていません</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>%1 を削除する予定</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>%1 is no longer in the stage, but its virtual machine is still there: remove it first with `vagrant destroy -f %1` in %2 (the Vagrantfile there still defines it), then run build-infra again</source>
        <translation>%1 はステージから外れましたが、その仮想マシンがまだあります。先に %2 で `vagrant destroy -f %1` を実行して削除し（そこの Vagrantfile にはまだ定義があります）、build-infra をもう一度実行してください</translation>
    </message>
    <message>
        <source>This machine has no %1: the machines will not start unless libvirt emulates them. %2</source>
        <translation>このマシンには %1 がありません。libvirt がエミュレーションで動かさない限り、マシンは起動しません。%2</translation>
    </message>
</context>
<context>
    <name>hive::ValueGrammar</name>
    <message>
        <source>letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit, at most 63 characters (Docker&apos;s names)</source>
        <translation>英数字と「_」「.」「-」からなり、英数字で始まる 63 文字以内（Docker の名前の規則）</translation>
    </message>
    <message>
        <source>a DNS name: labels of letters, digits and inner hyphens, joined by dots</source>
        <translation>DNS 名（英数字と途中のハイフンからなるラベルをドットでつないだもの）</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;, at most 32 characters (user and group names on the hosts)</source>
        <translation>英小文字・数字・「_」「-」からなり、英小文字か「_」で始まる 32 文字以内（ホストのユーザ名・グループ名の規則）</translation>
    </message>
    <message>
        <source>a number with an optional unit, such as 512M, 1.5G or 4096</source>
        <translation>512M、1.5G、4096 のような数値（単位は任意）</translation>
    </message>
    <message>
        <source>a time zone such as Asia/Tokyo, UTC or Etc/GMT+9</source>
        <translation>Asia/Tokyo、UTC、Etc/GMT+9 のようなタイムゾーン</translation>
    </message>
    <message>
        <source>a locale such as ja_JP.UTF-8, en_US.UTF-8 or C.UTF-8</source>
        <translation>ja_JP.UTF-8、en_US.UTF-8、C.UTF-8 のようなロケール</translation>
    </message>
    <message>
        <source>an image reference such as nginx:1.25, registry.example.jp:5000/web:latest or name@sha256:…</source>
        <translation>nginx:1.25、registry.example.jp:5000/web:latest、name@sha256:… のようなイメージ参照</translation>
    </message>
    <message>
        <source>a network interface name such as eth1 or ens5 (at most 15 characters)</source>
        <translation>eth1 や ens5 のようなネットワークインタフェース名（15 文字以内）</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not allowed: it must be %3</source>
        <translation>%1 &apos;%2&apos; は使えません。%3 を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, but it is a %3</source>
        <translation>&apos;%1&apos; には %2 を指定してください。指定値は %3 です</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>ロケール</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>インタフェース</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 は数値にしてください</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>the gid of group %1</source>
        <translation>グループ %1 の gid</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ユーザ名</translation>
    </message>
    <message>
        <source>the uid of user %1</source>
        <translation>ユーザ %1 の uid</translation>
    </message>
    <message>
        <source>the group of user %1</source>
        <translation>ユーザ %1 のグループ</translation>
    </message>
    <message>
        <source>letters and digits, with &apos;-&apos; or &apos;_&apos; only between them, at most 63 characters (Docker Swarm&apos;s names of services and networks)</source>
        <translation>英数字からなり、「-」「_」は英数字の間にだけ置ける 63 文字以内（Docker Swarm のサービス名・ネットワーク名の規則）</translation>
    </message>
    <message>
        <source>a host key fingerprint as `ssh-keygen -lf` prints it on the host: SHA256: and 43 characters</source>
        <translation>ホストで `ssh-keygen -lf` が表示するホスト鍵のフィンガープリント（SHA256: と 43 文字）</translation>
    </message>
    <message>
        <source>registry user name</source>
        <translation>レジストリのユーザー名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a port number from 1 to 65535</source>
        <translation>&apos;%1&apos; は 1〜65535 のポート番号でなければなりません</translation>
    </message>
    <message>
        <source>&apos;hive_yum_url&apos; must be an http:// or https:// address of a mirror (letters, digits and . _ ~ % + - in its path), e.g. https://ftp.riken.jp/Linux/almalinux</source>
        <translation>&apos;hive_yum_url&apos; はミラーの http:// または https:// のアドレスで指定してください（パスには英数字と . _ ~ % + - が使えます）。例: https://ftp.riken.jp/Linux/almalinux</translation>
    </message>
    <message>
        <source>&apos;hive_swarm_mode&apos; is manager or worker (how a hive joins the swarm)</source>
        <translation>&apos;hive_swarm_mode&apos; は manager か worker です (hive がスウォームに参加する方法)</translation>
    </message>
    <message>
        <source>&apos;hive_backup_time&apos; is the time of the nightly backups as HH:MM (01:00)</source>
        <translation>&apos;hive_backup_time&apos; は夜間バックアップの時刻です (HH:MM、01:00)</translation>
    </message>
    <message>
        <source>&apos;hive_log_rotate_days&apos; is how many days of the services&apos; logs are kept, from 1 to 3650 (14)</source>
        <translation>&apos;hive_log_rotate_days&apos; はサービスのログを残す日数です (1 から 3650、既定 14)</translation>
    </message>
    <message>
        <source>&apos;hive_zabbix_interval&apos; is how often Zabbix reads the swarm&apos;s services, as Zabbix writes it (30s, 1m, 1h)</source>
        <translation>&apos;hive_zabbix_interval&apos; は Zabbix が swarm のサービスを読み取る間隔です (Zabbix の書き方で 30s、1m、1h)</translation>
    </message>
</context>
<context>
    <name>hive::VariableCatalog</name>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 には %2 のいずれかを指定してください（指定値: &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>%1 takes true/yes/1 or false/no/0, not &apos;%2&apos;</source>
        <translation>%1 には true/yes/1 か false/no/0 を指定してください（指定値: &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>%1 takes an integer, not &apos;%2&apos;</source>
        <translation>%1 には整数を指定してください（指定値: &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 はディレクトリではありません</translation>
    </message>
    <message>
        <source>%1 takes a JSON object such as {&quot;web80&quot;: 61001}</source>
        <translation>%1 には {&quot;web80&quot;: 61001} のような JSON オブジェクトを指定してください</translation>
    </message>
</context>
<context>
    <name>hive::XmlNode</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>the document ends early</source>
        <translation>文書が途中で終わっています</translation>
    </message>
</context>
<context>
    <name>hive::YamlReader</name>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>file is %1 bytes; files over %2 bytes are not read</source>
        <translation>ファイルが %1 バイトあります。%2 バイトを超えるファイルは読み込みません</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes and is not read</source>
        <translation>ファイルが %1 バイトを超えているため読み込みません</translation>
    </message>
    <message>
        <source>file contains NUL bytes: this is binary data, not YAML</source>
        <translation>ファイルに NUL バイトが含まれています。YAML ではなくバイナリデータです</translation>
    </message>
    <message>
        <source>file is not UTF-8 text; save it as UTF-8</source>
        <translation>ファイルが UTF-8 のテキストではありません。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>brackets are nested more than %1 levels deep</source>
        <translation>括弧の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>a second YAML document starts here; a file may hold only one</source>
        <translation>ここから 2 つ目の YAML ドキュメントが始まっています。1 つのファイルには 1 つのドキュメントだけを記述してください</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML の構文エラー: %1</translation>
    </message>
    <message>
        <source>YAML cannot be read: %1</source>
        <translation>YAML を読み込めません: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: unexpected &apos;%1&apos;</source>
        <translation>YAML の構文エラー: 予期しない &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>hive::YamlTextEditor</name>
    <message>
        <source>the edit of %1 would make the file unreadable; it was not made</source>
        <translation>%1 を編集するとファイルが読めなくなるため、編集しませんでした</translation>
    </message>
    <message>
        <source>%1 cannot be changed in place without rewriting other lines; change it in the source view</source>
        <translation>%1 は他の行を書き換えずには変更できません。ソース表示で変更してください</translation>
    </message>
    <message>
        <source>the file does not read as YAML; fix it in the source view first</source>
        <translation>ファイルが YAML として読めません。先にソース表示で修正してください</translation>
    </message>
    <message>
        <source>%1 comes from an alias or a merge (&lt;&lt;); change it where it is defined, in the source view</source>
        <translation>%1 はエイリアスまたはマージ (&lt;&lt;) によるものです。定義されている箇所をソース表示で変更してください</translation>
    </message>
    <message>
        <source>cannot find the &apos;:&apos; after the key %1</source>
        <translation>キー %1 の後の「:」が見つかりません</translation>
    </message>
    <message>
        <source>%1 comes from an alias; change it where it is defined, in the source view</source>
        <translation>%1 はエイリアスによるものです。定義されている箇所をソース表示で変更してください</translation>
    </message>
    <message>
        <source>the whole document cannot be replaced here</source>
        <translation>ここでは文書全体を置き換えられません</translation>
    </message>
    <message>
        <source>%1 is a %2, not a mapping; %3 cannot be added to it</source>
        <translation>%1 はマッピングではなく %2 なので、%3 を追加できません</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>%1 is built with an alias or a merge (&lt;&lt;); add %2 in the source view</source>
        <translation>%1 はエイリアスまたはマージ (&lt;&lt;) で作られています。%2 はソース表示で追加してください</translation>
    </message>
    <message>
        <source>%1 is a %2, not a list</source>
        <translation>%1 はリストではなく %2 です</translation>
    </message>
    <message>
        <source>%1 ends with an alias; add the item in the source view</source>
        <translation>%1 の最後はエイリアスです。項目はソース表示で追加してください</translation>
    </message>
    <message>
        <source>%1 is not in the file</source>
        <translation>%1 はファイルにありません</translation>
    </message>
    <message>
        <source>%1 cannot be removed in place; remove it in the source view</source>
        <translation>%1 はその場で削除できません。ソース表示で削除してください</translation>
    </message>
    <message>
        <source>%1 is not a key in the file</source>
        <translation>%1 はファイル内のキーではありません</translation>
    </message>
    <message>
        <source>%1 already exists next to %2</source>
        <translation>%2 と同じ階層に %1 が既にあります</translation>
    </message>
    <message>
        <source>%1 comes from a merge (&lt;&lt;); rename it where it is defined</source>
        <translation>%1 はマージ (&lt;&lt;) によるものです。定義されている箇所で名前を変更してください</translation>
    </message>
    <message>
        <source>renaming %1 would make the file unreadable</source>
        <translation>%1 の名前を変更するとファイルが読めなくなります</translation>
    </message>
    <message>
        <source>%1 cannot be renamed in place</source>
        <translation>%1 はその場で名前を変更できません</translation>
    </message>
</context>
<context>
    <name>hive::ZabbixConsole</name>
    <message>
        <source>the Zabbix console on %1 does not answer: %2</source>
        <translation>%1 の Zabbix コンソールが応答しません: %2</translation>
    </message>
    <message>
        <source>Zabbix refused %1: %2 %3</source>
        <translation>Zabbix が %1 を拒否しました: %2 %3</translation>
    </message>
    <message>
        <source>the Zabbix console on %1 answered %2 with no result: %3</source>
        <translation>%1 の Zabbix コンソールは %2 に結果なしで応答しました: %3</translation>
    </message>
    <message>
        <source>Admin cannot log in to Zabbix with the hive&apos;s password (%1) nor with Zabbix&apos;s first one; set hive_zabbix_admin_password to Admin&apos;s password</source>
        <translation>Admin は hive のパスワードでも (%1) Zabbix の初期パスワードでも Zabbix にログインできません。hive_zabbix_admin_password に Admin のパスワードを設定してください</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>Zabbix has no template &quot;%1&quot;</source>
        <translation>Zabbix にテンプレート &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>the stock host &quot;Zabbix server&quot; removed</source>
        <translation>既定のホスト &quot;Zabbix server&quot; を削除</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) monitored</source>
        <translation>
            <numerusform>%n 台のサーバを監視中</numerusform>
        </translation>
    </message>
    <message>
        <source>would add %1</source>
        <translation>%1 を追加します</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>テンプレート %1</translation>
    </message>
    <message>
        <source>its discovery of the services</source>
        <translation>そのサービスのディスカバリ</translation>
    </message>
    <message>
        <source>its problem when a service runs fewer tasks</source>
        <translation>サービスのタスクが足りないときの障害</translation>
    </message>
    <message>
        <source>%1 as defined</source>
        <translation>%1 は定義どおりです</translation>
    </message>
    <message>
        <source>%1 linked to %2</source>
        <translation>%1 を %2 にリンク</translation>
    </message>
    <message>
        <source>would import %1</source>
        <translation>%1 をインポートします</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <source>Zabbix has no media type &quot;%1&quot;</source>
        <translation>Zabbix にメディアタイプ「%1」がありません</translation>
    </message>
    <message>
        <source>media type %1 set up</source>
        <translation>メディアタイプ %1 を設定</translation>
    </message>
    <message>
        <source>Admin&apos;s media removed</source>
        <translation>Admin のメディアを削除</translation>
    </message>
    <message>
        <source>Admin alerted by %1</source>
        <translation>Admin への通知: %1</translation>
    </message>
    <message>
        <source>Zabbix has no action &quot;Report problems to Zabbix administrators&quot;</source>
        <translation>Zabbix にアクション「Report problems to Zabbix administrators」がありません</translation>
    </message>
    <message>
        <source>problems and recoveries reported</source>
        <translation>障害と復旧を通知</translation>
    </message>
    <message>
        <source>no alerts set (hive_zabbix_slack_channel, hive_zabbix_email_to, hive_zabbix_webhook_url)</source>
        <translation>通知先の設定なし（hive_zabbix_slack_channel、hive_zabbix_email_to、hive_zabbix_webhook_url）</translation>
    </message>
    <message>
        <source>alerts by %1</source>
        <translation>通知: %1</translation>
    </message>
    <message>
        <source>Admin still has Zabbix&apos;s first password: run `hive setup-hosts -T zabbix`</source>
        <translation>Admin のパスワードが Zabbix の初期値のままです。`hive setup-hosts -T zabbix` を実行してください</translation>
    </message>
</context>
<context>
    <name>hive::ZabbixCredentials</name>
    <message>
        <source>hive_zabbix_admin_password in the inventory</source>
        <translation>インベントリの hive_zabbix_admin_password</translation>
    </message>
    <message>
        <source>%1 must hold 12 to 128 letters and digits only; remove it and run again to make a new one</source>
        <translation>%1 には英数字だけを 12 から 128 文字で書いてください。削除して再実行すると新しく作ります</translation>
    </message>
</context>
<context>
    <name>hive::ZabbixHealth</name>
    <message>
        <source>Zabbix answers and has no open problem</source>
        <translation>Zabbix は応答しており、未解決の障害はありません</translation>
    </message>
    <message>
        <source>Zabbix: %1 (since %2, acknowledged)</source>
        <translation>Zabbix: %1 (%2 から、確認済み)</translation>
    </message>
    <message>
        <source>Zabbix: %1 (since %2)</source>
        <translation>Zabbix: %1 (%2 から)</translation>
    </message>
    <message>
        <source>Zabbix does not answer on %1: nothing watches the hive</source>
        <translation>%1 の Zabbix が応答しません: hive を監視するものがありません</translation>
    </message>
    <message>
        <source>Run `hive setup-hosts -T zabbix-agent,zabbix`.</source>
        <translation>`hive setup-hosts -T zabbix-agent,zabbix` を実行してください。</translation>
    </message>
    <message>
        <source>Acknowledge it once someone is on it (the Health tab&apos;s Acknowledge, or the Zabbix console: `hive ssh -z`, then http://localhost:10052/); the console has its history.</source>
        <translation>誰かが対応を始めたら確認済みにしてください（ヘルスタブの「確認済みにする」、または Zabbix コンソール: `hive ssh -z` の後 http://localhost:10052/）。履歴はコンソールにあります。</translation>
    </message>
</context>
<context>
    <name>hive::cli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::cli::AttributesCommand</name>
    <message>
        <source>hive, stage, subnet, services-file, service, image, volume, drbd, nfs, port or network (default: all)</source>
        <translation>hive, stage, subnet, services-file, service, image, volume, drbd, nfs, port, network のいずれか（省略時はすべて）</translation>
    </message>
    <message>
        <source>unknown scope %1</source>
        <translation>不明な対象 %1 です</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>型</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>PROVIDERS</source>
        <translation>プロバイダ</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>describe the attributes of hive and service definitions</source>
        <translation>hive 定義とサービス定義の属性を説明する</translation>
    </message>
</context>
<context>
    <name>hive::cli::CheckCommand</name>
    <message>
        <source>print the problems as JSON</source>
        <translation>問題を JSON で出力する</translation>
    </message>
    <message>
        <source>treat warnings as errors</source>
        <translation>警告もエラーとして扱う</translation>
    </message>
    <message>
        <source>%1: stage %2, %3 hosts, %4 services, %5 networks — OK</source>
        <translation>%1: ステージ %2、ホスト %3 台、サービス %4 個、ネットワーク %5 個 — 問題ありません</translation>
    </message>
    <message>
        <source>validate the project and print every problem (writes nothing)</source>
        <translation>プロジェクトを検証してすべての問題を表示する（何も書き込まない）</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
</context>
<context>
    <name>hive::cli::CliApplication</name>
    <message>
        <source>usage: hive [-h] [--version] [-r ROOT_DIR] [-s {production,staging,private}]
            [-i INVENTORY_PATH] [-c CONTEXT_DIR] [-W TEMP_DIR] [-v]
            SUBCOMMAND [options]

Hive Studio command line: design, build, run and repair a hive.

subcommands:
</source>
        <translation>使い方: hive [-h] [--version] [-r ROOT_DIR] [-s {production,staging,private}]
              [-i INVENTORY_PATH] [-c CONTEXT_DIR] [-W TEMP_DIR] [-v]
              サブコマンド [オプション]

Hive Studio のコマンドラインツール: hive を設計・構築・運用・復旧します。

サブコマンド:
</translation>
    </message>
    <message>
        <source>
Run &apos;hive SUBCOMMAND --help&apos; for the options of a subcommand.
</source>
        <translation>
サブコマンドのオプションは &apos;hive サブコマンド --help&apos; で表示されます。
</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>このヘルプを表示する</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>バージョンを表示する</translation>
    </message>
    <message>
        <source>directory where hold project inventory/settings (default: current directory)</source>
        <translation>プロジェクトのインベントリと設定を保持するディレクトリ（デフォルト: カレントディレクトリ）</translation>
    </message>
    <message>
        <source>stage: production, staging or private</source>
        <translation>ステージ: production, staging, private のいずれか</translation>
    </message>
    <message>
        <source>path of inventory</source>
        <translation>インベントリのパス</translation>
    </message>
    <message>
        <source>directory where save context (ex. CA key, ssh_config)</source>
        <translation>コンテキスト（CA 鍵、ssh_config など）を保存するディレクトリ</translation>
    </message>
    <message>
        <source>directory where save temporary files</source>
        <translation>一時ファイルを保存するディレクトリ</translation>
    </message>
    <message>
        <source>accepted for hive-builder compatibility; not used</source>
        <translation>hive-builder との互換のために受け付けます（使用しません）</translation>
    </message>
    <message>
        <source>output verbose log</source>
        <translation>詳細なログを出力する</translation>
    </message>
    <message>
        <source>argument -s/--stage: invalid choice: &apos;%1&apos; (choose from &apos;production&apos;, &apos;staging&apos;, &apos;private&apos;)</source>
        <translation>引数 -s/--stage: 不正な値 &apos;%1&apos; です（&apos;production&apos;, &apos;staging&apos;, &apos;private&apos; から選んでください）</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>不明なサブコマンド &apos;%1&apos; です</translation>
    </message>
</context>
<context>
    <name>hive::cli::DoctorCommand</name>
    <message>
        <source>print the findings as JSON</source>
        <translation>所見を JSON で出力する</translation>
    </message>
    <message>
        <source>show the evidence of the findings that are ok too</source>
        <translation>正常な所見の根拠も表示する</translation>
    </message>
    <message>
        <source>Exit status: 0 all ok, 3 a warning, 4 something critical, 1 the checks could not run.</source>
        <translation>終了コード: 0 すべて正常、3 警告あり、4 重大な問題あり、1 検査を実行できなかった。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>  evidence:</source>
        <translation>  根拠:</translation>
    </message>
    <message>
        <source>  what to do:</source>
        <translation>  対処:</translation>
    </message>
    <message>
        <source>stage %1: %2 (%3 critical, %4 warning(s), %5 ok) in %6 s</source>
        <translation>ステージ %1: %2（重大 %3、警告 %4、正常 %5）%6 秒</translation>
    </message>
    <message>
        <source>check the swarm, services, DRBD, disks, units and backups of the stage</source>
        <translation>ステージの swarm・サービス・DRBD・ディスク・ユニット・バックアップを検査する</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>SWARM</source>
        <translation>SWARM</translation>
    </message>
    <message>
        <source>LOAD</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>MEMORY USED</source>
        <translation>使用メモリ</translation>
    </message>
    <message>
        <source>FULLEST DISK</source>
        <translation>ディスク使用率</translation>
    </message>
    <message>
        <source>UP FOR</source>
        <translation>稼働時間</translation>
    </message>
</context>
<context>
    <name>hive::cli::InitCommand</name>
    <message>
        <source>Success to initialize hive context on %1</source>
        <translation>%1 に hive のコンテキストを初期化しました</translation>
    </message>
    <message>
        <source>hive context on %1 is already initialized</source>
        <translation>%1 の hive のコンテキストは初期化済みです</translation>
    </message>
    <message>
        <source>initialize hive environment (create .hive/)</source>
        <translation>hive の環境を初期化する（.hive/ を作成する）</translation>
    </message>
</context>
<context>
    <name>hive::cli::InventoryCommand</name>
    <message>
        <source>print the whole inventory (the default)</source>
        <translation>インベントリ全体を出力する（デフォルト）</translation>
    </message>
    <message>
        <source>keep variables on the groups that hold them instead of flattening them into the hosts</source>
        <translation>変数をホストに展開せず、定義されたグループに置いたまま出力する</translation>
    </message>
    <message>
        <source>print the variables of one host</source>
        <translation>1 台のホストの変数を出力する</translation>
    </message>
    <message>
        <source>--host and --list cannot be used together</source>
        <translation>--host と --list は同時に指定できません</translation>
    </message>
    <message>
        <source>no host named %1 in the inventory</source>
        <translation>インベントリに %1 という名前のホストはありません</translation>
    </message>
    <message>
        <source>list ansible inventory (the JSON of ansible-inventory --list)</source>
        <translation>ansible のインベントリを出力する（ansible-inventory --list の JSON）</translation>
    </message>
    <message>
        <source>with --host: render the Jinja2 templates of its variables with Ansible, as a phase of the stage sees them (secrets as ********)</source>
        <translation>--host と併用: そのホストの変数の Jinja2 テンプレートを、ステージのフェーズが見るとおりに Ansible で描画する（秘密の値は ********）</translation>
    </message>
    <message>
        <source>with --render: print secret values instead of ********</source>
        <translation>--render と併用: 秘密の値を ******** ではなくそのまま表示する</translation>
    </message>
    <message>
        <source>--render and --show-secrets go with --host HOST</source>
        <translation>--render と --show-secrets は --host HOST と一緒に使います</translation>
    </message>
    <message>
        <source>--render and --export cannot be used together</source>
        <translation>--render と --export は同時に使えません</translation>
    </message>
</context>
<context>
    <name>hive::cli::ListHostsCommand</name>
    <message>
        <source>one host per line with role, address, subnet and zone</source>
        <translation>1 行に 1 台ずつ、役割・アドレス・サブネット・ゾーンを表示する</translation>
    </message>
    <message>
        <source>stage %1 is not defined in the hive definition</source>
        <translation>ステージ %1 は hive 定義で定義されていません</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>SUBNET</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>return hive hosts list of the stage</source>
        <translation>ステージのホストの一覧を表示する</translation>
    </message>
</context>
<context>
    <name>hive::cli::ListServicesCommand</name>
    <message>
        <source>one service per line with stages, image and published ports</source>
        <translation>1 行に 1 つずつ、ステージ・イメージ・公開ポートを表示する</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>STAGES</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>build from %1</source>
        <translation>%1 からビルド</translation>
    </message>
    <message>
        <source>return services list</source>
        <translation>サービスの一覧を表示する</translation>
    </message>
</context>
<context>
    <name>hive::cli::ListVolumesCommand</name>
    <message>
        <source>one volume per line with kind, device id, size and service</source>
        <translation>1 行に 1 つずつ、種類・デバイス番号・サイズ・サービスを表示する</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>return the volumes build-volumes creates (drbd, nfs, driver)</source>
        <translation>build-volumes で作成するボリューム（drbd, nfs, driver）の一覧を表示する</translation>
    </message>
</context>
<context>
    <name>hive::cli::PhaseCommand</name>
    <message>
        <source>run every phase from start_phase (or -S PHASE) to the end</source>
        <translation>start_phase（または -S PHASE）から最後までのすべてのフェーズを実行する</translation>
    </message>
    <message>
        <source>start at this phase instead of the persisted start_phase (%1)</source>
        <translation>保存された start_phase の代わりにこのフェーズから始める（%1）</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>stop the servers</source>
        <translation>サーバを停止する</translation>
    </message>
    <message>
        <source>report what would change without changing anything</source>
        <translation>何も変更せずに、変更される内容を表示する</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <source>only the steps with these tags (comma-separated)</source>
        <translation>このタグを持つステップだけを実行する（カンマ区切り）</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>print the raw event stream as JSON lines</source>
        <translation>イベントをそのまま JSON Lines で出力する</translation>
    </message>
    <message>
        <source>interrupted during %1; run the same command again to continue</source>
        <translation>%1 の途中で中断しました。続けるには同じコマンドをもう一度実行してください</translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: %n phase(s) found the stage as defined.</source>
        <translation>
            <numerusform>変更はありません: %n 個のフェーズでステージは定義どおりでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>send a stage&apos;s root_password to hosts seen for the first time (check the host keys it prints first)</source>
        <translation>初めて接続するホストにもステージの root_password を送る（先に表示されるホスト鍵を確認してください）</translation>
    </message>
    <message>
        <source>a host key you checked on the host&apos;s console, for this run: ADDRESS=SHA256:… (as host_keys in the stage; repeatable)</source>
        <translation>ホストのコンソールで確認したホスト鍵（この実行のみ）: ADDRESS=SHA256:…（ステージの host_keys と同じ。複数指定可）</translation>
    </message>
    <message>
        <source>ADDRESS=FINGERPRINT</source>
        <translation>ADDRESS=FINGERPRINT</translation>
    </message>
    <message>
        <source>(this phase has no tags: -T is refused)</source>
        <translation>（このフェーズにはタグがないため -T は使えません）</translation>
    </message>
    <message>
        <source>write a kickstart stage&apos;s install medium to this device (its iso_dest), erasing it</source>
        <translation>kickstart ステージのインストール媒体をこのデバイス（iso_dest）に書き込む（内容は消去される）</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>apply the project&apos;s roles again although nothing they read changed, and run although an interrupted repair left something to put back (`hive recover resume` puts it back)</source>
        <translation>ロールが読むものが変わっていなくてもプロジェクトのロールを再適用し、中断した修復が元に戻すべきものを残していても実行する（`hive recover resume` で元に戻せます）</translation>
    </message>
</context>
<context>
    <name>hive::cli::RecoveryCommand</name>
    <message>
        <source>drain a host for maintenance and wait until its tasks moved (on), or make it active again (off); refused when it would cost the swarm its quorum</source>
        <translation>ホストをメンテナンスのため drain してタスクの移動を待つ（on）、または再び active にする（off）。swarm のクォーラムを失う場合は拒否します</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>start or end the maintenance</source>
        <translation>メンテナンスの開始または終了</translation>
    </message>
    <message>
        <source>with off: restart the replicated services so that tasks spread onto the host again</source>
        <translation>off と共に: replicated サービスを再起動し、タスクを再びこのホストへ分散させる</translation>
    </message>
    <message>
        <source>with on: how long to wait for the tasks to move (default 180)</source>
        <translation>on と共に: タスクの移動を待つ秒数（既定 180）</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>archives to keep per host (default 7)</source>
        <translation>ホストごとに残すアーカイブ数（既定 7）</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>what to recover</source>
        <translation>回復する対象</translation>
    </message>
    <message>
        <source>run the plan without asking</source>
        <translation>確認せずに計画を実行する</translation>
    </message>
    <message>
        <source>only show the plan</source>
        <translation>計画を表示するだけにする</translation>
    </message>
    <message>
        <source>print the raw event stream as JSON lines</source>
        <translation>生のイベントストリームを JSON 行で出力する</translation>
    </message>
    <message>
        <source>not confirmed: run it again with --yes to go ahead without a question</source>
        <translation>確認されていません。確認なしで進めるには --yes を付けて再実行してください</translation>
    </message>
    <message>
        <source>Go ahead? [y/N] </source>
        <translation>実行しますか？ [y/N] </translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>何も変更しませんでした</translation>
    </message>
    <message>
        <source>interrupted during %1; `hive doctor` shows where the swarm is now</source>
        <translation>%1 の途中で中断しました。swarm の現状は `hive doctor` で確認できます</translation>
    </message>
    <message>
        <source>units: restart the unit</source>
        <translation>units: ユニットを再起動します</translation>
    </message>
    <message>
        <source>units: stop and disable the unit for good</source>
        <translation>units: ユニットを停止し恒久的に無効化します</translation>
    </message>
    <message>
        <source>disk: remove every image no container uses, not only dangling ones</source>
        <translation>disk: dangling だけでなく、どのコンテナも使っていないイメージをすべて削除します</translation>
    </message>
    <message>
        <source>disk: leave the registry as it is (no garbage collection)</source>
        <translation>disk: レジストリはそのままにします（ガベージコレクションしません）</translation>
    </message>
    <message>
        <source>drbd: also repair the volume&apos;s file system (xfs_repair or fsck)</source>
        <translation>drbd: ボリュームのファイルシステムも修復します（xfs_repair または fsck）</translation>
    </message>
    <message>
        <source>manager: the lost host; quorum: the surviving manager to lead (default: the first that answers); node: the host whose engine to restart; units: the unit (default: every failed one); drbd: the volume</source>
        <translation>manager: 失われたホスト。quorum: リーダーとなる生き残ったマネージャ（既定: 最初に応答したもの）。node: エンジンを再起動するホスト。units: ユニット（既定: 失敗したものすべて）。drbd: ボリューム</translation>
    </message>
    <message>
        <source>drbd: make the volume this large (hive-builder manual, chapter 12: its files are archived, the volume rebuilt at the new size, the files put back)</source>
        <translation>drbd: ボリュームをこのサイズに拡張します (hive-builder マニュアル 12 章の手順: ファイルを保存し、新しいサイズでボリュームを作り直し、ファイルを戻します)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>recover lost managers: `recover manager HOST` replaces one, `recover quorum` rebuilds the swarm from a surviving manager; `recover node HOST` restarts the engine of a node the swarm lists as down though it answers; `recover units` resets, restarts or disables failed host services; `recover disk` frees disk space; `recover drbd VOLUME` repairs a DRBD volume; `recover resume` puts back what an interrupted repair took away</source>
        <translation>失われたマネージャを回復する: `recover manager HOST` で 1 台を置き換え、`recover quorum` で生き残ったマネージャから swarm を再構築します。`recover node HOST` は応答するのに swarm で down とされるノードのエンジンを再起動し、`recover units` は失敗したホストのサービスをリセット・再起動・無効化し、`recover disk` はディスク容量を空け、`recover drbd VOLUME` は DRBD ボリュームを修復し、`recover resume` は中断された修復が取り除いたものを元に戻します</translation>
    </message>
    <message>
        <source>run although an interrupted repair left something to put back (`hive recover resume` puts it back)</source>
        <translation>中断された修復が戻すべきものを残していても実行する（元に戻すのは `hive recover resume`）</translation>
    </message>
    <message>
        <source>quorum, restore: force a new cluster although a manager this machine cannot reach still answers from another host (the swarm may then run twice)</source>
        <translation>quorum, restore: このマシンから届かないマネージャが別のホストからは応答していても、新しいクラスタを強制作成する（swarm が二重に動く恐れがあります）</translation>
    </message>
    <message>
        <source>drbd, split brain: the hive whose copy&apos;s changes since the split are discarded (the other copies are kept)</source>
        <translation>drbd のスプリットブレイン: 分断以降の変更を破棄するコピーのホスト（他のコピーは残します）</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>back up the swarm state of the managers that are not the leader, one at a time, into the context dir; with --data, the services&apos; data on the repository server</source>
        <translation>リーダーでないマネージャの swarm の状態を 1 台ずつコンテキストディレクトリにバックアップします。--data を付けると、リポジトリサーバでサービスのデータをバックアップします</translation>
    </message>
    <message>
        <source>restore the swarm from a backup after every manager was lost; with --data, a service&apos;s data from its backup</source>
        <translation>すべてのマネージャを失った後に swarm をバックアップからリストアします。--data を付けると、サービスのデータをそのバックアップからリストアします</translation>
    </message>
    <message>
        <source>back up the services&apos; data (their backup_scripts) and the registry on the repository server instead, as the nightly run does</source>
        <translation>代わりに、夜間実行と同じくリポジトリサーバでサービスのデータ (backup_scripts) とレジストリをバックアップします</translation>
    </message>
    <message>
        <source>with --data: only these services, comma-separated</source>
        <translation>--data と共に: これらのサービスだけ (カンマ区切り)</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>the backup to restore (default: the newest); with --data: the service, then the time of its backup as YYYYmmddHHMMSS (default: its latest)</source>
        <translation>リストアするバックアップ (既定: 最新)。--data と共に: サービス、続けてそのバックアップの時刻 YYYYmmddHHMMSS (既定: 最新)</translation>
    </message>
    <message>
        <source>restore a service&apos;s data from its backup on the repository server instead</source>
        <translation>代わりに、リポジトリサーバにあるバックアップからサービスのデータをリストアします</translation>
    </message>
</context>
<context>
    <name>hive::cli::RunEventPrinter</name>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>FAILED %1%2: %3</source>
        <translation>失敗 %1%2: %3</translation>
    </message>
    <message>
        <source>what to try: %1</source>
        <translation>対処: %1</translation>
    </message>
</context>
<context>
    <name>hive::cli::SetCommand</name>
    <message>
        <source>variable name</source>
        <translation>変数名</translation>
    </message>
    <message>
        <source>variable value</source>
        <translation>変数の値</translation>
    </message>
    <message>
        <source>usage: hive set VARIABLE_NAME VALUE</source>
        <translation>使い方: hive set 変数名 値</translation>
    </message>
    <message>
        <source>unknown variable %1; known variables: %2</source>
        <translation>不明な変数 %1 です。指定できる変数: %2</translation>
    </message>
    <message>
        <source>variable %1 can not be saved persistently</source>
        <translation>変数 %1 は永続化できません</translation>
    </message>
    <message>
        <source>set persistently %1 to %2 on %3</source>
        <translation>%2 に %1 を永続的に設定しました（スコープ: %3）</translation>
    </message>
    <message>
        <source>set hive variable persistently</source>
        <translation>hive の変数を永続的に設定する</translation>
    </message>
</context>
<context>
    <name>hive::cli::SshCommand</name>
    <message>
        <source>target host</source>
        <translation>接続先のホスト</translation>
    </message>
    <message>
        <source>SSH_HOST</source>
        <translation>SSH_HOST</translation>
    </message>
    <message>
        <source>forward the zabbix web console to localhost</source>
        <translation>zabbix の Web コンソールを localhost に転送する</translation>
    </message>
    <message>
        <source>local port for the zabbix web console (default 10052)</source>
        <translation>zabbix の Web コンソールを転送するローカルポート（既定 10052）</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>port forwarding, as ssh -L takes it</source>
        <translation>ポート転送（ssh -L と同じ書式）</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>command to run instead of a login shell</source>
        <translation>ログインシェルの代わりに実行するコマンド</translation>
    </message>
    <message>
        <source>[-- command...]</source>
        <translation>[-- コマンド...]</translation>
    </message>
    <message>
        <source>%1 does not exist: run `hive build-infra` for stage %2 first</source>
        <translation>%1 がありません。先にステージ %2 で `hive build-infra` を実行してください</translation>
    </message>
    <message>
        <source>host %1 is not in %2 (hosts: %3)</source>
        <translation>ホスト %1 は %2 にありません（ホスト: %3）</translation>
    </message>
    <message>
        <source>the ssh command is not installed: install openssh-client</source>
        <translation>ssh コマンドがインストールされていません。openssh-client をインストールしてください</translation>
    </message>
    <message>
        <source>-Z %1 is not a port number</source>
        <translation>-Z %1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>cannot run %1</source>
        <translation>%1 を実行できません</translation>
    </message>
    <message>
        <source>ssh to hive server</source>
        <translation>hive のサーバに ssh で接続する</translation>
    </message>
    <message>
        <source>Zabbix console: http://localhost:%1/ (user Admin, password in %2)</source>
        <translation>Zabbix コンソール: http://localhost:%1/ (ユーザ Admin、パスワードは %2)</translation>
    </message>
    <message>
        <source>-z forwards the Zabbix console of the repository server %1, not of %2: run `hive ssh -z` (or `hive ssh -z %1`)</source>
        <translation>-z が転送するのはリポジトリサーバ %1 の Zabbix コンソールで、%2 のものではありません: `hive ssh -z` (または `hive ssh -z %1`) を実行してください</translation>
    </message>
</context>
<context>
    <name>hive::gui::AddServiceDialog</name>
    <message>
        <source>Add Service</source>
        <translation>サービスの追加</translation>
    </message>
    <message>
        <source>&amp;Add Service</source>
        <translation>サービスを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>ひな形(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;What will be added:</source>
        <translation>追加される内容(&amp;W):</translation>
    </message>
    <message>
        <source>The project has no services file yet: inventory/services.yml is created for it.</source>
        <translation>このプロジェクトにはまだサービスファイルがありません。inventory/services.yml を作成して追加します。</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>サービスの名前を入力してください。</translation>
    </message>
    <message>
        <source>%1 cannot name a service: use %2.</source>
        <translation>%1 はサービス名に使えません。%2 を使ってください。</translation>
    </message>
    <message>
        <source>%1 is already a service of this project.</source>
        <translation>%1 はこのプロジェクトに既にあるサービスです。</translation>
    </message>
</context>
<context>
    <name>hive::gui::AttributeForm</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 を %2 に名前変更</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>（既定値: %1）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>not set: %1</source>
        <translation>未設定: %1</translation>
    </message>
    <message>
        <source>every stage</source>
        <translation>すべてのステージ</translation>
    </message>
    <message numerus="yes">
        <source>More settings (%n)</source>
        <translation>
            <numerusform>その他の設定（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings a first hive seldom needs: encryption keys, internal address ranges, download URLs…</source>
        <translation>最初の hive ではあまり使わない設定: 暗号鍵、内部アドレス範囲、ダウンロード URL など</translation>
    </message>
</context>
<context>
    <name>hive::gui::BackupScheduler</name>
    <message>
        <source>Scheduled backup: the newest is from %1, starting `hive backup`</source>
        <translation>定期バックアップ: 最新は %1 のものです。`hive backup` を開始します</translation>
    </message>
    <message>
        <source>Scheduled backup: there is none yet, starting `hive backup`</source>
        <translation>定期バックアップ: まだ 1 つもありません。`hive backup` を開始します</translation>
    </message>
    <message>
        <source>Scheduled backup not taken: %1</source>
        <translation>定期バックアップを取りませんでした: %1</translation>
    </message>
    <message>
        <source>Scheduled backup taken (run log: %1)</source>
        <translation>定期バックアップを取りました（実行ログ: %1）</translation>
    </message>
    <message>
        <source>Scheduled backup failed during %1; the run log in %2 says why</source>
        <translation>定期バックアップが %1 の途中で失敗しました。理由は %2 の実行ログにあります</translation>
    </message>
</context>
<context>
    <name>hive::gui::BuildPage</name>
    <message>
        <source>Retr&amp;y Failed</source>
        <translation>失敗分を再実行(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>実行を中止(&amp;C)</translation>
    </message>
    <message>
        <source>Search the Log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Cancel Run (Esc)</source>
        <translation>実行を中止 (Esc)</translation>
    </message>
    <message>
        <source>Back to the Live Run</source>
        <translation>実行中の表示に戻る</translation>
    </message>
    <message>
        <source>Position in the saved run</source>
        <translation>保存された実行の再生位置</translation>
    </message>
    <message>
        <source>Move through the saved run: the views show it as it was then</source>
        <translation>保存された実行の中を移動します。各ビューはその時点の状態を表示します</translation>
    </message>
    <message>
        <source>Re&amp;play:</source>
        <translation>再生(&amp;P):</translation>
    </message>
    <message>
        <source>Hosts and steps of the phase</source>
        <translation>フェーズのホストとステップ</translation>
    </message>
    <message>
        <source>Choose a cell to see what that step did on that host.</source>
        <translation>セルを選択すると、そのホストでそのステップが何をしたかを表示します。</translation>
    </message>
    <message>
        <source>L&amp;og</source>
        <translation>ログ(&amp;O)</translation>
    </message>
    <message>
        <source>the run was not started: the open files were not saved</source>
        <translation>実行しませんでした: 開いているファイルが保存されていません</translation>
    </message>
    <message>
        <source>Cancel the Run</source>
        <translation>実行の中止</translation>
    </message>
    <message>
        <source>Cancel %1?

It stops at the next safe point: steps that run now end on their hosts first. Running the same phase again continues where it stopped.</source>
        <translation>%1 を中止しますか?

次の安全な地点で止まります。実行中のステップは各ホストで先に終わります。同じフェーズを再実行すると止まったところから続けます。</translation>
    </message>
    <message>
        <source>A Run Is Going On</source>
        <translation>実行中です</translation>
    </message>
    <message>
        <source>%1 is running. Cancel it and close? It stops at the next safe point, which can take a moment.</source>
        <translation>%1 を実行中です。中止して閉じますか? 次の安全な地点で止まるため、少し時間がかかることがあります。</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>次の安全な地点で停止しています…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>… still running (%1)</source>
        <translation>… 実行中 (%1)</translation>
    </message>
    <message>
        <source>%1 printed nothing for %2.</source>
        <translation>%1 は %2 で何も出力していません。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>ステージ全体</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>実行できませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelling %1: stopping at the next safe point…</source>
        <translation>%1 を中止しています: 次の安全な地点で停止します…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 を開始しています…</translation>
    </message>
    <message>
        <source>Running %1 — %2 (%3 of %4)</source>
        <translation>%1 を実行中 — %2 (%4 のうち %3)</translation>
    </message>
    <message>
        <source>elapsed %1 · about %2 left</source>
        <translation>経過 %1 · 残り約 %2</translation>
    </message>
    <message>
        <source>elapsed %1 · no earlier run to estimate from</source>
        <translation>経過 %1 · 見積もりに使える過去の実行がありません</translation>
    </message>
    <message>
        <source>Choose a phase and an action: Run Phase (F5), Run from Here (Shift+F5) or Check Only (F6).</source>
        <translation>フェーズと操作を選んでください: フェーズを実行 (F5)、ここから実行 (Shift+F5)、チェックのみ (F6)。</translation>
    </message>
    <message>
        <source>Finished %1: changes made</source>
        <translation>%1 が完了: 変更あり</translation>
    </message>
    <message>
        <source>Finished %1: nothing changed</source>
        <translation>%1 が完了: 変更なし</translation>
    </message>
    <message>
        <source>Cancelled %1 during %2; run it again to continue</source>
        <translation>%1 を %2 の途中で中止しました。続けるには再実行してください</translation>
    </message>
    <message>
        <source>%1 failed in %2</source>
        <translation>%1 は %2 で失敗しました</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>所要 %1</translation>
    </message>
    <message>
        <source>Saved run: %1 of %2 — %3</source>
        <translation>保存された実行: %2 の %1 — %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>as it was at %1</source>
        <translation>%1 時点の状態</translation>
    </message>
    <message>
        <source>it never finished (the run was killed)</source>
        <translation>終了していません (実行が強制終了されました)</translation>
    </message>
    <message>
        <source>Open a project to build its hive.</source>
        <translation>hive を構築するにはプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>%1 has not run on stage %2 yet. Run Phase (F5) runs it.</source>
        <translation>%1 はステージ %2 でまだ実行されていません。「フェーズを実行」(F5) で実行します。</translation>
    </message>
    <message>
        <source>Still running on: %1</source>
        <translation>実行中のホスト: %1</translation>
    </message>
    <message>
        <source>An Interrupted Repair</source>
        <translation>中断された修復</translation>
    </message>
    <message>
        <source>%1 did not start: an interrupted repair left this on stage %2:</source>
        <translation>%1 は開始しませんでした。中断された修復がステージ %2 に次のものを残しています:</translation>
    </message>
    <message>
        <source>Put it back first: Repair… on its finding in the Health tab (`hive recover resume`). Running anyway leaves it as it is, as --force does.</source>
        <translation>先に元に戻してください: ヘルスタブでその検出項目の「修復…」（`hive recover resume`）。このまま実行すると、--force と同じくそれは残ったままになります。</translation>
    </message>
    <message>
        <source>Run Anyway</source>
        <translation>このまま実行</translation>
    </message>
    <message>
        <source>Nothing runs on stage %1 in this version: design it in the editor and the topology.</source>
        <translation>このバージョンではステージ %1 で何も実行できません。エディタとトポロジーで設計してください。</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run and Close</source>
        <translation>実行を中止して閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>elapsed %1 · at least %2 left</source>
        <translation>経過 %1 · 残り %2 以上</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>進捗(&amp;G)</translation>
    </message>
    <message>
        <source>Checked %1: it would change things</source>
        <translation>%1 を確認しました: 変更が必要です</translation>
    </message>
    <message>
        <source>Checked %1: nothing would change</source>
        <translation>%1 を確認しました: 変更はありません</translation>
    </message>
    <message>
        <source>Timeli&amp;ne</source>
        <translation>タイムライン(&amp;N)</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>履歴(&amp;I)</translation>
    </message>
</context>
<context>
    <name>hive::gui::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>コマンドパレット</translation>
    </message>
    <message>
        <source>Type a command…</source>
        <translation>コマンドを入力…</translation>
    </message>
    <message>
        <source>(unavailable now)</source>
        <translation>（今は使えません）</translation>
    </message>
</context>
<context>
    <name>hive::gui::EditableFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>ディスクから再読み込み</translation>
    </message>
</context>
<context>
    <name>hive::gui::FileEditor</name>
    <message>
        <source>This file was changed on disk by another program.</source>
        <translation>このファイルは別のプログラムによってディスク上で変更されました。</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>ディスクから再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>自分の変更を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存の編集</translation>
    </message>
    <message>
        <source>Show &amp;Differences…</source>
        <translation>差分を表示(&amp;D)…</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>%1 (on disk, changed by another program)</source>
        <translation>%1（ディスク上、ほかのプログラムが変更）</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（保存済み）</translation>
    </message>
    <message>
        <source>%1 (here)</source>
        <translation>%1（ここ）</translation>
    </message>
    <message>
        <source>%1 here is the same as on disk.</source>
        <translation>ここの %1 はディスク上と同じです。</translation>
    </message>
    <message>
        <source>Differences — %1</source>
        <translation>差分 — %1</translation>
    </message>
    <message>
        <source>Lines marked - are on disk (another program&apos;s change), lines marked + are here (your edits, not saved).</source>
        <translation>- の行はディスク上（ほかのプログラムによる変更）、+ の行はここ（保存していないあなたの編集）です。</translation>
    </message>
    <message>
        <source>Lines marked - are in the saved file, lines marked + are your edits that are not saved yet.</source>
        <translation>- の行は保存済みのファイル、+ の行はまだ保存していないあなたの編集です。</translation>
    </message>
</context>
<context>
    <name>hive::gui::GuideDialog</name>
    <message>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Guide to the app</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <source>Guide to the app in Japanese (日本語)</source>
        <translation>英語版の使い方ガイド (English)</translation>
    </message>
    <message>
        <source>README (English)</source>
        <translation>README（英語）</translation>
    </message>
    <message>
        <source>Find (Ctrl+F; Enter: next, Shift+Enter: previous)</source>
        <translation>検索（Ctrl+F。Enter: 次、Shift+Enter: 前）</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>ドキュメント(&amp;D):</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the guide shown first: &quot;ja&quot; in the Japanese translation.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 is missing from this build.</source>
        <translation>このビルドには %1 がありません。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>hive::gui::HealthBadge</name>
    <message>
        <source>Health: not checked</source>
        <translation>ヘルス: 未検査</translation>
    </message>
    <message>
        <source>Open the Health tab to check the hive</source>
        <translation>ヘルスタブを開いて hive を検査します</translation>
    </message>
    <message>
        <source>Health: checking…</source>
        <translation>ヘルス: 検査中…</translation>
    </message>
    <message>
        <source>Reading the hosts of the stage</source>
        <translation>ステージのホストを読み取っています</translation>
    </message>
    <message>
        <source>Health: could not check</source>
        <translation>ヘルス: 検査できません</translation>
    </message>
    <message numerus="yes">
        <source>Health: %n critical</source>
        <translation>
            <numerusform>ヘルス: 重大 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Health: %n warning(s)</source>
        <translation>
            <numerusform>ヘルス: 警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Health: ok</source>
        <translation>ヘルス: 正常</translation>
    </message>
    <message>
        <source>Stage %1 checked at %2; click to see the findings</source>
        <translation>ステージ %1 を %2 に検査しました。クリックすると所見を表示します</translation>
    </message>
</context>
<context>
    <name>hive::gui::HealthPage</name>
    <message>
        <source>Check Now</source>
        <translation>今すぐ検査</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>手動のみ</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the checks run while the project is open</source>
        <translation>プロジェクトを開いている間に検査を行う間隔</translation>
    </message>
    <message>
        <source>Show &amp;ok findings</source>
        <translation>正常な所見も表示(&amp;O)</translation>
    </message>
    <message>
        <source>Filter (host, service, text)</source>
        <translation>フィルタ（ホスト、サービス、テキスト）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>領域</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Choose a finding to see its evidence and what to do.</source>
        <translation>所見を選ぶと、その根拠と対処方法を表示します。</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>検査中: %1</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the hosts being read to answer…</source>
        <translation>中止しています: 読み取り中のホストの応答を待っています…</translation>
    </message>
    <message>
        <source>The checks were cancelled.</source>
        <translation>検査を中止しました。</translation>
    </message>
    <message>
        <source>Not checked yet. Check Now reads every host of the stage over SSH and changes nothing.</source>
        <translation>まだ検査していません。「今すぐ検査」はステージのすべてのホストを SSH で読み取るだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>Open a project to check its hive.</source>
        <translation>プロジェクトを開くと hive を検査できます。</translation>
    </message>
    <message>
        <source>Checking the hosts of stage %1…</source>
        <translation>ステージ %1 のホストを検査しています…</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>検査を実行できませんでした: %1</translation>
    </message>
    <message>
        <source>Stage %1: %2 — %3 critical, %4 warning(s), %5 ok. Checked at %6 in %7 s.</source>
        <translation>ステージ %1: %2 — 重大 %3 件、警告 %4 件、正常 %5 件。%6 に検査（%7 秒）。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Evidence (what the check read)</source>
        <translation>根拠（検査が読み取った内容）</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>修復…</translation>
    </message>
    <message>
        <source>Repair… (%1): plan, then run `hive %2`</source>
        <translation>修復…（%1）: 計画を示してから `hive %2` を実行します</translation>
    </message>
    <message>
        <source>The chosen finding has no guided repair</source>
        <translation>選んだ所見には修復手順がありません</translation>
    </message>
    <message>
        <source>Guided repair (Repair…, Ctrl+R):</source>
        <translation>修復手順（修復…、Ctrl+R）:</translation>
    </message>
    <message>
        <source>Back Up Now…</source>
        <translation>今すぐバックアップ…</translation>
    </message>
    <message>
        <source>&amp;Scheduled:</source>
        <translation>定期(&amp;S):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>While the app has this project open, run `hive backup` when the newest swarm backup is older than this</source>
        <translation>アプリでこのプロジェクトを開いている間、最新の swarm バックアップがこれより古ければ `hive backup` を実行します</translation>
    </message>
    <message>
        <source>Prepare the Fix</source>
        <translation>修正を準備</translation>
    </message>
    <message>
        <source>Choose %1 in the Build tab%2, to look at it and run it</source>
        <translation>ビルドタブで %1%2 を選び、確認してから実行します</translation>
    </message>
    <message>
        <source> with -l %1</source>
        <translation>（-l %1）</translation>
    </message>
    <message>
        <source>Prepare the Fix (Ctrl+Shift+F) chooses %1 in the Build tab%2: look at it, then Run Phase.</source>
        <translation>「修正を準備」(Ctrl+Shift+F) はビルドタブで %1%2 を選びます。確認してから「フェーズを実行」を押してください。</translation>
    </message>
    <message>
        <source>Plan `hive backup`: the swarm state of the managers that are not the leader, one at a time; or the services&apos; data</source>
        <translation>`hive backup` を計画: リーダーでないマネージャの swarm の状態を 1 台ずつ。またはサービスのデータ</translation>
    </message>
    <message>
        <source>&amp;Swarm State…</source>
        <translation>swarm の状態(&amp;S)…</translation>
    </message>
    <message>
        <source>Plan `hive backup`: the swarm state of the managers that are not the leader, one at a time, into the context dir</source>
        <translation>`hive backup` を計画: リーダーでないマネージャの swarm の状態を 1 台ずつコンテキストディレクトリへ</translation>
    </message>
    <message>
        <source>Service &amp;Data…</source>
        <translation>サービスのデータ(&amp;D)…</translation>
    </message>
    <message>
        <source>Plan `hive backup --data`: every service with backup_scripts and the registry, on the repository server, as the nightly run does</source>
        <translation>`hive backup --data` を計画: 夜間実行と同じく、リポジトリサーバで backup_scripts のあるすべてのサービスとレジストリ</translation>
    </message>
    <message>
        <source>Acknowledged in Zabbix; checking again…</source>
        <translation>Zabbix で確認済みにしました。もう一度チェックしています…</translation>
    </message>
    <message>
        <source>Zabbix did not take the acknowledgement: %1</source>
        <translation>Zabbix で確認済みにできませんでした: %1</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>確認済みにする…</translation>
    </message>
    <message>
        <source>Tell Zabbix, and so everyone it alerts, that someone is on the chosen problem, with a note</source>
        <translation>選択した障害に誰かが対応中であることを、メモを添えて Zabbix（とその通知先の全員）に伝えます</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <source>%1

A note for the others (optional), e.g. who is on it:</source>
        <translation>%1

他の人へのメモ（省略可。例: 誰が対応しているか）:</translation>
    </message>
    <message>
        <source>Acknowledging in Zabbix…</source>
        <translation>Zabbix で確認済みにしています…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消されました</translation>
    </message>
</context>
<context>
    <name>hive::gui::HiveForm</name>
    <message>
        <source>The hive&apos;s name: a domain name, used in host names and certificates</source>
        <translation>hive の名前: ホスト名と証明書に使われるドメイン名</translation>
    </message>
    <message>
        <source>Hive &amp;name:</source>
        <translation>hive 名(&amp;N):</translation>
    </message>
    <message>
        <source>Add &amp;Stage…</source>
        <translation>ステージを追加(&amp;S)…</translation>
    </message>
    <message>
        <source>Change the hive name</source>
        <translation>hive 名を変更</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダ(&amp;P):</translation>
    </message>
    <message>
        <source>Planned hosts (computed as you type):</source>
        <translation>計画されたホスト（入力に合わせて計算）:</translation>
    </message>
    <message>
        <source>Change the provider of %1</source>
        <translation>%1 のプロバイダを変更</translation>
    </message>
    <message>
        <source>Every stage (private, staging, production) is defined already</source>
        <translation>すべてのステージ（private、staging、production）が定義済みです</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>ステージを追加</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>ステージ:</translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>ステージ %1 を追加</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostKeysDialog</name>
    <message>
        <source>Check the Host Keys</source>
        <translation>ホスト鍵の確認</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Host key (SHA256)</source>
        <translation>ホスト鍵 (SHA256)</translation>
    </message>
    <message>
        <source>Hosts and the keys they show</source>
        <translation>ホストと表示された鍵</translation>
    </message>
    <message>
        <source>no key shown: %1</source>
        <translation>鍵を取得できません: %1</translation>
    </message>
    <message>
        <source>&amp;Trust and Run Again</source>
        <translation>信頼して再実行(&amp;T)</translation>
    </message>
    <message>
        <source>These hosts are contacted for the first time. Before the stage&apos;s root password is sent to them, compare each fingerprint below with what the host&apos;s own console shows:&lt;br&gt;&lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/code&gt;&lt;br&gt;Trust them only if every one matches. A key that differs may mean that another machine answers at that address.&lt;br&gt;Only the keys shown here are trusted, for this run: a host that showed none, or shows another one by then, gets nothing. To skip this check next time, pin the keys in the stage (host_keys).</source>
        <translation>これらのホストへの接続は初めてです。ステージの root パスワードを送る前に、下の各フィンガープリントをホスト自身のコンソールの表示と照合してください:&lt;br&gt;&lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/code&gt;&lt;br&gt;すべて一致した場合だけ信頼してください。異なる鍵は、そのアドレスで別のマシンが応答している可能性があります。&lt;br&gt;信頼するのはここに表示した鍵だけで、この実行に限ります。鍵を表示しなかったホストや、その時点で別の鍵を示すホストには何も送りません。次回からこの確認を省くには、ステージで鍵を固定してください（host_keys）。</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostPlanView</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>インスタンスタイプ</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>system: the image&apos;s size</source>
        <translation>システム: イメージの大きさ</translation>
    </message>
    <message>
        <source>system: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>mirrored: %1</source>
        <translation>ミラー: %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostTerminal</name>
    <message>
        <source>Open Terminal</source>
        <translation>端末を開く</translation>
    </message>
    <message>
        <source>The terminal program could not be started (%1; Preferences can name another). Run this in a terminal:</source>
        <translation>ターミナルのプログラムを起動できませんでした（%1。設定で別のものを指定できます）。次をターミナルで実行してください:</translation>
    </message>
</context>
<context>
    <name>hive::gui::HostsPage</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>Load / CPUs</source>
        <translation>負荷 / CPU 数</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>使用メモリ</translation>
    </message>
    <message>
        <source>Fullest disk</source>
        <translation>ディスク使用率</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Reads every host of the stage over SSH, as `hive doctor` does</source>
        <translation>`hive doctor` と同じく、ステージのすべてのホストを SSH で読み取ります</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>端末を開く(&amp;T)</translation>
    </message>
    <message>
        <source>`hive ssh -t` to the chosen host</source>
        <translation>選んだホストへ `hive ssh -t`</translation>
    </message>
    <message>
        <source>The Health tab&apos;s findings about the chosen host (Enter or double-click)</source>
        <translation>選んだホストについてのヘルスタブの所見（Enter かダブルクリック）</translation>
    </message>
    <message>
        <source>Set &amp;Up This Host Again…</source>
        <translation>このホストを再セットアップ(&amp;U)…</translation>
    </message>
    <message>
        <source>Prepares setup-hosts limited to the chosen host in the Build tab, to look at and run</source>
        <translation>選んだホストに限った setup-hosts をビルドタブに準備します。確認してから実行してください</translation>
    </message>
    <message>
        <source>&amp;Copy Host Name</source>
        <translation>ホスト名をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the hosts… (the figures below are from %1)</source>
        <translation>ホストを検査しています…（下の値は %1 のものです）</translation>
    </message>
    <message>
        <source>Checking the hosts…</source>
        <translation>ホストを検査しています…</translation>
    </message>
    <message>
        <source>The hosts could not be checked: %1</source>
        <translation>ホストを検査できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) up, as checked at %2. The Health tab checks again on its schedule and after every run.</source>
        <translation>
            <numerusform>%n 台中 %1 台が稼働中（%2 の検査）。ヘルスタブが間隔ごとと実行のたびに再検査します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet. Check Now reads every host over SSH (load, memory, disks, the swarm); nothing is changed.</source>
        <translation>まだ検査していません。「今すぐ検査」ですべてのホストを SSH で読み取ります（負荷・メモリ・ディスク・swarm）。何も変更しません。</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>Docker Engine %1</source>
        <translation>Docker Engine %1</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>今すぐ検査(&amp;N)</translation>
    </message>
    <message>
        <source>Show Fin&amp;dings</source>
        <translation>所見を表示(&amp;D)</translation>
    </message>
    <message>
        <source>The 1-minute load average and the processors. Container hosts (the docker provider) share their machine&apos;s kernel, so they show the machine&apos;s load.</source>
        <translation>1 分間のロードアベレージとプロセッサ数。コンテナのホスト（docker プロバイダ）はマシンのカーネルを共有するため、マシンの負荷を表示します。</translation>
    </message>
</context>
<context>
    <name>hive::gui::LiveTopologyPage</name>
    <message>
        <source>Live topology diagram</source>
        <translation>稼働中のトポロジー図</translation>
    </message>
    <message>
        <source>Open &amp;Logs…</source>
        <translation>ログを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>端末を開く(&amp;T)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dense</source>
        <translation>集約表示(&amp;D)</translation>
    </message>
    <message>
        <source>One line per service on each node, with counts</source>
        <translation>各ノードでサービスごとに 1 行、件数付きで表示</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>表(&amp;A)</translation>
    </message>
    <message>
        <source>Nodes × services as a table</source>
        <translation>ノード × サービスの表</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>全体表示(&amp;F)</translation>
    </message>
    <message>
        <source>Filter nodes and services</source>
        <translation>ノードとサービスを絞り込み</translation>
    </message>
    <message>
        <source>Choose a node or a task (click, or Tab to the diagram and use the arrow keys) to see its details.</source>
        <translation>ノードまたはタスクを選ぶ (クリック、または Tab で図に移り矢印キー) と詳細を表示します。</translation>
    </message>
    <message>
        <source>Open a built project to see its hive as it runs.</source>
        <translation>構築済みのプロジェクトを開くと、稼働中の hive を表示します。</translation>
    </message>
    <message>
        <source>Reading the swarm of stage %1…</source>
        <translation>ステージ %1 の swarm を読み込んでいます…</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (%3).</source>
        <translation>%1 に %2 から更新 (%3)。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) DOWN: %1. </source>
        <translation>
            <numerusform>%n 台のノードが停止: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the definition.</source>
        <translation>
            <numerusform>定義との差異 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — DOWN</source>
        <translation>%1 — 停止</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>リーダー</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 動作中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not running</source>
        <translation>
            <numerusform>%n 停止中</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>manager, leader</source>
        <translation>マネージャ (リーダー)</translation>
    </message>
    <message>
        <source>DOWN (%1)</source>
        <translation>停止 (%1)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>マネージャ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>ノード ID</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>%1 of %2 running%3</source>
        <translation>%2 のうち %1 が動作中%3</translation>
    </message>
    <message>
        <source> (global)</source>
        <translation> (global)</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Task history</source>
        <translation>タスク履歴</translation>
    </message>
    <message>
        <source>only on changes and F5</source>
        <translation>変更時と F5 のみ</translation>
    </message>
    <message>
        <source>Reads also come at once when a manager reports a change</source>
        <translation>マネージャが変更を通知したときも、すぐに読み込みます</translation>
    </message>
    <message>
        <source>Following changes on %1.</source>
        <translation>%1 の変更を追従中。</translation>
    </message>
    <message>
        <source>Not following changes: %1.</source>
        <translation>変更を追従していません: %1。</translation>
    </message>
    <message>
        <source>%1 (desired: %2)</source>
        <translation>%1（目標: %2）</translation>
    </message>
    <message>
        <source>Cannot read the swarm: %1.</source>
        <translation>swarm を読み取れません: %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Start them with build-infra (Run on build-infra in the Build tab).</source>
        <translation>build-infra で起動してください (ビルドタブで build-infra を実行)。</translation>
    </message>
    <message>
        <source>Open &amp;Metrics</source>
        <translation>メトリクスを開く(&amp;M)</translation>
    </message>
    <message>
        <source>What Zabbix recorded for the chosen service, or node</source>
        <translation>選択したサービスまたはノードについて Zabbix が記録した値</translation>
    </message>
    <message>
        <source>%1 says: %2.</source>
        <translation>%1 の状態: %2。</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2.</source>
        <translation>%1 に問い合わせできませんでした: %2。</translation>
    </message>
    <message>
        <source>Virtual addresses (its tasks&apos;)</source>
        <translation>仮想アドレス (タスクのもの)</translation>
    </message>
</context>
<context>
    <name>hive::gui::LiveTopologyScene</name>
    <message>
        <source>Live topology</source>
        <translation>稼働中のトポロジー</translation>
    </message>
    <message>
        <source>no manager answered at %1</source>
        <translation>%1 にはどのマネージャも応答しませんでした</translation>
    </message>
    <message numerus="yes">
        <source>read from %1 at %2 · %n node(s)</source>
        <translation>
            <numerusform>%2 に %1 から読み込み · ノード %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n 台停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>サービス %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the swarm: %1</source>
        <translation>swarm を読み込めません: %1</translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation>定義と実際の差異</translation>
    </message>
    <message>
        <source> (host)</source>
        <translation> (host)</translation>
    </message>
    <message>
        <source>Published ports: %1</source>
        <translation>公開ポート: %1</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>マネージャ</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>drain 中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>down: its engine does not answer</source>
        <translation>停止: エンジンが応答しません</translation>
    </message>
    <message>
        <source>down: manager unreachable</source>
        <translation>停止: マネージャに到達できません</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>停止: %1</translation>
    </message>
    <message>
        <source>%1 · Docker %2</source>
        <translation>%1 · Docker %2</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>ラベル: %1</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>タスクなし</translation>
    </message>
    <message>
        <source>no task matches the filter</source>
        <translation>絞り込みに一致するタスクはありません</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>ネットワーク: %1</translation>
    </message>
    <message>
        <source>Repository server %1</source>
        <translation>リポジトリサーバ %1</translation>
    </message>
    <message>
        <source>Repository server %1 DOES NOT ANSWER</source>
        <translation>リポジトリサーバ %1 が応答しません</translation>
    </message>
    <message>
        <source>registry %1 serves</source>
        <translation>レジストリ %1 は稼働中</translation>
    </message>
    <message>
        <source>registry %1 DOES NOT ANSWER</source>
        <translation>レジストリ %1 が応答しません</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>VIP %1 · labels: %2</source>
        <translation>VIP %1 · ラベル: %2</translation>
    </message>
    <message>
        <source>virtual addresses of the services whose task runs here (HIVE_VIP; hive doctor checks they are): %1</source>
        <translation>ここでタスクが動いているサービスの仮想アドレス (HIVE_VIP。実際にあるかは hive doctor が確認します): %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::MainWindow</name>
    <message>
        <source>Hive Studio</source>
        <translation>Hive Studio</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Stage (-s): private, staging or production</source>
        <translation>ステージ (-s): private、staging、production</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>プロジェクトを再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close &amp;Project</source>
        <translation>プロジェクトを閉じる(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>コマンドパレット(&amp;P)…</translation>
    </message>
    <message>
        <source>Go to Project &amp;Tree</source>
        <translation>プロジェクトツリーへ移動(&amp;T)</translation>
    </message>
    <message>
        <source>Go to &amp;Editors</source>
        <translation>エディタへ移動(&amp;E)</translation>
    </message>
    <message>
        <source>Choose &amp;Stage</source>
        <translation>ステージを選択(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Hive Studio</source>
        <translation>Hive Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>%1 — %2 — Hive Studio</source>
        <translation>%1 — %2 — Hive Studio</translation>
    </message>
    <message>
        <source>Hosts — %1</source>
        <translation>ホスト — %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>ステージ: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>プロバイダ: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>ホスト %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>No project</source>
        <translation>プロジェクトなし</translation>
    </message>
    <message>
        <source>Open a hive project (the folder that holds inventory/)</source>
        <translation>hive プロジェクトを開く（inventory/ を含むフォルダ）</translation>
    </message>
    <message>
        <source>Open a file first (double-click a problem or an item in the project tree)</source>
        <translation>先にファイルを開いてください（問題またはプロジェクトツリーの項目をダブルクリック）</translation>
    </message>
    <message>
        <source>About Hive Studio</source>
        <translation>Hive Studio について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hive Studio %1&lt;/h3&gt;&lt;p&gt;Design, build, run and repair a highly available Docker Swarm site. Opens hive-builder projects unchanged.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hive Studio %1&lt;/h3&gt;&lt;p&gt;高可用な Docker Swarm サイトを設計・構築・運用・復旧します。hive-builder のプロジェクトをそのまま開けます。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>Add S&amp;tage…</source>
        <translation>ステージを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Form</source>
        <translation>フォームを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;YAML Source</source>
        <translation>YAML ソースを表示(&amp;Y)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>YAML files (*.yml *.yaml);;All files (*)</source>
        <translation>YAML ファイル (*.yml *.yaml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジー</translation>
    </message>
    <message>
        <source>Go to Planned T&amp;opology</source>
        <translation>設計トポロジーへ移動(&amp;O)</translation>
    </message>
    <message>
        <source>Topology — %1</source>
        <translation>トポロジー — %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Go to &amp;Health</source>
        <translation>ヘルスへ移動(&amp;H)</translation>
    </message>
    <message>
        <source>Health — %1</source>
        <translation>ヘルス — %1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>稼働状況</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Go to &amp;Build</source>
        <translation>ビルドへ移動(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>ビルド(&amp;B)</translation>
    </message>
    <message>
        <source>Build — %1</source>
        <translation>ビルド — %1</translation>
    </message>
    <message>
        <source>Live — %1</source>
        <translation>稼働状況 — %1</translation>
    </message>
    <message>
        <source>A run uses the files on disk. Save %1 first?</source>
        <translation>実行はディスク上のファイルを使います。先に %1 を保存しますか?</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>フェーズ(&amp;P)</translation>
    </message>
    <message>
        <source>Save with Errors</source>
        <translation>エラーがあるまま保存</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s), the first: %2

Runs refuse the project until they are fixed.</source>
        <translation>
            <numerusform>%1 にはエラーが %n 件あります。最初のもの: %2

直すまで、このプロジェクトは実行できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>このまま保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Saved…</source>
        <translation>保存済みと比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Go to P&amp;roblems</source>
        <translation>問題一覧へ移動(&amp;R)</translation>
    </message>
    <message>
        <source>Topolo&amp;gy</source>
        <translation>トポロジー(&amp;G)</translation>
    </message>
    <message>
        <source>He&amp;alth</source>
        <translation>ヘルス(&amp;A)</translation>
    </message>
    <message>
        <source>Go to &amp;Live</source>
        <translation>稼働状況へ移動(&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;ive</source>
        <translation>稼働状況(&amp;I)</translation>
    </message>
    <message>
        <source>Show Form and Source Side by Si&amp;de</source>
        <translation>フォームとソースを並べて表示(&amp;D)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins the counts of errors and warnings (&quot;、&quot; in Japanese).</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Go to Hosts</source>
        <translation>ホストへ移動</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <source>Go to &amp;Metrics</source>
        <translation>メトリクスへ移動(&amp;M)</translation>
    </message>
    <message>
        <source>Metri&amp;cs</source>
        <translation>メトリクス(&amp;C)</translation>
    </message>
    <message>
        <source>Metrics — %1</source>
        <translation>メトリクス — %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::MapListTable</name>
    <message>
        <source>Short syntax</source>
        <translation>短縮記法</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>行を追加 (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>選択した行を削除 (Delete)</translation>
    </message>
</context>
<context>
    <name>hive::gui::MetricsPage</name>
    <message>
        <source>%1 in</source>
        <translation>%1 受信</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 送信</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>wanted</source>
        <translation>必要数</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>The host or service whose history is shown (Open Metrics in the Live tab chooses its node or service)</source>
        <translation>履歴を表示するホストまたはサービス（稼働状況タブの「メトリクスを開く」でそのノードやサービスを選べます）</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>期間(&amp;O):</translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>直近 24 時間</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>直近 7 日間</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the history again (F5); it is read every minute while this tab is shown</source>
        <translation>履歴を読み直します（F5）。このタブの表示中は 1 分ごとに読みます</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>Open a project to see what its Zabbix recorded.</source>
        <translation>プロジェクトを開くと、その Zabbix が記録した値を表示します。</translation>
    </message>
    <message>
        <source>Reading what Zabbix recorded for %1…</source>
        <translation>%1 について Zabbix が記録した値を読んでいます…</translation>
    </message>
    <message>
        <source>The read was cancelled.</source>
        <translation>読み込みは取り消されました。</translation>
    </message>
    <message>
        <source>Zabbix could not be read: %1</source>
        <translation>Zabbix を読めませんでした: %1</translation>
    </message>
    <message>
        <source>Zabbix has recorded nothing for %1 in this period yet (it reads every minute).</source>
        <translation>この期間の %1 の記録はまだありません（Zabbix は 1 分ごとに読みます）。</translation>
    </message>
    <message>
        <source>%1, %2: read at %3.</source>
        <translation>%1、%2: %3 に読み込み。</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>メモリ使用率</translation>
    </message>
    <message>
        <source>Load average (1 minute)</source>
        <translation>ロードアベレージ（1 分）</translation>
    </message>
    <message>
        <source>File systems used</source>
        <translation>ファイルシステム使用率</translation>
    </message>
    <message>
        <source>Network traffic</source>
        <translation>ネットワーク通信量</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>ビット/秒</translation>
    </message>
    <message>
        <source>Zabbix has not found this service yet (it looks every minute)</source>
        <translation>Zabbix はまだこのサービスを見つけていません（1 分ごとに探します）</translation>
    </message>
    <message>
        <source>Nothing read yet: Zabbix is asked to look for it now</source>
        <translation>まだ読めていません。Zabbix に今すぐ探すよう依頼しました</translation>
    </message>
</context>
<context>
    <name>hive::gui::PhaseActionBar</name>
    <message>
        <source>&amp;Run Phase</source>
        <translation>フェーズを実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Limit (-l):</source>
        <translation>対象 (-l)(&amp;L):</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Tags (-T):</source>
        <translation>タグ (-T)(&amp;T):</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>すべてのステップ</translation>
    </message>
    <message>
        <source>Halt the Servers</source>
        <translation>サーバの停止</translation>
    </message>
    <message>
        <source> (only %1)</source>
        <translation> (%1 のみ)</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1%2?</source>
        <translation>%1%2 を削除しますか?</translation>
    </message>
    <message>
        <source># start_phase is %1: this runs %2</source>
        <translation># start_phase は %1 です: 実行するのは %2</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <source>stage %1 of hive %2</source>
        <translation>hive %2 のステージ %1</translation>
    </message>
    <message>
        <source>Run on the Hive</source>
        <translation>hive で実行</translation>
    </message>
    <message>
        <source>Run %1 on %2?</source>
        <translation>%2 で %1 を実行しますか?</translation>
    </message>
    <message>
        <source>the phases from %1 on</source>
        <translation>%1 以降のフェーズ</translation>
    </message>
    <message numerus="yes">
        <source>It changes %n host(s):</source>
        <translation>
            <numerusform>%n 台のホストを変更します:</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences can turn this question off for the private stage.</source>
        <translation>private ステージでは、この確認を設定でオフにできます。</translation>
    </message>
    <message>
        <source>Stop the servers of %1%2?

%3

They keep their disks; Run Phase on build-infra starts them again.</source>
        <translation>%1 のサーバを停止しますか%2?

%3

ディスクは保持されます。build-infra の「フェーズを実行」で再び起動します。</translation>
    </message>
    <message>
        <source>the servers of %1, their disks and their network: everything on them is lost</source>
        <translation>%1 のサーバ、そのディスクとネットワーク (中のデータはすべて失われます)</translation>
    </message>
    <message>
        <source>the networks of %1</source>
        <translation>%1 のネットワーク</translation>
    </message>
    <message>
        <source>the volumes of %1 and the data in them</source>
        <translation>%1 のボリュームとその中のデータ</translation>
    </message>
    <message>
        <source>the services of %1</source>
        <translation>%1 のサービス</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>Stage %1 is design only: %2.</source>
        <translation>ステージ %1 は設計のみです: %2。</translation>
    </message>
    <message>
        <source>Run fro&amp;m Here</source>
        <translation>ここから実行(&amp;M)</translation>
    </message>
    <message>
        <source>Chec&amp;k Only</source>
        <translation>チェックのみ(&amp;K)</translation>
    </message>
    <message>
        <source>H&amp;alt Servers…</source>
        <translation>サーバを停止(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>start_phase is %1: the phases before %2 run first (where the hive is as defined, they change nothing).</source>
        <translation>start_phase は %1 です: %2 より前のフェーズが先に実行されます（hive が定義どおりなら何も変更しません）。</translation>
    </message>
    <message>
        <source>-T: only the steps with these tags (comma-separated)</source>
        <translation>-T: これらのタグを持つステップだけを実行（カンマ区切り）</translation>
    </message>
    <message>
        <source>%1 has no tags: -T chooses steps of setup-hosts only</source>
        <translation>%1 にはタグがありません: -T は setup-hosts のステップだけを選びます</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>the instances of %1 with their disks and Elastic IPs, its EFS file system, key pair, subnets, internet gateway and VPC (only what is tagged for this hive): everything on them is lost</source>
        <translation>%1 のインスタンスとそのディスク・Elastic IP、EFS ファイルシステム、キーペア、サブネット、インターネットゲートウェイ、VPC (この hive のタグが付いたものだけ)。その中のものはすべて失われます</translation>
    </message>
</context>
<context>
    <name>hive::gui::PhaseDurationChart</name>
    <message>
        <source>Durations of the phase across runs</source>
        <translation>実行ごとのフェーズの所要時間</translation>
    </message>
    <message>
        <source>%1: seconds per run</source>
        <translation>%1: 1 回の実行の秒数</translation>
    </message>
    <message>
        <source>%1: seconds per run (log scale)</source>
        <translation>%1: 1 回の実行の秒数（対数目盛）</translation>
    </message>
</context>
<context>
    <name>hive::gui::PhasePipeline</name>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>next</source>
        <translation>次</translation>
    </message>
    <message>
        <source>%1 — start_phase: `hive all` starts here</source>
        <translation>%1 — start_phase: `hive all` はここから始まります</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>some removed</source>
        <translation>一部を削除</translation>
    </message>
    <message>
        <source>some stopped</source>
        <translation>一部を停止</translation>
    </message>
</context>
<context>
    <name>hive::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language at once; open files and unsaved edits are kept.</source>
        <translation>選んだ言語でウィンドウをすぐに作り直します。開いているファイルと未保存の編集はそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Ask before a run changes the private stage</source>
        <translation>private ステージを変更する実行の前に確認する(&amp;A)</translation>
    </message>
    <message>
        <source>A run on any other stage always asks first, naming the hive, the stage and the hosts.</source>
        <translation>ほかのステージでの実行は、hive・ステージ・ホストを示して必ず先に確認します。</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>デスクトップに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>手動のみ</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>言語と外観</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>フォントサイズ(&amp;F):</translation>
    </message>
    <message>
        <source>Hosts and runs</source>
        <translation>ホストと実行</translation>
    </message>
    <message>
        <source>T&amp;erminal:</source>
        <translation>ターミナル(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Health checks:</source>
        <translation>ヘルスチェック(&amp;H):</translation>
    </message>
    <message>
        <source>Open Terminal (the Hosts and Live tabs) runs “hive ssh” in it; the command is added at the end. Empty: the desktop&apos;s terminal (%1).</source>
        <translation>「端末を開く」（ホストタブと稼働状況タブ）がこの端末で「hive ssh」を実行します。コマンドは末尾に付け足されます。空欄ならデスクトップの端末（%1）を使います。</translation>
    </message>
</context>
<context>
    <name>hive::gui::ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
</context>
<context>
    <name>hive::gui::ProjectDocument</name>
    <message>
        <source>%1 is not a hive project: it has no inventory folder</source>
        <translation>%1 は hive プロジェクトではありません（inventory フォルダがありません）</translation>
    </message>
    <message>
        <source>Opened %1 (stage %2)</source>
        <translation>%1 を開きました（ステージ %2）</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the inventory in %1 ms: %n problem(s)</source>
        <translation>
            <numerusform>インベントリを %1 ms で読み込みました: 問題 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::gui::ProjectTree</name>
    <message>
        <source>Hive %1</source>
        <translation>Hive %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n host(s))</source>
        <translation>
            <numerusform>%1（%2、ホスト %n 台）</numerusform>
        </translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>サービス (%1)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>%1 (built from %2)</source>
        <translation>%1（%2 から構築）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>DRBD, device %1</source>
        <translation>DRBD、デバイス %1</translation>
    </message>
    <message>
        <source>NFS</source>
        <translation>NFS</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>ドライバ</translation>
    </message>
    <message>
        <source>%1 → %2:%3 (%4)</source>
        <translation>%1 → %2:%3（%4）</translation>
    </message>
    <message>
        <source>Networks (%1)</source>
        <translation>ネットワーク (%1)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;Service…</source>
        <translation>サービスの追加(&amp;S)…</translation>
    </message>
    <message>
        <source>New Services &amp;File…</source>
        <translation>新しいサービスファイル(&amp;F)…</translation>
    </message>
    <message>
        <source>local on each host</source>
        <translation>各ホストのローカル</translation>
    </message>
    <message>
        <source>Volumes (%1)</source>
        <translation>ボリューム (%1)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>イメージ (%1)</translation>
    </message>
</context>
<context>
    <name>hive::gui::RepairDialog</name>
    <message>
        <source>Repair — %1</source>
        <translation>修復 — %1</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>同じコマンド: %1</translation>
    </message>
    <message>
        <source>Step / host</source>
        <translation>ステップ / ホスト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>What the commands print appears here.</source>
        <translation>コマンドの出力はここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Run Repair</source>
        <translation>修復を実行(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the hosts…</source>
        <translation>ホストを読み取っています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>The hosts could not be read: %1</source>
        <translation>ホストを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否しました: %1</translation>
    </message>
    <message>
        <source>Nothing to do: %1</source>
        <translation>行うことはありません: %1</translation>
    </message>
    <message>
        <source>Read the plan. Nothing has changed yet; Run Repair runs exactly these commands on these hosts.</source>
        <translation>計画を確認してください。まだ何も変更していません。「修復を実行」はこれらのホストでこれらのコマンドだけを実行します。</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>Nothing ran: %1</source>
        <translation>何も実行されませんでした: %1</translation>
    </message>
    <message>
        <source>Repaired and verified: %1</source>
        <translation>修復して確認しました: %1</translation>
    </message>
    <message>
        <source>Cancelled during %1. The Health tab shows where the hive is now.</source>
        <translation>%1 の途中で中止しました。hive の現在の状態はヘルスタブで確認できます。</translation>
    </message>
    <message>
        <source>Failed during %1: the failed step above says why; the Health tab shows where the hive is now.</source>
        <translation>%1 の途中で失敗しました。理由は上の失敗したステップに表示されています。hive の現在の状態はヘルスタブで確認できます。</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the hosts being read…</source>
        <translation>中止しています: 読み取り中のホストを待っています…</translation>
    </message>
    <message>
        <source>Cancel the repair?</source>
        <translation>修復を中止しますか？</translation>
    </message>
    <message>
        <source>The repair stops at the next safe point (between steps); what ran so far stays done. Cancel it?</source>
        <translation>修復は次の安全な区切り（ステップの間）で止まります。それまでに実行した内容はそのまま残ります。中止しますか？</translation>
    </message>
    <message>
        <source>Cancelling at the next safe point…</source>
        <translation>次の安全な区切りで中止しています…</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>実行する内容</translation>
    </message>
    <message>
        <source>C&amp;hoose:</source>
        <translation>選択(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Plan This</source>
        <translation>この内容で計画(&amp;P)</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>（選択してください）</translation>
    </message>
    <message>
        <source>&amp;Cancel Repair</source>
        <translation>修復を中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Repairing</source>
        <translation>修復を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunController</name>
    <message>
        <source>a run is going on; cancel it or wait for it to end</source>
        <translation>実行中です。中止するか終了を待ってください</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>%1: nothing ran: %2</source>
        <translation>%1: 何も実行されませんでした: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1: nothing changed</source>
        <translation>%1: 変更なし</translation>
    </message>
    <message>
        <source>%1: cancelled during %2</source>
        <translation>%1: %2 の途中で中止しました</translation>
    </message>
    <message>
        <source>%1: failed in %2</source>
        <translation>%1: %2 で失敗しました</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunFailurePanel</name>
    <message>
        <source>&lt;b&gt;%1 failed&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 が失敗しました&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed on %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;i&gt;What to try: %4&lt;/i&gt;</source>
        <translation>&lt;b&gt;%2 で %1 が失敗しました&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;&lt;i&gt;対処: %4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>ステージ全体</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>失敗分を再実行</translation>
    </message>
    <message>
        <source>Retry Failed (%1)</source>
        <translation>失敗分を再実行 (%1)</translation>
    </message>
    <message>
        <source>Check the Host Keys</source>
        <translation>ホスト鍵の確認</translation>
    </message>
    <message>
        <source>No host of this stage is waiting for its key to be checked: each one is known or pinned. Run build-infra again.</source>
        <translation>このステージに鍵の確認を待っているホストはありません。すべて登録済みか固定済みです。build-infra をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Reading the Host Keys…</source>
        <translation>ホスト鍵を読み取り中…</translation>
    </message>
    <message>
        <source>Check Host Keys…</source>
        <translation>ホスト鍵を確認…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; on %1: the run stopped at a safe point. Continue runs %2 there again, from where it stopped.</source>
        <translation>%1 で&lt;b&gt;キャンセルしました&lt;/b&gt;: 実行は安全な地点で止まりました。「続行」でそこから %2 を再び実行します。</translation>
    </message>
    <message>
        <source>Continue (%1)</source>
        <translation>続行 (%1)</translation>
    </message>
    <message>
        <source>Write to %1…</source>
        <translation>%1 に書き込む…</translation>
    </message>
    <message>
        <source>Write the Install Medium</source>
        <translation>インストール媒体の書き込み</translation>
    </message>
    <message>
        <source>Write the install medium to %1 (%2)?</source>
        <translation>インストール媒体を %1（%2）に書き込みますか？</translation>
    </message>
    <message>
        <source>Everything on %1 is erased.</source>
        <translation>%1 の内容はすべて消去されます。</translation>
    </message>
    <message>
        <source>Erase and &amp;Write</source>
        <translation>消去して書き込む(&amp;W)</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunGridModel</name>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n ステップ完了</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not reached %2 yet</source>
        <translation>%1 はまだ %2 に達していません</translation>
    </message>
    <message>
        <source>%1 does not take part in %2</source>
        <translation>%1 は %2 の対象ではありません</translation>
    </message>
    <message>
        <source>(the stage)</source>
        <translation>(ステージ全体)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>not reached yet in this run (the previous run had this step)</source>
        <translation>この実行ではまだ到達していません (前回の実行にはこのステップがありました)</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunHistoryView</name>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>保存された実行</translation>
    </message>
    <message>
        <source>never finished</source>
        <translation>未完了</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunLogView</name>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状態(&amp;U):</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>ログを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>折り返し(&amp;W)</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>長い行を折り返す</translation>
    </message>
    <message>
        <source>Copy the lines shown</source>
        <translation>表示中の行をコピー</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>すべてのステップ</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>ステップ:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunStatusStyle</name>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
</context>
<context>
    <name>hive::gui::RunTimelineChart</name>
    <message>
        <source>Timeline of the steps on each host</source>
        <translation>各ホストのステップのタイムライン</translation>
    </message>
    <message>
        <source>seconds since the phase began</source>
        <translation>フェーズ開始からの秒数</translation>
    </message>
    <message>
        <source>(the stage)</source>
        <translation>(ステージ全体)</translation>
    </message>
</context>
<context>
    <name>hive::gui::ServiceActions</name>
    <message>
        <source>New Services &amp;File…</source>
        <translation>新しいサービスファイル(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a service from a template: web server, database, worker</source>
        <translation>ひな形からサービスを追加します: Web サーバー、データベース、ワーカー</translation>
    </message>
    <message>
        <source>Start another services file in the project&apos;s inventory</source>
        <translation>プロジェクトの inventory に新しいサービスファイルを作ります</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <source>%1 exists but does not define services (it has no `plugin: hive_services`); add the service to it by hand or start a new services file</source>
        <translation>%1 はありますが、サービスを定義していません（`plugin: hive_services` がありません）。手で追加するか、新しいサービスファイルを作ってください</translation>
    </message>
    <message>
        <source>%1 is not a services file</source>
        <translation>%1 はサービスファイルではありません</translation>
    </message>
    <message>
        <source>Add service %1</source>
        <translation>サービス %1 を追加</translation>
    </message>
    <message>
        <source>Added service %1 to %2: save the file to keep it</source>
        <translation>サービス %1 を %2 に追加しました。残すにはファイルを保存してください</translation>
    </message>
    <message>
        <source>New Services File</source>
        <translation>新しいサービスファイル</translation>
    </message>
    <message>
        <source>File name in inventory/ (.yml is added):</source>
        <translation>inventory/ 内のファイル名（.yml が付きます）:</translation>
    </message>
    <message>
        <source>%1 cannot name a services file: use letters, digits, ., _ and -</source>
        <translation>%1 はサービスファイル名に使えません。英数字、.、_、- を使ってください</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 は既にあります</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>サービスの追加</translation>
    </message>
    <message>
        <source>%1 cannot be read (Problems says why): fix it first, or start a new services file</source>
        <translation>%1 を読めません（理由は「問題」にあります）。先に直すか、新しいサービスファイルを作ってください</translation>
    </message>
    <message>
        <source>The published ports of %1 could not be kept for %2: %3</source>
        <translation>%1 の公開ポートを %2 に引き継げませんでした: %3</translation>
    </message>
    <message>
        <source>%1 keeps the published ports %2 had (%3)</source>
        <translation>%1 は %2 の公開ポートを引き継ぎます（%3）</translation>
    </message>
    <message>
        <source>Add Ser&amp;vice…</source>
        <translation>サービスの追加(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>hive::gui::ServiceForm</name>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>サービス(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <source>Copy this service under a new name</source>
        <translation>このサービスを別名で複製</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename this service (shows where the name is used)</source>
        <translation>このサービスの名前を変更（名前が使われている箇所を表示）</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this service (shows where the name is used)</source>
        <translation>このサービスを削除（名前が使われている箇所を表示）</translation>
    </message>
    <message>
        <source>This file has no services yet: use Add…</source>
        <translation>このファイルにはまだサービスがありません。「追加…」を使ってください</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>&amp;Tag (pull an existing image)</source>
        <translation>タグ(&amp;T)（既存のイメージを取得）</translation>
    </message>
    <message>
        <source>&amp;Build (from an image, with roles)</source>
        <translation>ビルド(&amp;B)（イメージから role を適用）</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>イメージタグ</translation>
    </message>
    <message>
        <source>Change image</source>
        <translation>イメージを変更</translation>
    </message>
    <message>
        <source>Use an image tag</source>
        <translation>イメージタグを使う</translation>
    </message>
    <message>
        <source>Build the image</source>
        <translation>イメージをビルドする</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Resources and restart</source>
        <translation>リソースと再起動</translation>
    </message>
    <message>
        <source>Initialize</source>
        <translation>初期化</translation>
    </message>
    <message>
        <source>Backup scripts</source>
        <translation>バックアップスクリプト</translation>
    </message>
    <message>
        <source>Log monitoring</source>
        <translation>ログ監視</translation>
    </message>
    <message>
        <source>line %1: %2 = %3</source>
        <translation>%1 行目: %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%n other place(s) in this file use the name %1:</source>
        <translation>
            <numerusform>このファイルの他の %n 箇所で名前 %1 が使われています:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and update them</source>
        <translation>%1（参照も更新）</translation>
    </message>
    <message>
        <source>%1 is not a free service name (letters, digits, - and _)</source>
        <translation>%1 は使えるサービス名ではありません（英数字、- と _、未使用の名前）</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 を複製</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>複製の名前:</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>%1 を %2 として複製</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 の名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前変更</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 を %2 に名前変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Delete the service %1 from this file? (Undo brings it back.)</source>
        <translation>サービス %1 をこのファイルから削除しますか？（元に戻すで復元できます）</translation>
    </message>
    <message>
        <source>Add a service from a template</source>
        <translation>ひな形からサービスを追加</translation>
    </message>
    <message>
        <source>Ansible cannot render them now: %1</source>
        <translation>Ansible で展開できません: %1</translation>
    </message>
    <message>
        <source>(left out: the template gives omit)</source>
        <translation>（省略: テンプレートが omit を返します）</translation>
    </message>
    <message>
        <source>Templates, as Ansible renders them</source>
        <translation>テンプレート（Ansible による展開結果）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value in a deploy</source>
        <translation>デプロイ時の値</translation>
    </message>
    <message>
        <source>Each value written with {{ … }} as deploy-services gives it to the service; passwords and other secrets show as ********.</source>
        <translation>{{ … }} で書かれた各値を、deploy-services がサービスに渡す値で表示します。パスワードなどの秘密は ******** と表示します。</translation>
    </message>
</context>
<context>
    <name>hive::gui::ServiceLogDialog</name>
    <message>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <source>Log of %1 — %2</source>
        <translation>%1 のログ — %2</translation>
    </message>
    <message>
        <source>Keep showing the newest lines</source>
        <translation>最新の行を表示し続ける</translation>
    </message>
    <message>
        <source>Reading %1 on the repository server…</source>
        <translation>リポジトリサーバの %1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>no stage %1</source>
        <translation>ステージ %1 はありません</translation>
    </message>
    <message numerus="yes">
        <source>The log ended (%n line(s)).</source>
        <translation>
            <numerusform>ログの終わりです (%n 行)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>ログを読み込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Following: %n line(s) so far.</source>
        <translation>
            <numerusform>追従中: これまでに %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>すべてのノード</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての時間</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>直近 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>直近 %n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter lines (text)</source>
        <translation>行を絞り込む（テキスト）</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>ノード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T):</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) shown.</source>
        <translation>
            <numerusform>%n 行のうち %1 行を表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Filter by command, key or place</source>
        <translation>コマンド、キー、場所で絞り込み</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
</context>
<context>
    <name>hive::gui::SourceView</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find in %1:</source>
        <translation>%1 内を検索:</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 は見つかりません</translation>
    </message>
</context>
<context>
    <name>hive::gui::StringListEditor</name>
    <message>
        <source>Add an item (Insert)</source>
        <translation>項目を追加 (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>選択した項目を削除 (Delete)</translation>
    </message>
</context>
<context>
    <name>hive::gui::TopologyPage</name>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG に書き出し…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG に書き出し…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export Topology</source>
        <translation>トポロジーの書き出し</translation>
    </message>
</context>
<context>
    <name>hive::gui::TopologyScene</name>
    <message>
        <source>The stage %1 is not defined in hive.yml.</source>
        <translation>ステージ %1 は hive.yml に定義されていません。</translation>
    </message>
    <message>
        <source>%1 — stage %2</source>
        <translation>%1 — ステージ %2</translation>
    </message>
    <message numerus="yes">
        <source>provider %1 · %2 · %n host(s)</source>
        <translation>
            <numerusform>プロバイダ %1 · %2 · ホスト %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>公開ポート</translation>
    </message>
    <message>
        <source>host mode</source>
        <translation>ホストモード</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>自動割り当て</translation>
    </message>
    <message>
        <source>inside the hive only</source>
        <translation>hive 内からのみ</translation>
    </message>
    <message>
        <source>Published on the host where a task runs</source>
        <translation>タスクが動くホストで公開されます</translation>
    </message>
    <message>
        <source>Ports from 10000 up are not reachable from outside the hive</source>
        <translation>10000 番以上のポートには hive の外からは接続できません</translation>
    </message>
    <message>
        <source>Published on every hive through the routing mesh</source>
        <translation>ルーティングメッシュによりすべての hive で公開されます</translation>
    </message>
    <message>
        <source>(address assigned at build)</source>
        <translation>(アドレスは構築時に割り当て)</translation>
    </message>
    <message>
        <source>swarm manager</source>
        <translation>Swarm マネージャ</translation>
    </message>
    <message>
        <source>first hive</source>
        <translation>最初の hive</translation>
    </message>
    <message>
        <source>repository · registry · logs</source>
        <translation>リポジトリ · レジストリ · ログ</translation>
    </message>
    <message>
        <source>DRBD %1</source>
        <translation>DRBD %1</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(ゾーンなし)</translation>
    </message>
    <message>
        <source>Overlay networks</source>
        <translation>オーバーレイネットワーク</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>global: one task on every hive</source>
        <translation>global: すべての hive で 1 タスク</translation>
    </message>
    <message>
        <source>replicas: %1</source>
        <translation>レプリカ数: %1</translation>
    </message>
    <message>
        <source>placement: %1</source>
        <translation>配置: %1</translation>
    </message>
    <message>
        <source>ports: %1</source>
        <translation>ポート: %1</translation>
    </message>
    <message>
        <source>volumes: %1</source>
        <translation>ボリューム: %1</translation>
    </message>
    <message>
        <source>standalone (own init, privileged)</source>
        <translation>standalone (独自の init、特権)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>DRBD, mirrored on %1</source>
        <translation>DRBD、%1 でミラー</translation>
    </message>
    <message>
        <source>NFS, mounted on every hive</source>
        <translation>NFS、すべての hive でマウント</translation>
    </message>
    <message>
        <source>created on every hive</source>
        <translation>すべての hive に作成</translation>
    </message>
    <message>
        <source>local to the host running the task</source>
        <translation>タスクが動くホストのローカル</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — used by %4</source>
        <translation>%1 (%2) — %3 — 使用: %4</translation>
    </message>
    <message>
        <source>VPC %1</source>
        <translation>VPC %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>ネットワーク %1</translation>
    </message>
    <message>
        <source>%1 · public %2</source>
        <translation>%1 · パブリック %2</translation>
    </message>
    <message>
        <source>reached at %1</source>
        <translation>%1 で接続</translation>
    </message>
    <message numerus="yes">
        <source>… %n more published port(s): each service&apos;s card lists its own</source>
        <translation>
            <numerusform>… ほかに公開ポート %n 個（各サービスのカードに記載）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more DRBD volume(s)</source>
        <translation>
            <numerusform>… ほかに DRBD ボリューム %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hive::gui::TopologyView</name>
    <message>
        <source>Planned topology diagram</source>
        <translation>設計トポロジー図</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Hive topology</source>
        <translation>hive のトポロジー</translation>
    </message>
</context>
<context>
    <name>hive::gui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Hive Studio&lt;/h1&gt;&lt;p&gt;Design, build, run and repair a highly available Docker Swarm site.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Hive Studio&lt;/h1&gt;&lt;p&gt;高可用な Docker Swarm サイトを設計・構築・運用・復旧します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>最近使ったプロジェクト(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a hive with the setup wizard: its name, where its hosts come from, its first stage</source>
        <translation>セットアップウィザードで hive を始めます: 名前、ホストの用意のしかた、最初のステージ</translation>
    </message>
    <message>
        <source>Open the &amp;Example Project (4 hosts on this machine&apos;s Docker, 3 services)</source>
        <translation>サンプルプロジェクトを開く(&amp;E)（このマシンの Docker 上の 4 ホスト、3 サービス）</translation>
    </message>
</context>
<context>
    <name>hive::wizards::KickstartSettings</name>
    <message>
        <source>It is a &amp;USB stick</source>
        <translation>USB メモリである(&amp;U)</translation>
    </message>
    <message>
        <source>AlmaLinux, Rocky Linux or RHEL 8/9 DVD image</source>
        <translation>AlmaLinux、Rocky Linux または RHEL 8/9 の DVD イメージ</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>OS install &amp;medium:</source>
        <translation>OS のインストール媒体(&amp;M):</translation>
    </message>
    <message>
        <source>The OS&apos;s install medium</source>
        <translation>OS のインストール媒体</translation>
    </message>
    <message>
        <source>ISO images (*.iso);;All files (*)</source>
        <translation>ISO イメージ (*.iso);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>an ISO file to write, or a device such as /dev/sdb</source>
        <translation>書き込む ISO ファイル、または /dev/sdb のようなデバイス</translation>
    </message>
    <message>
        <source>This machine&apos;s disks. Those that must not be erased (its own system, or mounted) cannot be chosen; hover one to see why.</source>
        <translation>このマシンのディスク。消去してはいけないもの（自身のシステムやマウント中のもの）は選べません。理由はマウスを重ねると表示されます。</translation>
    </message>
    <message>
        <source>The new install medium</source>
        <translation>新しいインストール媒体</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO イメージ (*.iso)</translation>
    </message>
    <message>
        <source>The disk of each server the OS is installed on; all on it is erased.</source>
        <translation>各サーバで OS をインストールするディスク。内容はすべて消去されます。</translation>
    </message>
    <message>
        <source>e.g. 192.168.10.1, 192.168.10.2</source>
        <translation>例: 192.168.10.1, 192.168.10.2</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インタフェース</translation>
    </message>
    <message>
        <source>Bonded interfaces</source>
        <translation>ボンディングするインタフェース</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Hosts&apos; addresses</source>
        <translation>ホストのアドレス</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>ネットマスク</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Bonded interfaces: e.g. eth0, eth1 (802.3ad). The network ticked under &quot;Hosts&apos; addresses&quot; gets the stage&apos;s addresses.</source>
        <translation>ボンディングするインタフェース: 例 eth0, eth1（802.3ad）。「ホストのアドレス」にチェックしたネットワークにステージのアドレスが割り当てられます。</translation>
    </message>
    <message>
        <source>Ne&amp;tworks:</source>
        <translation>ネットワーク(&amp;T):</translation>
    </message>
    <message>
        <source>A USB stick or disk…</source>
        <translation>USB メモリまたはディスク…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>名前を付けて保存(&amp;V)…</translation>
    </message>
    <message>
        <source>New med&amp;ium:</source>
        <translation>新しい媒体(&amp;I):</translation>
    </message>
    <message>
        <source>Install on dis&amp;k:</source>
        <translation>インストール先ディスク(&amp;K):</translation>
    </message>
    <message>
        <source>DNS &amp;servers:</source>
        <translation>DNS サーバ(&amp;S):</translation>
    </message>
    <message>
        <source>Add n&amp;etwork</source>
        <translation>ネットワークを追加(&amp;E)</translation>
    </message>
    <message>
        <source>Remove net&amp;work</source>
        <translation>ネットワークを削除(&amp;W)</translation>
    </message>
    <message>
        <source>not to be erased</source>
        <translation>消去不可</translation>
    </message>
</context>
<context>
    <name>hive::wizards::StageWizard</name>
    <message>
        <source>New Hive Project</source>
        <translation>新しい hive プロジェクト</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>A project is a folder holding inventory/ (and later roles/ and .hive/).</source>
        <translation>プロジェクトは inventory/（後に roles/ と .hive/）を含むフォルダです。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>A domain name: host names become hive0.&lt;name&gt;, hive1.&lt;name&gt;…</source>
        <translation>ドメイン名です。ホスト名は hive0.&lt;名前&gt;、hive1.&lt;名前&gt;… になります</translation>
    </message>
    <message>
        <source>Administrator &amp;e-mail:</source>
        <translation>管理者のメールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Written to inventory/group_vars/all.yml as hive_email and domain (certificates and notices use them).</source>
        <translation>inventory/group_vars/all.yml に hive_email と domain として書き込みます（証明書や通知に使われます）。</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>プロジェクトフォルダ</translation>
    </message>
    <message>
        <source>This folder has a hive already: the wizard adds a stage to its hive.yml and leaves the rest of the file as it is.</source>
        <translation>このフォルダには既に hive があります。ウィザードは hive.yml にステージを追加し、ファイルの他の部分はそのまま残します。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Which of the three sites of this hive are you setting up?</source>
        <translation>この hive の 3 つのサイトのうち、どれを設定しますか？</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダ</translation>
    </message>
    <message>
        <source>Where the hosts of this stage will run.</source>
        <translation>このステージのホストを動かす場所です。</translation>
    </message>
    <message>
        <source>Network and hosts</source>
        <translation>ネットワークとホスト</translation>
    </message>
    <message>
        <source>Defaults suit most sites. The host plan below is computed by the same code as `hive list-hosts` while you type.</source>
        <translation>既定値はほとんどのサイトに合います。下のホスト計画は `hive list-hosts` と同じコードで入力中に計算されます。</translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation>&amp;CIDR:</translation>
    </message>
    <message>
        <source>Separate repository server</source>
        <translation>リポジトリサーバを分ける</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>リポジトリ(&amp;R):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Number of &amp;hosts:</source>
        <translation>ホスト数(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Memory per host:</source>
        <translation>ホストあたりのメモリ(&amp;M):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>インスタンスタイプ(&amp;I):</translation>
    </message>
    <message>
        <source>Repository ins&amp;tance type:</source>
        <translation>リポジトリのインスタンスタイプ(&amp;T):</translation>
    </message>
    <message>
        <source>Mirrored &amp;disk (GB):</source>
        <translation>ミラーディスク(&amp;D) (GB):</translation>
    </message>
    <message>
        <source>IP &amp;addresses (one per line):</source>
        <translation>IP アドレス(&amp;A)（1 行に 1 つ）:</translation>
    </message>
    <message>
        <source>&amp;Subnets:</source>
        <translation>サブネット(&amp;S):</translation>
    </message>
    <message>
        <source>Suggest &amp;from CIDR</source>
        <translation>CIDR から提案(&amp;F)</translation>
    </message>
    <message>
        <source>Recompute addresses or subnets from the CIDR and number of hosts</source>
        <translation>CIDR とホスト数からアドレスまたはサブネットを計算し直します</translation>
    </message>
    <message>
        <source>Planned hosts:</source>
        <translation>計画されたホスト:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Stored in .hive/persistents.yml with mode 0600, as `hive set` does; never written to logs. You can also set them later.</source>
        <translation>`hive set` と同じく .hive/persistents.yml にモード 0600 で保存し、ログには書きません。後で設定することもできます。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Choose the project folder.</source>
        <translation>プロジェクトフォルダを選んでください。</translation>
    </message>
    <message>
        <source>Cannot add the stage: %1</source>
        <translation>ステージを追加できません: %1</translation>
    </message>
    <message>
        <source>The CIDR %1 is not a valid network (a.b.c.d/n).</source>
        <translation>CIDR %1 は正しいネットワークではありません (a.b.c.d/n)。</translation>
    </message>
    <message>
        <source>%1 — design only, cannot build yet</source>
        <translation>%1 — 設計のみ (まだ構築できません)</translation>
    </message>
    <message>
        <source>for example pdns.example.jp</source>
        <translation>例: pdns.example.jp</translation>
    </message>
    <message>
        <source>&amp;Hive name:</source>
        <translation>hive 名(&amp;H):</translation>
    </message>
    <message>
        <source>optional, for example hostmaster@example.jp</source>
        <translation>省略可。例: hostmaster@example.jp</translation>
    </message>
    <message>
        <source>optional, for example example.jp</source>
        <translation>省略可。例: example.jp</translation>
    </message>
    <message>
        <source>%1 (this hive has it already)</source>
        <translation>%1（この hive に既にあります）</translation>
    </message>
    <message>
        <source>The CIDR %1 overlaps stage %2&apos;s %3: choose another range.</source>
        <translation>CIDR %1 はステージ %2 の %3 と重なっています。別の範囲を選んでください。</translation>
    </message>
    <message>
        <source>%1 overlaps the Docker network %2 (%3) on this machine: build-infra cannot make the stage&apos;s network while it exists. Choose another range, or remove that network.</source>
        <translation>%1 はこのマシンの Docker ネットワーク %2（%3）と重なっています。それがある間、build-infra はステージのネットワークを作れません。別の範囲を選ぶか、そのネットワークを削除してください。</translation>
    </message>
    <message>
        <source># Finish writes in %1:</source>
        <translation># 「完了」で %1 に書き込むもの:</translation>
    </message>
    <message>
        <source>#   inventory/hive.yml: stage %1 added, the rest as it is</source>
        <translation>#   inventory/hive.yml: ステージ %1 を追加（ほかはそのまま）</translation>
    </message>
    <message>
        <source>#   inventory/hive.yml (new)</source>
        <translation>#   inventory/hive.yml（新規）</translation>
    </message>
    <message>
        <source>#   inventory/group_vars/all.yml (new): %1</source>
        <translation>#   inventory/group_vars/all.yml（新規）: %1</translation>
    </message>
    <message>
        <source>#   .hive/persistents.yml (mode 0600), for stage %1:</source>
        <translation>#   .hive/persistents.yml（モード 0600）、ステージ %1 の値:</translation>
    </message>
    <message>
        <source># inventory/hive.yml as it will read:</source>
        <translation># 書き込まれる inventory/hive.yml:</translation>
    </message>
    <message>
        <source>Every file Finish writes and where, with any credentials it stores (their values are not shown), then hive.yml as it will read.</source>
        <translation>「完了」で書き込むすべてのファイルとその場所、保存する認証情報（値は表示しません）、そして書き込まれる hive.yml です。</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>既定値（%1）</translation>
    </message>
    <message>
        <source>AWS refused: %1</source>
        <translation>AWS に拒否されました: %1</translation>
    </message>
    <message>
        <source>Account %1 (%2).</source>
        <translation>アカウント %1 (%2)。</translation>
    </message>
    <message>
        <source>Zones of %1: %2</source>
        <translation>%1 のゾーン: %2</translation>
    </message>
    <message>
        <source>The instance types chosen are offered there.</source>
        <translation>選んだインスタンスタイプはそこで利用できます。</translation>
    </message>
    <message>
        <source>Not offered there: %1. Choose another type on the Settings page.</source>
        <translation>そこでは利用できません: %1。設定ページで別のタイプを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Check with AWS</source>
        <translation>AWS で確認(&amp;C)</translation>
    </message>
    <message>
        <source>Asks AWS whose key this is, the region&apos;s zones and whether it offers the instance types chosen. With the fields empty, the key of AWS_ACCESS_KEY_ID or ~/.aws/credentials is used. Nothing is created.</source>
        <translation>キーの持ち主、リージョンのゾーン、選んだインスタンスタイプが利用できるかを AWS に問い合わせます。欄が空なら AWS_ACCESS_KEY_ID か ~/.aws/credentials のキーを使います。何も作成しません。</translation>
    </message>
    <message>
        <source>Give both the access key ID and the secret access key, or neither (to use AWS_ACCESS_KEY_ID or ~/.aws/credentials).</source>
        <translation>アクセスキー ID とシークレットアクセスキーの両方を入力するか、両方とも空にしてください (空なら AWS_ACCESS_KEY_ID か ~/.aws/credentials を使います)。</translation>
    </message>
    <message>
        <source>Give the region on the Settings page first.</source>
        <translation>先に設定ページでリージョンを入力してください。</translation>
    </message>
    <message>
        <source>Asking AWS…</source>
        <translation>AWS に問い合わせています…</translation>
    </message>
    <message>
        <source>Providers marked &quot;design only&quot;: this version writes such a stage to hive.yml and checks it, but cannot make its hosts yet (Run, Halt and Destroy stay off for it in the Build tab).</source>
        <translation>「設計のみ」と書かれたプロバイダ: このバージョンはそのようなステージを hive.yml に書いて検査しますが、ホストはまだ作れません (ビルドタブの実行・停止・削除は無効のままです)。</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 が拒否しました: %2</translation>
    </message>
    <message>
        <source>Credentials of %1.</source>
        <translation>%1 の認証情報です。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The machine types chosen are offered there.</source>
        <translation>選んだマシンタイプはそこで提供されています。</translation>
    </message>
    <message>
        <source>Google Cloud&apos;s key is a service account&apos;s JSON key: put it in the project folder as gcp_credential.json (mode 0600), where hive-builder reads it too, or name it with GOOGLE_APPLICATION_CREDENTIALS. It is not copied or shown here.</source>
        <translation>Google Cloud の鍵はサービスアカウントの JSON 鍵です: プロジェクトフォルダに gcp_credential.json (モード 0600) として置くか (hive-builder もここから読みます)、GOOGLE_APPLICATION_CREDENTIALS で指定してください。ここでコピーや表示はしません。</translation>
    </message>
    <message>
        <source>Asking Google Cloud with the key of %1…</source>
        <translation>%1 の鍵で Google Cloud に問い合わせています…</translation>
    </message>
    <message>
        <source>Give all four (client id, secret, subscription id and tenant), or none (to use the AZURE_* variables or ~/.azure/credentials).</source>
        <translation>4 つすべて (クライアント ID、シークレット、サブスクリプション ID、テナント) を入力するか、どれも入力しないでください (AZURE_* 環境変数か ~/.azure/credentials を使います)。</translation>
    </message>
    <message>
        <source>Asking Azure…</source>
        <translation>Azure に問い合わせています…</translation>
    </message>
    <message>
        <source>&amp;Check with Google Cloud</source>
        <translation>Google Cloud で確認(&amp;C)</translation>
    </message>
    <message>
        <source>Asks Google Cloud, with the project&apos;s gcp_credential.json, for its project, the region&apos;s zones and whether it offers the machine types chosen. Nothing is created.</source>
        <translation>プロジェクトの gcp_credential.json で Google Cloud に、プロジェクト、リージョンのゾーン、選んだマシンタイプが提供されているかを問い合わせます。何も作成しません。</translation>
    </message>
    <message>
        <source>&amp;Check with Azure</source>
        <translation>Azure で確認(&amp;C)</translation>
    </message>
    <message>
        <source>Asks Azure for the subscription, whether the region is one of it, and where it offers the VM sizes chosen. With the fields empty, the AZURE_* variables or ~/.azure/credentials are used. Nothing is created.</source>
        <translation>Azure にサブスクリプション、リージョンがその一つか、選んだ VM サイズがどのゾーンで提供されているかを問い合わせます。欄が空なら AZURE_* 環境変数か ~/.azure/credentials を使います。何も作成しません。</translation>
    </message>
    <message>
        <source>Google Cloud&apos;s key stays a file of its own; check it here before anything is written.</source>
        <translation>Google Cloud の鍵は独立したファイルのままです。何かを書き込む前にここで確認できます。</translation>
    </message>
</context>
<context>
    <name>hive::wizards::VagrantSettings</name>
    <message>
        <source>On this machine: %1</source>
        <translation>このマシンにあります: %1</translation>
    </message>
    <message>
        <source>The Vagrant box the machines start from (image_name). Boxes this machine has are listed; any box of Vagrant Cloud can be typed.</source>
        <translation>マシンの元になる Vagrant の box（image_name）。このマシンにある box が一覧にあり、Vagrant Cloud の box 名を入力することもできます。</translation>
    </message>
    <message>
        <source>the box&apos;s</source>
        <translation>box の既定</translation>
    </message>
    <message>
        <source>C&amp;PUs per machine:</source>
        <translation>マシンあたりの CPU 数(&amp;P):</translation>
    </message>
    <message>
        <source>Private to this machine</source>
        <translation>このマシン専用のネットワーク</translation>
    </message>
    <message>
        <source>Bridged through a new bridge</source>
        <translation>新しいブリッジで外部に接続</translation>
    </message>
    <message>
        <source>Bridged through an existing bridge (libvirt)</source>
        <translation>既存のブリッジで外部に接続（libvirt）</translation>
    </message>
    <message>
        <source>Private: only this machine reaches the hosts. Bridged: the hosts are on the outside network, at the stage&apos;s addresses.</source>
        <translation>専用: ホストに接続できるのはこのマシンだけです。ブリッジ: ホストはステージのアドレスで外部のネットワークにつながります。</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>ネットワーク(&amp;W):</translation>
    </message>
    <message>
        <source>name of the bridge to make, e.g. brHive</source>
        <translation>作成するブリッジの名前。例: brHive</translation>
    </message>
    <message>
        <source>this machine&apos;s bridge, e.g. br0</source>
        <translation>このマシンのブリッジ。例: br0</translation>
    </message>
    <message>
        <source>B&amp;ox:</source>
        <translation>Box(&amp;O):</translation>
    </message>
    <message>
        <source>Brid&amp;ge:</source>
        <translation>ブリッジ(&amp;G):</translation>
    </message>
</context>
</TS>
