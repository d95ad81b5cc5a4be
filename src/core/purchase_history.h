#pragma once

#include "core/bg_nbd.h"
#include "core/gamma_gamma.h"
#include "core/purchase_cycle.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace atelier {

// The unit the prediction models count time in. Weeks by default: the published fits are in weeks,
// and a clothing store's customers do not come back within days.
enum class TimeUnit
{
    Day,
    Week,
};

QString toCode(TimeUnit unit); // "day", "week"
std::optional<TimeUnit> timeUnitFromCode(const QString &code);
double daysPer(TimeUnit unit);

// One purchase as the models count it: the store's calendar day of the sale and what it kept after
// refunds (in fen). Which sales are purchases is decided where they are read (a sale that is not the
// replacement side of an exchange and kept some value; see storage/purchase_history_query).
struct PurchaseDay
{
    QDate day;
    std::int64_t fen = 0;
};

// One customer's history summarised for the models, as of the end of a day:
// - a day with purchases counts once, its value is the sum of that day's purchases;
// - the first purchase day is time 0 and is not a repeat purchase: x = purchase days − 1;
// - t_x = days from the first to the last purchase day, T = days from the first purchase day to the
//   as-of day, both divided by 7 for weeks;
// - z̄ = the mean value of the repeat days (the first day's value is left out, as in the models).
struct PurchaseHistorySummary
{
    RepeatSummary repeat;
    SpendSummary spend;
    PurchaseCycle cycle; // the median interval and next expected day (three purchase days or more)
    int daysSinceLastPurchase = 0;
    QDate firstPurchase;
    QDate lastPurchase;
};

// `purchases`: one customer's purchases, in any order, none after `asOf`; at least one.
PurchaseHistorySummary summarizePurchases(
    const std::vector<PurchaseDay> &purchases, const QDate &asOf, TimeUnit unit);

} // namespace atelier
