#pragma once

#include "core/customer.h"
#include "core/loyalty_rules.h"
#include "core/tier_benefit.h"
#include "services/demo_campaigns.h"
#include "services/demo_catalog.h"
#include "services/demo_random.h"
#include "services/demo_sales.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <cstdint>
#include <optional>

namespace atelier {

class BulkLoader;
class Database;

// The demo store's tier benefits in use (issue 22). The demo has no tiers until the nightly run, so
// each customer's tier is decided the way that run will decide it: her spend so far (paid minus
// refunds) against TierRules' default thresholds. On her visits of the demo's last year a Gold
// customer and up sometimes has a piece ironed or altered for free, now and then buys new arrivals
// first; a Black customer who came to the fashion show used her invitation, and most Black customers
// have a personal stylist among the clerks (the one who served her when she reached Black). Uses are
// dated on those days with the clerk of the counter, as BenefitService::recordUse records them.
class DemoBenefits
{
public:
    // `staff`: clerks first, the manager last (DemoStoreGenerator's order); stylists are clerks.
    DemoBenefits(
        Database &db, BulkLoader &loader, QDate lastDay, const QList<StaffId> &staff, std::uint64_t seed);

    // A sale as it is written, with its returns and exchanges, inside the caller's transaction.
    void visited(const DemoSale &drawn);
    // After the sales: the show invitations used and the stylists, in one transaction.
    void finish(const QList<DemoAttendance> &showAttendance);

    int uses() const { return m_uses; }
    int stylists() const { return m_stylists; }

private:
    struct Spend
    {
        qint64 fen = 0;
        QDate blackSince; // invalid: not Black yet
        std::optional<StaffId> servedWhenBlack;
        QDate alteredOn; // the last day of a free alteration
    };
    bool use(const std::optional<TierBenefit> &benefit, Tier tier, const Sale &sale);
    void write(
        const TierBenefit &benefit, CustomerId customer, const QDateTime &at, std::optional<StaffId> clerk);

    Database &m_db;
    BulkLoader &m_loader;
    QDate m_firstUseDay; // the demo's last year
    QDate m_lastDay;
    QList<StaffId> m_clerks;
    DemoRandom m_random;
    TierRules m_rules = demo::tierRules(); // the demo store's, as its nightly run uses them
    std::optional<TierBenefit> m_alterations;
    std::optional<TierBenefit> m_newArrivals;
    std::optional<TierBenefit> m_showInvitation;
    QHash<CustomerId, Spend> m_spend;
    QList<CustomerId> m_black; // in the order they reached Black
    int m_uses = 0;
    int m_stylists = 0;
};

} // namespace atelier
