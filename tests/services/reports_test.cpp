#include "core/display_format.h"
#include "core/report_period.h"
#include "services/customer_service.h"
#include "services/reports.h"
#include "services/store.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"
#include "support/report_store.h"
#include "support/temp_store.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

const ReportPeriod may = ReportPeriod::month(2026, 5);

qint64 valueOf(const Distribution &distribution, const QString &code)
{
    for (const Slice &slice : distribution)
        if (slice.code == code)
            return slice.value;
    return -1; // absent: distinct from a counted zero
}

} // namespace

TEST_CASE("a report period knows the period before it", "[core][reports]")
{
    CHECK(may.from == QDate(2026, 5, 1));
    CHECK(may.to == QDate(2026, 5, 31));
    CHECK(may.isMonth());
    CHECK(may.previous() == ReportPeriod::month(2026, 4));
    CHECK(ReportPeriod::month(2026, 3).previous() == ReportPeriod::month(2026, 2));
    CHECK(ReportPeriod::month(2026, 1).previous() == ReportPeriod::month(2025, 12));
    const ReportPeriod tenDays{QDate(2026, 5, 11), QDate(2026, 5, 20)};
    CHECK_FALSE(tenDays.isMonth());
    CHECK(tenDays.previous() == ReportPeriod{QDate(2026, 5, 1), QDate(2026, 5, 10)});
    CHECK(may.startKey() == QStringLiteral("2026-05-01"));
    CHECK(may.endKey() == QStringLiteral("2026-06-01"));
    CHECK(may.label() == DisplayFormat::month(2026, 5));
    CHECK(tenDays.label() == QStringLiteral("2026-05-11 – 2026-05-20"));
    CHECK(ReportPeriod::parseMonth(QStringLiteral("2026-05")) == may);
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("2026-13")).has_value());
    CHECK_FALSE(ReportPeriod::parseMonth(QStringLiteral("May")).has_value());
}

TEST_CASE("the customer report counts, grows, converts and splits the archive", "[services][reports]")
{
    TempStore t;
    fillReportStore(t.store());
    const Compared<CustomerFigures> r = readValue(Reports(t.store().database()).customers(may));
    CHECK(r.previousPeriod == ReportPeriod::month(2026, 4));

    const CustomerFigures &m = r.current;
    CHECK(m.atStart == 3);
    CHECK(m.atEnd == 6); // the customer registered on 1 June is not counted
    CHECK(m.newCustomers == 3);
    CHECK(m.growthRate() == Approx(1.0));
    // Nobody bought in the year before June 2025 – May 2026: no base, no retention to speak of.
    CHECK(m.retentionBase == 0);
    CHECK(m.retentionRate() == 0.0);
    CHECK_FALSE(m.retentionSoFar);
    CHECK(m.crossedIntoDormant == 0);
    // Registered by 31 May without a purchase by then: customers 3, 5 and 6.
    CHECK(m.prospectsAtEnd == 3);
    // New in May: 4 (WeChat) bought 18 days after registering; 5 and 6 have not bought.
    CHECK(m.convertedWithin == 1);
    CHECK(m.conversionRate() == Approx(1.0 / 3.0));
    CHECK(m.conversionSoFar); // customer 6 registered on 31 May: her 30 days end after today
    CHECK(m.medianDaysToFirstPurchase == 18);
    REQUIRE(m.conversion.size() == 3);
    for (const Conversion &row : m.conversion) {
        CHECK(row.registered == 1);
        CHECK(row.boughtWithin == (row.source == QStringLiteral("wechat") ? 1 : 0));
    }
    CHECK(valueOf(m.genders, QStringLiteral("female")) == 3);
    CHECK(valueOf(m.genders, QStringLiteral("male")) == 1);
    CHECK(valueOf(m.genders, QStringLiteral("other")) == 1);
    CHECK(valueOf(m.genders, QString()) == 1);
    CHECK(m.ages
        == Distribution{{QStringLiteral("under_25"), 1}, {QStringLiteral("25_34"), 0},
            {QStringLiteral("35_44"), 1}, {QStringLiteral("45_54"), 1}, {QStringLiteral("55_plus"), 1},
            {QStringLiteral("unknown"), 2}});
    CHECK(m.sources
        == Distribution{
            {QStringLiteral("referral"), 1}, {QStringLiteral("walk_in"), 1}, {QStringLiteral("wechat"), 1}});

    const CustomerFigures &a = r.previous;
    CHECK(a.atStart == 1);
    CHECK(a.atEnd == 3);
    CHECK(a.newCustomers == 2);
    CHECK(a.growthRate() == Approx(2.0));
    CHECK(a.prospectsAtEnd == 1); // customer 3
    CHECK(a.convertedWithin == 1); // customer 2, 7 days after registering
    CHECK(a.medianDaysToFirstPurchase == 7);
    CHECK_FALSE(a.conversionSoFar);
}

