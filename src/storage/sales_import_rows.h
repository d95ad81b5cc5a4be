#pragma once

#include <QSqlDatabase>
#include <QStringView>

#include <memory>
#include <optional>

namespace atelier {

// Where the sales import's new rows go. The importer numbers them itself, so that nothing waits for an
// id the database makes: on SQLite one prepared statement a row (no round trip to pay; the writing
// transaction holds the file, so the ids after the largest are free); on a server rows gathered for COPY
// and sent in large batches, their ids taken from the tables' own sequences in blocks, so that a counter
// selling meanwhile gets ids of its own.
class SalesImportRows
{
public:
    static std::unique_ptr<SalesImportRows> open(const QSqlDatabase &db);
    virtual ~SalesImportRows() = default;

    virtual qint64 newSaleId() = 0;
    virtual qint64 newLineId() = 0;
    virtual qint64 newReturnId() = 0;

    virtual void addSale(qint64 id, std::optional<qint64> customerId, QStringView soldAt, QStringView invoice,
        QStringView externalCustomer)
        = 0;
    virtual void addLine(qint64 id, qint64 saleId, QStringView style, QStringView category,
        QStringView colour, QStringView size, int quantity, qint64 priceFen, QStringView key)
        = 0;
    virtual void addReturn(
        qint64 id, qint64 lineId, QStringView returnedAt, int pieces, qint64 refundFen, QStringView key)
        = 0;
    virtual void addToTotal(qint64 saleId, qint64 fen) = 0;
    // Everything given so far is in the database (in the caller's transaction); errors throw here at
    // the latest.
    virtual void send() = 0;
};

} // namespace atelier
