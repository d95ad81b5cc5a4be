#include "services/demo_campaigns.h"

#include "core/campaign.h"
#include "core/clock.h"
#include "core/service_rules.h"
#include "services/campaign_service.h"
#include "services/demo_calendar.h"
#include "storage/campaign_repository.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

const QTimeZone storeZone(8 * 3600);

// The store's campaigns of the last months, as a manager of a women's clothing store runs them.
// Audiences are chosen by tags: the demo has no nightly run yet, so no segment or tier to choose by.
// `extraPerMille`: how much more often an invited customer comes in the window than she would have.
// In names, %1 is the month and %2 the collection a show previews.
struct DemoCampaignSpec
{
    const char *name;
    CampaignKind kind;
    int startsDaysBeforeEnd; // the first day, counted back from the demo's last day
    int days;
    QStringList tags;
    int holdoutPercent;
    std::optional<CampaignOffer> offer;
    int extraPerMille;
};

QList<DemoCampaignSpec> campaignSpecs()
{
    using K = CampaignKind;
    return {
        {"%1月会员日", K::MemberDay, 104, 3, {QStringLiteral("职场"), QStringLiteral("通勤")}, 10,
            CampaignOffer{OfferKind::Amount, Money::fromYuan(50).fen(), Money::fromYuan(300)}, 60},
        {"%1月新品预览", K::NewArrivals, 68, 7, {QStringLiteral("法式"), QStringLiteral("知性")}, 10,
            CampaignOffer{OfferKind::Percent, 10, Money()}, 35},
        // An evening show for the customers of the dearest lines, with a gift for who buys that night.
        {"%2新品走秀", K::FashionShow, 52, 1,
            {QStringLiteral("羊绒"), QStringLiteral("真丝"), QStringLiteral("社交"),
                QStringLiteral("婚礼宾客")},
            10, CampaignOffer{OfferKind::Gift, 0, Money::fromYuan(2000)}, 150},
        {"羊绒真丝私享试衣", K::VipFitting, 40, 2, {QStringLiteral("羊绒"), QStringLiteral("真丝")}, 20,
            CampaignOffer{OfferKind::Gift, 0, Money::fromYuan(1000)}, 45},
    };
}

// A show previews the coming collection: autumn/winter in spring and summer, spring/summer otherwise.
QString showCollection(const QDate &day)
{
    return day.month() >= 2 && day.month() <= 7 ? QStringLiteral("秋冬") : QStringLiteral("春夏");
}

// The clearance: the collection that ended before `day` (DemoSales' style numbers: S = spring/summer,
// A = autumn/winter and its year), a few styles of its dearest categories, in the large sizes left.
SlowStockFilter slowStockBefore(const QDate &day, DemoRandom &random)
{
    const bool springNow = day.month() >= 2 && day.month() <= 7;
    const int year = (springNow || day.month() == 1 ? day.year() - 1 : day.year()) % 100;
    const QList<int> codes = springNow ? QList<int>{13, 17, 12} : QList<int>{10, 16, 11};
    SlowStockFilter slow;
    for (const int code : codes) {
        for (int i = 0; i < 2; ++i)
            slow.styles << (springNow ? QStringLiteral("A") : QStringLiteral("S"))
                    + QStringLiteral("%1-%2%3")
                          .arg(year, 2, 10, QLatin1Char('0'))
                          .arg(code)
                          .arg(random.between(1, 40), 2, 10, QLatin1Char('0'));
    }
    slow.styles.removeDuplicates();
    slow.sizes = {QStringLiteral("XL"), QStringLiteral("XXL")};
    return slow;
}

} // namespace

DemoMarketing::DemoMarketing(Database &db, QDate lastDay, const QList<StaffId> &staff, std::uint64_t seed)
    : m_db(db)
    , m_lastDay(lastDay)
    , m_clerks(staff.mid(0, std::max<qsizetype>(1, staff.size() - 1)))
    , m_random(seed ^ 0xc0c0a5a5c0c0a5a5ULL) // its own stream: the sales draw as before
{
}

std::optional<CampaignId> DemoMarketing::launch(const CampaignDraft &draft, QList<CustomerId> &invited)
{
    // Created and sent out a few days before it began, at the end of a working day.
    const QDateTime createdAt(draft.firstDay.addDays(-3), QTime(18, 30), storeZone);
    const FixedClock clock(createdAt);
    const CampaignResult<CampaignId> created = CampaignService(m_db, clock).create(draft);
    if (!created.ok()) { // a very small demo may have nobody with the tags
        spdlog::info("demo store: campaign {} left out: {}", m_campaigns + 1, created.error.toStdString());
        return std::nullopt;
    }
    ++m_campaigns;
    CampaignRepository repository(m_db.connection());
    for (const CampaignMember &member : repository.members(*created.value, CampaignGroup::Invited))
        invited << member.customer;
    Transaction transaction(m_db.connection());
    repository.recordInvitations(*created.value, invited, createdAt, QStringLiteral("sms"), std::nullopt);
    transaction.commit();
    return created.value;
}

