#include "services/sales_import.h"

#include "core/csv_reader.h"
#include "core/csv_writer.h"
#include "core/import_values.h"
#include "core/stored_time.h"
#include "services/read_or.h"
#include "storage/database.h"
#include "storage/import_repository.h"
#include "storage/page_cache_scope.h"
#include "storage/sales_import_writer.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// From here on, rebuilding the sale lines' indexes after the import beats inserting into them row by row.
constexpr qint64 largeImportLines = 50000;

// One row of the file once its values are read.
struct ImportRow
{
    QString invoice;
    QString style;
    QString category;
    QString colour;
    QString size;
    int quantity = 0;
    qint64 priceFen = 0;
    QDateTime at;
    QString storedAt;
    QString customerNumber; // the till's number, or else the phone's digits
    QString phone;
};

QString fieldAt(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
}

// The reasons here are the importer's own rules; the value readers give theirs.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(SalesImport)
public:
    RowReader(const ImportMapping::Columns &columns, int offset)
        : m_columns(columns)
        , m_offset(offset)
    {
    }

    bool read(const QStringList &fields, ImportRow &row, QString &why) const
    {
        auto column = [this](ImportField f) {
            return m_columns.at(static_cast<std::size_t>(f));
        };
        for (const int c : m_columns) {
            if (c >= fields.size()) {
                why = tr("The row has %1 fields; the mapped columns need %2.").arg(fields.size()).arg(c + 1);
                return false;
            }
        }
        row.invoice = fieldAt(fields, column(ImportField::Invoice));
        row.style = fieldAt(fields, column(ImportField::Style));
        row.category = fieldAt(fields, column(ImportField::Category));
        row.colour = fieldAt(fields, column(ImportField::Colour));
        row.size = fieldAt(fields, column(ImportField::Size));
        if (row.invoice.isEmpty() || row.style.isEmpty()) {
            why = row.invoice.isEmpty() ? tr("The invoice number is empty.")
                                        : tr("The style number is empty.");
            return false;
        }
        if (!ImportValues::quantity(fieldAt(fields, column(ImportField::Quantity)), row.quantity, why)
            || !ImportValues::money(fieldAt(fields, column(ImportField::Price)), row.priceFen, why)
            || !readDate(fieldAt(fields, column(ImportField::Date)), row, why))
            return false;
        if (row.quantity == 0) {
            why = tr("The quantity is zero.");
            return false;
        }
        if (row.priceFen < 0) {
            why = tr("The price is negative; a refund is a line with a negative quantity.");
            return false;
        }
        if (row.invoice.startsWith(u'C', Qt::CaseInsensitive) && row.quantity > 0) {
            why = tr("A cancellation invoice (C…) with a positive quantity.");
            return false;
        }
        row.customerNumber.clear();
        row.phone.clear();
        const QString number = fieldAt(fields, column(ImportField::Customer));
        if (!number.isEmpty() && !ImportValues::externalId(number, row.customerNumber, why))
            return false;
        const QString phone = fieldAt(fields, column(ImportField::Phone));
        if (!phone.isEmpty() && !ImportValues::phone(phone, row.phone, why))
            return false;
        if (row.customerNumber.isEmpty() && !row.phone.isEmpty())
            row.customerNumber = QStringLiteral("phone ") + row.phone;
        return true;
    }

private:
    // A till writes one time for all lines of a receipt: the last one is kept, parsed and as stored text.
    bool readDate(const QString &text, ImportRow &row, QString &why) const
    {
        if (text != m_lastDateText) {
            if (!ImportValues::dateTime(text, m_offset, m_lastDate, why)) {
                m_lastDateText.clear();
                return false;
            }
            m_lastDateText = text;
            m_lastStored = toStoredText(m_lastDate);
        }
        row.at = m_lastDate;
        row.storedAt = m_lastStored;
        return true;
    }

    ImportMapping::Columns m_columns;
    int m_offset;
    mutable QString m_lastDateText;
    mutable QDateTime m_lastDate;
    mutable QString m_lastStored;
};

const char *outcomeCode(SalesImportResult::Outcome outcome, bool dryRun)
{
    switch (outcome) {
    case SalesImportResult::Outcome::Imported:
        return "imported";
    case SalesImportResult::Outcome::DryRunPassed:
        return "dry_run";
    case SalesImportResult::Outcome::NothingImported:
        return dryRun ? "dry_run" : "nothing_imported";
    case SalesImportResult::Outcome::Cancelled:
        return "cancelled";
    case SalesImportResult::Outcome::Failed:
        break;
    }
    return "failed";
}

} // namespace

SalesImport::SalesImport(Database &db, const Clock &clock)
    : m_database(db)
    , m_clock(clock)
{
}

