#include "storage/report_queries.h"

#include "core/customer_flow.h"
#include "core/stored_time.h"
#include "storage/customer_flow_query.h"
#include "storage/customer_repository.h"
#include "storage/sql.h"

#include <QStringList>

#include <algorithm>
#include <map>

namespace atelier {

namespace {

Distribution distributionOf(QSqlQuery &query)
{
    Distribution result;
    while (query.next())
        result << Slice{query.value(0).toString(), query.value(1).toLongLong()};
    return result;
}

qint64 integerAt(const QSqlQuery &query, int column)
{
    return query.value(column).toLongLong(); // NULL (an empty SUM) reads as 0
}

// Adds `value` to the slice `code`, keeping first-seen order.
void addTo(Distribution &distribution, const QString &code, qint64 value)
{
    for (Slice &slice : distribution) {
        if (slice.code == code) {
            slice.value += value;
            return;
        }
    }
    distribution << Slice{code, value};
}

void sortByValue(Distribution &distribution)
{
    std::stable_sort(distribution.begin(), distribution.end(),
        [](const Slice &a, const Slice &b) { return a.value > b.value; });
}

} // namespace

ReportQueries::ReportQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CustomerFigures ReportQueries::customers(const ReportPeriod &period)
{
    CustomerFigures f;
    const QString start = period.startKey();
    const QString end = period.endKey();
    // Both counts read the created_at index alone.
    f.atStart
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE created_at < ?"), {start})
              .toInt();
    f.atEnd = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE created_at < ?"), {end})
                  .toInt();
    f.newCustomers = f.atEnd - f.atStart;

    // Gender and age band in one pass over the customers. Age in whole years on the last day,
    // taken as that year minus the birth year.
    QSqlQuery people = sql::run(m_db,
        QStringLiteral(
            "SELECT gender, CASE WHEN y IS NULL THEN 'unknown' WHEN ? - y < 25 THEN 'under_25' "
            "WHEN ? - y < 35 THEN '25_34' WHEN ? - y < 45 THEN '35_44' "
            "WHEN ? - y < 55 THEN '45_54' ELSE '55_plus' END, COUNT(*) "
            "FROM (SELECT gender, COALESCE(CAST(substr(birthday, 1, 4) AS INTEGER), birth_year) AS y "
            "FROM customers WHERE created_at < ?) AS p GROUP BY 1, 2"),
        {period.to.year(), period.to.year(), period.to.year(), period.to.year(), end});
    Distribution counted;
    while (people.next()) {
        addTo(f.genders, people.value(0).toString(), integerAt(people, 2));
        addTo(counted, people.value(1).toString(), integerAt(people, 2));
    }
    sortByValue(f.genders);
    for (const QString &band : ageBands) {
        qint64 value = 0;
        for (const Slice &slice : counted)
            if (slice.code == band)
                value = slice.value;
        f.ages << Slice{band, value};
    }

    QSqlQuery sources = sql::run(m_db,
        QStringLiteral("SELECT source, COUNT(*) FROM customers WHERE created_at >= ? AND created_at < ? "
                       "GROUP BY 1 ORDER BY 2 DESC, 1"),
        {start, end});
    f.sources = distributionOf(sources);
    return f;
}

void ReportQueries::addCustomerFlow(const QList<std::pair<ReportPeriod, CustomerFigures *>> &periods,
    const QDate &today, const SegmentRules &segments)
{
    // One pass over every customer's purchases for all the periods (a period's own pass was the
    // report's whole budget on the 100 000-customer store).
    std::vector<CustomerFlow> flows;
    flows.reserve(std::size_t(periods.size()));
    for (const auto &[period, figures] : periods)
        flows.emplace_back(period, today, segments);
    CustomerFlowQuery::run(m_db, today,
        [&flows](const QDate &registeredOn, const QString &source, std::vector<QDate> &purchases) {
            std::sort(purchases.begin(), purchases.end()); // read in sale order: mostly sorted already
            for (CustomerFlow &flow : flows)
                flow.add(registeredOn, source, purchases);
        });
    for (qsizetype i = 0; i < periods.size(); ++i)
        flows[std::size_t(i)].finishInto(*periods.at(i).second);
}

SalesFigures ReportQueries::sales(const ReportPeriod &period)
{
    SalesFigures f;
    const QString start = period.startKey();
    const QString end = period.endKey();
    QSqlQuery totals = sql::run(m_db,
        QStringLiteral("SELECT SUM(total_fen), SUM(CASE WHEN is_exchange = 0 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN is_exchange = 0 AND customer_id IS NOT NULL THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN is_exchange = 0 THEN total_fen ELSE 0 END) "
                       "FROM sales WHERE sold_at >= ? AND sold_at < ?"),
        {start, end});
    if (totals.next()) {
        f.grossFen = integerAt(totals, 0);
        f.orders = int(integerAt(totals, 1));
        f.memberOrders = int(integerAt(totals, 2));
        f.ordersFen = integerAt(totals, 3);
    }

    QSqlQuery buyers = sql::run(m_db,
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN n >= 2 THEN 1 ELSE 0 END) FROM (SELECT customer_id, "
                       "COUNT(*) AS n FROM sales WHERE sold_at >= ? AND sold_at < ? AND is_exchange = 0 "
                       "AND customer_id IS NOT NULL GROUP BY customer_id) AS b"),
        {start, end});
    if (buyers.next()) {
        f.buyers = int(integerAt(buyers, 0));
        f.repeatBuyers = int(integerAt(buyers, 1));
    }