void DemoMarketing::createCampaigns(QList<DemoVisit> &visits)
{
    QElapsedTimer timer;
    timer.start();
    quint64 seed = 20261001;
    for (const DemoCampaignSpec &spec : campaignSpecs()) {
        CampaignDraft draft;
        draft.kind = spec.kind;
        draft.firstDay = m_lastDay.addDays(-spec.startsDaysBeforeEnd);
        draft.name = QString::fromUtf8(spec.name)
                         .replace(QStringLiteral("%1"), QString::number(draft.firstDay.month()))
                         .replace(QStringLiteral("%2"), showCollection(draft.firstDay));
        draft.lastDay = draft.firstDay.addDays(spec.days - 1);
        draft.filters.tags = spec.tags;
        draft.holdoutPercent = spec.holdoutPercent;
        draft.seed = seed++;
        draft.offer = spec.offer;
        QList<CustomerId> invited;
        const std::optional<CampaignId> id = launch(draft, invited);
        if (!id)
            continue;
        if (isEvent(spec.kind)) {
            EventPlan plan;
            plan.id = *id;
            plan.kind = spec.kind;
            plan.firstDay = draft.firstDay;
            plan.lastDay = draft.lastDay;
            plan.invitedOn = draft.firstDay.addDays(-3);
            plan.invited = invited;
            plan.invitedSet = QSet<CustomerId>(invited.cbegin(), invited.cend());
            m_events.append(plan);
            if (!m_watchFrom.isValid() || plan.invitedOn < m_watchFrom)
                m_watchFrom = plan.invitedOn;
        }
        for (const CustomerId customer : invited) {
            if (!m_random.chance(spec.extraPerMille))
                continue;
            const QDate day = draft.firstDay.addDays(m_random.between(0, spec.days - 1));
            if (day > m_lastDay)
                continue;
            DemoVisit visit;
            visit.secsSinceEpoch
                = QDateTime(day, DemoCalendar::timeOfDay(m_random), storeZone).toSecsSinceEpoch();
            visit.customer = customer;
            visit.topSize = static_cast<qint8>(m_random.between(0, 5));
            visit.bottomSize = static_cast<qint8>(m_random.between(0, 9));
            visits.append(visit);
        }
    }
    for (Coupon &coupon : CouponRepository(m_db.connection()).all()) {
        ++m_coupons;
        if (coupon.status == CouponStatus::Issued && coupon.customerId)
            m_held[*coupon.customerId].append(coupon);
    }
    spdlog::info("demo store: {} campaigns, {} coupons in {} ms", m_campaigns, m_coupons, timer.elapsed());
}

void DemoMarketing::served(const Sale &sale)
{
    const QDate day = sale.soldAt.date();
    if (!m_watchFrom.isValid() || day < m_watchFrom)
        return;
    if (sale.clerkId) {
        QList<StaffId> &clerks = m_onCounter[day];
        if (!clerks.contains(*sale.clerkId))
            clerks.append(*sale.clerkId);
    }
    if (!sale.customerId)
        return;
    for (EventPlan &plan : m_events) {
        // Her first purchase on one of the event's days: she came (the clerk who sold records it).
        if (day >= plan.firstDay && day <= plan.lastDay && plan.invitedSet.contains(*sale.customerId)
            && !plan.came.contains(*sale.customerId))
            plan.came.insert(*sale.customerId, {*sale.customerId, sale.soldAt, sale.clerkId});
    }
}

void DemoMarketing::afterSales()
{
    QElapsedTimer timer;
    timer.start();
    createClearance();
    Transaction transaction(m_db.connection());
    for (const EventPlan &plan : std::as_const(m_events))
        recordResponses(plan);
    transaction.commit();
    spdlog::info("demo store: {} answers and {} attendances to events in {} ms", m_answers, m_attended,
        timer.elapsed());
}

// Made after the sales, unlike the others: its audience is who bought similar styles (sales not written
// before would leave it empty). It brings nobody extra: its effect cannot be told from chance.
void DemoMarketing::createClearance()
{
    CampaignDraft draft;
    draft.kind = CampaignKind::Clearance;
    draft.firstDay = m_lastDay.addDays(-21);
    draft.lastDay = draft.firstDay.addDays(4);
    draft.name = QStringLiteral("换季清仓");
    draft.filters.slowStock = slowStockBefore(draft.firstDay, m_random);
    draft.holdoutPercent = 10;
    draft.seed = 20261009;
    QList<CustomerId> invited;
    launch(draft, invited);
}

