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
        {"羊绒真丝私享试衣", K::VipFitting, 40, 2, {QStringLiteral("羊绒"), QStringLiteral("真丝")}, 20,
            CampaignOffer{OfferKind::Gift, 0, Money::fromYuan(1000)}, 45},
        // An invitation without an offer, whose effect the holdout shows cannot be told from chance.
        {"换季清仓", K::Clearance, 21, 5, {QStringLiteral("大码需求"), QStringLiteral("小个子")}, 10,
            std::nullopt, 4},
    };
}

} // namespace

DemoMarketing::DemoMarketing(Database &db, QDate lastDay, std::uint64_t seed)
    : m_db(db)
    , m_lastDay(lastDay)
    , m_random(seed ^ 0xc0c0a5a5c0c0a5a5ULL) // its own stream: the sales draw as before
{
}

void DemoMarketing::createCampaigns(QList<DemoVisit> &visits)
{
    QElapsedTimer timer;
    timer.start();
    FixedClock clock{QDateTime()};
    CampaignService service(m_db, clock);
    CampaignRepository repository(m_db.connection());
    quint64 seed = 20261001;
    for (const DemoCampaignSpec &spec : campaignSpecs()) {
        CampaignDraft draft;
        draft.kind = spec.kind;
        draft.firstDay = m_lastDay.addDays(-spec.startsDaysBeforeEnd);
        draft.name = QString::fromUtf8(spec.name).replace(
            QStringLiteral("%1"), QString::number(draft.firstDay.month()));
        draft.lastDay = draft.firstDay.addDays(spec.days - 1);
        draft.filters.tags = spec.tags;
        draft.holdoutPercent = spec.holdoutPercent;
        draft.seed = seed++;
        draft.offer = spec.offer;
        // Created and sent out a few days before it began, at the end of a working day.
        const QDateTime createdAt(draft.firstDay.addDays(-3), QTime(18, 30), storeZone);
        clock.set(createdAt);
        const CampaignResult<CampaignId> created = service.create(draft);
        if (!created.ok()) { // a very small demo may have nobody with the tags
            spdlog::info(
                "demo store: campaign {} left out: {}", m_campaigns + 1, created.error.toStdString());
            continue;
        }
        ++m_campaigns;
        QList<CustomerId> invited;
        for (const CampaignMember &member : repository.members(*created.value, CampaignGroup::Invited))
            invited << member.customer;
        {
            Transaction transaction(m_db.connection());
            repository.recordInvitations(
                *created.value, invited, createdAt, QStringLiteral("sms"), std::nullopt);
            transaction.commit();
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
