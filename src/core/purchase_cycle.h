#pragma once

#include <QDate>

#include <optional>
#include <vector>

namespace atelier {

// How often a customer buys, from the days they bought on. A day counts once however many sales it
// had (a customer who comes back the same afternoon did not start a new cycle). The follow-up
// calendar wakes customers up before their expected next purchase; the prediction work reuses it.
struct PurchaseCycle
{
    int purchaseDays = 0; // distinct days with a purchase
    QDate lastPurchase; // invalid: never bought
    std::optional<int> medianIntervalDays; // set from minimumPurchaseDays distinct days on
    QDate expectedNext; // lastPurchase + median; invalid without a median

    static constexpr int minimumPurchaseDays = 3; // two intervals: one alone says nothing about a habit
};

// The median of the gaps between consecutive purchase days; with an even number of gaps, the mean of
// the two middle ones rounded down. `days` may be unsorted and hold the same day more than once.
PurchaseCycle purchaseCycle(std::vector<QDate> days);

} // namespace atelier
