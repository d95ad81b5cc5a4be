#pragma once

#include "core/archive_query.h"
#include "core/export_columns.h"
#include "core/loyalty_query.h"
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

    // The archive list under `filter`, by name.
    ExportResult write(const QString &fileName, ExportFormat format, const ArchiveFilter &filter,
        const QList<ExportColumn> &columns, const ExportProgress &progress = {});
    // A Tiers page list (tier, segment, named segment) by spend; the phone stays masked.
    ExportResult write(const QString &fileName, ExportFormat format, const LoyaltyFilter &filter,
        const QList<ExportColumn> &columns, const ExportProgress &progress = {});

    // One cell: QString, qint64 (numbers and money in fen) or QDate; null when the row has no value.
    static QVariant value(ExportColumn column, const ArchiveRow &row);
    static QVariant value(ExportColumn column, const LoyaltyCustomerRow &row);

private:
    Database &m_db;
};

} // namespace atelier
