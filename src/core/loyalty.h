#pragma once

#include "core/customer.h"
#include "core/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// Membership tiers (会员等级), lowest first: comparisons mean "higher tier".
enum class Tier
{
    None,
    Silver,
    Gold,
    Black
};

// The store's own four segments (seed 002 §3), plus three so that every customer who has bought
// something has exactly one: Occasional (recent, few purchases, spend outside Potential's moderate
// band), Lapsing (between Active and Dormant, bought 91–182 days ago) and Lapsed regular (quiet as
// long as Dormant, but with more purchases than Dormant allows). Rules in docs/rfm.md.
enum class StoreSegment
{
    None, // no purchase yet
    Vip,
    Active,
    Potential,
    Occasional,
    Lapsing,
    Dormant,
    LapsedRegular
};

// The well-known named RFM segments, from the R score and the mean of F and M (docs/rfm.md).
enum class NamedSegment
{
    None,
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost
};

// Stable codes for the database and CSV ("" for None); never shown to people as they are.
QString toCode(Tier value);
QString toCode(StoreSegment value);
QString toCode(NamedSegment value);
Tier tierFromCode(const QString &code);
StoreSegment segmentFromCode(const QString &code);
NamedSegment namedSegmentFromCode(const QString &code);
// Every store segment with a code (not None), in the order lists and charts show them.
QList<StoreSegment> allStoreSegments();
// Their codes, in the same order: what `rfm` prints and `export --segment` accepts.
QStringList storeSegmentCodes();
// Every named segment's code (not None), in the order of the RFM grid's names.
QStringList namedSegmentCodes();

// What one SQL pass over the sales says about a customer as of a date. Purchases are sales that
// are not the replacement side of an exchange and were not refunded in full; spend is net of
// refunds.
struct CustomerActivity
{
    CustomerId customer = 0;
    QDate lastPurchase; // invalid: never bought
    int purchases = 0; // all purchases up to the date
    int recentPurchases = 0; // purchases in the frequency window (half a year by default)
    Money spend; // net spend up to the date
    Money tierSpend; // net spend in the tier window (the same as spend when the window is lifetime)
};

// 1–5 each; 0 for a customer with no purchase.
struct RfmScore
{
    int r = 0;
    int f = 0;
    int m = 0;
    bool operator==(const RfmScore &) const = default;
};

// What the nightly run keeps about a customer who has bought something.
struct CustomerScore
{
    CustomerId customer = 0;
    QDate lastPurchase;
    int purchases = 0;
    int recentPurchases = 0;
    Money spend;
    Money tierSpend;
    RfmScore score;
    StoreSegment segment = StoreSegment::None;
    NamedSegment named = NamedSegment::None;
    StoreSegment previousSegment = StoreSegment::None; // before the last change of segment
    QDate segmentSince; // the as-of date of the run that put the customer in this segment
    bool operator==(const CustomerScore &) const = default;
};

} // namespace atelier