SalesImportResult SalesImport::run(
    const SalesImportRequest &request, const std::atomic_bool *cancel, const Progress &progress)
{
    using Outcome = SalesImportResult::Outcome;
    const QDateTime started = m_clock.now();
    SalesImportResult result;
    auto finish = [&](Outcome outcome, const QString &error = QString()) {
        result.outcome = outcome;
        result.error = error;
        record(request, started, result);
        return result;
    };

    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(Outcome::Failed, tr("Cannot read %1: %2").arg(request.path, file.errorString()));
    const QByteArray head = file.peek(TextEncodings::sniffBytes);
    if (head.isEmpty())
        return finish(Outcome::NothingImported, tr("The file is empty."));
    const EncodingGuess guess = TextEncodings::detect(head);
    if (guess.binary)
        return finish(Outcome::Failed, tr("This is not a CSV text file (it holds binary data)."));
    result.encoding = request.encoding.value_or(guess.encoding);
    {
        const qsizetype end = head.indexOf('\n');
        QStringDecoder decoder = result.encoding == TextEncoding::Utf8 ? QStringDecoder(QStringDecoder::Utf8)
                                                                       : QStringDecoder("GB18030");
        result.delimiter = CsvReader::sniffDelimiter(decoder.decode(end < 0 ? head : head.left(end)));
    }

    CsvReader reader(file, result.encoding, result.delimiter);
    if (!reader.next(result.header))
        return finish(Outcome::NothingImported, tr("The file is empty."));
    QString error;
    const std::optional<ImportMapping::Columns> columns = request.mapping.resolve(result.header, &error);
    if (!columns)
        return finish(Outcome::Failed, error);
    const RowReader rowReader(*columns, m_clock.now().offsetFromUtc());

    // The transaction ends (commit or rollback) before the run is recorded on the same connection.
    auto importRows = [&]() -> std::pair<Outcome, QString> {
        // The unique import keys go into their indexes at random places: a larger cache keeps them in memory.
        const PageCacheScope cache(m_database.connection(), 128);
        Transaction transaction(m_database.connection(), Transaction::Mode::Immediate);
        SalesImportWriter writer(m_database.connection());
        // Keys made in this run are unique by construction; only earlier imports can hold them.
        const bool earlierImports = writer.hasImportedRows();
        // A till line takes 40 to 200 bytes: at the low estimate, is this import as large as what is stored?
        const qint64 expectedLines = file.size() / 200;
        const bool large = expectedLines >= largeImportLines && expectedLines >= writer.storedLines();
        if (large)
            writer.deferIndexes(!earlierImports);
        QHash<QString, std::optional<qint64>> customers; // till number -> archive customer
        QHash<QString, qint64> sales; // invoice -> sale, this run
        QHash<qint64, qint64> totals; // sale -> fen added
        QHash<QString, int> invoiceRuns; // how often an invoice began a run of rows
        QHash<QString, int> occurrences; // style -> count within the current run of one invoice
        QString currentInvoice;
        QString invoiceKey;
        QStringList fields;
        ImportRow row;
        while (reader.next(fields)) {
            ++result.rowsRead;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return std::pair(Outcome::Cancelled, QString());
            if (progress && result.rowsRead % 4096 == 0)
                progress(reader.bytesRead(), file.size());
            auto reject = [&](const QString &why) {
                result.rejected.append({reader.lineNumber(), fields, why});
            };
            if (reader.unterminatedQuote()) {
                reject(tr("A quoted field is not closed before the end of the file."));
                continue;
            }
            if (!rowReader.read(fields, row, error)) {
                reject(error);
                continue;
            }
            // The key counts the style's occurrences within the invoice, so identical lines stay two lines.
            if (row.invoice != currentInvoice) {
                currentInvoice = row.invoice;
                const int run = ++invoiceRuns[row.invoice];
                invoiceKey = run == 1 ? row.invoice : row.invoice + u'#' + QString::number(run);
                occurrences.clear();
            }
            const QString key
                = invoiceKey + u':' + row.style + u':' + QString::number(++occurrences[row.style]);
            const QString &at = row.storedAt;
            if (row.quantity < 0) {
                const QString returnKey = QStringLiteral("R:") + key;
                const int pieces = -row.quantity;
                if (earlierImports && writer.returnKeyExists(returnKey)) {
                    ++result.alreadyImported;
                } else if (row.customerNumber.isEmpty()) {
                    reject(tr("A return without a customer cannot be matched to the sale it undoes."));
                } else if (const auto line
                    = writer.returnableLine(row.customerNumber, row.style, at, pieces)) {
                    writer.insertReturn(*line, at, pieces, row.priceFen * pieces, returnKey);
                    ++result.returnsImported;
                } else {
                    reject(tr("No earlier sale of %1 to this customer has %2 pieces left to return.")
                               .arg(row.style)
                               .arg(pieces));
                }
                continue;
            }
            if (earlierImports && writer.lineKeyExists(key)) {
                ++result.alreadyImported;
                continue;
            }
            auto sale = sales.constFind(row.invoice);
            if (sale == sales.cend()) {
                std::optional<qint64> saleId = writer.saleOfInvoice(row.invoice);
                if (!saleId) {
                    auto known = customers.constFind(row.customerNumber);
                    if (known == customers.cend()) {
                        std::optional<qint64> id;
                        if (row.customerNumber.startsWith(QStringLiteral("phone ")))
                            id = writer.customerByPhone(row.phone);
                        else if (!row.customerNumber.isEmpty())
                            id = writer.customerByExternalId(row.customerNumber);
                        known = customers.insert(row.customerNumber, id);
                    }
                    saleId = writer.insertSale(*known, at, row.invoice, row.customerNumber);
                    ++result.salesCreated;
                }
                sale = sales.insert(row.invoice, *saleId);
            }
            writer.insertLine(
                *sale, row.style, row.category, row.colour, row.size, row.quantity, row.priceFen, key);
            totals[*sale] += row.priceFen * row.quantity;
            ++result.linesImported;
            if (row.customerNumber.isEmpty() || !customers.value(row.customerNumber))
                ++result.linesWithoutCustomer;
        }
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            writer.addToTotal(it.key(), it.value());
        if (progress)
            progress(file.size(), file.size());

        if (result.rowsRead == 0)
            return std::pair(Outcome::NothingImported, tr("The file has a header but no rows."));
        const bool refused
            = request.policy == SalesImportRequest::Policy::Nothing && !result.rejected.isEmpty();
        const bool anything = result.linesImported + result.returnsImported > 0;
        if (refused)
            return std::pair(Outcome::NothingImported,
                tr("%n row(s) were rejected, and the choice was to import nothing then.", nullptr,
                    static_cast<int>(result.rejected.size())));
        if (!anything)
            return std::pair(Outcome::NothingImported, tr("The file holds nothing new to import."));
        if (request.dryRun)
            return std::pair(Outcome::DryRunPassed, QString());
        writer.restoreIndexes();
        transaction.commit();
        return std::pair(Outcome::Imported, QString());
    };
    try {
        const auto [outcome, message] = importRows();
        return finish(outcome, message);
    } catch (const StorageError &e) {
        spdlog::error("sales import failed after {} rows: {}", result.rowsRead, e.detail().toStdString());
        return finish(Outcome::Failed, e.userMessage() + u' ' + tr("Nothing was imported."));
    }
}

