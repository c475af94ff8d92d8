#include "providers/gcp_change_list.h"

#include <QUuid>

namespace hive {

GcpChangeList::GcpChangeList(GcpRestClient &compute, bool checkOnly, const std::atomic_bool *cancel,
                             Say progress)
    : m_compute(compute), m_checkOnly(checkOnly), m_cancel(cancel), m_say(std::move(progress))
{}

void GcpChangeList::fail(const QString &why)
{
    // Cut short by a cancel (Ctrl-C, Stop): said as interrupted, not failed.
    status =
        m_cancel && m_cancel->load() ? RunEvent::Status::Interrupted : RunEvent::Status::Failed;
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
    // A request id, new for each change and kept across the client's
    // retries: an insert whose answer was lost is not made twice (nor
    // refused as already there), and a change made again later, after a
    // -D, is not taken for the earlier one (Compute Engine remembers an id
    // for an hour).
    GcpRestClient::Query withId = query;
    withId.append(
        {QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    GcpRestClient::Reply r = m_compute.call(method, path, withId, body, m_cancel);
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
