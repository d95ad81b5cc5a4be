#include "services/demo_store.h"

#include "core/clock.h"
#include "core/points_rules.h"
#include "core/search_keys.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "services/demo_accounts.h"
#include "services/demo_benefits.h"
#include "services/demo_calendar.h"
#include "services/demo_campaigns.h"
#include "services/demo_cards.h"
#include "services/demo_catalog.h"
#include "services/demo_complaints.h"
#include "services/demo_follow_ups.h"
#include "services/demo_lost_sales.h"
#include "services/demo_people.h"
#include "services/demo_sales.h"
#include "services/demo_satisfaction.h"
#include "services/demo_staff_goals.h"
#include "services/store_settings.h"
#include "storage/bulk_loader.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/page_cache_scope.h"
#include "storage/settings_repository.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "storage/tag_repository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <future>

namespace atelier {

namespace {

// Writes are committed in chunks rather than one transaction: the WAL file stays small (SQLite
// checkpoints after each commit), progress moves steadily, and a chunk is big enough that the
// per-commit fsync costs nothing measurable.
constexpr int customerChunk = 5000;
constexpr int visitChunk = 20000;

QList<TagId> ensureTags(TagRepository &tags)
{
    QList<TagId> ids;
    for (const demo::TagSeed &seed : demo::tagLibrary()) {
        const std::optional<Tag> existing = tags.findByName(seed.name);
        ids << (existing ? existing->id : tags.insert(seed.name, seed.category));
    }
    return ids;
}

// Clerks first, the manager last (DemoSales gives the last one fewer sales).
QList<StaffId> ensureStaff(StaffRepository &staff)
{
    QList<StaffId> ids;
    const auto ensure = [&](const QString &name, bool manager) {
        const std::optional<StaffMember> existing = staff.findByName(name);
        ids << (existing ? existing->id : staff.insert(name, manager));
    };
    for (const QString &name : demo::clerkNames())
        ensure(name, false);
    ensure(demo::managerName(), true);
    return ids;
}

// The demo's last days as the counter's trail would have them: its sales and returns, written through
// the trail's own writers at their own times, so that the manager's viewer has something to show.
// Older ones are not: a bulk load is not audited row by row.
constexpr int trailDays = 3;

struct TrailItem
{
    QDateTime at;
    std::function<void(AuditTrail &)> write;
};

AuditActor clerkActor(std::optional<StaffId> clerk, const QList<StaffId> &ids)
{
    QStringList names = demo::clerkNames();
    names << demo::managerName(); // ensureStaff's order
    const qsizetype at = clerk ? ids.indexOf(*clerk) : -1;
    return at >= 0 && at < names.size() ? AuditActor::staff(*clerk, names.at(at))
                                        : AuditActor::unknownClerk();
}

void writeTrail(Database &db, QList<TrailItem> &items)
{
    std::stable_sort(
        items.begin(), items.end(), [](const TrailItem &a, const TrailItem &b) { return a.at < b.at; });
    FixedClock clock{QDateTime()};
    AuditTrail trail(db, clock);
    Transaction transaction(db.connection());
    for (const TrailItem &item : items) {
        clock.set(item.at);
        item.write(trail);
    }
    transaction.commit();
}

// The points a demo sale earns at the base rate (no tier yet: tiers come from the nightly run), as
// an 'earn' row; 0 and no row when the sale is worth no points.
qint64 earnPoints(BulkLoader &loader, const Sale &sale, const PointsRules &rules)
{
    PointsMovement earn;
    earn.points = pointsEarned(sale.total(), Tier::None, rules);
    if (!sale.customerId || earn.points <= 0)
        return 0;
    earn.customer = *sale.customerId;
    earn.happenedAt = sale.soldAt;
    earn.kind = PointsMovement::Kind::Earn;
    earn.expiresOn = pointsExpireOn(sale.soldAt.date(), rules);
    earn.sale = sale.id;
    earn.staff = sale.clerkId;
    loader.insertPoints(earn);
    return earn.points;
}

// A sale that redeemed a coupon refunds what was paid for the returned pieces, their share of the
// coupon taken off (SaleService::recordReturn's default), not their price.
void refundPaidShares(DemoSale &drawn)
{
    QHash<int, int> returnedOfLine;
    for (DemoSale::Return &ret : drawn.returns) {
        const SaleLine &line = drawn.sale.lines.at(ret.line);
        int &already = returnedOfLine[ret.line];
        ret.record.refund = line.paidPrice * ret.record.quantity
            - couponShareForPieces(line.couponShare, line.quantity, already, ret.record.quantity);
        already += ret.record.quantity;
    }
}

} // namespace

DemoStoreGenerator::Result DemoStoreGenerator::generate(
    Database &db, const Options &options, const ProgressCallback &progress)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    if (options.customers < 1 || options.years < 1) {
        result.error = tr("The demo store needs at least one customer and one year.");
        result.refused = true;
        return result;
    }
    const QDate lastDay = options.endDate.isValid() ? options.endDate : QDate::currentDate();
    const QDate firstDay = lastDay.addYears(-options.years).addDays(1);
    const QTimeZone storeZone(8 * 3600);

