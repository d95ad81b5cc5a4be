#include "storage/coupon_repository.h"

#include "core/stored_time.h"
#include "storage/dialect.h"
#include "storage/raw_statement.h"
#include "storage/sql.h"

#include <QRandomGenerator>

namespace atelier {

namespace {

const QString columns = QStringLiteral(
    "id, code, customer_id, kind, value, min_spend_fen, valid_from, valid_to, reason, status, issued_at, "
    "issued_by, campaign_id, return_id, complaint_id, sale_id, discount_fen, status_changed_at");

// A draw that keeps failing means something else is wrong (a broken code source), not bad luck:
// 22^8 codes make even a million issued coupons collide about once in 50 000 draws.
constexpr int maxDraws = 20;

Coupon readCoupon(const QSqlQuery &q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.customerId = sql::idAt(q, 2);
    c.kind = couponKindFromCode(q.value(3).toString()).value_or(CouponKind::Amount);
    c.value = q.value(4).toLongLong();
    c.minSpend = Money::fromFen(q.value(5).toLongLong());
    c.validFrom = dateFromStoredText(q.value(6).toString());
    c.validTo = dateFromStoredText(q.value(7).toString());
    c.reason = couponReasonFromCode(q.value(8).toString()).value_or(CouponReason::Manual);
    c.status = couponStatusFromCode(q.value(9).toString()).value_or(CouponStatus::Issued);
    c.issuedAt = timeFromStoredText(q.value(10).toString());
    c.issuedBy = q.value(11).toString();
    c.campaignId = sql::idAt(q, 12);
    c.returnId = sql::idAt(q, 13);
    c.complaintId = sql::idAt(q, 14);
    c.saleId = sql::idAt(q, 15);
    if (!q.value(16).isNull())
        c.discount = Money::fromFen(q.value(16).toLongLong());
    if (!q.value(17).isNull())
        c.statusChangedAt = timeFromStoredText(q.value(17).toString());
    return c;
}

} // namespace

CouponRepository::CouponRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_codeSource([] { return coupon_code::generate(*QRandomGenerator::system()); })
{
}

CouponRepository::~CouponRepository() = default;
CouponRepository::CouponRepository(CouponRepository &&) noexcept = default;
CouponRepository &CouponRepository::operator=(CouponRepository &&) noexcept = default;

CouponId CouponRepository::issue(Coupon &coupon)
{
    // Prepared once per repository on SQLite's own handle: a campaign, or a first night's gift boxes,
    // issue thousands in one transaction. The count of inserted rows says whether the code was free
    // (RawStatement::changes, not RETURNING, which cost 30 µs a coupon).
    if (!m_issue)
        m_issue = std::make_unique<RawStatement>(m_db,
            QStringLiteral(
                "INSERT INTO coupons (code, customer_id, kind, value, min_spend_fen, valid_from, "
                "valid_to, reason, status, issued_at, issued_by, campaign_id, return_id, complaint_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?, ?) "
                "ON CONFLICT (code) DO NOTHING")
                + dialect::returningId(backendOf(m_db)));
    const QVariantList values{QVariant(), sql::optionalId(coupon.customerId), couponKindCode(coupon.kind),
        qlonglong(coupon.value), qlonglong(coupon.minSpend.fen()), toStoredText(coupon.validFrom),
        toStoredText(coupon.validTo), couponReasonCode(coupon.reason), toStoredText(coupon.issuedAt),
        coupon.issuedBy, sql::optionalId(coupon.campaignId), sql::optionalId(coupon.returnId),
        sql::optionalId(coupon.complaintId)};
    RawStatement &insert = *m_issue;
    for (int draw = 0; draw < maxDraws; ++draw) {
        const QString code = m_codeSource();
        insert.bind(1, code);
        for (int i = 1; i < values.size(); ++i) // exec() clears the bindings
            insert.bind(i + 1, values[i]);
        insert.exec();
        if (insert.changes() == 1) { // the code was free
            coupon.id = insert.lastInsertId();
            coupon.code = code;
            coupon.status = CouponStatus::Issued;
            return coupon.id;
        }
    }
    throw StorageError(
        StorageError::Kind::Constraint, QStringLiteral("no free coupon code after %1 draws").arg(maxDraws));
}

QList<Coupon> CouponRepository::read(const QString &rest, std::initializer_list<QVariant> values)
{
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT %1 FROM coupons %2").arg(columns, rest), values);
    QList<Coupon> coupons;
    while (query.next())
        coupons << readCoupon(query);
    return coupons;
}

std::optional<Coupon> CouponRepository::findByCode(const QString &code)
{
    const QList<Coupon> found = read(QStringLiteral("WHERE code = ?"), {code});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Coupon> CouponRepository::find(CouponId id)
{
    const QList<Coupon> found = read(QStringLiteral("WHERE id = ?"), {qlonglong(id)});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Coupon> CouponRepository::forCustomer(CustomerId customer)
{
    return read(
        QStringLiteral("WHERE customer_id = ? ORDER BY issued_at DESC, id DESC"), {qlonglong(customer)});
}

QList<Coupon> CouponRepository::all()
{
    return read(QStringLiteral("ORDER BY id"), {});
}

QList<Coupon> CouponRepository::open(const QDate &day, std::optional<CustomerId> customer)
{
    const QString today = toStoredText(day);
    if (customer)
        return read(QStringLiteral("WHERE customer_id = ? AND status = 'issued' AND valid_from <= ? AND "
                                   "valid_to >= ? ORDER BY id"),
            {qlonglong(*customer), today, today});
    return read(QStringLiteral("WHERE status = 'issued' AND valid_from <= ? AND valid_to >= ? ORDER BY id"),
        {today, today});
}

bool CouponRepository::redeem(CouponId id, qint64 sale, Money discount, const QDateTime &at)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE coupons SET status = 'redeemed', sale_id = ?, discount_fen = ?, "
                       "status_changed_at = ? WHERE id = ? AND status = 'issued'"),
        {qlonglong(sale), qlonglong(discount.fen()), toStoredText(at), qlonglong(id)});
    return query.numRowsAffected() == 1;
}

