#pragma once

#include "core/keyset_page.h"
#include "core/loyalty_query.h"
#include "core/nightly_run.h"
#include "core/read_result.h"
#include "services/csv_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace atelier {

class Database;

// What the Tiers page reads: the tier × segment distribution as of the last nightly run, the
// customers behind each cell (keyset-paged, and as CSV), and what the last run moved. A read that
// fails says why (and logs the detail) instead of giving an empty grid or list. Safe on a worker
// thread with its own Database.
class LoyaltyReport
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyReport)
public:
    explicit LoyaltyReport(Database &db);

    ReadResult<LoyaltyDistribution> distribution();
    ReadResult<int> count(const LoyaltyFilter &filter);
    // Spend descending, then id; `after` is where the previous page ended (nullopt: the first page).
    ReadResult<KeysetPage<LoyaltyCustomerRow>> page(
        const LoyaltyFilter &filter, const std::optional<PageCursor> &after, int limit);

    // nullopt inside: no run has succeeded yet.
    ReadResult<std::optional<NightlyRun>> lastSuccessfulRun();
    ReadResult<int> movementCount(qint64 runId, MovementDirection direction);
    ReadResult<KeysetPage<TierMovementRow>> movementPage(
        qint64 runId, MovementDirection direction, const std::optional<PageCursor> &after, int limit);
    ReadResult<QList<SegmentMove>> segmentMoves(const QDate &asOf);

    // The header row and one customer's fields, in the UI language; the phone stays masked.
    static QStringList exportHeader();
    static QStringList exportFields(const LoyaltyCustomerRow &row);
    // RFC 4180 CSV, UTF-8 with BOM, in the list's order. `progress(done, total)` returning false
    // cancels.
    ExportResult exportCsv(
        QIODevice &device, const LoyaltyFilter &filter, const ExportProgress &progress = {});

private:
    Database &m_db;
};

} // namespace atelier