std::optional<StaffId> DemoMarketing::clerkOnCounter(const QDate &day)
{
    const QList<StaffId> clerks = m_onCounter.value(day);
    if (!clerks.isEmpty())
        return m_random.pick(clerks);
    return m_clerks.isEmpty() ? std::nullopt : std::optional<StaffId>(m_random.pick(m_clerks));
}

// Some of the invited answer before the event (yes ~40 %, no ~15 %), taken down by a clerk on the counter
// that day; who bought on one of its days came, and about half of the rest who said yes came too.
void DemoMarketing::recordResponses(const EventPlan &plan)
{
    std::vector<CampaignRepository::Response> responses;
    const QDate lastCounted = std::min(plan.lastDay, m_lastDay);
    for (const CustomerId customer : plan.invited) {
        const auto came = plan.came.constFind(customer);
        const bool bought = came != plan.came.cend();
        std::optional<bool> answer;
        const int roll = m_random.between(0, 999);
        if (bought)
            answer = roll < 700 ? std::optional<bool>(true) : std::nullopt;
        else if (roll < 400)
            answer = true;
        else if (roll < 550)
            answer = false;
        CampaignRepository::Response response;
        response.customer = customer;
        if (answer) {
            const QDate day
                = plan.invitedOn.addDays(m_random.between(1, int(plan.invitedOn.daysTo(plan.firstDay))));
            QDateTime at(day, DemoCalendar::timeOfDay(m_random), storeZone);
            if (bought && came->at < at)
                at = came->at;
            response.willCome = answer;
            response.answeredAt = at;
            response.answerTakenBy = clerkOnCounter(at.date());
            ++m_answers;
        }
        std::optional<DemoAttendance> attendance;
        if (bought) {
            attendance = *came;
        } else if (answer.value_or(false) && m_random.chance(500)) {
            const QDate day
                = plan.firstDay.addDays(m_random.between(0, int(plan.firstDay.daysTo(lastCounted))));
            attendance = DemoAttendance{
                customer, QDateTime(day, DemoCalendar::timeOfDay(m_random), storeZone), clerkOnCounter(day)};
        }
        if (attendance) {
            response.attendedAt = attendance->at;
            response.attendanceTakenBy = attendance->clerk;
            ++m_attended;
            if (plan.kind == CampaignKind::FashionShow)
                m_showAttendance.append(*attendance);
        }
        if (response.willCome || response.attendedAt.isValid())
            responses.push_back(response);
    }
    CampaignRepository(m_db.connection()).recordResponses(plan.id, responses);
}

std::optional<CouponId> DemoMarketing::useCoupon(Sale &sale)
{
    if (!sale.customerId)
        return std::nullopt;
    const auto held = m_held.find(*sale.customerId);
    if (held == m_held.end())
        return std::nullopt;
    const QDate day = sale.soldAt.date();
    for (qsizetype i = 0; i < held->size(); ++i) {
        const Coupon coupon = held->at(i);
        const CouponEffect effect = couponEffect(coupon, sale.customerId, sale.linesTotal(), day);
        // Most customers remember the coupon in their phone; some forget it.
        if (!effect.ok() || !m_random.chance(800))
            continue;
        QList<Money> lineTotals;
        for (const SaleLine &line : sale.lines)
            lineTotals << line.paidTotal();
        const QList<Money> shares = spreadByValue(effect.discount, lineTotals);
        for (qsizetype l = 0; l < sale.lines.size(); ++l)
            sale.lines[l].couponShare = shares.at(l);
        held->removeAt(i);
        return coupon.id;
    }
    return std::nullopt;
}

void DemoMarketing::redeemed(CouponId coupon, const Sale &sale)
{
    CouponRepository(m_db.connection())
        .redeem(coupon, sale.id, sale.linesTotal() - sale.total(), sale.soldAt);
}

void DemoMarketing::returned(const ReturnRecord &record, CustomerId customer)
{
    // The store began handing over the experience coupon half a year before the demo's end.
    if (record.kind != ReturnRecord::Kind::Return || record.returnedAt.date() < m_lastDay.addDays(-182)
        || record.returnedAt.date() > m_lastDay)
        return;
    const ServiceRules rules; // the defaults: a new store's rulebook
    Coupon coupon = amountCoupon(CouponReason::Return, rules.returnCouponValue, rules.returnCouponMinSpend,
        record.returnedAt.date(), rules.returnCouponValidDays, record.returnedAt);
    coupon.customerId = customer;
    coupon.returnId = record.id;
    CouponRepository(m_db.connection()).issue(coupon);
    m_held[customer].append(coupon);
    ++m_coupons;
}

void DemoMarketing::finish()
{
    Transaction transaction(m_db.connection());
    CouponRepository coupons(m_db.connection());
    coupons.expire(m_lastDay.addDays(1));
    m_coupons = int(coupons.all().size()); // with the complaints' compensation coupons
    transaction.commit();
}

} // namespace atelier
