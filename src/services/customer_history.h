#pragma once

#include "core/customer.h"
#include "core/history_event.h"
#include "core/keyset_page.h"
#include "core/read_result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

class Database;

// One line of a customer's history as a reader sees it: the event and its summary in the reader's
// language.
struct HistoryLine
{
    HistoryEvent event;
    QString summary;
    bool operator==(const HistoryLine &) const = default;
};

// A customer's history, newest first, a page at a time (docs/cli.md, "history"): what the card's
// History section, the full history page and `atelier-cli history` read. A clerk sees what her role
// allows: the archive edits come from the audit trail, which is the manager's (ViewAuditTrail), so
// they are left out for her even when asked for. Reading is not written down (only revealing a
// contact is): the history shows nothing the card does not already let her see.
class CustomerHistory
{
    Q_DECLARE_TR_FUNCTIONS(CustomerHistory)
public:
    explicit CustomerHistory(Database &db);

    // The kinds the person at this PC may see, in the filter's order.
    QList<HistoryKind> visibleKinds() const;

    // Up to `limit` events of `kinds` (those she may not see are dropped; none: an empty page) after
    // `after`. A read that fails says so.
    ReadResult<KeysetPage<HistoryLine>> page(CustomerId customer, const QList<HistoryKind> &kinds,
        const std::optional<PageCursor> &after, int limit);
    ReadResult<int> count(CustomerId customer, const QList<HistoryKind> &kinds);

    // The event's one line in the reader's language: HistoryWording's, and for an archive edit the
    // audit trail's own words for the change.
    static QString summary(const HistoryEvent &event);

private:
    QList<HistoryKind> allowed(const QList<HistoryKind> &kinds) const;

    Database &m_db;
};

} // namespace atelier
