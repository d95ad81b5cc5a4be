#pragma once

#include "core/coupon.h"
#include "core/sale.h"
#include "services/demo_random.h"
#include "services/demo_sales.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <cstdint>
#include <optional>

namespace atelier {

class Database;

// The demo store's marketing (issue 21): a few campaigns of the last months with their frozen
// audiences, holdouts and coupon offers, the seed's experience coupon on returns, and coupons
// redeemed at the customers' visits. The invited come a little more often in a campaign's window
// than the holdout, so the Campaigns page has a real effect to measure, and some do not, so the
// intervals are honest about chance.
class DemoMarketing
{
public:
    DemoMarketing(Database &db, QDate lastDay, std::uint64_t seed);

    // After the customers are written: the campaigns, created as the manager would have created them
    // (CampaignService, a few days before each began), and the extra visits of invited customers
    // they brought, appended to `visits` (not yet sorted).
    void createCampaigns(QList<DemoVisit> &visits);

    // Before a sale is written: when its customer holds a coupon valid that day whose minimum the sale
    // reaches, she usually uses it: the discount is spread over the lines. Returns the coupon to mark
    // once the sale has its id.
    std::optional<CouponId> useCoupon(Sale &sale);
    // The sale is written: the coupon is redeemed by it.
    void redeemed(CouponId coupon, const Sale &sale);
    // A return for a refund (not an exchange) hands over the seed's experience coupon.
    void returned(const ReturnRecord &record, CustomerId customer);
    // Coupons whose last day passed are expired, as the nightly run would have; counts them all.
    void finish();

    int campaigns() const { return m_campaigns; }
    int coupons() const { return m_coupons; }

private:
    Database &m_db;
    QDate m_lastDay;
    DemoRandom m_random;
    QHash<CustomerId, QList<Coupon>> m_held; // issued, not yet redeemed
    int m_campaigns = 0;
    int m_coupons = 0;
};

} // namespace atelier
