#pragma once

#include "core/customer.h"
#include "core/tier_benefit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace atelier {

class RawStatement;

// One use of a benefit (benefit_uses): a clerk's at the counter, or a coupon the nightly run issued.
struct BenefitUse
{
    qint64 id = 0;
    CustomerId customerId = 0;
    BenefitId benefitId = 0;
    QDate usedOn;
    std::optional<QString> periodKey; // TierBenefit::periodKey; none for an 'always' benefit
    QDateTime recordedAt;
    std::optional<StaffId> staffId;
    std::optional<qint64> couponId;
    QString note;
};

// A customer the nightly run might owe a coupon benefit: her current tier and birthday, and whether
// she already has a use of the benefit in asOf's year or the next (a birthday window can cross
// New Year).
struct BenefitCouponCandidate
{
    CustomerId customer = 0;
    Tier tier = Tier::None;
    QDate birthday; // invalid: not on file, or on file without her consent (not used then)
    bool usedThisYear = false;
    bool usedNextYear = false;
};

// Narrows the nightly run's candidates in SQL, as it reads them every night: with `birthdays` (month-day
// texts "MM-DD"), only customers born on one of those days; with `withoutUseIn`, only customers with no
// use in the year asked, or none in the next year either when `orNextYear`.
struct BenefitCandidateFilter
{
    QStringList birthdays;
    bool withoutUseIn = false;
    bool orNextYear = false;
};

// tier_benefits and benefit_uses. Callers wrap writes in a Transaction.
class BenefitRepository
{
public:
    explicit BenefitRepository(QSqlDatabase db);
    ~BenefitRepository();
    BenefitRepository(BenefitRepository &&) noexcept;
    BenefitRepository &operator=(BenefitRepository &&) noexcept;

    // Lowest tier first, then position and id; the retired ones only when asked.
    QList<TierBenefit> all(bool includeRetired = false);
    std::optional<TierBenefit> find(BenefitId id);
    // Writes a new benefit and fills in its id.
    BenefitId insert(TierBenefit &benefit);
    void update(const TierBenefit &benefit);
    void retire(BenefitId id, const QDateTime &at);
    // Only for a benefit without uses (the foreign key refuses otherwise).
    void remove(BenefitId id);
    int useCount(BenefitId id);

    // Writes the use unless the customer already has one of the benefit in the same period (the
    // UNIQUE key, ON CONFLICT DO NOTHING, so a second window's use is refused too). True and the id
    // filled in when written; false when the period already had a use.
    bool addUse(BenefitUse &use);
    void setUseCoupon(qint64 useId, qint64 couponId);
    // The use that holds the period, if any.
    std::optional<BenefitUse> useInPeriod(CustomerId customer, BenefitId benefit, const QString &periodKey);
    // Newest first.
    QList<BenefitUse> usesOf(CustomerId customer);
    QList<BenefitUse> usesOfBenefit(BenefitId benefit);

    // Every customer who is not erased and holds `minTier` or above, with her birthday and her uses
    // of `benefit`, or of any benefit of its kind, in `year` and `year + 1`: one query for the whole store,
    // narrowed by `filter`.
    QList<BenefitCouponCandidate> couponCandidates(
        BenefitId benefit, Tier minTier, int year, const BenefitCandidateFilter &filter = {});

    // The name of the customer's personal stylist; empty when none is chosen.
    QString stylistName(CustomerId customer);

private:
    QList<BenefitUse> uses(const QString &where, std::initializer_list<QVariant> values);
    QSqlDatabase m_db;
    // Prepared once per repository on SQLite's own handle: a first night writes thousands of uses.
    std::unique_ptr<RawStatement> m_addUse;
    std::unique_ptr<RawStatement> m_setUseCoupon;
};

} // namespace atelier
