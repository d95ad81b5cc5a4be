#pragma once

#include "core/campaign.h"
#include "core/coupon.h"
#include "core/sale.h"
#include "services/demo_random.h"
#include "services/demo_sales.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <cstdint>
#include <optional>

namespace atelier {

class Database;
struct CampaignDraft;

// An invited customer recorded as come to an event campaign: when, and the clerk who recorded it.
struct DemoAttendance
{
    CustomerId customer = 0;
    QDateTime at;
    std::optional<StaffId> clerk;
};

// The demo store's marketing (issues 21 and 22): a few campaigns of the last months with their frozen
// audiences, holdouts and coupon offers, the seed's experience coupon on returns, and coupons
// redeemed at the customers' visits. The invited come a little more often in a campaign's window
// than the holdout, so the Campaigns page has a real effect to measure, and some do not, so the
// intervals are honest about chance. The event campaigns (member day, private fitting, fashion show)
// have their answers and attendance as the counter records them; the clearance is a slow-stock one.
class DemoMarketing
{
public:
    // `staff`: the demo's staff, clerks first and the manager last (DemoStoreGenerator's order).
    DemoMarketing(Database &db, QDate lastDay, const QList<StaffId> &staff, std::uint64_t seed);

    // After the customers are written: the campaigns, created as the manager would have created them
    // (CampaignService, a few days before each began), and the extra visits of invited customers
    // they brought, appended to `visits` (not yet sorted).
    void createCampaigns(QList<DemoVisit> &visits);
    // Every sale as it is written: who was at the counter on the campaigns' days, and which invited
    // customers came to an event on one of its days.
    void served(const Sale &sale);
    // After the sales: the clearance of last season's slow stock (its audience is who bought similar
    // styles and fits the sizes left), and the event campaigns' answers and attendance.
    void afterSales();
    // The fashion show's attendance, for the Black tier's show invitations (after afterSales()).
    const QList<DemoAttendance> &showAttendance() const { return m_showAttendance; }

    // Before a sale is written: when its customer holds a coupon valid that day whose minimum the sale
    // reaches, she usually uses it: the discount is spread over the lines. Returns the coupon to mark
    // once the sale has its id.
    std::optional<CouponId> useCoupon(Sale &sale);
    // The sale is written: the coupon is redeemed by it.
    void redeemed(CouponId coupon, const Sale &sale);
    // A return for a refund (not an exchange) hands over the seed's experience coupon.
    void returned(const ReturnRecord &record, CustomerId customer);
    // Coupons whose last day passed are expired, as the nightly run would have; counts them all.
    void finish();

    int campaigns() const { return m_campaigns; }
    int coupons() const { return m_coupons; }
    int answers() const { return m_answers; }
    int attended() const { return m_attended; }

private:
    // An event campaign's invited, and the first sale of each of them in its window.
    struct EventPlan
    {
        CampaignId id = 0;
        CampaignKind kind = CampaignKind::MemberDay;
        QDate firstDay;
        QDate lastDay;
        QDate invitedOn;
        QList<CustomerId> invited;
        QSet<CustomerId> invitedSet;
        QHash<CustomerId, DemoAttendance> came;
    };
    std::optional<CampaignId> launch(const CampaignDraft &draft, QList<CustomerId> &invited);
    void createClearance();
    void recordResponses(const EventPlan &plan);
    std::optional<StaffId> clerkOnCounter(const QDate &day);

    Database &m_db;
    QDate m_lastDay;
    QList<StaffId> m_clerks; // without the manager
    DemoRandom m_random;
    QHash<CustomerId, QList<Coupon>> m_held; // issued, not yet redeemed
    QList<EventPlan> m_events;
    QDate m_watchFrom; // the first day whose counter clerks are kept
    QHash<QDate, QList<StaffId>> m_onCounter;
    QList<DemoAttendance> m_showAttendance;
    int m_campaigns = 0;
    int m_coupons = 0;
    int m_answers = 0;
    int m_attended = 0;
};

} // namespace atelier
