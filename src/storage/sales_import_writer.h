#pragma once

#include "storage/return_matcher.h"
#include "storage/text_pool.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace atelier {

class RawStatement;
class SalesImportRows;

// The writes and look-ups of one sales import (a till's year is half a million lines). What the import
// asks about — earlier imports' keys and invoices, the archive's customers, the lines its returns can
// undo — is read once and kept in memory, and new rows get ids from the import itself, so that on a
// server nothing waits for a round trip per row (SalesImportRows). The caller holds the transaction and
// calls finish() before its commit.
class SalesImportWriter
{
public:
    explicit SalesImportWriter(QSqlDatabase db);
    ~SalesImportWriter();
    SalesImportWriter(const SalesImportWriter &) = delete;
    SalesImportWriter &operator=(const SalesImportWriter &) = delete;

    // Whether any sale line or return came from an import before.
    bool hasImportedRows();
    // Sale lines stored so far (the largest id: no table scan), to weigh an import against.
    qint64 storedLines() const { return m_linesBefore; }
    // Drops indexes that the import fills but does not read, to build them once at the end, sorted,
    // instead of inserting half a million entries at random places: with `wholeTables` (an import at
    // least as large as what is stored) sale lines by style and sales by customer and by time; with `keys`
    // (no earlier import can hold a key, so none is looked up) the unique import key. Inside the caller's
    // transaction, so a rollback brings them back; restoreIndexes() must run before the commit.
    void deferIndexes(bool wholeTables, bool keys);
    void restoreIndexes();

    // Whether an earlier import stored the line with this key, of this invoice. A line's key is only
    // ever on the first sale of its invoice: the keys are read a block of earlier sales at a time, as a
    // file imported again asks for them, so neither a round trip per line nor every key ever imported.
    bool lineKeyExists(QStringView invoice, QStringView key);
    // Whether an earlier import stored the return with this key (returns are few: all read at once).
    bool returnKeyExists(QStringView key);
    // The first sale an earlier import made for this invoice.
    std::optional<qint64> saleOfInvoice(QStringView invoice);
    std::optional<qint64> customerByExternalId(QStringView externalId);
    std::optional<qint64> customerByPhone(QStringView digits);
    qint64 insertSale(std::optional<qint64> customerId, QStringView storedSoldAt, QStringView invoice,
        QStringView externalCustomer);
    qint64 insertLine(qint64 saleId, QStringView style, QStringView category, QStringView colour,
        QStringView size, int quantity, qint64 priceFen, QStringView key);
    void addToTotal(qint64 saleId, qint64 fen);
    // The latest line of this style sold to this till customer no later than `storedAt` with at least
    // `pieces` not yet returned; those pieces count as returned from here on (insertReturn follows).
    std::optional<qint64> takeReturnableLine(
        QStringView externalCustomer, QStringView style, QStringView storedAt, int pieces);
    void insertReturn(qint64 lineId, QStringView storedAt, int pieces, qint64 refundFen, QStringView key);
    // Every row and total is in the database (errors throw here at the latest).
    void finish();

private:
    struct EarlierSale
    {
        qint64 id;
        QString externalCustomer; // empty: a walk-in sale
        QString soldAt;
    };

    void loadEarlierLinesOf(QStringView externalCustomer);
    void readKeysNear(qint64 sale);

    QSqlDatabase m_db;
    std::unique_ptr<SalesImportRows> m_rows;
    qint64 m_linesBefore = 0;
    QStringList m_deferred; // CREATE INDEX statements to run again

    TextPool m_lineKeys; // of the earlier sales in the blocks read
    QSet<qint64> m_keyBlocksRead;
    std::unique_ptr<RawStatement> m_keysOfSales;
    QString m_keyInvoice; // the invoice last asked about, and its earlier sale (0: none)
    qint64 m_keySale = 0;
    std::optional<TextPool> m_returnKeys; // read at the first question
    QHash<QString, EarlierSale> m_earlierSales; // invoice -> sale
    std::optional<QHash<QString, qint64>> m_byExternalId, m_byPhone; // read at the first question
    // The sales with a till customer that this run adds lines to, for their lines' returns.
    QHash<qint64, ReturnMatcher::Sale> m_tillSales;

    ReturnMatcher m_matcher;
    // Whether sales of till customers were stored before; then a customer's earlier lines are read at
    // their first return.
    bool m_earlierTillSales = false;
    QSet<QString> m_customersRead;
    std::unique_ptr<RawStatement> m_earlierLines;
};

} // namespace atelier
