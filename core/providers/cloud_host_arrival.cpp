#include "providers/cloud_host_arrival.h"

#include "access/stage_files.h"
#include "providers/infra_provider.h"
#include "remote/known_hosts_file.h"

namespace hive {

RunEvent::Status CloudHostArrival::record(const InfraRequest &request, InfraResult &result,
                                          const QString &contextDir, std::mutex &recordMutex,
                                          const QString &host, const QString &privateIp,
                                          const QString &publicIp, const QString &made,
                                          RunEvent::Status status, const ReadKeys &readKeys,
                                          QString &message)
{
    if (publicIp.isEmpty()) {
        message = tr("%1 has no public address; it cannot be reached from here").arg(host);
        return RunEvent::Status::Failed;
    }
    QString error;
    {
        std::lock_guard lock(recordMutex);
        if (!StageFiles::recordPublicAddress(contextDir, privateIp, publicIp, error)) {
            message = error;
            return RunEvent::Status::Failed;
        }
    }
    QStringList keys = KnownHostsFile::keysOf(request.knownHostsFile, publicIp, 22);
    if (keys.isEmpty() && !readKeys(keys, error)) {
        message = tr("%1; %2").arg(made, error);
        return RunEvent::Status::Failed;
    }
    result.addHostKeys(host, keys);
    message = tr("%1; reached at %2").arg(made, publicIp);
    return status;
}

} // namespace hive
