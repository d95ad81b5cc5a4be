#pragma once

#include "core/customer.h"
#include "core/money.h"
#include "core/sale.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace atelier {

class Store;

namespace testing {

// A small store whose tiers and segments as of loyaltyAsOf() are known (default rules, lifetime
// tier spend), for the Tiers page and its report:
//
//   customer   purchases (days before the as-of date)   spend    segment     tier
//   王芳       6 in the last 25 days                    9000     VIP         Black
//   李静       3: 100, 95 and 90 days                    3500     Active      Gold   (Lapsing a day later)
//   张丽       1: 10 days                                1200     Potential   Silver
//   刘敏       1: 5 days                                  300     Potential   member
//   陈婷       1: 300 days                               1500     Dormant     Silver
//   杨雪       2: 130 and 120 days                       4000     Lapsing     Gold
//   赵燕, 黄丹 none                                          0     no purchase member
struct LoyaltyStore
{
    CustomerId wang = 0;
    CustomerId li = 0;
    CustomerId zhang = 0;
    CustomerId liu = 0;
    CustomerId chen = 0;
    CustomerId yang = 0;
    CustomerId zhao = 0;
    CustomerId huang = 0;
};

QDate loyaltyAsOf(); // 2026-06-14, the day before TempStore's "now"

// Registers the customers and records their sales through the services; fails the test on error.
LoyaltyStore fillLoyaltyStore(Store &store);

// Records one sale of `amount` to `customer` at noon, `daysBefore` days before loyaltyAsOf().
void recordPurchase(Store &store, CustomerId customer, int daysBefore, Money amount);

// Records one sale of `amount` (one dress, style A1001) to `customer` at `soldAt`; returns its line.
SaleLineId recordSaleAt(Store &store, CustomerId customer, const QDateTime &soldAt, Money amount);

} // namespace testing
} // namespace atelier
