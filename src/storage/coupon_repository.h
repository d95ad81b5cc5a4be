#pragma once

#include "core/coupon.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace atelier {

class RawStatement;

// The coupon ledger (coupons). Callers wrap writes in a Transaction; issue() may be called for many
// coupons in one transaction (a campaign's offer).
class CouponRepository
{
public:
    explicit CouponRepository(QSqlDatabase db);
    ~CouponRepository();
    CouponRepository(CouponRepository &&) noexcept;
    CouponRepository &operator=(CouponRepository &&) noexcept;

    // Writes the coupon with a new code and fills in its id and code. A code already taken (UNIQUE)
    // is drawn again, so this never fails on a collision; ON CONFLICT DO NOTHING keeps the
    // surrounding transaction usable on PostgreSQL too. Dates must be valid and issuedAt set.
    CouponId issue(Coupon &coupon);
    // Where new codes come from: by default QRandomGenerator::system() (codes must not be guessable).
    // Tests replace it to force collisions.
    void setCodeSource(std::function<QString()> source) { m_codeSource = std::move(source); }

    // By the normalised code: one look-up on the UNIQUE index.
    std::optional<Coupon> findByCode(const QString &code);
    std::optional<Coupon> find(CouponId id);
    // Newest first.
    QList<Coupon> forCustomer(CustomerId customer);
    // Every coupon, in id order.
    QList<Coupon> all();
    // Issued and valid on `day`; for one customer when given. In id order.
    QList<Coupon> open(const QDate &day, std::optional<CustomerId> customer = std::nullopt);

    // Marks the coupon redeemed by `sale` for `discount`. False when it was no longer 'issued'
    // (another window or process redeemed it first, or it was cancelled or expired): nothing changed.
    bool redeem(CouponId id, qint64 sale, Money discount, const QDateTime &at);
    // False when it was no longer 'issued'.
    bool cancel(CouponId id, const QDateTime &at);
    // Cancels every coupon of the customer that is still 'issued'; how many.
    int cancelOpenOf(CustomerId customer, const QDateTime &at);
    // Moves every coupon of `from` to `to` (a merge); how many.
    int moveCustomer(CustomerId from, CustomerId to);
    // Moves the given coupons back to `to` (a merge undone).
    void assignCustomer(const QList<CouponId> &coupons, CustomerId to);
    QList<CouponId> idsOf(CustomerId customer);
    // Expires every 'issued' coupon whose last day is before `asOf` (marked as changed at the start
    // of `asOf`); how many. For the nightly run, inside its transaction.
    int expire(const QDate &asOf);

    OpenCouponValue openValue(const QDate &day);

private:
    QList<Coupon> read(const QString &where, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    std::function<QString()> m_codeSource;
    std::unique_ptr<RawStatement> m_issue;
};

} // namespace atelier
