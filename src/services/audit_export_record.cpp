#include "services/audit_trail.h"

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/loyalty.h"
#include "core/loyalty_query.h"
#include "services/customer_service.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <spdlog/spdlog.h>

namespace atelier {

// What the trail keeps of a list export: the entry that must be written before a file may stay, and
// the list's filter in stored codes.

bool recordCompleteExport(Database &db, ExportResult &result, ExportRecord record)
{
    if (!result.ok())
        return true;
    record.rows = result.rows;
    try {
        AuditTrail(db).recordExport(db.auditActor(), record);
        return true;
    } catch (const StorageError &error) {
        spdlog::error("{} export not recorded in the audit trail: {}", record.source.toStdString(),
            error.detail().toStdString());
        result.error
            = AuditTrail::tr("The export could not be recorded in the audit trail, so no file was kept: %1")
                  .arg(error.userMessage());
        return false;
    }
}

QString exportFilterText(const ArchiveFilter &filter)
{
    QStringList parts;
    if (filter.tagId)
        parts << QStringLiteral("tag_id=%1").arg(*filter.tagId);
    if (!filter.size.isEmpty())
        parts << QStringLiteral("size=") + filter.size;
    if (filter.source)
        parts << QStringLiteral("source=") + toCode(*filter.source);
    if (filter.birthMonth)
        parts << QStringLiteral("birth_month=%1").arg(*filter.birthMonth);
    return parts.join(QStringLiteral(", "));
}

QString exportFilterText(const LoyaltyFilter &filter)
{
    QStringList parts;
    if (filter.tier)
        parts << QStringLiteral("tier=") + toCode(*filter.tier);
    if (filter.segment)
        parts << QStringLiteral("segment=") + toCode(*filter.segment);
    if (filter.named)
        parts << QStringLiteral("named_segment=") + toCode(*filter.named);
    return parts.join(QStringLiteral(", "));
}

} // namespace atelier
