#include "services/customer_export.h"

#include "core/labels.h"
#include "core/money.h"
#include "core/phone_number.h"
#include "core/stored_time.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/store_files.h"
#include "services/xlsx_writer.h"
#include "storage/customer_export_query.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/loyalty_report_repository.h"
#include "storage/page_cache_scope.h"
#include "storage/storage_error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

using Cells = QList<QVariant>;
using CellSink = std::function<bool(const Cells &)>; // false: stop
using Stream = std::function<void(const CellSink &)>;

QString cellText(const QVariant &cell, ColumnType type)
{
    if (cell.isNull())
        return {};
    switch (type) {
    case ColumnType::Number:
        return QString::number(cell.toLongLong());
    case ColumnType::Money:
        return Money::fromFen(cell.toLongLong()).toDecimalString();
    case ColumnType::Date:
        return cell.toDate().isValid() ? toStoredText(cell.toDate()) : QString();
    case ColumnType::Text:
        return cell.toString();
    }
    return {};
}

QList<ColumnType> typesOf(const QList<ExportColumn> &columns)
{
    QList<ColumnType> types;
    for (const ExportColumn column : columns)
        types << ExportColumns::type(column);
    return types;
}

ExportResult writeCsv(const QString &fileName, const QList<ExportColumn> &columns,
    const std::function<int()> &count, const Stream &stream, const ExportProgress &progress, const char *what)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return {0,
            CustomerExport::tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(fileName), file.errorString())};
    const QList<ColumnType> types = typesOf(columns);
    ExportResult result = CsvExport::write(
        file, ExportColumns::labels(columns), count,
        [&](const CsvExport::Row &write) {
            stream([&](const Cells &cells) {
                QStringList fields;
                fields.reserve(cells.size());
                for (int i = 0; i < cells.size(); ++i)
                    fields << cellText(cells.at(i), types.at(i));
                return write(fields);
            });
        },
        progress, what);
    if (!result.ok())
        file.cancelWriting();
    else if (!file.commit())
        result.error = CustomerExport::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(fileName), file.errorString());
    return result;
}

ExportResult writeXlsx(const QString &fileName, const QList<ExportColumn> &columns,
    const std::function<int()> &count, const Stream &stream, const ExportProgress &progress, const char *what)
{
    ExportResult result;
    QElapsedTimer timer;
    timer.start();
    // Written next to the target under a temporary name and renamed only when complete.
    const QFileInfo target(fileName);
    QTemporaryFile part(target.absolutePath() + QStringLiteral("/.atelier-export-XXXXXX.xlsx"));
    if (!part.open())
        return {0,
            CustomerExport::tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(fileName), part.errorString())};
    part.close();
    try {
        const int total = progress ? count() : 0;
        XlsxWriter sheet(part.fileName());
        sheet.writeHeader(ExportColumns::labels(columns));
        const QList<ColumnType> types = typesOf(columns);
        stream([&](const Cells &cells) {
            sheet.writeRow(cells, types);
            ++result.rows;
            if (sheet.hasError())
                return false;
            if (progress && result.rows % 1000 == 0 && !progress(result.rows, total)) {
                result.cancelled = true;
                return false;
            }
            return true;
        });
        if (!sheet.close())
            result.error = sheet.error();
        else if (progress && !result.cancelled)
            progress(result.rows, total);
    } catch (const StorageError &error) {
        result.error = error.userMessage();
    }
    if (result.ok()) {
        // The temporary is private (0600); the export gets the permissions a new file would.
        const QFile::Permissions permissions = QFile::exists(fileName) ? QFile::permissions(fileName)
                                                                       : QFile::ReadOwner | QFile::WriteOwner
                | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
        QFile::setPermissions(part.fileName(), permissions);
        if (QFile::exists(fileName) && !QFile::remove(fileName))
            result.error = CustomerExport::tr("Cannot replace %1.").arg(QDir::toNativeSeparators(fileName));
        else if (!QFile::rename(part.fileName(), fileName))
            result.error = CustomerExport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName));
        else
            part.setAutoRemove(false);
    }
    spdlog::info("{}: {} rows in {} ms{}", what, result.rows, timer.elapsed(),
        result.cancelled ? " (cancelled)" : (result.error.isEmpty() ? "" : " (failed)"));
    return result; // on any failure `part` removes the temporary file
}

ExportResult writeList(const QString &fileName, ExportFormat format, const QList<ExportColumn> &columns,
    const std::function<int()> &count, const Stream &stream, const ExportProgress &progress, const char *what)
{
    if (format == ExportFormat::Xlsx)
        return writeXlsx(fileName, columns, count, stream, progress, what);
    return writeCsv(fileName, columns, count, stream, progress, what);
}

// Reads `columns` through `visit` and turns each stored row into cells.
Stream cellsFrom(const QList<ExportColumn> &columns, CustomerExport::Phone phone,
    const std::function<void(const CustomerExportQuery::Visit &)> &visit)
{
    return [&columns, phone, visit](const CellSink &sink) {
        Cells cells;
        visit([&](const QVariantList &stored) {
            cells.clear();
            for (int i = 0; i < columns.size(); ++i)
                cells << CustomerExport::cell(columns.at(i), stored.at(i), phone);
            return sink(cells);
        });
    };
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QVariant &stored)
{
    const QDate date = stored.isNull() ? QDate() : dateFromStoredText(stored.toString());
    return date.isValid() ? QVariant(date) : QVariant();
}

} // namespace

CustomerExport::CustomerExport(Database &db)
    : m_db(db)
{
}

