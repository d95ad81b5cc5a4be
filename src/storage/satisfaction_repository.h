#pragma once

#include "core/satisfaction.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace atelier {

// satisfaction_scores (migration 023): one customer's scores, recorded in the shop or imported from a
// survey, and the facts the service needs to name the clerk a score is about. Callers wrap writes in a
// Transaction.
class SatisfactionRepository
{
public:
    explicit SatisfactionRepository(QSqlDatabase db);

    // Writes the score and returns its id; nothing when its import key is there already (INSERT …
    // ON CONFLICT (import_key) DO NOTHING: the same survey row imported twice is stored once).
    std::optional<SatisfactionId> insert(const SatisfactionScore &score);
    // Hers, newest first.
    QList<SatisfactionScore> forCustomer(CustomerId customer);

    // The clerk of a sale of hers (none: not her sale, or no clerk), and whether it is hers.
    struct Owner
    {
        bool belongs = false;
        std::optional<StaffId> staff;
    };
    Owner sale(CustomerId customer, qint64 saleId);
    // Who did her follow-up (done_by, else its assignee).
    Owner followUp(CustomerId customer, qint64 taskId);
    // Whether she answered or attended the campaign (no clerk: a campaign is the store's).
    Owner campaign(CustomerId customer, qint64 campaignId);
    // Whether the complaint is hers; the staff is its responsible person, else whoever took it.
    Owner complaint(CustomerId customer, qint64 complaintId);
    // Her latest sale on `day` (the store's local day), for a score given after today's visit.
    std::optional<qint64> latestSaleOn(CustomerId customer, const QDate &day);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
