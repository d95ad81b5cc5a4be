#include "services/demo_follow_ups.h"

#include "core/follow_up.h"
#include "services/demo_random.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/transaction.h"

#include <QTimeZone>

#include <algorithm>

namespace atelier {

namespace {

const QTimeZone storeZone(8 * 3600);

constexpr TaskChannel channels[]
    = {TaskChannel::WeChat, TaskChannel::Phone, TaskChannel::Sms, TaskChannel::Visit};
constexpr int channelWeights[] = {55, 30, 10, 5};
constexpr TaskPurpose purposes[] = {TaskPurpose::Planned, TaskPurpose::Birthday, TaskPurpose::PurchaseCycle,
    TaskPurpose::Dormant, TaskPurpose::Holiday};
constexpr int purposeWeights[] = {35, 25, 20, 10, 10};
constexpr TaskOutcome outcomes[] = {TaskOutcome::Reached, TaskOutcome::NoAnswer, TaskOutcome::Declined,
    TaskOutcome::VisitBooked, TaskOutcome::Purchased, TaskOutcome::Other};
constexpr int outcomeWeights[] = {40, 25, 8, 12, 10, 5};

template <typename T, std::size_t N> T pick(DemoRandom &random, const T (&values)[N], const int (&weights)[N])
{
    return values[random.weighted(weights, int(N))];
}

QDateTime during(const QDate &day, DemoRandom &random)
{
    return QDateTime(day, QTime(random.between(10, 20), random.between(0, 59)), storeZone);
}

} // namespace

int DemoFollowUps::generate(Database &db, const QList<CustomerId> &customers, const QList<StaffId> &staff,
    const QDate &firstDay, const QDate &lastDay, std::uint64_t seed)
{
    if (customers.isEmpty() || staff.isEmpty())
        return 0;
    DemoRandom random(seed ^ 0xf011011f011011fULL);
    const qint64 span = firstDay.daysTo(lastDay) + 1;
    const qint64 n = customers.size();
    // The i-th customer was registered on firstDay + i * span / n (DemoStoreGenerator).
    const auto registered = [&](qint64 i) {
        return firstDay.addDays(i * span / n);
    };
    const auto task = [&](qint64 i, const QDate &due) {
        FollowUpTask t;
        t.customer = customers.at(i);
        t.dueOn = due;
        t.channel = pick(random, channels, channelWeights);
        t.purpose = pick(random, purposes, purposeWeights);
        t.assignee = staff.at(random.between(0, int(staff.size()) - 1));
        t.createdAt = during(std::max(registered(i), due.addDays(-random.between(1, 10))), random);
        return t;
    };

    std::vector<FollowUpTask> tasks;
    const QDate historyFrom = lastDay.addYears(-1);
    for (qint64 k = 0; k < n / 20; ++k) {
        const qint64 i = random.between(std::int64_t{0}, std::int64_t(n - 1));
        const QDate due = std::max(registered(i), historyFrom).addDays(random.between(0, 365));
        if (due > lastDay)
            continue;
        FollowUpTask t = task(i, due);
        t.status = random.chance(40) ? TaskStatus::Cancelled : TaskStatus::Done;
        if (t.status == TaskStatus::Done) {
            t.outcome = pick(random, outcomes, outcomeWeights);
            t.doneAt = during(
                std::min(lastDay, due.addDays(random.chance(150) ? random.between(1, 3) : 0)), random);
            t.doneBy = t.assignee;
        }
        tasks.push_back(t);
    }
    // The month ahead, and a few from the last days that nobody did yet.
    const int open = int(std::clamp<qint64>(n / 300, 20, 400));
    for (int k = 0; k < open; ++k) {
        const qint64 i = random.between(std::int64_t{0}, std::int64_t(n - 1));
        const QDate due = lastDay.addDays(random.chance(100) ? -random.between(1, 6) : random.between(1, 31));
        if (due < registered(i))
            continue;
        tasks.push_back(task(i, due));
    }

    Transaction transaction(db.connection());
    FollowUpRepository(db.connection()).insertHistory(tasks);
    transaction.commit();
    return int(tasks.size());
}

} // namespace atelier