TEST_CASE("12-month retention and the crossings into Dormant on a hand-computed store", "[services][reports]")
{
    TempStore t;
    Store &store = t.store();
    const QDateTime now = t.clock().now(); // 2026-06-15
    t.clock().set(QDateTime(QDate(2024, 1, 10), QTime(10, 0), now.timeZone()));
    // Registered long before, each with her purchases (recorded once the clock is back on today).
    const std::vector<std::vector<QDate>> purchases{
        {QDate(2024, 7, 1), QDate(2025, 7, 1)}, // in both bases, retained in both
        {QDate(2025, 3, 1)}, // in both bases, never back
        {QDate(2024, 5, 15)}, // April's base only (May's starts on 1 June 2024)
        {QDate(2025, 10, 30)}, // Dormant on 1 May 2026: 183 days
        {QDate(2025, 6, 10), QDate(2025, 8, 10), QDate(2025, 10, 30)}, // a Lapsed regular, not Dormant
        {QDate(2025, 10, 1)}, // Dormant on 2 April 2026
    };
    std::vector<CustomerId> ids;
    for (std::size_t i = 0; i < purchases.size(); ++i) {
        const SaveResult saved = store.customers().registerCustomer(
            QStringLiteral("顾客"), QStringLiteral("1390000%1").arg(i + 1, 4, 10, QLatin1Char('0')), {});
        REQUIRE(saved.id);
        ids.push_back(*saved.id);
    }
    t.clock().set(now);
    for (std::size_t i = 0; i < purchases.size(); ++i)
        for (const QDate &day : purchases[i])
            recordSaleAt(store, ids[i], QDateTime(day, QTime(15, 0), now.timeZone()), Money::fromYuan(300));

    const Compared<CustomerFigures> r = readValue(Reports(store.database()).customers(may));
    CHECK(r.current.retentionBase == 2);
    CHECK(r.current.retained == 1);
    CHECK(r.current.retentionRate() == Approx(0.5));
    CHECK_FALSE(r.current.retentionSoFar);
    CHECK(r.current.crossedIntoDormant == 1);
    CHECK(r.previous.retentionBase == 3);
    CHECK(r.previous.retained == 1);
    CHECK(r.previous.crossedIntoDormant == 1);

    // June is not over on 15 June: its retention counts purchases so far.
    const Compared<CustomerFigures> june
        = readValue(Reports(store.database()).customers(ReportPeriod::month(2026, 6)));
    CHECK(june.current.retentionSoFar);
    CHECK_FALSE(june.previous.retentionSoFar);
}

