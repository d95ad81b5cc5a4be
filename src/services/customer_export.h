#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/export_columns.h"
#include "core/loyalty_query.h"
#include "services/audit_trail.h"
#include "services/csv_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace atelier {

class Database;

enum class ExportFormat
{
    Csv,
    Xlsx
};

// A customer list written to a file in the columns the manager chose, and only those: CSV (RFC 4180,
// UTF-8 with BOM) or XLSX (typed cells). The file appears only when complete; a cancelled or failed
// export leaves nothing at the target. Safe on a worker thread with that thread's own Database.
class CustomerExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)
public:
    explicit CustomerExport(Database &db);

    // "csv" / "xlsx" (any case); nullopt for anything else.
    static std::optional<ExportFormat> formatFromCode(const QString &code);
    // By the file's suffix: .xlsx is XLSX, anything else CSV.
    static ExportFormat formatOf(const QString &fileName);

    // Every list is read from the database in the chosen columns only (CustomerExportQuery).

    // The archive list under `filter`, by name.
    ExportResult write(const QString &fileName, ExportFormat format, const ArchiveFilter &filter,
        const QList<ExportColumn> &columns, const ExportProgress &progress = {});
    // A Tiers page list (tier, segment, named segment) by spend; the phone stays masked.
    ExportResult write(const QString &fileName, ExportFormat format, const LoyaltyFilter &filter,
        const QList<ExportColumn> &columns, const ExportProgress &progress = {});
    // These customers (a task list's), each once where first listed; an id with no customer (gone
    // since the list was read) is left out, so `rows` may be fewer than the distinct ids.
    ExportResult write(const QString &fileName, ExportFormat format, const QList<CustomerId> &ids,
        const QList<ExportColumn> &columns, const ExportProgress &progress = {});

    // Each customer once, in the order first listed.
    static QList<CustomerId> distinct(const QList<CustomerId> &ids);

    enum class Phone
    {
        Full,
        Masked
    };
    // One cell from its stored value (see CustomerExportQuery): QString, qint64 (numbers and money in
    // fen) or QDate; null when the customer has no value.
    static QVariant cell(ExportColumn column, const QVariant &stored, Phone phone = Phone::Full);

private:
    // A complete export is recorded in the audit trail; when it cannot be, the file is removed.
    // Empty when the person may export and `fileName` is not one of the store's own files.
    QString refusal(const QString &fileName) const;
    // Every list's file writes the phone as its reader may see it (docs/privacy.md, "Who sees what").
    Phone phoneShown() const;
    ExportResult recorded(ExportResult result, const ExportRecord &record);

    Database &m_db;
};

} // namespace atelier