    try {
        CustomerRepository customers(db.connection());
        if (const int existing = customers.count({}); existing > 0) {
            result.error = tr("The database already has %n customer(s). Demo data is only generated into an "
                              "empty store, so that it never mixes with a real store's records.",
                nullptr, existing);
            result.refused = true;
            return result;
        }

        const PageCacheScope bigCache(db.connection(), 256);
        BulkLoader loader(db.connection());
        QList<TagId> tagIds;
        QList<StaffId> staffIds;
        {
            Transaction transaction(db.connection());
            TagRepository tags(db.connection());
            StaffRepository staff(db.connection());
            tagIds = ensureTags(tags);
            staffIds = ensureStaff(staff);
            // A demo store with a name (demo data, like the customers' names), shown in the status bar.
            StoreSettings(db).setStoreName(QStringLiteral("衣韵服饰 · 演示店"));
            // Its tier thresholds, as the store's manager set them (demo::tierRules): the nightly run
            // reads them from the settings like any store's.
            SettingsRepository settings(db.connection());
            const TierRules tiers = demo::tierRules();
            settings.setValue(QStringLiteral("loyalty.tiers.silver"), QString::number(tiers.silver.fen()));
            settings.setValue(QStringLiteral("loyalty.tiers.gold"), QString::number(tiers.gold.fen()));
            settings.setValue(QStringLiteral("loyalty.tiers.black"), QString::number(tiers.black.fen()));
            transaction.commit();
        }

        DemoRandom random(options.seed);
        DemoPeople people(random, lastDay);
        DemoSales planner(firstDay, lastDay);
        QList<DemoVisit> visits;
        visits.reserve(qsizetype(options.customers) * 5);
        QList<CustomerId> ids; // ids[i]: the id of the i-th customer made
        ids.reserve(options.customers);
        const qint64 spanDays = firstDay.daysTo(lastDay) + 1;

        // Customers are made one chunk ahead of the inserts: while this thread writes chunk k,
        // a worker computes the search keys (pinyin) of chunk k + 1. Their visits carry the
        // customer's index until the real ids are known.
        const auto makeChunk = [&](int start) {
            QList<DemoPerson> chunk;
            const int end = std::min(options.customers, start + customerChunk);
            for (int i = start; i < end; ++i) {
                // Registrations spread evenly over the years, in order, so ids follow time.
                const QDate day = firstDay.addDays(qint64(i) * spanDays / options.customers);
                const QDateTime registeredAt(day, DemoCalendar::timeOfDay(random), storeZone);
                chunk.append(people.make(registeredAt, staffIds, i));
                planner.planVisits(chunk.last(), i, random, visits);
            }
            return chunk;
        };
        const auto keysOf = [](const QList<DemoPerson> &chunk) {
            QList<CustomerKeys> keys;
            keys.reserve(chunk.size());
            for (const DemoPerson &person : chunk) {
                const Customer &c = person.customer;
                keys.append(keysForCustomer(c.name, c.phone.digits(), c.wechatId));
            }
            return keys;
        };
        const auto insertChunk = [&](const QList<DemoPerson> &chunk, const QList<CustomerKeys> &keys) {
            Transaction transaction(db.connection());
            std::vector<LifeEvent> events; // written after the chunk: a statement each would flush the loader
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                const DemoPerson &person = chunk.at(i);
                Customer customer = person.customer;
                if (person.referrerIndex) // made before her: written already, in this chunk or an earlier one
                    customer.referrerId = ids.at(*person.referrerIndex);
                const CustomerId id = loader.insertCustomer(customer, keys.at(i));
                QList<TagId> personTags;
                for (int tag : person.tags)
                    personTags << tagIds.at(tag);
                loader.addTags(id, personTags, person.customer.createdAt);
                if (person.lifeEvent) {
                    events.push_back(*person.lifeEvent);
                    events.back().customerId = id;
                }
                ids << id;
            }
            customers.addLifeEvents(events);
            transaction.commit();
            result.customers = ids.size();
            if (progress)
                progress({Progress::Phase::Customers, result.customers, options.customers});
        };