TEST_CASE("the sales report: revenue, order value, frequency, mix and returns", "[services][reports]")
{
    TempStore t;
    fillReportStore(t.store());
    const Compared<SalesFigures> r = readValue(Reports(t.store().database()).sales(may));

    const SalesFigures &m = r.current;
    CHECK(m.grossFen == 46000); // the exchange's replacement is revenue
    CHECK(m.refundFen == 8000);
    CHECK(m.netFen() == 38000);
    CHECK(m.orders == 4); // the replacement side of the exchange is not an order
    CHECK(m.averageOrderFen() == 10000); // the orders' 40000 over 4: refunds and the replacement are no order
    CHECK(m.items == 6);
    CHECK(m.itemsPerOrder() == Approx(1.5));
    CHECK(m.memberOrders == 3); // the walk-in sale has no customer
    CHECK(m.buyers == 2);
    CHECK(m.purchaseFrequency() == Approx(1.5));
    CHECK(m.repeatBuyers == 1);
    CHECK(m.repeatRate() == Approx(0.5));
    CHECK(m.returnRate() == Approx(8000.0 / 46000.0));
    CHECK(m.returnedItems == 2);
    CHECK(m.returnedItemRate() == Approx(2.0 / 6.0));
    CHECK(valueOf(m.categoryFen, QStringLiteral("上衣")) == 13000);
    CHECK(valueOf(m.categoryFen, QStringLiteral("连衣裙")) == 12000);
    CHECK(valueOf(m.categoryFen, QStringLiteral("裤子")) == 12000);
    CHECK(valueOf(m.categoryFen, QStringLiteral("配饰")) == 3000);
    CHECK(m.categoryFen.first().code == QStringLiteral("上衣")); // the most first
    CHECK(valueOf(m.categoryItems, QStringLiteral("上衣")) == 2);
    CHECK(valueOf(m.categoryItems, QStringLiteral("裤子")) == 2);
    CHECK(valueOf(m.sizeItems, QStringLiteral("M")) == 2);
    CHECK(valueOf(m.sizeItems, QStringLiteral("L")) == 2);
    CHECK(valueOf(m.sizeItems, QStringLiteral("S")) == 1);
    CHECK(valueOf(m.sizeItems, QString()) == 1);
    CHECK(valueOf(m.returnReasons, QStringLiteral("质量问题")) == 1);
    CHECK(valueOf(m.returnReasons, QStringLiteral("尺码不合适")) == 1);

    const SalesFigures &a = r.previous;
    CHECK(a.grossFen == 38000);
    CHECK(a.refundFen == 0);
    CHECK(a.orders == 2);
    CHECK(a.averageOrderFen() == 19000);
    CHECK(a.items == 3);
    CHECK(a.buyers == 2);
    CHECK(a.repeatBuyers == 0);
    CHECK(a.purchaseFrequency() == Approx(1.0));
    CHECK(a.returnRate() == 0.0);
    CHECK(a.categoryFen == Distribution{{QStringLiteral("连衣裙"), 30000}, {QStringLiteral("裤子"), 8000}});
    CHECK(a.returnReasons.isEmpty());
}

TEST_CASE("the loyalty report: tiers at the end, movements and the points liability", "[services][reports]")
{
    TempStore t;
    fillReportStore(t.store());
    const Compared<LoyaltyFigures> r = readValue(Reports(t.store().database()).loyalty(may));

    const LoyaltyFigures &m = r.current;
    CHECK(m.tiers
        == Distribution{{QStringLiteral("black"), 0}, {QStringLiteral("gold"), 1},
            {QStringLiteral("silver"), 0}, {QString(), 5}});
    CHECK(m.tierUps == 1);
    CHECK(m.tierDowns == 1);
    CHECK(valueOf(m.segments, QStringLiteral("active")) == 1);
    CHECK(valueOf(m.segments, QStringLiteral("dormant")) == 1);
    CHECK(valueOf(m.segments, QStringLiteral("potential")) == 1);
    // Every move of the period from the segment history; a first segment (customer 4's) is no move.
    CHECK(m.segmentMoves == Distribution{{QStringLiteral("potential>active"), 1}});
    CHECK(m.pointsIssued == 200);
    CHECK(m.pointsReversed == 80);
    CHECK(m.pointsRedeemed == 100);
    CHECK(m.pointsExpired == 80);
    CHECK(m.pointsAdjusted == 50);
    CHECK(m.pointsOutstanding == 370);
    CHECK(m.liabilityFen == 3700); // default rules: 100 points are worth 10 yuan

    const LoyaltyFigures &a = r.previous;
    CHECK(a.tiers
        == Distribution{{QStringLiteral("black"), 0}, {QStringLiteral("gold"), 0},
            {QStringLiteral("silver"), 2}, {QString(), 1}});
    CHECK(a.tierUps == 2);
    CHECK(a.tierDowns == 0);
    CHECK(a.segments.isEmpty()); // segments have no history
    // Customer 1's April move is counted though her last move was in May.
    CHECK(a.segmentMoves
        == Distribution{{QStringLiteral("active>dormant"), 1}, {QStringLiteral("lapsing>potential"), 1}});
    CHECK(a.pointsIssued == 380);
    CHECK(a.pointsRedeemed == 0);
    CHECK(a.pointsOutstanding == 380);
    CHECK(a.liabilityFen == 3800);
}

