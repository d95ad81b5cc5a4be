#pragma once

#include "core/customer.h"
#include "core/history_event.h"
#include "core/keyset_page.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace atelier {

// One customer's history read from the tables that hold it (sales, returns, complaint steps,
// follow-up tasks, contacts, the points ledger, tier and segment history, coupons, campaign members,
// handover notes, the audit trail's archive edits, referrals, lost sales): one UNION ALL of a select
// per table, each reaching her rows through an index on the customer, newest first.
//
// Order: `at` descending, then the kind's code ascending, then the event's id descending, then its
// step descending (a coupon's redemption before its issue when both fall in one second). Keyset
// paging on that order: a cursor's key holds the last row's at, kind code and step (a QStringList),
// its id the event's id; never OFFSET, so the thousandth page costs what the first does.
class HistoryQuery
{
public:
    explicit HistoryQuery(QSqlDatabase db);

    // Up to `limit` events of the kinds asked for (an empty list: none), after `after`.
    KeysetPage<HistoryEvent> page(CustomerId customer, const QList<HistoryKind> &kinds,
        const std::optional<PageCursor> &after, int limit);
    int count(CustomerId customer, const QList<HistoryKind> &kinds);

private:
    // The union of the selects for `kinds`, with one bound value per placeholder appended to
    // `values`; empty when no kind is asked for.
    static QString events(CustomerId customer, const QList<HistoryKind> &kinds, QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace atelier
