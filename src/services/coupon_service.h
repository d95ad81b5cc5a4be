#pragma once

#include <QCoreApplication>

namespace atelier {

class Clock;
class Database;

// The coupon ledger: issuing, finding by code, cancelling and expiring coupons (issue 21).
class CouponService
{
    Q_DECLARE_TR_FUNCTIONS(CouponService)
public:
    CouponService(Database &db, const Clock &clock);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