TEST_CASE("the service report: complaints and follow-up completion", "[services][reports]")
{
    TempStore t;
    fillReportStore(t.store());
    const Compared<ServiceFigures> r = readValue(Reports(t.store().database()).service(may));
    CHECK(r.current.complaints == 2);
    CHECK(r.current.complaintsResolved == 1);
    CHECK(valueOf(r.current.complaintCategories, QStringLiteral("quality")) == 1);
    CHECK(valueOf(r.current.complaintCategories, QStringLiteral("size")) == 1);
    CHECK(r.current.followUpsDue == 3); // the cancelled one is not due
    CHECK(r.current.followUpsDone == 2);
    CHECK(r.current.followUpCompletion() == Approx(2.0 / 3.0));
    CHECK(r.previous.complaints == 1);
    CHECK(r.previous.complaintsResolved == 0);
    CHECK(r.previous.followUpsDue == 1);
    CHECK(r.previous.followUpsDone == 1);
    CHECK(r.previous.followUpCompletion() == Approx(1.0));
}

TEST_CASE("the staff report: registrations, archive completeness, sales, follow-ups", "[services][reports]")
{
    TempStore t;
    const ReportStore s = fillReportStore(t.store());
    const Compared<StaffFigures> r = readValue(Reports(t.store().database()).staff(may));

    const StaffRow *wang = r.current.find(s.wang);
    const StaffRow *li = r.current.find(s.li);
    REQUIRE(wang);
    REQUIRE(li);
    CHECK(wang->name == QStringLiteral("小王"));
    CHECK(wang->registered == 1);
    // 刘敏: name 5, phone 5, gender 3, birthday 5, WeChat 4, three tags 10.
    CHECK(wang->averageCompleteness() == 32);
    CHECK(wang->orders == 3);
    CHECK(wang->salesFen == 28000);
    CHECK(wang->followUpsDone == 2); // one of them was due in April
    CHECK(li->registered == 1);
    // 陈婷: name 5, phone 5, birth year 5, a life event 5.
    CHECK(li->averageCompleteness() == 20);
    CHECK(li->orders == 1);
    CHECK(li->salesFen == 12000); // her exchange's replacement (6000) is no sale
    CHECK(li->followUpsDone == 1);

    const StaffRow *wangBefore = r.previous.find(s.wang);
    const StaffRow *liBefore = r.previous.find(s.li);
    REQUIRE(wangBefore);
    REQUIRE(liBefore);
    CHECK(wangBefore->registered == 1);
    CHECK(wangBefore->averageCompleteness() == 18);
    CHECK(wangBefore->orders == 1);
    CHECK(wangBefore->salesFen == 30000);
    CHECK(wangBefore->followUpsDone == 0);
    CHECK(liBefore->registered == 1);
    CHECK(liBefore->averageCompleteness() == 13);
    CHECK(liBefore->salesFen == 8000);
}

TEST_CASE("a report that cannot be read says so instead of giving zeros", "[services][reports]")
{
    TempStore t;
    fillReportStore(t.store());
    Reports reports(t.store().database());
    REQUIRE(reports.service(may).ok());

    // The service report reads the follow-up tasks; the others do not need them (the staff report
    // does: its follow-ups column).
    dropTable(t.store(), QStringLiteral("follow_up_tasks"));
    const ReadResult<Compared<ServiceFigures>> service = reports.service(may);
    CHECK_FALSE(service.ok());
    CHECK_FALSE(service.error.isEmpty());
    CHECK(reports.customers(may).ok());
    CHECK(reports.sales(may).ok());
    CHECK(reports.loyalty(may).ok());
    CHECK_FALSE(reports.staff(may).ok());
    // The set as the PDF prints it: none at all rather than one with a hole of zeros.
    const ReadResult<ReportSet> all = reports.all(may);
    CHECK_FALSE(all.ok());
    CHECK(all.error == service.error);

    // The loyalty report's points come from the ledger: without it, no liability of zero either.
    dropTable(t.store(), QStringLiteral("points_ledger"));
    CHECK_FALSE(reports.loyalty(may).ok());
}