std::optional<ExportFormat> CustomerExport::formatFromCode(const QString &code)
{
    if (code.compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (code.compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Xlsx;
    return std::nullopt;
}

ExportFormat CustomerExport::formatOf(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx
                                                                           : ExportFormat::Csv;
}

ExportResult CustomerExport::write(const QString &fileName, ExportFormat format, const ArchiveFilter &filter,
    const QList<ExportColumn> &columns, const ExportProgress &progress)
{
    if (const QString refused = refusal(fileName); !refused.isEmpty())
        return ExportResult{0, refused};
    const QSqlDatabase db = m_db.connection();
    ExportResult result = writeList(
        fileName, format, columns, [&] { return CustomerRepository(db).count(filter); },
        cellsFrom(columns, phoneShown(),
            [&](const CustomerExportQuery::Visit &visit) {
                // Name order visits table pages at random: a larger cache while the export runs.
                const PageCacheScope cache(db, 64);
                CustomerExportQuery(db, columns).forEach(filter, visit);
            }),
        progress, "archive export");
    return recorded(result,
        {QStringLiteral("archive"), exportFilterText(filter), ExportColumns::codes(columns), 0, fileName});
}

ExportResult CustomerExport::write(const QString &fileName, ExportFormat format, const LoyaltyFilter &filter,
    const QList<ExportColumn> &columns, const ExportProgress &progress)
{
    if (const QString refused = refusal(fileName); !refused.isEmpty())
        return ExportResult{0, refused};
    const QSqlDatabase db = m_db.connection();
    ExportResult result = writeList(
        fileName, format, columns, [&] { return LoyaltyReportRepository(db).count(filter); },
        cellsFrom(columns, phoneShown(),
            [&](const CustomerExportQuery::Visit &visit) {
                CustomerExportQuery(db, columns).forEach(filter, visit);
            }),
        progress, "loyalty list export");
    return recorded(result,
        {QStringLiteral("loyalty"), exportFilterText(filter), ExportColumns::codes(columns), 0, fileName});
}

ExportResult CustomerExport::write(const QString &fileName, ExportFormat format, const QList<CustomerId> &ids,
    const QList<ExportColumn> &columns, const ExportProgress &progress)
{
    if (const QString refused = refusal(fileName); !refused.isEmpty())
        return ExportResult{0, refused};
    const QSqlDatabase db = m_db.connection();
    const QList<CustomerId> customers = distinct(ids);
    ExportResult result = writeList(
        fileName, format, columns, [&] { return int(customers.size()); },
        cellsFrom(columns, phoneShown(),
            [&](const CustomerExportQuery::Visit &visit) {
                CustomerExportQuery(db, columns).forEach(customers, visit);
            }),
        progress, "task list export");
    return recorded(result,
        {QStringLiteral("tasks"), QStringLiteral("customers=%1").arg(customers.size()),
            ExportColumns::codes(columns), 0, fileName});
}

QString CustomerExport::refusal(const QString &fileName) const
{
    if (const QString refused = Access::refusal(m_db, Permission::ExportCustomers); !refused.isEmpty())
        return refused;
    return StoreFiles::refusal(m_db.path(), fileName);
}

CustomerExport::Phone CustomerExport::phoneShown() const
{
    return Access::allows(m_db, Permission::SeeFullContact) ? Phone::Full : Phone::Masked;
}

ExportResult CustomerExport::recorded(ExportResult result, const ExportRecord &record)
{
    if (!recordCompleteExport(m_db, result, record))
        QFile::remove(record.fileName);
    return result;
}

QList<CustomerId> CustomerExport::distinct(const QList<CustomerId> &ids)
{
    QList<CustomerId> result;
    QSet<CustomerId> seen;
    for (const CustomerId id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            result << id;
        }
    }
    return result;
}

QVariant CustomerExport::cell(ExportColumn column, const QVariant &stored, Phone phone)
{
    switch (column) {
    case ExportColumn::CustomerId:
    case ExportColumn::Spend:
        return QVariant(qint64(stored.toLongLong()));
    case ExportColumn::Phone: {
        // An erased customer's marker ("erased:12") is no number: the cell stays empty.
        const QString digits = stored.toString();
        if (!digits.isEmpty() && !digits.front().isDigit())
            return {};
        return textOrNull(phone == Phone::Masked ? PhoneNumber::mask(digits) : digits);
    }
    case ExportColumn::Gender:
        return Labels::of(genderFromCode(stored.toString()));
    case ExportColumn::Birthday:
    case ExportColumn::LastPurchase:
        return dateOrNull(stored);
    case ExportColumn::BodyType:
        return Labels::of(bodyTypeFromCode(stored.toString()));
    case ExportColumn::Source:
        return Labels::of(sourceFromCode(stored.toString()));
    case ExportColumn::RegisteredOn:
        return QVariant(timeFromStoredText(stored.toString()).date());
    case ExportColumn::Tier:
        return Labels::of(tierFromCode(stored.toString()));
    case ExportColumn::Segment:
        return Labels::of(segmentFromCode(stored.toString()));
    case ExportColumn::NamedSegment:
        return Labels::of(namedSegmentFromCode(stored.toString()));
    case ExportColumn::Name:
    case ExportColumn::TopSize:
    case ExportColumn::BottomSize:
    case ExportColumn::ShoeSize:
    case ExportColumn::WechatId:
    case ExportColumn::Tags:
        return textOrNull(stored.toString());
    }
    return {};
}

} // namespace atelier
