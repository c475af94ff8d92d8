#pragma once

#include "engine/run_event.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <mutex>

namespace hive {

struct InfraRequest;
struct InfraResult;

// What a cloud provider (AWS, GCP) does once a host's instance runs at its
// public address: the address recorded for SSH, ssh_config and known_hosts
// (StageFiles::recordPublicAddress; `recordMutex` guards the one record file
// the hosts share), then its SSH host keys handed to build-infra to pin:
// those pinned by an earlier run (cloud-init prints them on first boot
// only), else read from the console through the cloud's API (`readKeys`).
class CloudHostArrival
{
    Q_DECLARE_TR_FUNCTIONS(hive::CloudHostArrival)
public:
    using ReadKeys = std::function<bool(QStringList &keys, QString &error)>;
    // `made` is what making the instance said; `message` what the host
    // step says in the end. Returns `status`, or Failed.
    static RunEvent::Status record(const InfraRequest &request, InfraResult &result,
                                   const QString &contextDir, std::mutex &recordMutex,
                                   const QString &host, const QString &privateIp,
                                   const QString &publicIp, const QString &made,
                                   RunEvent::Status status, const ReadKeys &readKeys,
                                   QString &message);
};

} // namespace hive