    QSqlQuery lines = sql::run(m_db,
        QStringLiteral("SELECT l.category, l.size, SUM(l.quantity), SUM(l.quantity * l.paid_price_fen) "
                       "FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                       "WHERE s.sold_at >= ? AND s.sold_at < ? AND s.is_exchange = 0 GROUP BY 1, 2"),
        {start, end});
    while (lines.next()) {
        const QString category = lines.value(0).toString();
        const qint64 items = integerAt(lines, 2);
        f.items += int(items);
        addTo(f.categoryItems, category, items);
        addTo(f.categoryFen, category, integerAt(lines, 3));
        addTo(f.sizeItems, lines.value(1).toString(), items);
    }
    sortByValue(f.categoryFen);
    sortByValue(f.categoryItems);
    sortByValue(f.sizeItems);

    QSqlQuery returns = sql::run(m_db,
        QStringLiteral("SELECT reason, COUNT(*), SUM(quantity), SUM(refund_fen) FROM returns "
                       "WHERE returned_at >= ? AND returned_at < ? GROUP BY 1 ORDER BY 2 DESC, 1"),
        {start, end});
    while (returns.next()) {
        f.returnReasons << Slice{returns.value(0).toString(), integerAt(returns, 1)};
        f.returnedItems += int(integerAt(returns, 2));
        f.refundFen += integerAt(returns, 3);
    }
    return f;
}

LoyaltyFigures ReportQueries::loyalty(const ReportPeriod &period)
{
    LoyaltyFigures f;
    const QString start = period.startKey();
    const QString end = period.endKey();

    // Each customer's tier on the last day: the newest history row before the end (the later row of a
    // day, should a day have two). A window, not SQLite's bare column beside MAX(), which PostgreSQL
    // refuses.
    QSqlQuery tiers = sql::run(m_db,
        QStringLiteral("SELECT new_tier, COUNT(*) FROM (SELECT new_tier, ROW_NUMBER() OVER (PARTITION BY "
                       "customer_id ORDER BY changed_on DESC, id DESC) AS newest FROM tier_history "
                       "WHERE changed_on < ?) AS h WHERE newest = 1 GROUP BY 1"),
        {end});
    const Distribution tiered = distributionOf(tiers);
    const qint64 customers
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE created_at < ?"), {end})
              .toLongLong();
    qint64 withTier = 0;
    for (const QString &code : {QStringLiteral("black"), QStringLiteral("gold"), QStringLiteral("silver")}) {
        qint64 value = 0;
        for (const Slice &slice : tiered)
            if (slice.code == code)
                value = slice.value;
        withTier += value;
        f.tiers << Slice{code, value};
    }
    f.tiers << Slice{QString(), customers - withTier};

    QSqlQuery moves = sql::run(m_db,
        QStringLiteral("SELECT SUM(CASE WHEN reason = 'spend_reached' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN reason = 'spend_fell' THEN 1 ELSE 0 END) FROM tier_history "
                       "WHERE changed_on >= ? AND changed_on < ?"),
        {start, end});
    if (moves.next()) {
        f.tierUps = int(integerAt(moves, 0));
        f.tierDowns = int(integerAt(moves, 1));
    }

    QSqlQuery segments = sql::run(
        m_db, QStringLiteral("SELECT segment, COUNT(*) FROM customer_scores GROUP BY 1 ORDER BY 2 DESC, 1"));
    f.segments = distributionOf(segments);
    // Every move the nightly runs made in the period (segment_history, issue 23): customer_scores keeps
    // only a customer's last move, so a past period lost the moves made since.
    QSqlQuery segmentMoves = sql::run(m_db,
        QStringLiteral("SELECT old_segment || '>' || new_segment, COUNT(*) FROM segment_history "
                       "WHERE changed_on >= ? AND changed_on < ? AND old_segment <> new_segment "
                       "GROUP BY 1 ORDER BY 2 DESC, 1"),
        {start, end});
    f.segmentMoves = distributionOf(segmentMoves);

    return f;
}

void ReportQueries::addPoints(const QList<std::pair<ReportPeriod, LoyaltyFigures *>> &periods)
{
    // The ledger has no date index: one pass gives every period's movements and closing balance.
    QStringList sums;
    QVariantList values;
    QString latestEnd;
    for (const auto &[period, figures] : periods) {
        for (const char *kind : {"earn", "reverse", "redeem", "expire", "adjust"}) {
            sums << QStringLiteral(
                "SUM(CASE WHEN kind = '%1' AND happened_at >= ? AND happened_at < ? THEN points END)")
                        .arg(QLatin1String(kind));
            values << period.startKey() << period.endKey();
        }
        sums << QStringLiteral("SUM(CASE WHEN happened_at < ? THEN points END)");
        values << period.endKey();
        latestEnd = std::max(latestEnd, period.endKey());
    }
    values << latestEnd;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + sums.join(QStringLiteral(", "))
            + QStringLiteral(" FROM points_ledger WHERE happened_at < ?"),
        values);
    if (!query.next())
        return;
    int column = 0;
    for (const auto &[period, f] : periods) {
        f->pointsIssued = integerAt(query, column++);
        f->pointsReversed = -integerAt(query, column++);
        f->pointsRedeemed = -integerAt(query, column++);
        f->pointsExpired = -integerAt(query, column++);
        f->pointsAdjusted = integerAt(query, column++);
        f->pointsOutstanding = integerAt(query, column++);
    }
}

