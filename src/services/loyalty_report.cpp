#include "services/loyalty_report.h"

#include "core/labels.h"
#include "core/phone_number.h"
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

namespace {

// The stored digits as this reader may see them: whole for SeeFullContact, masked otherwise.
QString phoneAsShown(const QString &digits, bool whole)
{
    return whole ? PhoneNumber::fromStoredDigits(digits).formatted() : PhoneNumber::mask(digits);
}

} // namespace

ReadResult<KeysetPage<LoyaltyCustomerRow>> LoyaltyReport::page(
    const LoyaltyFilter &filter, const std::optional<PageCursor> &after, int limit)
{
    return tryRead<KeysetPage<LoyaltyCustomerRow>>("loyalty list page", [&] {
        KeysetPage<LoyaltyCustomerRow> page
            = LoyaltyReportRepository(m_db.connection()).page(filter, after, limit);
        const bool whole = Access::allows(m_db, Permission::SeeFullContact);
        for (LoyaltyCustomerRow &row : page.rows)
            row.phone = phoneAsShown(row.phone, whole);
        return page;
    });
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
        KeysetPage<TierMovementRow> page
            = LoyaltyReportRepository(m_db.connection()).movementPage(runId, direction, after, limit);
        const bool whole = Access::allows(m_db, Permission::SeeFullContact);
        for (TierMovementRow &row : page.rows)
            row.phone = phoneAsShown(row.phone, whole);
        return page;
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
    return {QString::number(row.id), row.name, row.phone, Labels::of(row.tier), Labels::of(row.segment),
        Labels::of(row.named), row.spend.toDecimalString(),
        row.lastPurchase.isValid() ? toStoredText(row.lastPurchase) : QString()};
}

ExportResult LoyaltyReport::exportCsv(
    QIODevice &device, const LoyaltyFilter &filter, const ExportProgress &progress)
{
    if (const QString refused = Access::refusal(m_db, Permission::ExportCustomers); !refused.isEmpty())
        return ExportResult{0, refused};
    const QSqlDatabase db = m_db.connection();
    const bool whole = Access::allows(m_db, Permission::SeeFullContact);
    ExportResult result = CsvExport::write(
        device, exportHeader(), [&] { return LoyaltyReportRepository(db).count(filter); },
        [&](const CsvExport::Row &write) {
            LoyaltyReportRepository(db).forEach(filter, [&](LoyaltyCustomerRow row) {
                // In a file the digits stand alone, as in every export of customers.
                row.phone = whole ? row.phone : PhoneNumber::mask(row.phone);
                return write(exportFields(row));
            });
        },
        progress, "loyalty list export");
    recordCompleteExport(m_db, result,
        {QStringLiteral("loyalty_list"), exportFilterText(filter), exportHeader(), 0,
            AuditTrail::fileNameOf(device)});
    return result;
}

} // namespace atelier
