#pragma once

#include "core/loyalty_query.h"
#include "core/nightly_run.h"
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
// customers behind each cell (paged, and as CSV), and what the last run moved. Reads never throw:
// a failed read is logged and gives an empty result. Safe on a worker thread with its own Database.
class LoyaltyReport
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyReport)
public:
    explicit LoyaltyReport(Database &db);

    LoyaltyDistribution distribution();
    int count(const LoyaltyFilter &filter);
    // Spend descending; `after` is the last row of the previous page (nullopt: the first page).
    QList<LoyaltyCustomerRow> page(
        const LoyaltyFilter &filter, const std::optional<LoyaltyCursor> &after, int limit);

    std::optional<NightlyRun> lastSuccessfulRun();
    int movementCount(qint64 runId, MovementDirection direction);
    QList<TierMovementRow> movementPage(
        qint64 runId, MovementDirection direction, const std::optional<LoyaltyCursor> &after, int limit);
    QList<SegmentMove> segmentMoves(const QDate &asOf);

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