void ReportQueries::addCoupons(const QList<std::pair<ReportPeriod, LoyaltyFigures *>> &periods)
{
    for (const auto &[period, f] : periods) {
        const QString end = period.endKey();
        const QString lastDay = toStoredText(period.to);
        QSqlQuery query = sql::run(m_db,
            QStringLiteral("SELECT kind, COUNT(*), COALESCE(SUM(value), 0) FROM coupons "
                           "WHERE issued_at < ? AND valid_from <= ? AND valid_to >= ? "
                           "AND (status = 'issued' OR status_changed_at >= ?) GROUP BY kind"),
            {end, lastDay, lastDay, end});
        while (query.next()) {
            if (query.value(0).toString() == QStringLiteral("amount")) {
                f->amountCouponsOpen = integerAt(query, 1);
                f->couponLiabilityFen = integerAt(query, 2);
            } else {
                f->otherCouponsOpen += integerAt(query, 1);
            }
        }
    }
}

ServiceFigures ReportQueries::service(const ReportPeriod &period)
{
    ServiceFigures f;
    const QString start = period.startKey();
    const QString end = period.endKey();
    QSqlQuery complaints = sql::run(m_db,
        QStringLiteral(
            "SELECT category, COUNT(*), SUM(CASE WHEN state IN ('resolved', 'called_back', "
            "'closed') THEN 1 ELSE 0 END) FROM complaints WHERE received_at >= ? AND received_at < ? "
            "GROUP BY 1 ORDER BY 2 DESC, 1"),
        {start, end});
    while (complaints.next()) {
        f.complaintCategories << Slice{complaints.value(0).toString(), integerAt(complaints, 1)};
        f.complaints += int(integerAt(complaints, 1));
        f.complaintsResolved += int(integerAt(complaints, 2));
    }
    QSqlQuery tasks = sql::run(m_db,
        QStringLiteral(
            "SELECT COUNT(*), SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) FROM follow_up_tasks "
            "WHERE due_on >= ? AND due_on < ? AND status <> 'cancelled'"),
        {start, end});
    if (tasks.next()) {
        f.followUpsDue = int(integerAt(tasks, 0));
        f.followUpsDone = int(integerAt(tasks, 1));
    }
    return f;
}

