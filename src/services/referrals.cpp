#include "services/referrals.h"

#include "services/access.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/referral_repository.h"

namespace atelier {

Referrals::Referrals(Database &db)
    : m_db(db)
{
}

ReadResult<QList<ReferredCustomer>> Referrals::broughtBy(CustomerId referrer)
{
    return tryRead<QList<ReferredCustomer>>(
        "referred customers", [&] { return ReferralRepository(m_db.connection()).referredBy(referrer); });
}

// The store's referrers and rates are the manager's figures; a clerk's card reads only whom one
// customer brought (broughtBy).
ReadResult<QList<ReferrerRow>> Referrals::referrers(std::optional<int> top)
{
    if (const QString refused = Access::refusal(m_db, Permission::SeeOtherClerksReports); !refused.isEmpty())
        return {std::nullopt, refused};
    return tryRead<QList<ReferrerRow>>(
        "referrers", [&] { return ReferralRepository(m_db.connection()).referrers(top); });
}

ReadResult<ReferralFigures> Referrals::figures(const ReportPeriod &period, int top)
{
    if (const QString refused = Access::refusal(m_db, Permission::SeeOtherClerksReports); !refused.isEmpty())
        return {std::nullopt, refused};
    return tryRead<ReferralFigures>("referral figures", [&] {
        ReferralRepository referrals(m_db.connection());
        ReferralFigures figures;
        figures.current = referrals.rate(period);
        figures.previous = referrals.rate(period.previous());
        const QDate lastMonth(period.to.year(), period.to.month(), 1);
        for (int back = 11; back >= 0; --back) {
            const QDate month = lastMonth.addMonths(-back);
            figures.months << referrals.rate(ReportPeriod::month(month.year(), month.month()));
        }
        figures.topReferrers = referrals.referrers(top);
        return figures;
    });
}

} // namespace atelier
