#include "storage/loyalty_report_repository.h"

#include "core/phone_number.h"
#include "core/stored_time.h"
#include "storage/keyset_order.h"
#include "storage/sql.h"

#include <map>

namespace atelier {

namespace {

// Every customer once; the left joins give Tier::None and StoreSegment::None to those the nightly
// run has no row for. A condition on t or s below turns a join into an inner one, so SQLite can start
// from the smaller table and its index.
const QString customersFrom
    = QStringLiteral(" FROM customers c LEFT JOIN customer_tiers t ON t.customer_id = c.id"
                     " LEFT JOIN customer_scores s ON s.customer_id = c.id");
const QString spendOf = QStringLiteral("COALESCE(s.spend_fen, 0)");

// The WHERE clause for a filter; only fixed text, the values are bound.
QString whereFor(const LoyaltyFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (filter.tier) {
        if (*filter.tier == Tier::None) {
            conditions << QStringLiteral("t.tier IS NULL");
        } else {
            conditions << QStringLiteral("t.tier = ?");
            values << toCode(*filter.tier);
        }
    }
    if (filter.segment) {
        if (*filter.segment == StoreSegment::None) {
            conditions << QStringLiteral("COALESCE(s.segment, '') = ''");
        } else {
            conditions << QStringLiteral("s.segment = ?");
            values << toCode(*filter.segment);
        }
    }
    if (filter.named) {
        if (*filter.named == NamedSegment::None) {
            conditions << QStringLiteral("COALESCE(s.named_segment, '') = ''");
        } else {
            conditions << QStringLiteral("s.named_segment = ?");
            values << toCode(*filter.named);
        }
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

const QString customerColumns
    = QStringLiteral("SELECT c.id, c.name, c.phone, COALESCE(t.tier, ''), COALESCE(s.segment, ''), "
                     "COALESCE(s.named_segment, ''), COALESCE(s.spend_fen, 0), s.last_purchase");
constexpr int customerSpendColumn = 6;
// Highest spend first, then by id; spendOf is never NULL.
const KeysetOrder customerOrder(spendOf, Qt::DescendingOrder, QStringLiteral("c.id"), Qt::AscendingOrder);
constexpr int movementSpendColumn = 6;
const KeysetOrder movementOrder(
    QStringLiteral("h.spend_fen"), Qt::DescendingOrder, QStringLiteral("h.id"), Qt::AscendingOrder);

LoyaltyCustomerRow customerFrom(const QSqlQuery &query)
{
    LoyaltyCustomerRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.phone = query.value(2).toString(); // the stored digits: LoyaltyReport shows them
    row.tier = tierFromCode(query.value(3).toString());
    row.segment = segmentFromCode(query.value(4).toString());
    row.named = namedSegmentFromCode(query.value(5).toString());
    row.spend = Money::fromFen(query.value(6).toLongLong());
    row.lastPurchase = dateFromStoredText(query.value(7).toString());
    return row;
}

QString movementWhere(qint64 runId, MovementDirection direction, QVariantList &values)
{
    QString where = QStringLiteral(" WHERE h.run_id = ?");
    values << runId;
    if (direction != MovementDirection::Any) {
        // A tier goes up only because spend reached a threshold, and down only because it fell.
        where += QStringLiteral(" AND h.reason = ?");
        values << (direction == MovementDirection::Up ? QStringLiteral("spend_reached")
                                                      : QStringLiteral("spend_fell"));
    }
    return where;
}

} // namespace

LoyaltyReportRepository::LoyaltyReportRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

LoyaltyDistribution LoyaltyReportRepository::distribution()
{
    LoyaltyDistribution result;
    QSqlQuery cells = sql::run(m_db,
        QStringLiteral("SELECT COALESCE(t.tier, ''), COALESCE(s.segment, ''), COUNT(*), "
                       "COALESCE(SUM(s.spend_fen), 0)")
            + customersFrom + QStringLiteral(" GROUP BY 1, 2"));
    while (cells.next()) {
        DistributionCell cell;
        cell.tier = tierFromCode(cells.value(0).toString());
        cell.segment = segmentFromCode(cells.value(1).toString());
        cell.customers = cells.value(2).toInt();
        cell.spend = Money::fromFen(cells.value(3).toLongLong());
        result.cells << cell;
    }

    // Customers without a score have no named segment: they are what the scores do not count.
    std::map<NamedSegment, int> named;
    // Grouped in the order of the (segment, named_segment) index: no sort.
    QSqlQuery counts = sql::run(m_db,
        QStringLiteral(
            "SELECT named_segment, COUNT(*) FROM customer_scores GROUP BY segment, named_segment"));
    int scored = 0;
    while (counts.next()) {
        const NamedSegment segment = namedSegmentFromCode(counts.value(0).toString());
        const int customers = counts.value(1).toInt();
        if (segment != NamedSegment::None) {
            named[segment] += customers;
            scored += customers;
        }
    }
    for (int i = int(NamedSegment::Champions); i <= int(NamedSegment::Lost); ++i) {
        const auto segment = static_cast<NamedSegment>(i);
        result.named << NamedSegmentCount{segment, named[segment]};
    }
    result.named << NamedSegmentCount{NamedSegment::None, result.totalCustomers() - scored};
    return result;
}

QString LoyaltyReportRepository::filterSql(const LoyaltyFilter &filter, QVariantList &values)
{
    return whereFor(filter, values);
}

int LoyaltyReportRepository::count(const LoyaltyFilter &filter)
{
    QVariantList values;
    const QString where = whereFor(filter, values);
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT COUNT(*)") + customersFrom + where, values);
    return query.next() ? query.value(0).toInt() : 0;
}

KeysetPage<LoyaltyCustomerRow> LoyaltyReportRepository::page(
    const LoyaltyFilter &filter, const std::optional<PageCursor> &after, int limit)
{
    QVariantList values;
    QString where = whereFor(filter, values);
    if (after)
        where = KeysetOrder::andWhere(where, customerOrder.after(*after, values));
    values << limit;
    QSqlQuery query = sql::run(m_db,
        customerColumns + customersFrom + where + customerOrder.orderBy() + QStringLiteral(" LIMIT ?"),
        values);
    KeysetPage<LoyaltyCustomerRow> page;
    while (query.next()) {
        page.rows << customerFrom(query);
        page.next = customerOrder.cursorAt(query, customerSpendColumn, 0);
    }
    return page;
}

void LoyaltyReportRepository::forEach(
    const LoyaltyFilter &filter, const std::function<bool(const LoyaltyCustomerRow &)> &visit)
{
    QVariantList values;
    const QString where = whereFor(filter, values);
    QSqlQuery query
        = sql::run(m_db, customerColumns + customersFrom + where + customerOrder.orderBy(), values);
    while (query.next()) {
        if (!visit(customerFrom(query)))
            break;
    }
}

int LoyaltyReportRepository::movementCount(qint64 runId, MovementDirection direction)
{
    QVariantList values;
    const QString where = movementWhere(runId, direction, values);
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM tier_history h") + where, values);
    return query.next() ? query.value(0).toInt() : 0;
}

KeysetPage<TierMovementRow> LoyaltyReportRepository::movementPage(
    qint64 runId, MovementDirection direction, const std::optional<PageCursor> &after, int limit)
{
    QVariantList values;
    QString where = movementWhere(runId, direction, values);
    if (after)
        where = KeysetOrder::andWhere(where, movementOrder.after(*after, values));
    values << limit;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT h.id, h.customer_id, h.changed_on, h.old_tier, h.new_tier, h.reason, h.spend_fen, "
            "h.threshold_fen, h.run_id, c.name, c.phone FROM tier_history h "
            "JOIN customers c ON c.id = h.customer_id")
            + where + movementOrder.orderBy() + QStringLiteral(" LIMIT ?"),
        values);
    KeysetPage<TierMovementRow> page;
    while (query.next()) {
        TierMovementRow row;
        TierChange &change = row.change;
        change.id = query.value(0).toLongLong();
        change.customer = query.value(1).toLongLong();
        change.changedOn = dateFromStoredText(query.value(2).toString());
        change.oldTier = tierFromCode(query.value(3).toString());
        change.newTier = tierFromCode(query.value(4).toString());
        change.reason = query.value(5).toString() == QStringLiteral("spend_fell")
            ? TierDecision::Reason::SpendFell
            : TierDecision::Reason::SpendReached;
        change.spend = Money::fromFen(query.value(6).toLongLong());
        change.threshold = Money::fromFen(query.value(7).toLongLong());
        change.runId = query.value(8).toLongLong();
        row.name = query.value(9).toString();
        row.phone = query.value(10).toString();
        page.rows << row;
        page.next = movementOrder.cursorAt(query, movementSpendColumn, 0);
    }
    return page;
}

QList<SegmentMove> LoyaltyReportRepository::segmentMoves(const QDate &asOf)
{
    // A customer first scored without a segment (no purchase that counts) did not move anywhere.
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT previous_segment, segment, COUNT(*) FROM customer_scores "
            "WHERE segment_since = ? AND previous_segment <> segment GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"),
        {toStoredText(asOf)});
    QList<SegmentMove> moves;
    while (query.next())
        moves << SegmentMove{segmentFromCode(query.value(0).toString()),
            segmentFromCode(query.value(1).toString()), query.value(2).toInt()};
    return moves;
}

} // namespace atelier
