#include "storage/sale_repository.h"

#include "core/stored_time.h"
#include "storage/dialect.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString lineColumns = QStringLiteral(
    "l.id, l.style_no, l.category, l.colour, l.size, l.quantity, l.list_price_fen, l.paid_price_fen, "
    "l.coupon_share_fen");
// The first column after lineColumns.
constexpr int afterLine = 9;

SaleLine readLine(const QSqlQuery &q, int first)
{
    SaleLine line;
    line.id = q.value(first).toLongLong();
    line.styleNumber = q.value(first + 1).toString();
    line.category = q.value(first + 2).toString();
    line.colour = q.value(first + 3).toString();
    line.size = q.value(first + 4).toString();
    line.quantity = q.value(first + 5).toInt();
    line.listPrice = Money::fromFen(q.value(first + 6).toLongLong());
    line.paidPrice = Money::fromFen(q.value(first + 7).toLongLong());
    line.couponShare = Money::fromFen(q.value(first + 8).toLongLong());
    return line;
}

// Null for no key; QString() binds as NULL, a text column on both backends.
QVariant clientKeyText(const QUuid &key)
{
    return key.isNull() ? QVariant(QMetaType::fromType<QString>())
                        : QVariant(key.toString(QUuid::WithoutBraces));
}

} // namespace

SaleRepository::SaleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SaleId SaleRepository::insert(Sale &sale)
{
    if (m_insertSale.lastQuery().isEmpty()) {
        m_insertSale = sql::prepare(m_db,
            QStringLiteral("INSERT INTO sales (customer_id, sold_at, clerk_id, total_fen, note, client_key) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        m_insertLine = sql::prepare(m_db,
            QStringLiteral(
                "INSERT INTO sale_lines (sale_id, style_no, category, colour, size, quantity, "
                "list_price_fen, paid_price_fen, coupon_share_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id"));
    }
    sql::bind(m_insertSale, 0, sql::optionalId(sale.customerId));
    sql::bind(m_insertSale, 1, toStoredText(sale.soldAt));
    sql::bind(m_insertSale, 2, sql::optionalId(sale.clerkId));
    sql::bind(m_insertSale, 3, qlonglong(sale.total().fen()));
    sql::bind(m_insertSale, 4, sale.note);
    sql::bind(m_insertSale, 5, clientKeyText(sale.clientKey));
    sql::exec(m_insertSale);
    sale.id = sql::insertedId(m_insertSale);
    for (SaleLine &line : sale.lines) {
        sql::bind(m_insertLine, 0, qlonglong(sale.id));
        sql::bind(m_insertLine, 1, line.styleNumber);
        sql::bind(m_insertLine, 2, line.category);
        sql::bind(m_insertLine, 3, line.colour);
        sql::bind(m_insertLine, 4, line.size);
        sql::bind(m_insertLine, 5, line.quantity);
        sql::bind(m_insertLine, 6, qlonglong(line.listPrice.fen()));
        sql::bind(m_insertLine, 7, qlonglong(line.paidPrice.fen()));
        sql::bind(m_insertLine, 8, qlonglong(line.couponShare.fen()));
        sql::exec(m_insertLine);
        line.id = sql::insertedId(m_insertLine);
    }
    return sale.id;
}

std::optional<Sale> SaleRepository::find(SaleId id)
{
    QSqlQuery head = sql::run(m_db,
        QStringLiteral("SELECT customer_id, sold_at, clerk_id, note FROM sales WHERE id = ?"),
        {qlonglong(id)});
    if (!head.next())
        return std::nullopt;
    Sale sale;
    sale.id = id;
    if (!head.value(0).isNull())
        sale.customerId = head.value(0).toLongLong();
    sale.soldAt = timeFromStoredText(head.value(1).toString());
    if (!head.value(2).isNull())
        sale.clerkId = head.value(2).toLongLong();
    sale.note = head.value(3).toString();
    QSqlQuery lines = sql::run(m_db,
        QStringLiteral("SELECT %1 FROM sale_lines l WHERE l.sale_id = ? ORDER BY l.id").arg(lineColumns),
        {qlonglong(id)});
    while (lines.next())
        sale.lines.append(readLine(lines, 0));
    return sale;
}

std::optional<StoredSale> SaleRepository::findByClientKey(const QUuid &key)
{
    if (key.isNull())
        return std::nullopt;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT s.id, s.total_fen, (SELECT CAST(coalesce(sum(p.points), 0) AS BIGINT) "
                       "FROM points_ledger p WHERE p.sale_id = s.id AND p.kind = 'earn') "
                       "FROM sales s WHERE s.client_key = ?"),
        {clientKeyText(key)});
    if (!query.next())
        return std::nullopt;
    StoredSale stored;
    stored.id = query.value(0).toLongLong();
    stored.total = Money::fromFen(query.value(1).toLongLong());
    stored.pointsEarned = query.value(2).toLongLong();
    return stored;
}

