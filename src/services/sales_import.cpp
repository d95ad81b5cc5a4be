#include "services/sales_import.h"

#include "services/access.h"
#include "services/change_notifier.h"
#include "services/import_file.h"
#include "services/sales_import_row.h"
#include "storage/database.h"
#include "storage/page_cache_scope.h"
#include "storage/sales_import_writer.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>

#include <vector>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// From here on, rebuilding the sale lines' indexes after the import beats inserting into them row by row.
constexpr qint64 largeImportLines = 50000;

// Appends a count without a temporary string: the key of every line ends in one.
void appendNumber(QString &text, int n)
{
    char16_t digits[12];
    int i = 12;
    do {
        digits[--i] = static_cast<char16_t>(u'0' + n % 10);
        n /= 10;
    } while (n > 0);
    text.append(reinterpret_cast<const QChar *>(digits + i), 12 - i);
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
    if (const QString refused = Access::refusal(m_database, Permission::ImportFromTill); !refused.isEmpty()) {
        result.error = refused;
        return result;
    }
    auto finish = [&](Outcome outcome, const QString &error = QString()) {
        result.outcome = outcome;
        result.error = error;
        record(request, started, result);
        return result;
    };

    ImportFile file(m_database.path(), request.path, request.encoding, request.delimiter, result,
        request.listRejectsUpTo);
    if (file.problem() == ImportFile::Problem::Empty)
        return finish(Outcome::NothingImported, file.error());
    if (file.problem() == ImportFile::Problem::Failed)
        return finish(Outcome::Failed, file.error());
    const ResolvedColumns resolved = request.mapping.resolve(result.header);
    if (!resolved.ok())
        return finish(Outcome::Failed, resolved.error);
    ImportRowReader rowReader(*resolved.columns, m_clock.now().offsetFromUtc());
    QString error; // why the row being read is rejected

    // The transaction ends (commit or rollback) before the run is recorded on the same connection.
    auto importRows = [&]() -> std::pair<Outcome, QString> {
        // The unique import keys go into their indexes at random places: a larger cache keeps them in memory.
        const PageCacheScope cache(m_database.connection(), 128);
        Transaction transaction(m_database.connection(), Transaction::Mode::Immediate);
        QElapsedTimer timer;
        timer.start();
        SalesImportWriter writer(m_database.connection());
        // Keys made in this run are unique by construction; only earlier imports can hold them.
        const bool earlierImports = writer.hasImportedRows();
        // A till's line takes 40 to 200 bytes. Counted at 200 (the fewest lines the file can hold), is this
        // import at least as large as what is stored? Then the indexes are built again faster than filled.
        // The import keys' index holds imported lines only: before a store's first import it is empty, and
        // building it again costs this import's lines alone, however large the store.
        const qint64 expectedLines = file.size() / 200;
        const bool largeFile = expectedLines >= largeImportLines;
        writer.deferIndexes(largeFile && expectedLines >= writer.storedLines(), largeFile && !earlierImports);
        QHash<QString, std::optional<qint64>> customers; // till number -> archive customer
        QHash<QString, qint64> sales; // invoice -> sale, this run
        QHash<QString, int> invoiceRuns; // how often an invoice began a run of rows
        // Style -> count within the current run of one invoice. The keys view the pool's strings, which
        // are refilled run after run: no allocation per line.
        QHash<QStringView, int> occurrences;
        std::vector<QString> stylePool;
        std::size_t stylesUsed = 0;
        // The lines of an invoice come together: its sale and total are kept for the run of its rows.
        QString currentInvoice;
        QString invoiceKey;
        qint64 currentSale = 0; // none yet: ids begin at 1
        qint64 runTotal = 0;
        auto endRun = [&] {
            if (currentSale != 0 && runTotal != 0)
                writer.addToTotal(currentSale, runTotal);
            currentSale = 0;
            runTotal = 0;
        };
        QString key; // reused buffers
        QString returnKey;
        QStringList fields;
        ImportRow row;
        while (file.nextRow(fields, cancel, progress)) {
            auto reject = [&](const QString &why) {
                file.reject(fields, why);
            };
            if (!rowReader.read(fields, row, error)) {
                reject(error);
                continue;
            }
            // The key counts the style's occurrences within the invoice, so identical lines stay two lines.
            if (row.invoice != currentInvoice) {
                endRun();
                currentInvoice = row.invoice.toString();
                const int run = ++invoiceRuns[currentInvoice];
                invoiceKey = currentInvoice;
                if (run > 1) {
                    invoiceKey += u'#';
                    appendNumber(invoiceKey, run);
                }
                occurrences.clear();
                stylesUsed = 0;
            }
            auto seen = occurrences.find(row.style);
            if (seen == occurrences.end()) {
                if (stylesUsed == stylePool.size())
                    stylePool.emplace_back();
                QString &style = stylePool[stylesUsed++];
                style.resize(0);
                style.append(row.style);
                seen = occurrences.insert(QStringView(style), 0);
            }
            key.resize(0);
            key.append(invoiceKey).append(u':').append(row.style).append(u':');
            appendNumber(key, ++*seen);
            const QString &at = row.storedAt;
            if (row.quantity < 0) {
                returnKey.resize(0);
                returnKey.append(u"R:").append(key);
                const int pieces = -row.quantity;
                if (earlierImports && writer.returnKeyExists(returnKey)) {
                    ++result.alreadyImported;
                } else if (row.customerNumber.isEmpty()) {
                    reject(tr("A return without a customer cannot be matched to the sale it undoes."));
                } else if (const auto line
                    = writer.takeReturnableLine(row.customerNumber, row.style, at, pieces)) {
                    writer.insertReturn(*line, at, pieces, row.priceFen * pieces, returnKey);
                    ++result.returnsImported;
                } else {
                    reject(tr("No earlier sale of %1 to this customer has %2 pieces left to return.")
                               .arg(row.style)
                               .arg(pieces));
                }
                continue;
            }
            if (earlierImports && writer.lineKeyExists(currentInvoice, key)) {
                ++result.alreadyImported;
                continue;
            }
            if (currentSale == 0) {
                auto sale = sales.constFind(currentInvoice);
                if (sale == sales.cend()) {
                    std::optional<qint64> saleId = writer.saleOfInvoice(currentInvoice);
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
                        saleId = writer.insertSale(*known, at, currentInvoice, row.customerNumber);
                        ++result.salesCreated;
                    }
                    sale = sales.insert(currentInvoice, *saleId);
                }
                currentSale = *sale;
            }
            writer.insertLine(
                currentSale, row.style, row.category, row.colour, row.size, row.quantity, row.priceFen, key);
            runTotal += row.priceFen * row.quantity;
            ++result.linesImported;
            if (row.customerNumber.isEmpty() || !customers.value(row.customerNumber))
                ++result.linesWithoutCustomer;
        }
        if (file.cancelled())
            return std::pair(Outcome::Cancelled, QString());
        endRun();
        writer.finish(); // a dry run too: the database checks every row
        if (progress)
            progress(file.size(), file.size());

        if (result.rowsRead == 0)
            return std::pair(Outcome::NothingImported, tr("The file has a header but no rows."));
        const bool refused
            = request.policy == SalesImportRequest::Policy::Nothing && result.rejectedCount > 0;
        const bool anything = result.linesImported + result.returnsImported > 0;
        if (refused)
            return std::pair(Outcome::NothingImported,
                tr("%n row(s) were rejected, and the choice was to import nothing then.", nullptr,
                    static_cast<int>(result.rejectedCount)));
        if (!anything)
            return std::pair(Outcome::NothingImported, tr("The file holds nothing new to import."));
        if (request.dryRun)
            return std::pair(Outcome::DryRunPassed, QString());
        const qint64 rowsMs = timer.restart();
        writer.restoreIndexes();
        const qint64 indexMs = timer.restart();
        transaction.commit();
        ChangeNotifier::post(Change::What::Sales, {}, {}, true);
        spdlog::info("sales import timings: rows {} ms, deferred indexes {} ms, commit {} ms", rowsMs,
            indexMs, timer.elapsed());
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
        importOutcomeCode(result.outcome, request.dryRun), result.rowsRead, result.linesImported,
        result.returnsImported, result.rejectedCount, result.alreadyImported);
    recordImportRun(m_database, request.path, started, m_clock.now(), result,
        result.linesImported + result.returnsImported, request.dryRun);
}

} // namespace atelier
