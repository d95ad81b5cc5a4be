#include "core/campaign_effect.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace atelier {

CampaignEffectMath::Bounds CampaignEffectMath::wilson(int buyers, int customers, double z)
{
    if (customers <= 0)
        return {0.0, 1.0};
    const double n = customers;
    const double p = double(buyers) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

LiftInterval CampaignEffectMath::conversionLift(const GroupFigures &invited, const GroupFigures &holdout)
{
    LiftInterval lift;
    lift.estimate = invited.conversion() - holdout.conversion();
    if (invited.customers <= 0 || holdout.customers <= 0)
        return lift;
    const double p1 = invited.conversion();
    const double p2 = holdout.conversion();
    const Bounds w1 = wilson(invited.buyers, invited.customers);
    const Bounds w2 = wilson(holdout.buyers, holdout.customers);
    lift.low = lift.estimate - std::sqrt((p1 - w1.low) * (p1 - w1.low) + (w2.high - p2) * (w2.high - p2));
    lift.high = lift.estimate + std::sqrt((w1.high - p1) * (w1.high - p1) + (p2 - w2.low) * (p2 - w2.low));
    lift.valid = true;
    return lift;
}

namespace {

// The sample variance of the per-customer revenues (fen²), from their sum and sum of squares.
double sampleVariance(const GroupFigures &group)
{
    const double n = group.customers;
    const double mean = double(group.revenue.fen()) / n;
    return std::max(0.0, (group.revenueSquares - n * mean * mean) / (n - 1.0));
}

} // namespace

LiftInterval CampaignEffectMath::revenueLift(const GroupFigures &invited, const GroupFigures &holdout)
{
    LiftInterval lift;
    lift.estimate = invited.revenuePerCustomer() - holdout.revenuePerCustomer();
    if (invited.customers < 2 || holdout.customers < 2)
        return lift;
    const double a = sampleVariance(invited) / invited.customers;
    const double b = sampleVariance(holdout) / holdout.customers;
    const double standardError = std::sqrt(a + b);
    lift.valid = true;
    if (standardError <= 0.0) {
        // Nobody's revenue varies (typically: nobody bought): the difference is what it is.
        lift.low = lift.high = lift.estimate;
        return lift;
    }
    const double freedom
        = (a + b) * (a + b) / (a * a / (invited.customers - 1.0) + b * b / (holdout.customers - 1.0));
    const boost::math::students_t distribution(freedom);
    const double t = boost::math::quantile(boost::math::complement(distribution, 0.025));
    lift.low = lift.estimate - t * standardError;
    lift.high = lift.estimate + t * standardError;
    return lift;
}

CampaignEffect CampaignEffectMath::measure(const GroupFigures &invited, const GroupFigures &holdout,
    const QDate &firstDay, const QDate &lastDay, int attributionDays)
{
    CampaignEffect effect;
    effect.invited = invited;
    effect.holdout = holdout;
    effect.attributionDays = attributionDays;
    effect.firstDay = firstDay;
    effect.lastCountedDay = lastDay.addDays(attributionDays);
    effect.conversionLift = conversionLift(invited, holdout);
    effect.revenueLift = revenueLift(invited, holdout);
    return effect;
}

} // namespace atelier
