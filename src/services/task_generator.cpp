#include "services/task_generator.h"

#include "core/clock.h"
#include "core/complaint_callback.h"
#include "core/marketing_cap.h"
#include "core/occasion_plan.h"
#include "core/task_plan.h"
#include "storage/complaint_repository.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/follow_up_facts_query.h"
#include "storage/follow_up_repository.h"
#include "storage/occasion_query.h"
#include "storage/sales_pass_query.h"

#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace atelier {

TaskGenerator::TaskGenerator(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

int TaskGenerator::run(const QDate &asOf, qint64 runId, const ServiceRules &rules)
{
    return run(asOf, runId, rules, SalesPassQuery(asOf).tally(m_db.connection(), ActivityWindows()));
}

int TaskGenerator::run(const QDate &asOf, qint64 runId, const ServiceRules &rules, const StoreSales &sales)
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<CustomerTaskFacts> facts
        = FollowUpFactsQuery::run(m_db.connection(), sales, asOf.addDays(1 - rules.vipContactDays));
    spdlog::info("follow-up planning: {} customers read in {} ms", facts.size(), timer.elapsed());
    return run(asOf, runId, rules, facts);
}

int TaskGenerator::run(
    const QDate &asOf, qint64 runId, const ServiceRules &rules, const std::vector<CustomerTaskFacts> &read)
{
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_db.connection();
    const QDateTime now = m_clock.now();
    // The facts may come from before tonight's tiers were decided (NightlyReadAhead): the VIP cap
    // and the holiday greetings go by tonight's.
    std::vector<CustomerTaskFacts> facts = read;
    FollowUpFactsQuery::takeTiers(db, facts);
    std::vector<FollowUpTask> planned;
    for (const CustomerTaskFacts &customer : facts)
        for (FollowUpTask &task : TaskPlan::plan(customer, asOf, rules))
            planned.push_back(std::move(task));
    // Holiday greetings and life-event anniversaries.
    for (FollowUpTask &task : OccasionPlan::plan(OccasionQuery::read(db, asOf, rules), facts, asOf, rules))
        planned.push_back(std::move(task));
    // Only tasks not made on an earlier night compete for the night's one marketing slot: an
    // activation made (and perhaps cancelled or done) last week would otherwise win it every night
    // of its window and keep a holiday greeting out.
    FollowUpRepository tasks(db);
    // A prospect who bought since is an ordinary customer now: her first follow-up is no longer needed.
    const int closed = tasks.closeProspectsWhoBought(now);
    // A customer who withdrew her archive consent (or never gave it) is not greeted on her birthday:
    // tonight plans none for her, and the greeting already planned is called off.
    const int calledOff = tasks.cancelBirthdaysWithoutConsent(now);
    planned = tasks.notYetMade(std::move(planned));
    // Every plan's marketing together: one a night per customer, and the VIP cap.
    planned = MarketingCap::apply(std::move(planned), facts, asOf, rules);
    // A task that hands over a coupon gets it only when the task is new tonight: a second run for the
    // night, or a task already made and cancelled, issues none.
    CouponRepository coupons(db);
    for (FollowUpTask &task : planned) {
        task.createdAt = now;
        if (runId > 0)
            task.run = runId;
        std::optional<Coupon> coupon = TaskPlan::couponFor(task, rules, now);
        if (!coupon) // every task left is new tonight (notYetMade above)
            continue;
        coupons.issue(*coupon);
        TaskPlan::handOver(task, *coupon);
    }
    // A resolved complaint whose call-back was not made when it was resolved (written by another
    // path, or the task was removed with its customer's merge) gets it now; the key keeps it single.
    for (const Complaint &complaint : ComplaintRepository(db).resolvedAwaitingCallback()) {
        if (!complaint.customer || !complaint.resolvedAt.isValid())
            continue;
        FollowUpTask task = ComplaintCallback::taskFor(complaint, rules, now);
        if (runId > 0)
            task.run = runId;
        planned.push_back(std::move(task));
    }
    const int created = tasks.insertGenerated(planned);
    spdlog::info(
        "follow-up planning as of {}: {} customers, {} planned, {} created, {} prospect tasks closed "
        "by a purchase, {} birthday tasks called off without consent, {} ms",
        asOf.toString(Qt::ISODate).toStdString(), facts.size(), planned.size(), created, closed, calledOff,
        timer.elapsed());
    return created;
}

} // namespace atelier
