#include "providers/azure_change_list.h"

namespace hive {

AzureChangeList::AzureChangeList(AzureRestClient &arm, bool checkOnly,
                                 const std::atomic_bool *cancel, Say progress)
    : m_arm(arm), m_checkOnly(checkOnly), m_cancel(cancel), m_say(std::move(progress))
{}

void AzureChangeList::fail(const QString &why)
{
    // Cut short by a cancel (Ctrl-C, Stop): said as interrupted, not failed.
    status =
        m_cancel && m_cancel->load() ? RunEvent::Status::Interrupted : RunEvent::Status::Failed;
    error = why;
}

bool AzureChangeList::apply(const QByteArray &method, const QString &path, const char *apiVersion,
                            const QString &what, const QJsonObject &body)
{
    done << (m_checkOnly ? tr("would %1").arg(what) : what);
    status = RunEvent::Status::Changed;
    if (m_checkOnly)
        return true;
    if (m_say)
        m_say(what);
    const AzureRestClient::Reply started = m_arm.call(method, path, apiVersion, body, m_cancel);
    if (method == "DELETE" && (AzureRestClient::notFound(started) || started.status == 204))
        return true;
    const AzureRestClient::Reply r = m_arm.waitFor(started, m_cancel, [&](const QString &state) {
        if (m_say)
            m_say(tr("%1: %2").arg(what, state));
    });
    if (r.ok)
        return true;
    fail(tr("%1: %2").arg(what, r.message));
    return false;
}

} // namespace hive
