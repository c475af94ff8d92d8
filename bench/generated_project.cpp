#include "bench/generated_project.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

} // namespace

QString GeneratedProject::write(const QString &root, int services, int files)
{
    const QString inventory = root + QStringLiteral("/inventory");
    QDir().mkpath(inventory);
    writeFile(
        inventory + QStringLiteral("/hive.yml"),
        "plugin: hive_inventory\nname: bench.example.jp\nstages:\n"
        // A provider hive-builder knows too, for the side-by-side run.
        "  private:\n    provider: vagrant\n    cidr: 172.30.0.0/24\n"
        "  production:\n    provider: aws\n    cidr: 10.0.0.0/22\n    region: ap-northeast-1\n"
        "    instance_type: t3.medium\n    subnets:\n      - cidr: 10.0.0.0/24\n"
        "      - cidr: 10.0.1.0/24\n      - cidr: 10.0.2.0/24\n");
    for (int f = 0; f < files; ++f) {
        QByteArray yaml = "plugin: hive_services\nservices:\n";
        for (int s = f; s < services; s += files) {
            const QByteArray name = "svc" + QByteArray::number(s);
            yaml += "  " + name +
                    ":\n    image: registry.example.jp/app:" + QByteArray::number(s % 7) +
                    "\n    replicas: 2\n    environment:\n      TZ: Asia/Tokyo\n      ID: '" +
                    QByteArray::number(s) +
                    "'\n    ports:\n      - '80'\n      - '443'\n"
                    "      - published_port: " +
                    QByteArray::number(20000 + s) +
                    "\n        target_port: 9000\n        protocol: udp\n";
            if (s % 4 == 0)
                yaml += "    volumes:\n      - source: " + name +
                        "_data\n        target: /data\n"
                        "        type: volume\n        drbd:\n          fstype: xfs\n          "
                        "size: 1G\n";
        }
        writeFile(inventory + QStringLiteral("/services%1.yml").arg(f, 2, 10, QLatin1Char('0')),
                  yaml);
    }
    return inventory;
}
