#pragma once

#include "core/loyalty.h"

#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <unordered_map>

namespace atelier {

class RawStatement;

// customer_scores: each buying customer's RFM facts, scores and segments as of the last run.
class ScoreRepository
{
public:
    explicit ScoreRepository(QSqlDatabase db);
    ~ScoreRepository();

    // Everything, keyed by customer: the nightly job compares against it and writes only changes.
    std::unordered_map<CustomerId, CustomerScore> all();
    std::optional<CustomerScore> find(CustomerId customer);
    void write(const CustomerScore &score);
    void remove(CustomerId customer);

private:
    QSqlDatabase m_db;
    std::unique_ptr<RawStatement> m_write;
};

} // namespace atelier
