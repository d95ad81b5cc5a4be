#include "services/loyalty_report.h"

#include "core/labels.h"
#include "core/stored_time.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/csv_export.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/loyalty_report_repository.h"
#include "storage/nightly_run_repository.h"

namespace atelier {

LoyaltyReport::LoyaltyReport(Database &db)
    : m_db(db)
{
}

ReadResult<LoyaltyDistribution> LoyaltyReport::distribution()
{
    return tryRead<LoyaltyDistribution>(
        "loyalty distribution", [&] { return LoyaltyReportRepository(m_db.connection()).distribution(); });
}

ReadResult<int> LoyaltyReport::count(const LoyaltyFilter &filter)
{
    return tryRead<int>(
        "loyalty list count", [&] { return LoyaltyReportRepository(m_db.connection()).count(filter); });
}

ReadResult<KeysetPage<LoyaltyCustomerRow>> LoyaltyReport::page(
    const LoyaltyFilter &filter, const std::optional<PageCursor> &after, int limit)
{
    return tryRead<KeysetPage<LoyaltyCustomerRow>>("loyalty list page",
        [&] { return LoyaltyReportRepository(m_db.connection()).page(filter, after, limit); });
}

ReadResult<std::optional<NightlyRun>> LoyaltyReport::lastSuccessfulRun()
{
    return tryRead<std::optional<NightlyRun>>(
        "last successful run", [&] { return NightlyRunRepository(m_db.connection()).lastSuccessful(); });
}

ReadResult<int> LoyaltyReport::movementCount(qint64 runId, MovementDirection direction)
{
    return tryRead<int>("tier movement count",
        [&] { return LoyaltyReportRepository(m_db.connection()).movementCount(runId, direction); });
}

ReadResult<KeysetPage<TierMovementRow>> LoyaltyReport::movementPage(
    qint64 runId, MovementDirection direction, const std::optional<PageCursor> &after, int limit)
{
    return tryRead<KeysetPage<TierMovementRow>>("tier movement page", [&] {
        return LoyaltyReportRepository(m_db.connection()).movementPage(runId, direction, after, limit);
    });
}

ReadResult<QList<SegmentMove>> LoyaltyReport::segmentMoves(const QDate &asOf)
{
    return tryRead<QList<SegmentMove>>(
        "segment moves", [&] { return LoyaltyReportRepository(m_db.connection()).segmentMoves(asOf); });
}

QStringList LoyaltyReport::exportHeader()
{
    return {tr("Customer ID"), tr("Name"), tr("Phone"), tr("Tier"), tr("Segment"), tr("RFM segment"),
        tr("Spend (yuan)"), tr("Last purchase")};
}

QStringList LoyaltyReport::exportFields(const LoyaltyCustomerRow &row)
{
    return {QString::number(row.id), row.name, row.maskedPhone, Labels::of(row.tier), Labels::of(row.segment),
        Labels::of(row.named), row.spend.toDecimalString(),
        row.lastPurchase.isValid() ? toStoredText(row.lastPurchase) : QString()};
}

ExportResult LoyaltyReport::exportCsv(
    QIODevice &device, const LoyaltyFilter &filter, const ExportProgress &progress)
{
    if (const QString refused = Access::refusal(m_db, Permission::ExportCustomers); !refused.isEmpty())
        return ExportResult{0, refused};
    const QSqlDatabase db = m_db.connection();
    ExportResult result = CsvExport::write(
        device, exportHeader(), [&] { return LoyaltyReportRepository(db).count(filter); },
        [&](const CsvExport::Row &write) {
            LoyaltyReportRepository(db).forEach(
                filter, [&](const LoyaltyCustomerRow &row) { return write(exportFields(row)); });
        },
        progress, "loyalty list export");
    recordCompleteExport(m_db, result,
        {QStringLiteral("loyalty_list"), exportFilterText(filter), exportHeader(), 0,
            AuditTrail::fileNameOf(device)});
    return result;
}

} // namespace atelier