std::optional<ReturnableLine> SaleRepository::returnableLine(SaleLineId lineId)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT %1, s.id, s.sold_at, "
                       "(SELECT coalesce(sum(r.quantity), 0) FROM returns r WHERE r.sale_line_id = l.id) "
                       "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.id = ?")
            .arg(lineColumns),
        {qlonglong(lineId)});
    if (!query.next())
        return std::nullopt;
    ReturnableLine result;
    result.line = readLine(query, 0);
    result.saleId = query.value(afterLine).toLongLong();
    result.soldAt = timeFromStoredText(query.value(afterLine + 1).toString());
    result.alreadyReturned = query.value(afterLine + 2).toInt();
    return result;
}

void SaleRepository::holdLineForReturn(SaleLineId lineId)
{
    dialect::lockRowForWriting(m_db, QStringLiteral("sale_lines"), lineId);
}

QList<ReturnableLine> SaleRepository::returnableLines(SaleId saleId)
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT id FROM sale_lines WHERE sale_id = ? ORDER BY id"), {qlonglong(saleId)});
    QList<SaleLineId> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QList<ReturnableLine> lines;
    for (SaleLineId id : ids) {
        if (auto line = returnableLine(id))
            lines << *line;
    }
    return lines;
}

qint64 SaleRepository::insertReturn(const ReturnRecord &r)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO returns (sale_line_id, kind, returned_at, quantity, refund_fen, reason, "
                       "replacement_line_id, clerk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {qlonglong(r.saleLineId),
            r.kind == ReturnRecord::Kind::Exchange ? QStringLiteral("exchange") : QStringLiteral("return"),
            toStoredText(r.returnedAt), r.quantity, qlonglong(r.refund.fen()), r.reason,
            sql::optionalId(r.replacementLineId), sql::optionalId(r.clerkId)});
    return sql::insertedId(query);
}

QList<ReturnRecord> SaleRepository::returnsOf(SaleLineId lineId)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT id, kind, returned_at, quantity, refund_fen, reason, replacement_line_id, clerk_id "
            "FROM returns WHERE sale_line_id = ? ORDER BY id"),
        {qlonglong(lineId)});
    QList<ReturnRecord> records;
    while (query.next()) {
        ReturnRecord r;
        r.id = query.value(0).toLongLong();
        r.saleLineId = lineId;
        r.kind = query.value(1).toString() == QStringLiteral("exchange") ? ReturnRecord::Kind::Exchange
                                                                         : ReturnRecord::Kind::Return;
        r.returnedAt = timeFromStoredText(query.value(2).toString());
        r.quantity = query.value(3).toInt();
        r.refund = Money::fromFen(query.value(4).toLongLong());
        r.reason = query.value(5).toString();
        if (!query.value(6).isNull())
            r.replacementLineId = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            r.clerkId = query.value(7).toLongLong();
        records << r;
    }
    return records;
}

Money SaleRepository::refundedFor(SaleId saleId)
{
    const QVariant fen = sql::scalar(m_db,
        QStringLiteral("SELECT coalesce(sum(r.refund_fen), 0) FROM returns r "
                       "JOIN sale_lines l ON l.id = r.sale_line_id WHERE l.sale_id = ?"),
        {qlonglong(saleId)});
    return Money::fromFen(fen.toLongLong());
}

PurchaseSummary SaleRepository::summaryFor(CustomerId customer)
{
    PurchaseSummary summary;
    QSqlQuery sales = sql::run(m_db,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(total_fen), 0), max(sold_at) FROM sales WHERE customer_id = ?"),
        {qlonglong(customer)});
    if (sales.next()) {
        summary.visits = sales.value(0).toInt();
        summary.lifetimeSpend = Money::fromFen(sales.value(1).toLongLong());
        if (!sales.value(2).isNull())
            summary.lastPurchase = timeFromStoredText(sales.value(2).toString());
    }
    const QVariant refunds = sql::scalar(m_db,
        QStringLiteral(
            "SELECT coalesce(sum(r.refund_fen), 0) FROM returns r JOIN sale_lines l ON l.id = r.sale_line_id "
            "JOIN sales s ON s.id = l.sale_id WHERE s.customer_id = ?"),
        {qlonglong(customer)});
    summary.lifetimeSpend = summary.lifetimeSpend - Money::fromFen(refunds.toLongLong());
    return summary;
}

QList<Sale> SaleRepository::recentSales(CustomerId customer, int limit)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id FROM sales WHERE customer_id = ? ORDER BY sold_at DESC, id DESC LIMIT ?"),
        {qlonglong(customer), limit});
    QList<SaleId> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QList<Sale> sales;
    for (SaleId id : ids) {
        if (auto sale = find(id))
            sales << *sale;
    }
    return sales;
}

QHash<SaleLineId, LineReturns> SaleRepository::returnsByLine(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT r.sale_line_id, "
                       "sum(CASE WHEN r.kind = 'exchange' THEN 0 ELSE r.quantity END), "
                       "sum(CASE WHEN r.kind = 'exchange' THEN r.quantity ELSE 0 END) "
                       "FROM returns r JOIN sale_lines l ON l.id = r.sale_line_id "
                       "JOIN sales s ON s.id = l.sale_id WHERE s.customer_id = ? GROUP BY r.sale_line_id"),
        {qlonglong(customer)});
    QHash<SaleLineId, LineReturns> result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toInt()});
    return result;
}

} // namespace atelier