void SalesImport::record(
    const SalesImportRequest &request, const QDateTime &started, const SalesImportResult &result)
{
    spdlog::info("sales import {}: {} rows read, {} lines and {} returns, {} rejected, {} already there",
        outcomeCode(result.outcome, request.dryRun), result.rowsRead, result.linesImported,
        result.returnsImported, result.rejected.size(), result.alreadyImported);
    try {
        Transaction transaction(m_database.connection());
        ImportRepository(m_database.connection())
            .insertRun({QFileInfo(request.path).fileName(), started, m_clock.now(), result.rowsRead,
                result.ok() ? result.linesImported + result.returnsImported : 0, result.rejected.size(),
                QString::fromLatin1(outcomeCode(result.outcome, request.dryRun))});
        transaction.commit();
    } catch (const StorageError &e) {
        spdlog::warn("import run not recorded: {}", e.detail().toStdString());
    }
}

bool SalesImport::saveMapping(const QString &name, const ImportMapping &mapping)
{
    try {
        Transaction transaction(m_database.connection());
        ImportRepository(m_database.connection()).saveMapping(name, mapping.toSpec(), m_clock.now());
        transaction.commit();
        return true;
    } catch (const StorageError &e) {
        spdlog::error("import mapping not saved: {}", e.detail().toStdString());
        return false;
    }
}

std::optional<ImportMapping> SalesImport::mapping(const QString &name) const
{
    const std::optional<QString> spec = readOr<std::optional<QString>>(
        "import mapping", [&] { return ImportRepository(m_database.connection()).mappingSpec(name); });
    return spec ? ImportMapping::parse(*spec) : std::nullopt;
}

QStringList SalesImport::mappingNames() const
{
    return readOr<QStringList>(
        "import mappings", [&] { return ImportRepository(m_database.connection()).mappingNames(); });
}

bool SalesImport::writeRejects(const SalesImportResult &result, QIODevice &device)
{
    CsvWriter writer(device);
    writer.writeByteOrderMark();
    writer.writeRow(QStringList(result.header) << QStringLiteral("line") << QStringLiteral("reason"));
    for (const RejectedRow &row : result.rejected)
        writer.writeRow(QStringList(row.fields) << QString::number(row.line) << row.reason);
    return !writer.hasError();
}

QString SalesImport::summary(const SalesImportResult &r)
{
    QString text = tr("%1 rows read (%2, delimiter \"%3\"): %4 sale lines in %5 new sales, %6 returns; "
                      "%7 already imported; %8 rejected; %9 lines without a known customer.")
                       .arg(r.rowsRead)
                       .arg(TextEncodings::name(r.encoding),
                           r.delimiter == u'\t' ? QStringLiteral("\\t") : QString(r.delimiter))
                       .arg(r.linesImported)
                       .arg(r.salesCreated)
                       .arg(r.returnsImported)
                       .arg(r.alreadyImported)
                       .arg(r.rejected.size())
                       .arg(r.linesWithoutCustomer);
    if (!r.error.isEmpty())
        text += u' ' + r.error;
    return text;
}

} // namespace atelier
