#include "services/points_ledger.h"

#include "core/points.h"
#include "core/points_rules.h"
#include "services/loyalty_settings.h"
#include "storage/database.h"
#include "storage/points_repository.h"
#include "storage/sale_repository.h"
#include "storage/tier_repository.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace atelier {

PointsLedger::PointsLedger(Database &db)
    : m_db(db)
{
}

const PointsRules &PointsLedger::rules()
{
    if (!m_rules)
        m_rules = LoyaltySettings(m_db).rules().points;
    return *m_rules;
}

qint64 PointsLedger::earnForSale(const Sale &sale)
{
    if (!sale.customerId)
        return 0;
    PointsRepository points(m_db.connection());
    const qint64 earned
        = pointsEarned(sale.total(), TierRepository(m_db.connection()).find(*sale.customerId).tier, rules());
    if (earned <= 0)
        return 0;
    PointsMovement movement;
    movement.customer = *sale.customerId;
    movement.happenedAt = sale.soldAt;
    movement.kind = PointsMovement::Kind::Earn;
    movement.points = earned;
    movement.expiresOn = pointsExpireOn(sale.soldAt.date(), rules());
    movement.sale = sale.id;
    movement.staff = sale.clerkId;
    points.append(movement);
    return earned;
}

qint64 PointsLedger::reverseForReturn(const Sale &sale, const ReturnRecord &record)
{
    if (!sale.customerId)
        return 0;
    PointsRepository points(m_db.connection());
    const qint64 earned = points.pointsEarnedForSale(sale.id);
    if (earned <= 0)
        return 0;
    // The refunded total already includes this return.
    const Money refundedBefore = SaleRepository(m_db.connection()).refundedFor(sale.id) - record.refund;
    const qint64 share = pointsToReverse(earned, sale.total(), refundedBefore, record.refund);
    const qint64 balance = points.balance(*sale.customerId);
    const qint64 taken = std::min(share, std::max<qint64>(0, balance));
    if (taken < share)
        spdlog::info("points reversal for sale {} clamped from {} to {}: the points were spent", sale.id,
            share, taken);
    if (taken <= 0)
        return 0;
    PointsMovement movement;
    movement.customer = *sale.customerId;
    movement.happenedAt = record.returnedAt;
    movement.kind = PointsMovement::Kind::Reverse;
    movement.points = -taken;
    movement.sale = sale.id;
    movement.returnId = record.id;
    movement.staff = record.clerkId;
    points.append(movement);
    return taken;
}

} // namespace atelier
