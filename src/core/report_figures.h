#pragma once

#include "core/customer.h"
#include "core/report_period.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

// The manager's report figures, plain values. Rates are ratios 0..1 (0 when the base is empty);
// docs/reports.md defines every one. Money is in fen.

inline double ratio(std::int64_t part, std::int64_t whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

// One slice of a distribution: a stable code (a gender, a source channel, a category as typed at
// the counter, an age band...) and its count or amount. The GUI turns codes into words.
struct Slice
{
    QString code;
    std::int64_t value = 0;
    bool operator==(const Slice &other) const = default;
};
using Distribution = QList<Slice>;

// Age bands as of the period's last day, from the birthday's year or the approximate birth year.
inline const QStringList ageBands = {QStringLiteral("under_25"), QStringLiteral("25_34"),
    QStringLiteral("35_44"), QStringLiteral("45_54"), QStringLiteral("55_plus"), QStringLiteral("unknown")};

// New customers of one source channel and how many became buyers (docs/reports.md, "Conversion").
struct Conversion
{
    QString source; // the source channel's code
    int registered = 0; // registered in the period
    int boughtWithin = 0; // first purchase at most conversionDays after registering (or before it)
    int boughtByNow = 0; // first purchase by today
    int medianDaysToFirst = -1; // of those who bought by today (0: the day she registered); -1: none
    double rate() const { return ratio(boughtWithin, registered); }
    bool operator==(const Conversion &other) const = default;
};

// A purchase, in the figures read from the customers' sales: a sale that is not the replacement side
// of an exchange and kept some value after its refunds, as the segments count it (docs/rfm.md).
struct CustomerFigures
{
    int atStart = 0; // registered before the period's first day
    int atEnd = 0; // registered by the period's last day
    int newCustomers = 0; // registered in the period
    Distribution genders; // customers at the end, by gender code ('' unknown)
    Distribution ages; // customers at the end, by ageBands
    Distribution sources; // new customers, by source channel code

    // From one pass over every customer's purchases (CustomerFlow):
    int prospectsAtEnd = 0; // registered by the last day, no purchase by it (nor before registering)
    // 12-month retention: of the customers who bought in the 12 months before the 12 months that end
    // with the period's last day (the base), those who bought again in those 12 months.
    int retentionBase = 0;
    int retained = 0;
    bool retentionSoFar = false; // the period is not over: purchases up to today
    // Customers who crossed into Dormant in the period: their last purchase became more than the
    // Dormant rule's days old on a day of the period (up to today), with at most its purchases in all.
    int crossedIntoDormant = 0;
    // The new customers who bought within conversionDays of registering, in all and by source.
    int convertedWithin = 0;
    bool conversionSoFar = false; // some new customer's conversionDays are not over yet
    int medianDaysToFirstPurchase = -1; // of the new customers who bought by today; -1: none
    QList<Conversion> conversion; // by source channel, the largest first

    static constexpr int conversionDays = 30;

    double growthRate() const { return ratio(atEnd - atStart, atStart); }
    double retentionRate() const { return ratio(retained, retentionBase); }
    double conversionRate() const { return ratio(convertedWithin, newCustomers); }
};

struct SalesFigures
{
    std::int64_t grossFen = 0; // sales made in the period, exchanges' replacements included
    std::int64_t refundFen = 0; // refunds of returns made in the period
    int orders = 0; // sales in the period that are not the replacement side of an exchange
    std::int64_t ordersFen = 0; // what those orders came to at the till
    int items = 0; // pieces on those orders
    int memberOrders = 0; // orders with a customer (walk-in sales have none)
    int buyers = 0; // distinct customers with an order
    int repeatBuyers = 0; // ... with two or more
    int returnedItems = 0; // pieces returned in the period
    Distribution categoryFen; // paid amount by category, orders in the period
    Distribution categoryItems; // pieces by category
    Distribution sizeItems; // pieces by size
    Distribution returnReasons; // returns in the period by reason text, counted

    std::int64_t netFen() const { return grossFen - refundFen; }
    // The orders' own total over the orders: refunds of earlier months and exchange replacements
    // belong to neither side.
    std::int64_t averageOrderFen() const { return orders == 0 ? 0 : ordersFen / orders; }
    double itemsPerOrder() const { return ratio(items, orders); }
    double purchaseFrequency() const { return ratio(memberOrders, buyers); }
    double repeatRate() const { return ratio(repeatBuyers, buyers); }
    double returnRate() const { return ratio(refundFen, grossFen); }
    double returnedItemRate() const { return ratio(returnedItems, items); }
};

struct LoyaltyFigures
{
    Distribution tiers; // customers at the end by tier ('' member), from the tier history
    int tierUps = 0; // tier changes in the period because spend reached a threshold
    int tierDowns = 0;
    Distribution segments; // as of the last nightly run (no history): the current period only
    Distribution segmentMoves; // "old>new": customers whose segment last changed in the period
    std::int64_t pointsIssued = 0; // earned in the period
    std::int64_t pointsReversed = 0; // taken back by returns
    std::int64_t pointsRedeemed = 0;
    std::int64_t pointsExpired = 0;
    std::int64_t pointsAdjusted = 0; // net manual adjustments (may be negative)
    std::int64_t pointsOutstanding = 0; // the balance of every customer at the period's end
    std::int64_t liabilityFen = 0; // outstanding points at the counter's redemption value
    // Coupons open at the period's end (issued, valid on its last day, not yet redeemed, expired
    // or cancelled then): amount coupons at face value, a liability like points; percent and gift
    // coupons only counted, since what they take off depends on a sale not yet made.
    std::int64_t amountCouponsOpen = 0;
    std::int64_t couponLiabilityFen = 0;
    std::int64_t otherCouponsOpen = 0;
};

struct ServiceFigures
{
    int complaints = 0; // received in the period
    int complaintsResolved = 0; // of those, resolved (or further) by now
    Distribution complaintCategories;
    int followUpsDue = 0; // due in the period, not cancelled
    int followUpsDone = 0; // ... and done
    double followUpCompletion() const { return ratio(followUpsDone, followUpsDue); }
};

// One clerk's period: registrations and their archive completeness (档案评比), sales, follow-ups, and
// the manager's targets for them (issue 24; docs/reports.md, "Staff").
struct StaffRow
{
    StaffId staff = 0;
    QString name;
    bool active = true;
    int registered = 0;
    int completenessTotal = 0; // sum of the registered customers' scores (0–100 each)
    int orders = 0;
    std::int64_t salesFen = 0;
    int followUpsDone = 0;
    int followUpsOnTime = 0; // ... done on or before the day they were due
    // The period's targets: the sum of its months' targets when every month of the period is a whole
    // calendar month with a target for that figure; empty otherwise.
    std::optional<std::int64_t> targetSalesFen;
    std::optional<int> targetNewArchives;
    std::optional<int> targetFollowUpsDone;
    // The customers she ever registered (by the period's end) who bought at all by then, and those of
    // them with two or more orders.
    int registeredBuyers = 0;
    int registeredRepeatBuyers = 0;
    // Satisfaction scores about her given in the period.
    int scores = 0;
    int scoreTotal = 0;
    int averageCompleteness() const { return registered == 0 ? 0 : completenessTotal / registered; }
    double repeatRate() const { return ratio(registeredRepeatBuyers, registeredBuyers); }
    double onTimeRate() const { return ratio(followUpsOnTime, followUpsDone); }
    double averageScore() const { return scores == 0 ? 0.0 : double(scoreTotal) / double(scores); }
};

struct StaffFigures
{
    QList<StaffRow> rows; // every staff member with any figure in the period, by name
    const StaffRow *find(StaffId id) const
    {
        for (const StaffRow &row : rows)
            if (row.staff == id)
                return &row;
        return nullptr;
    }
};

// A report for a period beside the period before.
template <typename Figures> struct Compared
{
    ReportPeriod period;
    ReportPeriod previousPeriod;
    Figures current;
    Figures previous;
};

} // namespace atelier
