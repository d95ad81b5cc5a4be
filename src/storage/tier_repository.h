#pragma once

#include "core/tier_change.h"
#include "core/tier_policy.h"

#include <QList>
#include <QSqlDatabase>

#include <unordered_map>
#include <vector>

namespace atelier {

// customer_tiers (each customer's tier now) and tier_history (every change with its reason).
class TierRepository
{
public:
    explicit TierRepository(QSqlDatabase db);
    ~TierRepository();

    std::unordered_map<CustomerId, TierState> all();
    TierState find(CustomerId customer);
    // Tier::None removes the customer's row.
    void set(CustomerId customer, const TierState &state);
    // The nightly run's decisions: each change's new tier, reached on the change's day (Tier::None
    // removes the row), and its history row. The first night on a big store sets a tier for most
    // customers: one set-based write per table on a server (BatchWrite), never a statement a customer.
    void apply(const std::vector<TierChange> &changes);

    QList<TierChange> history(CustomerId customer);

private:
    QList<TierChange> changes(const QString &where, qint64 value);
    QSqlDatabase m_db;
};

} // namespace atelier
