#pragma once

#include "core/read_result.h"
#include "core/tier_benefit.h"
#include "core/write_result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

// One line of the customer card's benefits.
struct CardBenefit
{
    TierBenefit benefit;
    QDate lastUsed; // invalid: never used (for a coupon benefit: the last coupon issued)
    QDate usedInPeriodOn; // the use that holds today's period; invalid: none, or an 'always' benefit
    bool unusedThisYear = true; // no use in today's calendar year
    QString stylistName; // the personal stylist's name; empty when none is chosen or another kind
    // For the card: "Not used yet this year", "Used on 2026-05-03", "Coupon issued on …", "Stylist: …".
    QString status;
    // A clerk records uses of it at the counter (not a coupon, not the points rules). Still true once
    // today's period has its use: recording again is refused with the day of that use.
    bool recordable = false;
};

struct CustomerBenefits
{
    Tier tier = Tier::None;
    QList<CardBenefit> benefits; // the points rules first, then the stored ones lowest tier first
};

// What the editor's save gives back: the benefit as stored, or the field and the sentence why not.
struct BenefitSaveResult
{
    std::optional<TierBenefit> benefit;
    QString field; // the field at fault ("words_zh"…), empty for other failures
    QString message;
    bool ok() const { return benefit.has_value(); }
};

// Tier benefits (issue 22): what each tier promises, as data the manager edits, and their uses at
// the counter. The points multiplier and redemption are the points rules, shown as benefits and never
// stored twice (TierBenefit::pointsBenefits).
class BenefitService
{
    Q_DECLARE_TR_FUNCTIONS(BenefitService)
public:
    BenefitService(Database &db, const Clock &clock);

    // The card's list for a customer on today's date: her tier's benefits and those of the tiers
    // below (Gold keeps Silver's perks), with which are still unused this year.
    ReadResult<CustomerBenefits> benefitsFor(CustomerId customer);
    // A clerk records a use of a benefit at the counter (audited). A second use in the same period
    // (the year, or the day for a per-visit benefit) is refused naming the day of the first, even
    // when another window recorded it a moment ago.
    WriteResult recordUse(CustomerId customer, BenefitId benefit, const QString &note = {});

    // For the manager's editor: every offered benefit (and the retired ones when asked).
    ReadResult<QList<TierBenefit>> list(bool includeRetired = false);
    // Manager only; audited. Adds a benefit (id 0) at the end of its tier, or changes one.
    BenefitSaveResult save(const TierBenefit &benefit);
    // Manager only; audited. A benefit with uses is retired (kept for the uses' words), one without
    // is deleted.
    WriteResult remove(BenefitId benefit);

    // "Already used on 2026-05-03." — what a second use in the period is told.
    static QString alreadyUsedText(const QDate &usedOn);

    // The nightly run's step: the coupons benefits promise (a Silver birthday discount, a Black gift
    // box), each once in its period. Runs inside the nightly transaction; returns how many it issued.
    static int issueNightlyCoupons(Database &db, const Clock &clock, const QDate &asOf, qint64 runId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
