#include "support/history_store.h"

#include "core/campaign.h"
#include "core/holdout.h"
#include "core/sale.h"
#include "core/stored_time.h"
#include "services/complaint_service.h"
#include "services/coupon_service.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/handover_notes.h"
#include "services/nightly_job.h"
#include "services/sale_service.h"
#include "services/satisfaction.h"
#include "services/store.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/segment_history_repository.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace atelier::testing {

namespace {

const QTimeZone zone(8 * 3600);

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), zone);
}

CustomerId registered(Store &store, const QString &name, const QString &phone, StaffId by)
{
    const SaveResult saved = store.customers().registerCustomer(name, phone, by);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    return *saved.id;
}

SaleLineId sold(Store &store, CustomerId who, const QDateTime &when, Money price)
{
    return recordSaleAt(store, who, when, price);
}

} // namespace

HistoryStore fillHistoryStore(TempStore &t)
{
    Store &store = t.store();
    const QSqlDatabase db = store.database().connection();
    HistoryStore h;
    h.clerk = StaffRepository(db).insert(QStringLiteral("小王"), false);

    // edit (registered), then referral: she brings 李静 the next day.
    t.clock().set(at(6, 1, 9));
    h.her = registered(store, QStringLiteral("王芳"), QStringLiteral("13812345678"), h.clerk);
    t.clock().set(at(6, 2, 11));
    h.brought = registered(store, QStringLiteral("李静"), QStringLiteral("13987654321"), h.clerk);
    CustomerArchive friendArchive = *readValue(store.customers().load(h.brought));
    friendArchive.customer.referrerId = h.her;
    REQUIRE(store.customers().save(friendArchive).ok());

    // purchase and points (earned).
    sold(store, h.her, at(6, 1, 15), Money::fromYuan(2000));

    // campaign (invited, answered, attended) and its message copy, a contact; 李静 is the holdout.
    CampaignRepository campaigns(db);
    Campaign campaign;
    campaign.name = QStringLiteral("会员日");
    campaign.kind = CampaignKind::MemberDay;
    campaign.firstDay = QDate(2026, 6, 6);
    campaign.lastDay = QDate(2026, 6, 8);
    campaign.holdoutPercent = 50;
    campaign.createdAt = at(6, 5, 9);
    const CampaignId campaignId = campaigns.insert(campaign);
    campaigns.insertMembers(campaignId, HoldoutSplit{{h.her}, {h.brought}});
    campaigns.recordInvitations(campaignId, {h.her}, at(6, 5, 12), QStringLiteral("sms"), h.clerk);
    campaigns.recordRsvp(campaignId, h.her, true, at(6, 6, 12), h.clerk);
    campaigns.recordAttendance(campaignId, h.her, at(6, 8, 12), h.clerk);

    // segment: a move the nightly run would have written.
    SegmentHistoryRepository(db).add(
        h.her, QDate(2026, 6, 7), StoreSegment::None, StoreSegment::Potential, 0);

    // return and exchange (each takes points back; the replacement sale is no purchase of its own).
    const SaleLineId returned = sold(store, h.her, at(6, 10, 15), Money::fromYuan(300));
    const SaleLineId exchanged = sold(store, h.her, at(6, 10, 16), Money::fromYuan(300));
    t.clock().set(at(6, 12, 11));
    REQUIRE(store.sales().recordReturn(returned, 1, QStringLiteral("too small")).ok());
    SaleLine replacement;
    replacement.styleNumber = QStringLiteral("A1001");
    replacement.size = QStringLiteral("L");
    replacement.listPrice = replacement.paidPrice = Money::fromYuan(300);
    REQUIRE(store.sales().recordExchange(exchanged, 1, replacement, QStringLiteral("size")).ok());

    // complaint: taken down, then acknowledged.
    t.clock().set(at(6, 13, 9));
    ComplaintDraft draft;
    draft.customer = h.her;
    draft.content = QStringLiteral("A seam came loose");
    draft.takenBy = h.clerk;
    const ComplaintResult taken = store.complaints().intake(draft);
    REQUIRE(taken.ok());
    t.clock().set(at(6, 13, 10));
    REQUIRE(store.complaints().acknowledge(taken.complaint->id, h.clerk, at(6, 16, 10), h.clerk).ok());

    // follow_up: planned, then done.
    t.clock().set(at(6, 13, 12));
    FollowUpTask task;
    task.customer = h.her;
    task.dueOn = QDate(2026, 6, 14);
    task.channel = TaskChannel::Phone;
    task.purpose = TaskPurpose::Planned;
    task.createdBy = h.clerk;
    const TaskResult planned = store.followUps().create(task);
    REQUIRE(planned.ok());
    t.clock().set(at(6, 14, 16));
    REQUIRE(store.followUps().markDone(*planned.id, TaskOutcome::Reached, {}, {}, h.clerk).ok());
    // satisfaction: the score she gave on that call (a day: T00:00:00).
    REQUIRE(store.satisfaction().recordFollowUp(h.her, *planned.id, 4, QStringLiteral("Friendly call")).ok());

    // tier: the nightly run of the 14th.
    t.clock().set(at(6, 15, 2));
    REQUIRE(
        NightlyJob(store.database(), t.clock()).run(QDate(2026, 6, 14), NightlyRun::StartedBy::Manual).result
        == NightlyRun::Result::Ok);

    // At "now", all in the same second: a coupon issued and redeemed by a purchase (which earns
    // points), a handover note, an edit, a referral reward (a day: T00:00:00) and a lost sale.
    t.clock().set(at(6, 15, 10));
    ManualCoupon manual;
    manual.customer = h.her;
    manual.value = 5000;
    manual.validTo = QDate(2026, 7, 15);
    const CouponResult coupon = store.coupons().issueManual(manual);
    INFO(coupon.message.toStdString());
    REQUIRE(coupon.ok());
    Sale withCoupon;
    withCoupon.customerId = h.her;
    withCoupon.soldAt = at(6, 15, 10);
    withCoupon.couponCode = coupon.coupon->code;
    SaleLine line;
    line.styleNumber = QStringLiteral("B2002");
    line.listPrice = line.paidPrice = Money::fromYuan(500);
    withCoupon.lines << line;
    REQUIRE(store.sales().recordSale(withCoupon).ok());
    REQUIRE(
        store.handover().write(QStringLiteral("王芳 asked for the blue coat\nin M"), {h.her}, h.clerk).ok());
    CustomerArchive archive = *readValue(store.customers().load(h.her));
    archive.customer.sizeTop = QStringLiteral("M");
    REQUIRE(store.customers().save(archive).ok());
    // The referral reward and the lost sale, which other parts of issue 23 write, as they store them.
    sql::run(db,
        QStringLiteral("INSERT INTO referral_rewards (referred_id, referrer_id, granted_on, points) VALUES "
                       "(?, ?, ?, ?)"),
        {h.brought, h.her, QStringLiteral("2026-06-15"), 200});
    sql::run(db,
        QStringLiteral(
            "INSERT INTO lost_sales (recorded_at, recorded_by, customer_id, style_no, colour, size, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {toStoredText(at(6, 15, 10)), h.clerk, h.her, QStringLiteral("2601-BLK"), QStringLiteral("黑"),
            QStringLiteral("M"), QStringLiteral("size_out_of_stock")});
    return h;
}

} // namespace atelier::testing
