#pragma once

#include "core/tier_change.h"
#include "core/tier_policy.h"

#include <QList>
#include <QSqlDatabase>

#include <unordered_map>

namespace atelier {

// customer_tiers (each customer's tier now) and tier_history (every change with its reason).
class TierRepository
{
public:
    explicit TierRepository(QSqlDatabase db);

    std::unordered_map<CustomerId, TierState> all();
    TierState find(CustomerId customer);
    // Tier::None removes the customer's row.
    void set(CustomerId customer, const TierState &state);

    void addChange(const TierChange &change);
    QList<TierChange> history(CustomerId customer);
    QList<TierChange> changesOfRun(qint64 runId);

private:
    QList<TierChange> changes(const QString &where, qint64 value);
    QSqlDatabase m_db;
};

} // namespace atelier
