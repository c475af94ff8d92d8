#pragma once

#include "cloud/gcp_rest_client.h"
#include "engine/run_event.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

// The changes one GCP step makes, in order: each said, sent and its
// operation waited for (its progress told), or under -C only said, as
// "would …". The first that fails ends the list with its error; `status`
// is Changed once anything was (or would be) done.
class GcpChangeList
{
    Q_DECLARE_TR_FUNCTIONS(hive::GcpChangeList)
public:
    using Say = std::function<void(const QString &)>;

    GcpChangeList(GcpRestClient &compute, bool checkOnly, const std::atomic_bool *cancel,
                  Say progress);

    // False once a change failed (`error` says which and why). A resource
    // already gone when deleting counts as done.
    bool apply(const QByteArray &method, const QString &path, const QString &what,
               const QJsonObject &body = {}, const GcpRestClient::Query &query = {});
    void fail(const QString &error);

    RunEvent::Status status = RunEvent::Status::Ok;
    QStringList done;
    QString error;

private:
    GcpRestClient &m_compute;
    bool m_checkOnly;
    const std::atomic_bool *m_cancel;
    Say m_say;
};

} // namespace hive
