#include "services/archive_service.h"

#include "core/labels.h"
#include "core/stored_time.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/csv_export.h"
#include "services/try_read.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/page_cache_scope.h"

namespace atelier {

ArchiveService::ArchiveService(Database &db)
    : m_db(db)
{
}

bool ArchiveService::seesConsentFlag() const
{
    return Access::allows(m_db, Permission::ChangeRules);
}

ArchiveFilter ArchiveService::allowed(const ArchiveFilter &filter) const
{
    ArchiveFilter mine = filter;
    mine.withoutConsent = filter.withoutConsent && seesConsentFlag();
    return mine;
}

ReadResult<int> ArchiveService::count(const ArchiveFilter &filter)
{
    return tryRead<int>(
        "archive count", [&] { return CustomerRepository(m_db.connection()).count(allowed(filter)); });
}

ReadResult<KeysetPage<ArchiveRow>> ArchiveService::page(const ArchiveFilter &filter, ArchiveSort sort,
    Qt::SortOrder order, const std::optional<PageCursor> &after, int limit)
{
    return tryRead<KeysetPage<ArchiveRow>>("archive page", [&] {
        KeysetPage<ArchiveRow> page
            = CustomerRepository(m_db.connection()).page(allowed(filter), sort, order, after, limit);
        if (!seesConsentFlag()) {
            for (ArchiveRow &row : page.rows)
                row.heldWithoutConsent = false;
        }
        return page;
    });
}

QStringList ArchiveService::exportHeader()
{
    return {tr("Customer ID"), tr("Name"), tr("Phone"), tr("Gender"), tr("Birthday"), tr("Top size"),
        tr("Bottom size"), tr("Shoe size"), tr("Body type"), tr("Source"), tr("WeChat ID"), tr("Tags"),
        tr("Registered on")};
}

QStringList ArchiveService::exportFields(const ArchiveRow &row)
{
    return {QString::number(row.id), row.name, row.phoneDigits, Labels::of(row.gender),
        row.birthday ? toStoredText(*row.birthday) : QString(), row.sizeTop, row.sizeBottom, row.sizeShoe,
        Labels::of(row.bodyType), Labels::of(row.source), row.wechatId, row.tags,
        toStoredText(row.createdAt.date())};
}

ExportResult ArchiveService::exportCsv(
    QIODevice &device, const ArchiveFilter &filter, const ExportProgress &progress)
{
    if (const QString refused = Access::refusal(m_db, Permission::ExportCustomers); !refused.isEmpty())
        return ExportResult{0, refused};
    const QSqlDatabase db = m_db.connection();
    ExportResult result = CsvExport::write(
        device, exportHeader(), [&] { return CustomerRepository(db).count(filter); },
        [&](const CsvExport::Row &write) {
            // Name order visits table pages at random: a larger cache while the export runs.
            const PageCacheScope cache(db, 64);
            CustomerRepository(db).forEach(
                filter, [&](const ArchiveRow &row) { return write(exportFields(row)); });
        },
        progress, "archive export");
    recordCompleteExport(m_db, result,
        {QStringLiteral("archive_list"), exportFilterText(filter), exportHeader(), 0,
            AuditTrail::fileNameOf(device)});
    return result;
}

} // namespace atelier