        QList<DemoPerson> pending;
        std::future<QList<CustomerKeys>> pendingKeys;
        for (int start = 0; start < options.customers; start += customerChunk) {
            QList<DemoPerson> chunk = makeChunk(start);
            std::future<QList<CustomerKeys>> keys = std::async(std::launch::async, keysOf, chunk);
            if (pendingKeys.valid())
                insertChunk(pending, pendingKeys.get());
            pending = std::move(chunk);
            pendingKeys = std::move(keys);
        }
        if (pendingKeys.valid())
            insertChunk(pending, pendingKeys.get());
        for (DemoVisit &visit : visits)
            visit.customer = ids.at(visit.customer);
        DemoMarketing marketing(db, lastDay, staffIds, options.seed);
        marketing.createCampaigns(visits);
        DemoBenefits benefits(db, loader, lastDay, staffIds, options.seed);

        std::sort(visits.begin(), visits.end());
        // A second stream for the sales, so that changing how customers are drawn does not shift
        // every sale; the constant is arbitrary.
        DemoRandom saleRandom(options.seed ^ 0x5a1e5a1e5a1e5a1eULL);
        const PointsRules pointsRules; // the defaults: a new store's rulebook
        const QDate trailFrom = lastDay.addDays(1 - trailDays);
        QList<TrailItem> trailItems;
        for (qsizetype start = 0; start < visits.size(); start += visitChunk) {
            Transaction transaction(db.connection());
            const qsizetype end = std::min(visits.size(), start + visitChunk);
            for (qsizetype i = start; i < end; ++i) {
                DemoSale drawn = planner.materialise(visits.at(i), staffIds, saleRandom);
                const std::optional<CouponId> coupon = marketing.useCoupon(drawn.sale);
                if (coupon)
                    refundPaidShares(drawn);
                loader.insertSale(drawn.sale);
                marketing.served(drawn.sale);
                if (coupon)
                    marketing.redeemed(*coupon, drawn.sale);
                ++result.sales;
                result.saleLines += drawn.sale.lines.size();
                // Points as the counter writes them (PointsLedger): earned with the sale, taken back
                // in proportion by each return, the replacement of an exchange earning first.
                const qint64 earned = earnPoints(loader, drawn.sale, pointsRules);
                if (drawn.sale.soldAt.date() >= trailFrom)
                    trailItems.append({drawn.sale.soldAt,
                        [sale = drawn.sale, earned, actor = clerkActor(drawn.sale.clerkId, staffIds)](
                            AuditTrail &trail) {
                            trail.recordSale(actor, sale, earned);
                        }});
                Money refunded;
                for (DemoSale::Return &ret : drawn.returns) {
                    ret.record.saleLineId = drawn.sale.lines.at(ret.line).id;
                    qint64 replacementPoints = 0;
                    if (ret.replacement) {
                        loader.insertSale(*ret.replacement);
                        ret.record.replacementLineId = ret.replacement->lines.first().id;
                        replacementPoints = earnPoints(loader, *ret.replacement, pointsRules);
                        ++result.sales;
                        ++result.saleLines;
                        ++result.exchanges;
                    }
                    PointsMovement reverse;
                    reverse.returnId = loader.insertReturn(ret.record);
                    ++result.returns;
                    if (drawn.sale.customerId) {
                        ret.record.id = *reverse.returnId;
                        marketing.returned(ret.record, *drawn.sale.customerId);
                    }
                    reverse.points
                        = -pointsToReverse(earned, drawn.sale.total(), refunded, ret.record.refund);
                    refunded += ret.record.refund;
                    if (ret.record.returnedAt.date() >= trailFrom) {
                        ret.record.id = *reverse.returnId;
                        const ReturnableLine line{
                            drawn.sale.lines.at(ret.line), drawn.sale.id, drawn.sale.soldAt, 0};
                        const std::optional<SaleLine> replacement = ret.replacement
                            ? std::optional<SaleLine>(ret.replacement->lines.first())
                            : std::nullopt;
                        trailItems.append({ret.record.returnedAt,
                            [customer = drawn.sale.customerId, line, record = ret.record,
                                back = -reverse.points, replacement, replacementPoints,
                                actor = clerkActor(ret.record.clerkId, staffIds)](AuditTrail &trail) {
                                trail.recordReturn(actor, customer, line, record, back,
                                    replacement ? &*replacement : nullptr, replacementPoints);
                            }});
                    }
                    if (reverse.points == 0)
                        continue;
                    reverse.customer = *drawn.sale.customerId;
                    reverse.happenedAt = ret.record.returnedAt;
                    reverse.kind = PointsMovement::Kind::Reverse;
                    reverse.sale = drawn.sale.id;
                    reverse.staff = ret.record.clerkId;
                    loader.insertPoints(reverse);
                }
                benefits.visited(drawn);
            }
            transaction.commit();
            if (progress)
                progress({Progress::Phase::Sales, end, visits.size()});
        }
        loader.finish(); // before anything else adds sales or points with ids of its own
        writeTrail(db, trailItems);
        addDemoComplaints(db, ids, staffIds, QDateTime(lastDay, QTime(20, 0), storeZone), options.seed);
        marketing.afterSales();
        benefits.finish(marketing.showAttendance());
        // After the complaints, whose resolutions hand over compensation coupons too.
        marketing.finish();
        result.campaigns = marketing.campaigns();
        result.coupons = marketing.coupons();
        DemoFollowUps::generate(db, ids, staffIds, firstDay, lastDay, options.seed);
        DemoLostSales::generate(db, visits, staffIds, lastDay, options.seed);
        // After the sales, complaints, campaigns and follow-ups it draws its occasions from (issue 24).
        DemoSatisfaction::generate(db, lastDay, options.seed);
        DemoCards::generate(db, visits, options.seed);
        DemoStaffGoals::generate(db, staffIds, lastDay, options.seed); // targets and spot checks (issue 24)
        // The demo's accounts are made as of its last day, like its records.
        const FixedClock accountsClock(QDateTime(lastDay, QTime(21, 0), storeZone));
        demo::addDemoAccounts(db, accountsClock);
    } catch (const StorageError &error) {
        spdlog::error("demo store: storage error: {}", error.detail().toStdString());
        result.error = error.userMessage();
    }
    result.milliseconds = timer.elapsed();
    spdlog::info("demo store: {} customers, {} sales, {} lines, {} returns in {} ms{}", result.customers,
        result.sales, result.saleLines, result.returns, result.milliseconds, result.ok() ? "" : " (failed)");
    if (!result.refused) // its batches are committed one by one: even a failed run may have written
        ChangeNotifier::post(Change::What::Everything);
    return result;
}

} // namespace atelier
