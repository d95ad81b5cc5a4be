#pragma once

#include "core/read_result.h"
#include "core/referral.h"

#include <QList>

#include <optional>

namespace atelier {

class Database;

// Who brought whom, read for people: the customers a customer brought (her card), the referrers
// who brought most buyers (atelier-cli referrals, Reports) and the referral rate of a period.
class Referrals
{
public:
    explicit Referrals(Database &db);

    ReadResult<QList<ReferredCustomer>> broughtBy(CustomerId referrer);
    // By referred buyers (most first), then referred (most first), then customer id; the first
    // `top` when given.
    ReadResult<QList<ReferrerRow>> referrers(std::optional<int> top = std::nullopt);
    // The period's rate beside the period before, the rates of the twelve months up to its end and
    // the `top` referrers.
    ReadResult<ReferralFigures> figures(const ReportPeriod &period, int top = 10);

private:
    Database &m_db;
};

} // namespace atelier
