#pragma once

#include "core/customer.h"
#include "core/loyalty.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

using CampaignId = qint64;

// What a campaign is for (campaigns.kind). Codes: member_day, new_arrivals, vip_fitting, holiday_sale,
// clearance, fashion_show.
enum class CampaignKind
{
    MemberDay,
    NewArrivals,
    VipFitting,
    HolidaySale,
    Clearance,
    FashionShow // an event, like the member day and the private fitting: invitations are answered and
                // attended
};

// Which side of the random split a member of the audience is on (campaign_members.member_group).
enum class CampaignGroup
{
    Invited,
    Holdout
};

// The kind of coupon the offer hands out; the same codes as coupons.kind (amount, percent, gift).
enum class OfferKind
{
    Amount, // value: fen off
    Percent, // value: whole percent off, 1–99
    Gift // value: 0
};

QString toCode(CampaignKind value);
QString toCode(CampaignGroup value);
QString toCode(OfferKind value);
std::optional<CampaignKind> campaignKindFromCode(const QString &code);
std::optional<CampaignGroup> campaignGroupFromCode(const QString &code);
std::optional<OfferKind> offerKindFromCode(const QString &code);

// Slow stock to the right people (seed 002 §5): the manager types the style numbers (or categories)
// and the sizes still in stock; there is no stock table. A customer qualifies when she is interested
// and fits:
// - interested: she bought one of the style numbers, or any style in the categories those style numbers
//   were sold in (or in a category typed) — "similar" — or she carries one of the style tags
//   (tags.category = 'style'): those the manager picks, or else the (up to three) style tags most carried
//   by the customers who bought those styles;
// - fits (when sizes are given): her archive's size_top or size_bottom is one of the sizes, or she
//   bought one of those sizes.
struct SlowStockFilter
{
    QStringList styles; // style numbers still in stock
    QStringList categories; // categories typed (besides those the styles were sold in)
    QStringList sizes; // sizes still in stock; empty: any size
    QStringList styleTags; // picked, or filled with the most carried ones when the campaign is created

    bool isEmpty() const
    {
        return styles.isEmpty() && categories.isEmpty() && sizes.isEmpty() && styleTags.isEmpty();
    }
    bool operator==(const SlowStockFilter &) const = default;
};

// Who a campaign targets. Each field left empty is no filter; the kinds of filter combine with AND, the
// values within one kind with OR ("any of"). Marketing consent is always required and erased customers
// never qualify (the audience query adds both).
struct AudienceFilters
{
    QStringList segments; // store or named segment codes as `atelier-cli rfm` prints them (customer_scores)
    QList<Tier> tiers; // Tier::None: customers without a tier
    QStringList tags; // tag names, any of
    QStringList sizes; // sizes bought (sale_lines.size)
    QStringList styles; // style numbers bought (sale_lines.style_no)
    QStringList categories; // categories bought (sale_lines.category)
    QDate lastPurchaseFrom; // last purchase on or after this day; invalid: open
    QDate lastPurchaseTo; // last purchase on or before this day; invalid: open
    std::optional<double> pAliveMin; // P(alive) band, 0–1 inclusive (customer_predictions)
    std::optional<double> pAliveMax;
    SlowStockFilter slowStock; // combines with the others with AND; empty: no slow-stock filter

    bool isEmpty() const;
    bool operator==(const AudienceFilters &) const = default;
};

// The filters as campaigns.filters keeps them (JSON), and back; unreadable text gives no filters.
QString toStoredText(const AudienceFilters &filters);
AudienceFilters filtersFromStoredText(const QString &text);

// The offer: a coupon template. Coupons issued from it are valid from the campaign's first to its last
// day, reason `campaign`.
struct CampaignOffer
{
    OfferKind kind = OfferKind::Amount;
    qint64 value = 0; // fen for Amount, whole percent for Percent, 0 for Gift
    Money minSpend;
    bool operator==(const CampaignOffer &) const = default;
};

// A campaign as stored.
struct Campaign
{
    CampaignId id = 0;
    QString name;
    CampaignKind kind = CampaignKind::MemberDay;
    QDate firstDay;
    QDate lastDay;
    int holdoutPercent = 10; // whole number 0–99
    quint64 seed = 0; // draws the holdout (core/holdout)
    AudienceFilters filters;
    std::optional<CampaignOffer> offer;
    QDateTime createdAt;
    QString createdBy;
};

// A campaign in a list, with the size of its frozen audience.
struct CampaignSummary
{
    Campaign campaign;
    int invited = 0;
    int holdout = 0;
    int invitationsSent = 0; // invited members whose invited_at is set
};

// An event campaign (member day, VIP private fitting, fashion show): its invited customers answer
// the invitation and come or not, recorded at the counter.
bool isEvent(CampaignKind kind);

// One member of a frozen audience.
struct CampaignMember
{
    CustomerId customer = 0;
    CampaignGroup group = CampaignGroup::Invited;
    QDateTime invitedAt; // invalid: the invitation has not gone out to her
    std::optional<bool> rsvp; // her answer: true "will come", false "won't come"; none: no answer yet
    QDateTime rsvpAt;
    QDateTime attendedAt; // invalid: not recorded as come
    std::optional<StaffId> recordedBy; // the clerk who recorded the last answer or attendance
};

// A customer's invitation to an event campaign, as the card at the counter shows it.
struct CustomerInvitation
{
    Campaign campaign;
    CampaignMember member;
};

// What one group did in the campaign's window (core/campaign_effect computes rates and intervals).
struct GroupFigures
{
    int customers = 0;
    int buyers = 0;
    Money revenue; // kept value of the buyers' purchases in the window
    double revenueSquares = 0; // sum over customers of (revenue in fen)², for Welch's variance
    int couponsRedeemed = 0; // the campaign's coupons redeemed by this group (0 for the holdout)
    int rsvpYes = 0; // event campaigns: answered "will come" (the holdout, never invited: 0)
    int rsvpNo = 0;
    int attended = 0;
    Money offerCost; // discount_fen of those redeemed coupons

    double conversion() const; // buyers / customers; 0 for an empty group
    double revenuePerCustomer() const; // fen; 0 for an empty group
};

// A difference invited − holdout with its 95 % interval.
struct LiftInterval
{
    double estimate = 0;
    double low = 0;
    double high = 0;
    bool valid = false; // false when a group is too small to say anything
    bool includesZero() const { return !valid || (low <= 0 && high >= 0); }
};

// The effect of a campaign: both groups side by side and the lifts.
struct CampaignEffect
{
    GroupFigures invited;
    GroupFigures holdout;
    int attributionDays = 14;
    QDate firstDay;
    QDate lastCountedDay; // the last day + the attribution days
    LiftInterval conversionLift; // a share (0.03 = 3 points), Newcombe hybrid Wilson score
    LiftInterval revenueLift; // fen per customer, Welch
    bool event = false; // an event campaign: RSVPs and attendance are shown
};

// Campaign kinds and groups in words, in the UI language.
class CampaignLabels
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLabels)
public:
    static QString of(CampaignKind value);
    static QString of(CampaignGroup value);
};

} // namespace atelier
