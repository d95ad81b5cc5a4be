#pragma once

#include "core/loyalty.h"

#include <QDate>
#include <QSqlDatabase>

#include <memory>

namespace atelier {

class RawStatement;

// segment_history: every segment move the nightly run made, for the customer's history
// (customer_scores keeps only the last one). One row per customer and day: a second run for the
// same day, which finds her already moved, writes nothing, and a recompute that moves her again
// that day keeps the first row (ON CONFLICT DO NOTHING).
class SegmentHistoryRepository
{
public:
    explicit SegmentHistoryRepository(QSqlDatabase db);
    ~SegmentHistoryRepository();

    // Returns whether a row was written.
    bool add(CustomerId customer, const QDate &changedOn, StoreSegment from, StoreSegment to, qint64 runId);

private:
    QSqlDatabase m_db;
    std::unique_ptr<RawStatement> m_add;
};

} // namespace atelier
