#pragma once

#include "core/loyalty_rules.h"
#include "core/sale.h"

#include <optional>

namespace atelier {

class Database;

// Keeps the points ledger in step with the counter: an 'earn' row for a sale to a customer, a
// 'reverse' row for a return or exchange. It writes inside the caller's open Transaction, so a sale
// and its points are saved together or not at all; a failed statement throws StorageError.
class PointsLedger
{
public:
    explicit PointsLedger(Database &db);

    // Earns points for a saved sale (sale.id set) at the customer's current tier, valid for the
    // rulebook's expiry period from the day of the sale. Returns the points written; 0 (and no row)
    // for a walk-in sale or one worth no points.
    qint64 earnForSale(const Sale &sale);

    // Takes back the share of the sale's points that belongs to a saved return or exchange (`record`
    // with its id, already in the returns table). If the customer has spent the points meanwhile,
    // only what is left is taken back: the balance never goes below zero. Returns the points taken
    // back.
    qint64 reverseForReturn(const Sale &sale, const ReturnRecord &record);

private:
    const PointsRules &rules();

    Database &m_db;
    std::optional<PointsRules> m_rules;
};

} // namespace atelier
