#include "services/points_service.h"

#include "core/clock.h"
#include "core/points_rules.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/loyalty_settings.h"
#include "services/retry.h"
#include "services/sale_service.h"
#include "services/try_read.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/points_repository.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>

namespace atelier {

namespace {

constexpr int maxReasonLength = 500;

// A balance as the %n of a translated plural (tr takes an int).
int plural(qint64 points)
{
    return int(std::min<qint64>(points, std::numeric_limits<int>::max()));
}

} // namespace

PointsService::PointsService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

ReadResult<qint64> PointsService::balance(CustomerId customer)
{
    return tryRead<qint64>(
        "points balance", [&] { return PointsRepository(m_db.connection()).balance(customer); });
}

ReadResult<QList<PointsMovement>> PointsService::movements(CustomerId customer, int limit)
{
    return tryRead<QList<PointsMovement>>(
        "points movements", [&] { return PointsRepository(m_db.connection()).movements(customer, limit); });
}

ReadResult<QList<PointsMovement>> PointsService::ledger(CustomerId customer)
{
    return tryRead<QList<PointsMovement>>(
        "points ledger", [&] { return PointsRepository(m_db.connection()).ledger(customer); });
}

PointsResult PointsService::failed(const char *what, const StorageError &error)
{
    spdlog::error("{} failed: {}", what, error.detail().toStdString());
    PointsResult result;
    result.message = error.userMessage();
    return result;
}

QString PointsService::notEnough(qint64 balance)
{
    return tr("Only %n point(s) available.", nullptr, plural(balance));
}

QString PointsService::redemptionRefusal(Tier tier, const PointsRules &rules)
{
    if (rules.mayRedeem(tier))
        return QString();
    return tr("Points can be redeemed from Silver up; this customer is a Member. Her points stay in her "
              "account until her spend reaches Silver.");
}

void PointsService::redeemWithin(CustomerId customer, qint64 points, std::optional<StaffId> clerk,
    const PointsRules &rules, PointsResult &result, bool &overdrawn)
{
    // Immediate: on SQLite a second counter redeeming for her waits here and then reads the balance this
    // one leaves; on PostgreSQL the ledger's rule does the waiting (see below).
    Transaction transaction(m_db.connection(), Transaction::Mode::Immediate);
    if (!CustomerRepository(m_db.connection()).find(customer)) {
        result.message = tr("This customer does not exist.");
        return;
    }
    const Tier tier = TierRepository(m_db.connection()).find(customer).tier;
    if (const QString refused = redemptionRefusal(tier, rules); !refused.isEmpty()) {
        result.message = refused;
        return;
    }
    PointsRepository ledger(m_db.connection());
    const qint64 balance = ledger.balance(customer);
    if (points > balance) {
        result.message = notEnough(balance);
        return;
    }
    PointsMovement movement;
    movement.customer = customer;
    movement.happenedAt = m_clock.now();
    movement.kind = PointsMovement::Kind::Redeem;
    movement.points = -points;
    movement.staff = clerk;
    try {
        result.id = ledger.append(movement);
    } catch (const StorageError &error) {
        // PostgreSQL: another counter redeemed for her after the balance above was read; the ledger's
        // rule waited for it to commit, summed again and refused this row (points never below zero).
        if (error.kind() != StorageError::Kind::Constraint)
            throw;
        overdrawn = true;
        return;
    }
    result.value = redemptionValue(points, rules);
    result.balance = balance - points;
    AuditTrail(m_db, m_clock).recordRedemption(m_db.auditActor(), customer, points, result.value);
    transaction.commit();
}

PointsResult PointsService::redeem(CustomerId customer, qint64 points, std::optional<StaffId> clerk)
{
    PointsResult result;
    const PointsRules rules = LoyaltySettings(m_db).rules().points;
    if (points <= 0) {
        result.message = tr("Redeem at least %n point(s).", nullptr, rules.redeemPoints);
        return result;
    }
    if (points % rules.redeemPoints != 0) {
        result.message = tr("Points are redeemed in blocks of %n.", nullptr, rules.redeemPoints);
        return result;
    }
    bool overdrawn = false;
    try {
        Retry::run("points redemption", [&] {
            result = PointsResult();
            overdrawn = false;
            redeemWithin(customer, points, clerk, rules, result, overdrawn);
        });
        if (overdrawn) {
            // Rolled back: the balance now, with the other counter's redemption in it.
            const qint64 balance = PointsRepository(m_db.connection()).balance(customer);
            result.message = notEnough(balance);
        }
    } catch (const StorageError &error) {
        return failed("points redemption", error);
    }
    if (!result.ok())
        return result;
    spdlog::info("points redeemed: customer {}, {} points, ledger row {}", customer, points, *result.id);
    emit pointsChanged(customer);
    return result;
}

PointsResult PointsService::adjust(
    CustomerId customer, qint64 delta, const QString &reason, std::optional<StaffId> manager)
{
    PointsResult result;
    result.badInput = true; // until the request has passed its checks
    if (const QString refused = Access::refusal(m_db, Permission::AdjustPoints); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    const QString why = reason.trimmed();
    if (delta == 0) {
        result.message = tr("An adjustment must add or take away at least one point.");
        return result;
    }
    if (why.isEmpty()) {
        result.message = tr("Give a reason for the adjustment.");
        return result;
    }
    if (why.size() > maxReasonLength) {
        result.message = tr("The reason is too long (at most %1 characters).").arg(maxReasonLength);
        return result;
    }
    try {
        Transaction transaction(m_db.connection());
        const std::optional<StaffMember> staff
            = manager ? StaffRepository(m_db.connection()).find(*manager) : std::nullopt;
        const bool commandLine = !manager && m_db.auditActor().kind == AuditActor::Kind::Cli;
        if (!commandLine && (!staff || !staff->manager || !staff->active)) {
            result.message = tr("Only a manager can adjust points.");
            return result;
        }
        if (!CustomerRepository(m_db.connection()).find(customer)) {
            result.message = tr("This customer does not exist.");
            return result;
        }
        result.badInput = false;
        PointsRepository ledger(m_db.connection());
        const qint64 balance = ledger.balance(customer);
        if (balance + delta < 0) {
            result.message = tr(
                "Only %n point(s) available: the balance cannot go below zero.", nullptr, plural(balance));
            return result;
        }
        PointsMovement movement;
        movement.customer = customer;
        movement.happenedAt = m_clock.now();
        movement.kind = PointsMovement::Kind::Adjust;
        movement.points = delta;
        if (delta > 0)
            movement.expiresOn = pointsExpireOn(m_clock.today(), LoyaltySettings(m_db).rules().points);
        movement.staff = manager;
        movement.reason = why;
        result.id = ledger.append(movement);
        result.balance = balance + delta;
        AuditTrail(m_db, m_clock).recordPointsAdjusted(m_db.auditActor(), customer, delta, why);
        transaction.commit();
    } catch (const StorageError &error) {
        return failed("points adjustment", error);
    }
    spdlog::info("points adjusted: customer {}, {:+} points by {}, ledger row {}", customer, delta,
        manager ? "staff " + std::to_string(*manager) : std::string("the command line"), *result.id);
    emit pointsChanged(customer);
    return result;
}

void PointsService::followSales(const SaleService &sales)
{
    const auto moved = [this](auto, std::optional<CustomerId> customer) {
        if (customer)
            emit pointsChanged(*customer);
    };
    connect(&sales, &SaleService::saleRecorded, this, moved);
    connect(&sales, &SaleService::returnRecorded, this, moved);
}

} // namespace atelier
