#include "storage/segment_history_repository.h"

#include "core/stored_time.h"
#include "storage/raw_statement.h"

namespace atelier {

SegmentHistoryRepository::SegmentHistoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SegmentHistoryRepository::~SegmentHistoryRepository() = default;

bool SegmentHistoryRepository::add(
    CustomerId customer, const QDate &changedOn, StoreSegment from, StoreSegment to, qint64 runId)
{
    // Prepared once: a night's moves are written one by one beside the scores. The same night run
    // again under changed rules moves her on from where the first run put her: the day's row keeps
    // where she came from and takes where she ends.
    if (!m_add)
        m_add = std::make_unique<RawStatement>(m_db,
            QStringLiteral(
                "INSERT INTO segment_history (customer_id, changed_on, old_segment, new_segment, run_id)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id, changed_on) DO UPDATE SET "
                "new_segment = excluded.new_segment, run_id = excluded.run_id"));
    m_add->bind(1, customer);
    m_add->bindUtf8(2, toStoredText(changedOn));
    m_add->bindUtf8(3, toCode(from));
    m_add->bindUtf8(4, toCode(to));
    if (runId > 0)
        m_add->bind(5, runId);
    else
        m_add->bindNull(5);
    m_add->exec();
    return m_add->changes() > 0;
}

} // namespace atelier
