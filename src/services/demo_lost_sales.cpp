#include "services/demo_lost_sales.h"

#include "core/follow_up.h"
#include "core/lost_sale.h"
#include "services/demo_catalog.h"
#include "services/demo_random.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/lost_sale_repository.h"
#include "storage/transaction.h"

#include <QTimeZone>

#include <algorithm>

#include <vector>

namespace atelier {

namespace {

const QTimeZone storeZone(8 * 3600);

constexpr LostSaleReason reasons[] = {LostSaleReason::SizeOutOfStock, LostSaleReason::Price,
    LostSaleReason::Fit, LostSaleReason::Colour, LostSaleReason::Other};
constexpr int reasonWeights[] = {58, 17, 12, 9, 4};
constexpr TaskOutcome outcomes[]
    = {TaskOutcome::Reached, TaskOutcome::VisitBooked, TaskOutcome::Purchased, TaskOutcome::NoAnswer};
constexpr int outcomeWeights[] = {40, 20, 25, 15};

const QStringList topSizes{QStringLiteral("XS"), QStringLiteral("S"), QStringLiteral("M"),
    QStringLiteral("L"), QStringLiteral("XL"), QStringLiteral("XXL")};

// A style of the season the day falls in, drawn from the first dozen of each category: the styles
// that sell out are the popular ones (S26-1003, A25-2011…).
LostSale drawWanted(const QDate &day, const DemoVisit &visit, DemoRandom &random)
{
    const QList<demo::CategorySpec> &categories = demo::categories();
    QList<int> weights;
    for (const demo::CategorySpec &spec : categories)
        weights << spec.weight;
    const demo::CategorySpec &spec = categories.at(random.weighted(weights));
    const bool spring = day.month() >= 2 && day.month() <= 7;
    const int year = (day.month() == 1 ? day.year() - 1 : day.year()) % 100;
    LostSale sale;
    sale.category = spec.name;
    if (!random.chance(120)) // about one in eight names only the kind of garment
        sale.styleNumber = QStringLiteral("%1%2-%3%4")
                               .arg(QChar(spring ? u'S' : u'A'))
                               .arg(year, 2, 10, QLatin1Char('0'))
                               .arg(spec.code, 2, 10, QLatin1Char('0'))
                               .arg(random.between(1, 12), 2, 10, QLatin1Char('0'));
    switch (spec.sizes) {
    case demo::SizeKind::Top:
        sale.size = topSizes.at(std::clamp(int(visit.topSize), 0, int(topSizes.size()) - 1));
        break;
    case demo::SizeKind::Bottom:
        sale.size = QString::number(25 + visit.bottomSize);
        break;
    case demo::SizeKind::OneSize:
        break;
    }
    return sale;
}

} // namespace

int DemoLostSales::generate(Database &db, const QList<DemoVisit> &visits, const QList<StaffId> &staff,
    const QDate &lastDay, std::uint64_t seed)
{
    if (visits.isEmpty() || staff.isEmpty())
        return 0;
    DemoRandom random(seed ^ 0x1057'5a1e'1057'5a1eULL);
    const StaffId manager = staff.last();
    const QDateTime endOfData(lastDay, QTime(21, 0), storeZone);
    Transaction transaction(db.connection());
    LostSaleRepository lostSales(db.connection());
    std::vector<FollowUpTask> tasks;
    int written = 0;
    for (const DemoVisit &visit : visits) {
        if (!random.chance(30))
            continue;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(visit.secsSinceEpoch, storeZone).addSecs(300);
        LostSale sale = drawWanted(at.date(), visit, random);
        sale.reason = reasons[random.weighted(reasonWeights, int(std::size(reasonWeights)))];
        if (sale.reason != LostSaleReason::SizeOutOfStock && random.chance(500))
            sale.size.clear(); // a price or a colour is often taken down without the size
        if (random.chance(400))
            sale.colour = random.pick(demo::colours());
        if (random.chance(500))
            sale.customer = visit.customer;
        sale.recordedAt = at;
        sale.recordedBy = staff.at(random.between(0, int(staff.size()) - 1));
        sale.id = lostSales.insert(sale.normalised());
        ++written;

        // The manager marks about half of the older size wishes as arrived one to four weeks later.
        if (sale.reason != LostSaleReason::SizeOutOfStock || !random.chance(550))
            continue;
        const QDate arrived = at.date().addDays(random.between(7, 28));
        const QDateTime arrivedAt(arrived, QTime(random.between(10, 12), random.between(0, 59)), storeZone);
        if (arrivedAt > endOfData)
            continue;
        lostSales.markArrived({sale.id}, arrivedAt, manager);
        if (!sale.customer)
            continue;
        FollowUpTask task;
        task.customer = *sale.customer;
        task.dueOn = arrived;
        task.channel = random.chance(700) ? TaskChannel::WeChat : TaskChannel::Phone;
        task.purpose = TaskPurpose::Arrival;
        task.assignee = sale.recordedBy;
        task.setNote(StoredWords::arrival(sale.normalised().wanted(), sale.normalised().size, at.date()));
        task.generatedKey = QStringLiteral("arrival:%1").arg(sale.id);
        task.createdAt = arrivedAt;
        task.createdBy = manager;
        if (arrived < lastDay.addDays(-2)) {
            task.status = TaskStatus::Done;
            task.outcome = outcomes[random.weighted(outcomeWeights, int(std::size(outcomeWeights)))];
            task.doneAt = arrivedAt.addSecs(random.between(1800, 2 * 86400));
            task.doneBy = task.assignee;
        }
        tasks.push_back(task);
    }
    FollowUpRepository(db.connection()).insertHistory(tasks);
    transaction.commit();
    return written;
}

} // namespace atelier
