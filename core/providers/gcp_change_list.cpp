#include "providers/gcp_change_list.h"

namespace hive {

GcpChangeList::GcpChangeList(GcpRestClient &compute, bool checkOnly, const std::atomic_bool *cancel,
                             Say progress)
    : m_compute(compute), m_checkOnly(checkOnly), m_cancel(cancel), m_say(std::move(progress))
{}

void GcpChangeList::fail(const QString &why)
{
    status = RunEvent::Status::Failed;
    error = why;
}

bool GcpChangeList::apply(const QByteArray &method, const QString &path, const QString &what,
                          const QJsonObject &body, const GcpRestClient::Query &query)
{
    done << (m_checkOnly ? tr("would %1").arg(what) : what);
    status = RunEvent::Status::Changed;
    if (m_checkOnly)
        return true;
    if (m_say)
        m_say(what);
    GcpRestClient::Reply r = m_compute.call(method, path, query, body, m_cancel);
    if (r.ok)
        r = m_compute.waitFor(r.json, m_cancel, [&](int percent, const QString &state) {
            if (m_say && state != QLatin1String("DONE"))
                m_say(tr("%1: %2 %3%").arg(what, state).arg(percent));
        });
    if (r.ok || (method == "DELETE" && GcpRestClient::notFound(r)))
        return true;
    fail(tr("%1: %2").arg(what, r.message));
    return false;
}

} // namespace hive
