#pragma once

#include "cloud/azure_rest_client.h"
#include "engine/run_event.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace hive {

// The changes one Azure step makes, in order: each said, sent and its
// asynchronous operation waited for (its state told), or under -C only
// said, as "would …". The first that fails ends the list with its error;
// `status` is Changed once anything was (or would be) done. A PUT is by
// name, so one sent again after a lost answer is the same change.
class AzureChangeList
{
    Q_DECLARE_TR_FUNCTIONS(hive::AzureChangeList)
public:
    using Say = std::function<void(const QString &)>;

    AzureChangeList(AzureRestClient &arm, bool checkOnly, const std::atomic_bool *cancel,
                    Say progress);

    // False once a change failed (`error` says which and why; the status is
    // Interrupted when a cancel cut it short). A resource already gone when
    // deleting counts as done.
    bool apply(const QByteArray &method, const QString &path, const char *apiVersion,
               const QString &what, const QJsonObject &body = {});
    void fail(const QString &error);

    RunEvent::Status status = RunEvent::Status::Ok;
    QStringList done;
    QString error;

private:
    AzureRestClient &m_arm;
    bool m_checkOnly;
    const std::atomic_bool *m_cancel;
    Say m_say;
};

} // namespace hive