bool CouponRepository::cancel(CouponId id, const QDateTime &at)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE coupons SET status = 'cancelled', status_changed_at = ? "
                       "WHERE id = ? AND status = 'issued'"),
        {toStoredText(at), qlonglong(id)});
    return query.numRowsAffected() == 1;
}

int CouponRepository::cancelOpenOf(CustomerId customer, const QDateTime &at)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE coupons SET status = 'cancelled', status_changed_at = ? "
                       "WHERE customer_id = ? AND status = 'issued'"),
        {toStoredText(at), qlonglong(customer)});
    return query.numRowsAffected();
}

int CouponRepository::moveCustomer(CustomerId from, CustomerId to)
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("UPDATE coupons SET customer_id = ? WHERE customer_id = ?"),
            {qlonglong(to), qlonglong(from)});
    return query.numRowsAffected();
}

void CouponRepository::assignCustomer(const QList<CouponId> &coupons, CustomerId to)
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("UPDATE coupons SET customer_id = ? WHERE id = ?"));
    for (CouponId id : coupons) {
        sql::bind(query, 0, qlonglong(to));
        sql::bind(query, 1, qlonglong(id));
        sql::exec(query);
    }
}

QList<CouponId> CouponRepository::idsOf(CustomerId customer)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id FROM coupons WHERE customer_id = ? ORDER BY id"), {qlonglong(customer)});
    QList<CouponId> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

int CouponRepository::expire(const QDate &asOf)
{
    const QDateTime at(asOf, QTime(0, 0));
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE coupons SET status = 'expired', status_changed_at = ? "
                       "WHERE status = 'issued' AND valid_to < ?"),
        {toStoredText(at), toStoredText(asOf)});
    return query.numRowsAffected();
}

OpenCouponValue CouponRepository::openValue(const QDate &day)
{
    const QString today = toStoredText(day);
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT kind, count(*), coalesce(sum(value), 0) FROM coupons "
                       "WHERE status = 'issued' AND valid_from <= ? AND valid_to >= ? GROUP BY kind"),
        {today, today});
    OpenCouponValue result;
    while (query.next()) {
        const auto kind = couponKindFromCode(query.value(0).toString());
        const int count = query.value(1).toInt();
        if (kind == CouponKind::Amount) {
            result.amountCoupons = count;
            result.amountValue = Money::fromFen(query.value(2).toLongLong());
        } else if (kind == CouponKind::Percent) {
            result.percentCoupons = count;
        } else if (kind == CouponKind::Gift) {
            result.giftCoupons = count;
        }
    }
    return result;
}

} // namespace atelier
