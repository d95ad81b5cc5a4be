#include "storage/lost_sale_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString saleColumns = QStringLiteral(
    "id, recorded_at, recorded_by, customer_id, style_no, category, colour, size, reason, note, arrived_at, "
    "arrived_by");

LostSale readSale(const QSqlQuery &q)
{
    LostSale s;
    s.id = q.value(0).toLongLong();
    s.recordedAt = timeFromStoredText(q.value(1).toString());
    s.recordedBy = sql::idAt(q, 2);
    s.customer = sql::idAt(q, 3);
    s.styleNumber = q.value(4).toString();
    s.category = q.value(5).toString();
    s.colour = q.value(6).toString();
    s.size = q.value(7).toString();
    s.reason = lostSaleReasonFromCode(q.value(8).toString()).value_or(LostSaleReason::Other);
    s.note = q.value(9).toString();
    if (!q.isNull(10))
        s.arrivedAt = timeFromStoredText(q.value(10).toString());
    s.arrivedBy = sql::idAt(q, 11);
    return s;
}

} // namespace

LostSaleRepository::LostSaleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

LostSaleId LostSaleRepository::insert(const LostSale &s)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO lost_sales (recorded_at, recorded_by, customer_id, style_no, category, colour, "
            "size, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {toStoredText(s.recordedAt), sql::optionalId(s.recordedBy), sql::optionalId(s.customer),
            s.styleNumber, s.category, s.colour, s.size, lostSaleReasonCode(s.reason), s.note});
    if (!query.next())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("lost sale insert returned no id"));
    return query.value(0).toLongLong();
}

std::optional<LostSale> LostSaleRepository::find(LostSaleId id)
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM lost_sales WHERE id = ?").arg(saleColumns), {qlonglong(id)});
    if (!query.next())
        return std::nullopt;
    return readSale(query);
}

QList<LostSaleCount> LostSaleRepository::counts(
    const QString &startKey, const QString &endKey, std::optional<LostSaleReason> reason)
{
    const QVariant reasonCode
        = reason ? QVariant(lostSaleReasonCode(*reason)) : QVariant(QMetaType::fromType<QString>());
    // Grouped on the recorded_at index's range; the groups are few (styles × sizes × reasons).
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT CASE WHEN style_no <> '' THEN style_no ELSE category END, "
            "CASE WHEN style_no <> '' THEN 0 ELSE 1 END, size, reason, COUNT(*), "
            "SUM(CASE WHEN arrived_at IS NULL AND (reason = 'size_out_of_stock' OR reason = 'colour') "
            "THEN 1 ELSE 0 END) "
            "FROM lost_sales WHERE recorded_at >= ? AND recorded_at < ? "
            "AND (CAST(? AS TEXT) IS NULL OR reason = CAST(? AS TEXT)) "
            "GROUP BY CASE WHEN style_no <> '' THEN style_no ELSE category END, "
            "CASE WHEN style_no <> '' THEN 0 ELSE 1 END, size, reason"),
        {startKey, endKey, reasonCode, reasonCode});
    QList<LostSaleCount> rows;
    while (query.next()) {
        LostSaleCount row;
        row.wanted = query.value(0).toString();
        row.isCategory = query.value(1).toInt() != 0;
        row.size = query.value(2).toString();
        row.reason = lostSaleReasonFromCode(query.value(3).toString()).value_or(LostSaleReason::Other);
        row.count = query.value(4).toInt();
        row.open = query.value(5).toInt();
        rows << row;
    }
    return rows;
}

QList<OpenWish> LostSaleRepository::openWishes(const Arrival &arrival)
{
    // Two fixed statements (a style, or a category with no style), the values bound: the style one
    // walks the (style_no, size) index. Only what was missing waits for an arrival: her size or her
    // colour. A customer who left because of the price or the fit saw it in stock, and is not told.
    const bool byStyle = !arrival.styleNumber.isEmpty();
    const QString wanted
        = byStyle ? QStringLiteral("l.style_no = ?") : QStringLiteral("l.style_no = '' AND l.category = ?");
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT l.id, l.customer_id, l.recorded_at, s.id, c.preferred_channel, l.size FROM lost_sales l "
            "LEFT JOIN staff s ON s.id = l.recorded_by AND s.active = 1 "
            "LEFT JOIN customers c ON c.id = l.customer_id "
            "WHERE ")
            + wanted
            + QStringLiteral(" AND l.arrived_at IS NULL "
                             "AND (l.reason = 'size_out_of_stock' OR l.reason = 'colour') "
                             "AND (CAST(? AS TEXT) = '' OR l.size = CAST(? AS TEXT) OR l.size = '') "
                             "ORDER BY l.recorded_at, l.id"),
        {byStyle ? arrival.styleNumber : arrival.category, arrival.size, arrival.size});
    QList<OpenWish> wishes;
    while (query.next()) {
        OpenWish wish;
        wish.id = query.value(0).toLongLong();
        wish.customer = sql::idAt(query, 1);
        wish.recordedAt = timeFromStoredText(query.value(2).toString());
        wish.recordedBy = sql::idAt(query, 3);
        wish.preferredChannel = query.value(4).toString();
        wish.size = query.value(5).toString();
        wishes << wish;
    }
    return wishes;
}

int LostSaleRepository::markArrived(
    const QList<LostSaleId> &ids, const QDateTime &at, std::optional<StaffId> by)
{
    QSqlQuery query = sql::prepare(m_db,
        QStringLiteral(
            "UPDATE lost_sales SET arrived_at = ?, arrived_by = ? WHERE id = ? AND arrived_at IS NULL"));
    int changed = 0;
    for (LostSaleId id : ids) {
        sql::bind(query, 0, toStoredText(at));
        sql::bind(query, 1, sql::optionalId(by));
        sql::bind(query, 2, qlonglong(id));
        sql::exec(query);
        changed += query.numRowsAffected();
    }
    return changed;
}

} // namespace atelier
