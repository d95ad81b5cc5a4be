#include "services/demo_benefits.h"

#include "core/tier_policy.h"
#include "storage/benefit_repository.h"
#include "storage/bulk_loader.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// Per visit of a customer whose tier offers it: free ironing or alterations on about one visit in four,
// new arrivals bought first now and then.
constexpr int alterationsPerMille = 250;
constexpr int newArrivalsPerMille = 60;
// Most Black customers have chosen a personal stylist; some never asked for one.
constexpr int stylistPerMille = 800;

std::optional<TierBenefit> offered(const QList<TierBenefit> &benefits, BenefitKind kind)
{
    for (const TierBenefit &benefit : benefits) {
        if (benefit.kind == kind && benefit.recordable())
            return benefit;
    }
    return std::nullopt;
}

} // namespace

DemoBenefits::DemoBenefits(
    Database &db, BulkLoader &loader, QDate lastDay, const QList<StaffId> &staff, std::uint64_t seed)
    : m_db(db)
    , m_loader(loader)
    , m_firstUseDay(lastDay.addYears(-1).addDays(1))
    , m_lastDay(lastDay)
    , m_clerks(staff.mid(0, std::max<qsizetype>(1, staff.size() - 1)))
    , m_random(seed ^ 0xbe7ef175be7ef175ULL) // its own stream: the sales draw as before
{
    const QList<TierBenefit> benefits = BenefitRepository(db.connection()).all();
    m_alterations = offered(benefits, BenefitKind::Alterations);
    m_newArrivals = offered(benefits, BenefitKind::NewArrivalsFirst);
    m_showInvitation = offered(benefits, BenefitKind::ShowInvitation);
}

void DemoBenefits::visited(const DemoSale &drawn)
{
    const Sale &sale = drawn.sale;
    if (!sale.customerId)
        return;
    // Her refunds counted at once: never more than what she has kept by the end, so a tier decided here
    // is one the nightly run's lifetime spend reaches too.
    Spend &spend = m_spend[*sale.customerId];
    spend.fen += sale.total().fen();
    for (const DemoSale::Return &ret : drawn.returns) {
        spend.fen -= ret.record.refund.fen();
        if (ret.replacement)
            spend.fen += ret.replacement->total().fen();
    }
    const Tier tier = tierForSpend(Money::fromFen(spend.fen), m_rules);
    const QDate day = sale.soldAt.date();
    if (tier == Tier::Black && !spend.blackSince.isValid()) {
        spend.blackSince = day;
        spend.servedWhenBlack = sale.clerkId;
        m_black.append(*sale.customerId);
    }
    if (day < m_firstUseDay || day > m_lastDay)
        return;
    // Once a day at most (a per-visit benefit): a second sale that day is the same visit.
    if (m_random.chance(alterationsPerMille) && spend.alteredOn != day && use(m_alterations, tier, sale))
        spend.alteredOn = day;
    if (m_random.chance(newArrivalsPerMille))
        use(m_newArrivals, tier, sale);
}

bool DemoBenefits::use(const std::optional<TierBenefit> &benefit, Tier tier, const Sale &sale)
{
    if (!benefit || !TierBenefit::offeredTo(benefit->tier, tier))
        return false;
    write(*benefit, *sale.customerId, sale.soldAt, sale.clerkId);
    return true;
}

// Dated on the day, with the clerk who served her, as BenefitService::recordUse would have it.
void DemoBenefits::write(
    const TierBenefit &benefit, CustomerId customer, const QDateTime &at, std::optional<StaffId> clerk)
{
    BenefitUse row;
    row.customerId = customer;
    row.benefitId = benefit.id;
    row.usedOn = at.date();
    row.periodKey = TierBenefit::periodKey(benefit.period, row.usedOn);
    row.recordedAt = at;
    row.staffId = clerk;
    m_loader.insertBenefitUse(row);
    ++m_uses;
}

void DemoBenefits::finish(const QList<DemoAttendance> &showAttendance)
{
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(m_db.connection());
    if (m_showInvitation) {
        for (const DemoAttendance &came : showAttendance) {
            const Spend spend = m_spend.value(came.customer);
            if (!spend.blackSince.isValid() || spend.blackSince > came.at.date()
                || !TierBenefit::offeredTo(m_showInvitation->tier, Tier::Black))
                continue;
            write(*m_showInvitation, came.customer, came.at, came.clerk);
        }
    }
    for (const CustomerId customer : std::as_const(m_black)) {
        if (m_clerks.isEmpty() || !m_random.chance(stylistPerMille))
            continue;
        const std::optional<StaffId> served = m_spend.value(customer).servedWhenBlack;
        const StaffId stylist = served && m_clerks.contains(*served) ? *served : m_random.pick(m_clerks);
        m_loader.setStylist(customer, stylist);
        ++m_stylists;
    }
    transaction.commit();
    spdlog::info("demo store: {} benefit uses, {} personal stylists ({} ms after the sales)", m_uses,
        m_stylists, timer.elapsed());
}

} // namespace atelier
