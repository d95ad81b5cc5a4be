#include "storage/referral_repository.h"

#include "core/stored_time.h"
#include "storage/sql.h"

#include <QHash>

namespace atelier {

namespace {

// A customer with at least one sale, even one refunded later.
const char *const boughtSql = "EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id)";

} // namespace

ReferralRepository::ReferralRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<CustomerId> ReferralRepository::referrerOf(CustomerId customer)
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT referrer_id FROM customers WHERE id = ?"), {qlonglong(customer)});
    if (!query.next())
        return std::nullopt;
    return sql::idAt(query, 0);
}

QList<ReferredCustomer> ReferralRepository::referredBy(CustomerId referrer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT c.id, c.name, c.created_at, CASE WHEN %1 THEN 1 ELSE 0 END, "
                       "CASE WHEN c.erased_at IS NULL THEN 0 ELSE 1 END FROM customers c "
                       "WHERE c.referrer_id = ? ORDER BY c.created_at DESC, c.id DESC")
            .arg(QLatin1String(boughtSql)),
        {qlonglong(referrer)});
    QList<ReferredCustomer> referred;
    while (query.next()) {
        ReferredCustomer r;
        r.id = query.value(0).toLongLong();
        r.name = query.value(1).toString();
        r.registeredOn = dayOfStoredText(query.value(2).toString());
        r.bought = query.value(3).toInt() == 1;
        r.erased = query.value(4).toInt() == 1;
        referred << r;
    }
    return referred;
}

QList<ReferrerRow> ReferralRepository::referrers(std::optional<int> top)
{
    // One pass over the referred customers; whether each has bought is one probe of sales_customer.
    QString statement = QStringLiteral(
        "SELECT t.referrer_id, t.referred, t.buyers, p.name, CASE WHEN p.erased_at IS NULL THEN 0 ELSE 1 END "
        "FROM (SELECT r.referrer_id, COUNT(*) AS referred, SUM(r.bought) AS buyers FROM ("
        "SELECT c.referrer_id, CASE WHEN %1 THEN 1 ELSE 0 END AS bought "
        "FROM customers c WHERE c.referrer_id IS NOT NULL) r GROUP BY r.referrer_id) t "
        "JOIN customers p ON p.id = t.referrer_id "
        "ORDER BY t.buyers DESC, t.referred DESC, t.referrer_id ASC")
                            .arg(QLatin1String(boughtSql));
    QVariantList values;
    if (top) {
        statement += QStringLiteral(" LIMIT ?");
        values << *top;
    }
    QSqlQuery query = sql::run(m_db, statement, values);
    QList<ReferrerRow> rows;
    while (query.next())
        rows << ReferrerRow{query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt(),
            query.value(3).toString(), query.value(4).toInt() == 1};
    return rows;
}

ReferralRate ReferralRepository::rate(const ReportPeriod &period)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN source = 'referral' OR referrer_id IS NOT NULL "
            "THEN 1 ELSE 0 END), 0) FROM customers WHERE created_at >= ? AND created_at < ?"),
        {period.startKey(), period.endKey()});
    ReferralRate rate;
    rate.period = period;
    if (query.next()) {
        rate.newCustomers = query.value(0).toInt();
        rate.byReferral = query.value(1).toInt();
    }
    return rate;
}

QList<ReferralPurchase> ReferralRepository::rewardCandidates(const QDate &lastSaleDay, int windowDays)
{
    // Driven by the referred customers still without a reward (a few after the first night) and their
    // sales on sales_customer; the day is checked here, since a condition on sold_at would make
    // SQLite read every sale of the store by day first.
    QSqlQuery sales = sql::run(m_db,
        QStringLiteral("SELECT c.id, c.referrer_id, s.id, s.sold_at, "
                       "(SELECT COALESCE(SUM(l.quantity), 0) FROM sale_lines l WHERE l.sale_id = s.id) "
                       "FROM customers c JOIN customers r ON r.id = c.referrer_id "
                       "JOIN sales s ON s.customer_id = c.id "
                       "WHERE c.referrer_id IS NOT NULL AND r.erased_at IS NULL "
                       "AND NOT EXISTS (SELECT 1 FROM referral_rewards w WHERE w.referred_id = c.id) "
                       "ORDER BY c.id, s.sold_at, s.id"));
    QList<ReferralPurchase> purchases;
    QHash<SaleId, qsizetype> index;
    while (sales.next()) {
        ReferralPurchase p;
        p.soldOn = dayOfStoredText(sales.value(3).toString());
        if (p.soldOn > lastSaleDay)
            continue;
        p.referred = sales.value(0).toLongLong();
        p.referrer = sales.value(1).toLongLong();
        p.sale = sales.value(2).toLongLong();
        p.pieces = sales.value(4).toInt();
        index.insert(p.sale, purchases.size());
        purchases << p;
    }
    if (purchases.isEmpty())
        return purchases;
    // The refunds of those sales (one pass over the returns); an exchange is not a return.
    QSqlQuery returns = sql::run(m_db,
        QStringLiteral("SELECT l.sale_id, t.returned_at, t.quantity FROM returns t "
                       "JOIN sale_lines l ON l.id = t.sale_line_id WHERE t.kind = 'return'"));
    while (returns.next()) {
        const auto found = index.constFind(returns.value(0).toLongLong());
        if (found == index.constEnd())
            continue;
        ReferralPurchase &p = purchases[*found];
        if (dayOfStoredText(returns.value(1).toString()) <= p.soldOn.addDays(windowDays))
            p.returnedInWindow += returns.value(2).toInt();
    }
    return purchases;
}

bool ReferralRepository::addReward(
    const ReferralRewardDue &due, const QDate &grantedOn, qint64 points, std::optional<qint64> runId)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO referral_rewards (referred_id, referrer_id, granted_on, sale_id, points, run_id) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (referred_id) DO NOTHING"),
        {qlonglong(due.referred), qlonglong(due.referrer), toStoredText(grantedOn), qlonglong(due.sale),
            qlonglong(points), sql::optionalId(runId)});
    return query.numRowsAffected() > 0;
}

void ReferralRepository::setCoupon(CustomerId referred, qint64 couponId)
{
    sql::run(m_db, QStringLiteral("UPDATE referral_rewards SET coupon_id = ? WHERE referred_id = ?"),
        {couponId, qlonglong(referred)});
}

bool ReferralRepository::rewarded(CustomerId referred)
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM referral_rewards WHERE referred_id = ?"),
               {qlonglong(referred)})
               .toInt()
        > 0;
}

} // namespace atelier
