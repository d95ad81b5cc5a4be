#pragma once

#include "core/loyalty.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace atelier {

// customer_scores: each buying customer's RFM facts, scores and segments as of the last run.
class ScoreRepository
{
public:
    explicit ScoreRepository(QSqlDatabase db);
    ~ScoreRepository();

    // Everything, keyed by customer: the nightly job compares against it and writes only changes.
    std::unordered_map<CustomerId, CustomerScore> all();
    std::optional<CustomerScore> find(CustomerId customer);
    // The nightly run's changed rows, each written whole, and the rows of customers no longer scored:
    // one set-based write each on a server (BatchWrite), whatever the number of rows.
    void writeAll(const std::vector<CustomerScore> &scores);
    void removeAll(const std::vector<CustomerId> &customers);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
