#include "services/demo_sales.h"

#include "services/demo_calendar.h"
#include "services/demo_catalog.h"

#include <QTimeZone>

namespace atelier {

namespace {

const QStringList topSizes{QStringLiteral("XS"), QStringLiteral("S"), QStringLiteral("M"),
    QStringLiteral("L"), QStringLiteral("XL"), QStringLiteral("XXL")};

// The store is in mainland China: every time is written at +08:00 whatever the machine's zone,
// which also keeps the demo identical on every machine.
const QTimeZone storeZone(8 * 3600);

// splitmix64: a style's price must be the same in every sale of it, so it comes from the style
// number itself rather than from the visit's random stream.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

bool warmMonth(int month)
{
    return month >= 4 && month <= 9;
}

} // namespace

DemoSales::DemoSales(QDate firstDay, QDate lastDay)
    : m_firstDay(firstDay)
    , m_lastDay(lastDay)
    , m_calendar(firstDay, lastDay)
{
}

void DemoSales::planVisits(
    const DemoPerson &person, CustomerId id, DemoRandom &random, QList<DemoVisit> &out) const
{
    const Customer &c = person.customer;
    DemoVisit visit;
    visit.customer = id;
    visit.topSize = static_cast<qint8>(std::max<qsizetype>(0, topSizes.indexOf(c.sizeTop)));
    visit.bottomSize = static_cast<qint8>(std::clamp(c.sizeBottom.toInt() - 25, 0, 9));

    const auto add = [&](const QDateTime &when) {
        visit.secsSinceEpoch = when.toSecsSinceEpoch();
        out.append(visit);
    };
    if (person.prospect)
        return; // registered, never bought
    // Most customers register when they first buy.
    if (random.chance(900))
        add(c.createdAt);

    QDate day = c.createdAt.date();
    int visits = 0;
    // After each purchase a customer may quietly stop coming (moved away, found another shop). The
    // chance differs from one customer to the next, as in a real store: a few drift off after two
    // visits, others stay for years. Prediction needs that spread to tell them apart.
    const int stopPerMille
        = person.buyer == DemoBuyerKind::Regular ? random.between(5, 120) : random.between(20, 350);
    for (;;) {
        int gap = 0;
        if (person.buyer == DemoBuyerKind::Regular) {
            gap = person.intervalDays * random.between(75, 125) / 100;
            if (visits > 0 && random.chance(stopPerMille))
                break;
        } else if (person.buyer == DemoBuyerKind::Occasional) {
            gap = person.intervalDays * random.between(50, 150) / 100;
            if (visits > 0 && random.chance(stopPerMille))
                break;
        } else {
            if (visits > 0 || !random.chance(200))
                break;
            gap = random.between(60, 400);
        }
        if (day.addDays(gap - 10) > m_lastDay)
            break;
        day = m_calendar.shiftTowardsBusyDays(day.addDays(gap), random);
        if (day > m_lastDay)
            break;
        if (day < c.createdAt.date())
            day = c.createdAt.date();
        add(QDateTime(day, DemoCalendar::timeOfDay(random), storeZone));
        ++visits;
    }
}

SaleLine DemoSales::drawLine(const QDate &day, const DemoVisit &visit, DemoRandom &random) const
{
    const QList<demo::CategorySpec> &categories = demo::categories();
    QList<int> weights;
    for (const demo::CategorySpec &spec : categories) {
        const bool offSeason = (spec.season == demo::Season::Cold && warmMonth(day.month()))
            || (spec.season == demo::Season::Warm && !warmMonth(day.month()));
        weights << (offSeason ? spec.weight : spec.weight * 3);
    }
    const demo::CategorySpec &spec = categories.at(random.weighted(weights));

    // S = spring/summer collection (Feb–Jul), A = autumn/winter (Aug–Jan, January still last year's).
    const bool spring = day.month() >= 2 && day.month() <= 7;
    const int year = (day.month() == 1 ? day.year() - 1 : day.year()) % 100;
    const int serial = random.between(1, 40);

    SaleLine line;
    // Built by hand: QString::arg is measurable over a million lines.
    const auto digit = [](int value) {
        return QChar(static_cast<char16_t>(u'0' + value % 10));
    };
    line.styleNumber.reserve(8);
    line.styleNumber += spring ? u'S' : u'A';
    line.styleNumber += digit(year / 10);
    line.styleNumber += digit(year);
    line.styleNumber += u'-';
    line.styleNumber += digit(spec.code / 10);
    line.styleNumber += digit(spec.code);
    line.styleNumber += digit(serial / 10);
    line.styleNumber += digit(serial);
    line.category = spec.name;
    const std::uint64_t styleHash
        = mix((static_cast<std::uint64_t>(spec.code) << 32) | (static_cast<std::uint64_t>(year) << 16)
            | (spring ? 0x100u : 0u) | static_cast<std::uint64_t>(serial));
    const int span = spec.maxYuan - spec.minYuan + 1;
    const int yuan
        = std::min(spec.maxYuan, (spec.minYuan + static_cast<int>(styleHash % span)) / 10 * 10 + 9);
    line.listPrice = Money::fromYuan(yuan);
    const QStringList &colours = demo::colours();
    // Each style has a main colourway; some buyers pick one of its other colours.
    const std::uint64_t shade
        = (styleHash >> 20) + static_cast<std::uint64_t>(random.chance(300) ? random.between(1, 3) : 0);
    line.colour = colours.at(static_cast<int>(shade % static_cast<std::uint64_t>(colours.size())));

    switch (spec.sizes) {
    case demo::SizeKind::Top: {
        int index = visit.topSize + (random.chance(150) ? random.between(-1, 1) : 0);
        line.size = topSizes.at(std::clamp(index, 0, static_cast<int>(topSizes.size()) - 1));
        break;
    }
    case demo::SizeKind::Bottom:
        line.size = QString::number(25 + visit.bottomSize);
        break;
    case demo::SizeKind::OneSize:
        line.size = QStringLiteral("均码");
        break;
    }
    line.quantity = 1 + random.weighted({920, 70, 10});
    return line;
}

DemoSale DemoSales::materialise(
    const DemoVisit &visit, const QList<StaffId> &clerks, DemoRandom &random) const
{
    DemoSale result;
    Sale &sale = result.sale;
    sale.customerId = visit.customer;
    sale.soldAt = QDateTime::fromSecsSinceEpoch(visit.secsSinceEpoch, storeZone);
    if (!clerks.isEmpty()) {
        QList<int> weights(clerks.size(), 20);
        weights.last() = 5;
        sale.clerkId = clerks.at(random.weighted(weights));
    }
    const QDate day = sale.soldAt.date();
    const int percent = DemoCalendar::pricePercent(day, random);
    // About 1.8 pieces a sale (lines and their quantities), a boutique's usual.
    const int lines = 1 + random.weighted({55, 30, 11, 4});
    for (int i = 0; i < lines; ++i) {
        SaleLine line = drawLine(day, visit, random);
        line.paidPrice = Money::fromYuan((line.listPrice.fen() / 100 * percent + 50) / 100);
        sale.lines.append(line);
    }

    // About 4% of lines come back within the 7-day window; a third of those are exchanges.
    const QDateTime endOfData(m_lastDay, QTime(21, 30), storeZone);
    for (int i = 0; i < sale.lines.size(); ++i) {
        if (!random.chance(40))
            continue;
        const SaleLine &line = sale.lines.at(i);
        DemoSale::Return ret;
        ret.line = i;
        ret.record.returnedAt
            = sale.soldAt.addDays(random.between(0, 6)).addSecs(random.between(600, 3 * 3600));
        if (ret.record.returnedAt > endOfData)
            continue;
        ret.record.quantity = random.between(1, line.quantity);
        ret.record.refund = line.paidPrice * ret.record.quantity;
        ret.record.clerkId = sale.clerkId;
        if (random.chance(330) && line.size != QStringLiteral("均码")) {
            ret.record.kind = ReturnRecord::Kind::Exchange;
            ret.record.reason = random.pick(demo::exchangeReasons());
            Sale replacement;
            replacement.customerId = sale.customerId;
            replacement.soldAt = ret.record.returnedAt;
            replacement.clerkId = sale.clerkId;
            SaleLine swapped = line;
            swapped.quantity = ret.record.quantity;
            swapped.colour = random.pick(demo::colours());
            replacement.lines.append(swapped);
            replacement.note = QStringLiteral("换货");
            ret.replacement = replacement;
        } else {
            ret.record.reason = random.pick(demo::returnReasons());
        }
        result.returns.append(ret);
    }
    return result;
}

} // namespace atelier
