#pragma once

#include "core/customer.h"
#include "core/points.h"
#include "core/sale.h"
#include "core/search_keys.h"
#include "storage/benefit_repository.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace atelier {

class RawStatement;
class ServerCopy;

// Writes many new rows fast: customers with their search keys and tags, sales with their lines,
// returns, points. The same rows as CustomerRepository::insert, SaleRepository::insert, insertReturn
// and PointsRepository::append write, through RawStatement instead of Qt SQL (see there why). For the demo
// store and large imports; callers wrap the work in Transactions as usual.
//
// The loader numbers the rows itself, from the largest id already in each table, so that the same
// work gives the same ids on SQLite and PostgreSQL and so that nothing waits for a generated id. On a
// server the rows are gathered in memory and sent by COPY, table after table in the order their keys
// need (customers, their keys and tags, sales, lines, returns, points), a few megabytes at a time:
// before anything else speaks on the connection (a read or statement through Qt SQL or RawStatement,
// the commit), at flush() and at finish(). finish() then sets the server's id sequences past the rows
// written. It assumes no one else writes these tables meanwhile (a demo store, an import run alone).
//
// When a refused row is known: SQLite refuses a row (a constraint, the ledger's balance rule) in the
// insert that writes it. A server only answers when the rows are sent, so an insert may also throw for
// an earlier row, and flush() is where a caller that must know that everything so far was accepted
// asks. Either way the error is a StorageError of the same Kind on both backends (Constraint for a
// duplicate or the ledger's rule). After it the load is spoiled: roll the transaction back (a server
// has aborted it already).
class BulkLoader
{
public:
    explicit BulkLoader(QSqlDatabase db);
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    // A new customer and their counter search keys.
    CustomerId insertCustomer(const Customer &customer);
    // The same with the keys already computed (keysForCustomer), e.g. on another thread: the pinyin
    // transliteration is a quarter of the work of a bulk load.
    CustomerId insertCustomer(const Customer &customer, const CustomerKeys &keys);
    void addTags(CustomerId id, const QList<TagId> &tagIds, const QDateTime &addedAt);
    // Fills in the ids of the sale and its lines.
    SaleId insertSale(Sale &sale);
    qint64 insertReturn(const ReturnRecord &record);
    // A points ledger row (movement.id is ignored); the ledger's trigger still refuses a negative
    // balance.
    qint64 insertPoints(const PointsMovement &movement);
    // A benefit used (BenefitRepository::addUse's row); a use in a period that already has one is
    // skipped (ON CONFLICT DO NOTHING).
    void insertBenefitUse(const BenefitUse &use);
    // The customer's personal stylist (customers.stylist_id).
    void setStylist(CustomerId customer, StaffId stylist);
    // Sends the rows still queued for the server and throws the first one's refusal; nothing to do on
    // SQLite, which refused it at its insert.
    void flush();
    // Before the transaction's commit: flush(), then the server's id sequences follow the ids written.
    void finish();

private:
    const QString &storedTime(const QDateTime &time);
    // On a server: the rows gathered for COPY go out (in the order of their keys), then the benefit
    // uses and stylists held back until their customers are there.
    void sendHeld();
    void sendWhenLarge();
    void writeBenefitUse(const BenefitUse &use);
    void writeStylist(CustomerId customer, StaffId stylist);

    QSqlDatabase m_db;
    qint64 m_lastCustomer = 0;
    qint64 m_lastSale = 0;
    qint64 m_lastLine = 0;
    qint64 m_lastReturn = 0;
    qint64 m_lastPoints = 0;

    std::unique_ptr<RawStatement> m_customer;
    std::unique_ptr<RawStatement> m_searchKey;
    std::unique_ptr<RawStatement> m_tag;
    std::unique_ptr<RawStatement> m_sale;
    std::unique_ptr<RawStatement> m_line;
    std::unique_ptr<RawStatement> m_return;
    std::unique_ptr<RawStatement> m_points;
    std::unique_ptr<RawStatement> m_benefitUse;
    std::unique_ptr<RawStatement> m_stylist;
    QDateTime m_lastTime;
    QString m_lastTimeText;

    struct ServerRows; // a server's COPY batches
    std::unique_ptr<ServerRows> m_server;
};

} // namespace atelier
