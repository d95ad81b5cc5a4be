#include "services/customer_history.h"

#include "core/audit.h"
#include "core/history_wording.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/history_query.h"

namespace atelier {

CustomerHistory::CustomerHistory(Database &db)
    : m_db(db)
{
}

QList<HistoryKind> CustomerHistory::visibleKinds() const
{
    return allowed(allHistoryKinds());
}

QList<HistoryKind> CustomerHistory::allowed(const QList<HistoryKind> &kinds) const
{
    QList<HistoryKind> shown = kinds;
    if (!Access::allows(m_db, Permission::ViewAuditTrail))
        shown.removeAll(HistoryKind::Edit);
    return shown;
}

ReadResult<KeysetPage<HistoryLine>> CustomerHistory::page(
    CustomerId customer, const QList<HistoryKind> &kinds, const std::optional<PageCursor> &after, int limit)
{
    const QList<HistoryKind> shown = allowed(kinds);
    return tryRead<KeysetPage<HistoryLine>>("a customer's history", [&] {
        const KeysetPage<HistoryEvent> events
            = HistoryQuery(m_db.connection()).page(customer, shown, after, limit);
        KeysetPage<HistoryLine> page;
        page.next = events.next;
        page.rows.reserve(events.rows.size());
        for (const HistoryEvent &event : events.rows)
            page.rows << HistoryLine{event, summary(event)};
        return page;
    });
}

ReadResult<int> CustomerHistory::count(CustomerId customer, const QList<HistoryKind> &kinds)
{
    const QList<HistoryKind> shown = allowed(kinds);
    return tryRead<int>(
        "a customer's history", [&] { return HistoryQuery(m_db.connection()).count(customer, shown); });
}

QString CustomerHistory::summary(const HistoryEvent &event)
{
    if (event.kind != HistoryKind::Edit)
        return HistoryWording::summary(event);
    const std::optional<AuditAction> action = auditActionFromCode(event.what);
    if (!action)
        return HistoryWording::summary(event);
    AuditEntry entry;
    entry.action = *action;
    entry.details = event.fact(0);
    const QString details = AuditTrail::describe(entry);
    const QString label = AuditTrail::actionLabel(*action);
    // One line: the details of a registration list every field, each on the same line already.
    return details.isEmpty() ? label : tr("%1: %2").arg(label, details).simplified();
}

} // namespace atelier