StaffFigures ReportQueries::staff(const ReportPeriod &period)
{
    const QString start = period.startKey();
    const QString end = period.endKey();
    std::map<StaffId, StaffRow> rows;
    QSqlQuery sales = sql::run(m_db,
        // What her orders came to: an exchange's replacement is no sale of hers, as it is no order.
        QStringLiteral("SELECT clerk_id, SUM(CASE WHEN is_exchange = 0 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN is_exchange = 0 THEN total_fen ELSE 0 END) "
                       "FROM sales "
                       "WHERE sold_at >= ? AND sold_at < ? AND clerk_id IS NOT NULL GROUP BY 1"),
        {start, end});
    while (sales.next()) {
        StaffRow &row = rows[sales.value(0).toLongLong()];
        row.orders = int(integerAt(sales, 1));
        row.salesFen = integerAt(sales, 2);
    }
    // On time: done on or before the day it was due (done_at is a local time, its first ten characters
    // the local day).
    QSqlQuery tasks = sql::run(m_db,
        QStringLiteral("SELECT done_by, COUNT(*), "
                       "SUM(CASE WHEN substr(done_at, 1, 10) <= due_on THEN 1 ELSE 0 END) "
                       "FROM follow_up_tasks WHERE status = 'done' "
                       "AND done_at >= ? AND done_at < ? AND done_by IS NOT NULL GROUP BY done_by"),
        {start, end});
    while (tasks.next()) {
        StaffRow &row = rows[tasks.value(0).toLongLong()];
        row.followUpsDone = int(integerAt(tasks, 1));
        row.followUpsOnTime = int(integerAt(tasks, 2));
    }
    QSqlQuery scores = sql::run(m_db,
        QStringLiteral("SELECT staff_id, COUNT(*), SUM(score) FROM satisfaction_scores "
                       "WHERE scored_on >= ? AND scored_on < ? AND staff_id IS NOT NULL GROUP BY staff_id"),
        {start, end});
    while (scores.next()) {
        StaffRow &row = rows[scores.value(0).toLongLong()];
        row.scores = int(integerAt(scores, 1));
        row.scoreTotal = int(integerAt(scores, 2));
    }

    StaffFigures f;
    QSqlQuery staff = sql::run(m_db, QStringLiteral("SELECT id, name, active FROM staff ORDER BY name"));
    while (staff.next()) {
        StaffRow row;
        const auto found = rows.find(staff.value(0).toLongLong());
        if (found != rows.end())
            row = found->second;
        row.staff = staff.value(0).toLongLong();
        row.name = staff.value(1).toString();
        row.active = staff.value(2).toInt() != 0;
        f.rows << row;
    }
    return f;
}

void ReportQueries::addRepeatBuyers(const QList<std::pair<ReportPeriod, StaffFigures *>> &periods)
{
    if (periods.isEmpty())
        return;
    // Orders as the sales report counts them (not an exchange's replacement), made before each period's
    // end, of the customers each clerk registered before it: one pass over the sales_customer index for
    // every period. The columns are built from the number of periods only, never from input.
    // Placeholders in the order of the text: the outer shares, the inner counts, the last end.
    QStringList counted, shares;
    QVariantList values, countValues;
    QString last;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QString end = periods.at(i).first.endKey();
        shares << QStringLiteral("SUM(CASE WHEN o.n%1 >= 1 AND c.created_at < ? THEN 1 ELSE 0 END)").arg(i)
               << QStringLiteral("SUM(CASE WHEN o.n%1 >= 2 AND c.created_at < ? THEN 1 ELSE 0 END)").arg(i);
        values << end << end;
        counted << QStringLiteral("SUM(CASE WHEN sold_at < ? THEN 1 ELSE 0 END) AS n%1").arg(i);
        countValues << end;
        last = std::max(last, end);
    }
    values << countValues << last;
    QSqlQuery buyers = sql::run(m_db,
        QStringLiteral("SELECT c.created_by, %1 FROM (SELECT customer_id, %2 FROM sales "
                       "WHERE customer_id IS NOT NULL AND is_exchange = 0 AND sold_at < ? "
                       "GROUP BY customer_id) AS o "
                       "JOIN customers c ON c.id = o.customer_id "
                       "WHERE c.created_by IS NOT NULL GROUP BY c.created_by")
            .arg(shares.join(QStringLiteral(", ")), counted.join(QStringLiteral(", "))),
        values);
    while (buyers.next()) {
        const StaffId clerk = buyers.value(0).toLongLong();
        for (int i = 0; i < periods.size(); ++i) {
            for (StaffRow &row : periods.at(i).second->rows) {
                if (row.staff != clerk)
                    continue;
                row.registeredBuyers = int(integerAt(buyers, 1 + 2 * i));
                row.registeredRepeatBuyers = int(integerAt(buyers, 2 + 2 * i));
            }
        }
    }
}

void ReportQueries::forEachRegistered(const ReportPeriod &period,
    const std::function<void(StaffId, const Customer &, const ArchiveCompleteness::Extras &)> &visit)
{
    CustomerRepository(m_db).forEachRegistered(period.startKey(), period.endKey(),
        [&visit](const Customer &customer, const ArchiveCompleteness::Extras &extras) {
            visit(*customer.createdBy, customer, extras);
        });
}

} // namespace atelier
