#pragma once

#include "core/tier_change.h"
#include "core/tier_policy.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <unordered_map>

namespace atelier {

class RawStatement;

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

    void addChange(const TierChange &change);
    QList<TierChange> history(CustomerId customer);

private:
    QList<TierChange> changes(const QString &where, qint64 value);
    QSqlDatabase m_db;
    // Prepared once: the first nightly run on a big store writes a tier for most customers.
    std::unique_ptr<RawStatement> m_set;
    std::unique_ptr<RawStatement> m_unset;
    std::unique_ptr<RawStatement> m_change;
};

} // namespace atelier
