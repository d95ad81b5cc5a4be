#include "services/complaint_analysis.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/nightly_job.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QSignalSpy>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;
using S = ComplaintState;

namespace {

const QTimeZone storeZone(8 * 3600);

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), storeZone);
}

struct Fixture
{
    TempStore t;
    CustomerId customer = 0;
    StaffId clerk = 0;
    StaffId manager = 0;

    Fixture()
    {
        customer = *t.store()
                        .customers()
                        .registerCustomer(QStringLiteral("李娜"), QStringLiteral("13700000001"))
                        .id;
        StaffRepository staff(db());
        clerk = staff.insert(QStringLiteral("小王"), false);
        manager = staff.insert(QStringLiteral("陈经理"), true);
    }

    QSqlDatabase db() { return t.store().database().connection(); }
    ComplaintService &complaints() { return t.store().complaints(); }
    int count(const char *table)
    {
        return sql::scalar(db(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
    }

    ComplaintDraft draft(const QString &content = QStringLiteral("拉链坏了"))
    {
        ComplaintDraft d;
        d.customer = customer;
        d.channel = ComplaintChannel::Phone;
        d.category = ComplaintCategory::Quality;
        d.content = content;
        d.styleNumber = QStringLiteral("A26-1031");
        d.takenBy = clerk;
        return d;
    }

    // A complaint taken now and moved up to `state` through the service; fails the test on error.
    ComplaintId complaintIn(S state, std::optional<CustomerId> who = std::nullopt, bool noCustomer = false)
    {
        ComplaintDraft d = draft();
        if (who)
            d.customer = who;
        if (noCustomer)
            d.customer.reset();
        const ComplaintResult taken = complaints().intake(d);
        REQUIRE(taken.ok());
        const ComplaintId id = taken.complaint->id;
        const QDateTime now = t.clock().now();
        if (state == S::Received)
            return id;
        REQUIRE(complaints().acknowledge(id, clerk, now.addDays(2), clerk).ok());
        if (state == S::Acknowledged)
            return id;
        REQUIRE(complaints().startInvestigating(id, clerk).ok());
        if (state == S::Investigating)
            return id;
        REQUIRE(complaints().offerResolution(id, Resolution::Repair, Money(), {}, clerk).ok());
        if (state == S::ResolutionOffered)
            return id;
        REQUIRE(complaints().resolve(id, clerk).ok());
        if (state == S::Resolved)
            return id;
        REQUIRE(complaints().recordCallback(id, 4, {}, clerk).ok());
        if (state == S::CalledBack)
            return id;
        REQUIRE(complaints().close(id, manager).ok());
        return id;
    }
};

} // namespace

TEST_CASE("Intake refuses an empty, blank or too long complaint and an unknown customer, storing nothing",
    "[services][complaints]")
{
    Fixture f;
    for (const QString &content : {QString(), QStringLiteral("   \n\t"), QString(2001, u'差')}) {
        const ComplaintResult r = f.complaints().intake(f.draft(content));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.message.isEmpty());
    }
    ComplaintDraft unknown = f.draft();
    unknown.customer = 99999;
    const ComplaintResult r = f.complaints().intake(unknown);
    CHECK_FALSE(r.ok());
    CHECK(r.message == QStringLiteral("This customer does not exist."));
    CHECK(f.count("complaints") == 0);
    CHECK(f.count("complaint_events") == 0);
}

TEST_CASE(
    "Intake stores the complaint with its response target and the first event", "[services][complaints]")
{
    Fixture f;
    QSignalSpy changed(&f.complaints(), &ComplaintService::complaintChanged);
    f.t.clock().set(at(6, 15, 21, 55));
    const ComplaintResult r = f.complaints().intake(f.draft(QStringLiteral("  洗了一次就起球  ")));
    REQUIRE(r.ok());
    CHECK(changed.count() == 1);
    const std::optional<Complaint> c = readValue(f.complaints().find(r.complaint->id));
    REQUIRE(c);
    CHECK(c->content == QStringLiteral("洗了一次就起球"));
    CHECK(c->state == S::Received);
    CHECK(c->takenBy == std::optional<StaffId>(f.clerk));
    CHECK(c->receivedAt == at(6, 15, 21, 55));
    CHECK(c->respondBy == at(6, 16, 10, 10)); // phone: 15 minutes in opening hours
    const QList<ComplaintEvent> events = readValue(f.complaints().events(c->id));
    REQUIRE(events.size() == 1);
    CHECK_FALSE(events.first().from.has_value());
    CHECK(events.first().to == S::Received);
    CHECK(readValue(f.complaints().forCustomer(f.customer)).size() == 1);
}

TEST_CASE("A complaint goes through every step, each leaving one event", "[services][complaints]")
{
    Fixture f;
    const ComplaintId id = f.complaintIn(S::Closed, f.customer);
    const std::optional<Complaint> c = readValue(f.complaints().find(id));
    REQUIRE(c);
    CHECK(c->state == S::Closed);
    CHECK(c->responsible == std::optional<StaffId>(f.clerk));
    CHECK(c->resolution == Resolution::Repair);
    CHECK(c->satisfaction == std::optional<int>(4));
    CHECK(c->closedAt.isValid());
    const QList<ComplaintEvent> events = readValue(f.complaints().events(id));
    QList<S> path;
    for (const ComplaintEvent &e : events)
        path << e.to;
    CHECK(path
        == QList<S>{S::Received, S::Acknowledged, S::Investigating, S::ResolutionOffered, S::Resolved,
            S::CalledBack, S::Closed});
    CHECK(events.last().by == std::optional<StaffId>(f.manager));
    CHECK(events.at(2).from == std::optional<S>(S::Acknowledged));

    // The customer declines an offer: back to investigating, then a new offer.
    const ComplaintId other = f.complaintIn(S::ResolutionOffered);
    REQUIRE(f.complaints().declineOffer(other, f.clerk, QStringLiteral("不要维修，要换货")).ok());
    CHECK(readValue(f.complaints().find(other))->state == S::Investigating);
    REQUIRE(f.complaints().offerResolution(other, Resolution::Exchange, Money(), {}, f.clerk).ok());
    // Acknowledged straight to an offer (a simple case).
    const ComplaintId simple = f.complaintIn(S::Acknowledged);
    const ComplaintResult offered = f.complaints().offerResolution(
        simple, Resolution::Coupon, Money::fromYuan(50), QStringLiteral("满减券"));
    REQUIRE(offered.ok());
    CHECK(readValue(f.complaints().find(simple))->resolutionValue == Money::fromYuan(50));
}

TEST_CASE("Illegal steps are refused with a message and change nothing", "[services][complaints]")
{
    Fixture f;
    const ComplaintId id = f.complaintIn(S::Received);
    const int events = f.count("complaint_events");

    ComplaintResult r = f.complaints().acknowledge(id, f.clerk, f.t.clock().now().addSecs(-3600));
    CHECK_FALSE(r.ok());
    CHECK(r.message.contains(QStringLiteral("past")));
    r = f.complaints().resolve(id);
    CHECK_FALSE(r.ok());
    r = f.complaints().close(id);
    CHECK_FALSE(r.ok());
    CHECK(r.message.contains(QStringLiteral("call-back")));
    sql::run(f.db(), QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"), {qlonglong(f.clerk)});
    r = f.complaints().acknowledge(id, f.clerk, f.t.clock().now().addDays(1));
    CHECK_FALSE(r.ok());
    CHECK(r.message.contains(QStringLiteral("staff")));
    CHECK_FALSE(f.complaints().startInvestigating(99999).ok());
    CHECK(readValue(f.complaints().find(id))->state == S::Received);
    CHECK(f.count("complaint_events") == events);
}

TEST_CASE(
    "Resolving plans one call-back task a day later; the call-back marks it done", "[services][complaints]")
{
    Fixture f;
    f.t.clock().set(at(6, 15, 21, 0));
    const ComplaintId id = f.complaintIn(S::ResolutionOffered, f.customer);
    const ComplaintResult resolved = f.complaints().resolve(id, f.clerk);
    REQUIRE(resolved.ok());
    CHECK(resolved.callbackTaskCreated);
    CHECK(f.count("follow_up_tasks") == 1);
    CHECK(readValue(f.complaints().resolvedAwaitingCallback()).isEmpty());
    const qint64 taskId = sql::scalar(f.db(), QStringLiteral("SELECT id FROM follow_up_tasks")).toLongLong();
    std::optional<FollowUpTask> task = FollowUpRepository(f.db()).find(taskId);
    REQUIRE(task);
    CHECK(task->dueOn == QDate(2026, 6, 16));
    CHECK(task->purpose == TaskPurpose::ComplaintCallback);
    CHECK(task->complaint == std::optional<ComplaintId>(id));
    CHECK(task->assignee == std::optional<StaffId>(f.clerk));
    CHECK(task->channel == TaskChannel::Phone);
    // Only once: resolving again is refused, and the nightly catch-up finds nothing missing.
    CHECK_FALSE(f.complaints().resolve(id).ok());
    CHECK(f.count("follow_up_tasks") == 1);

    // Scores outside 1–5 are refused and change nothing.
    const int events = f.count("complaint_events");
    for (int score : {0, 6}) {
        const ComplaintResult r = f.complaints().recordCallback(id, score);
        CHECK_FALSE(r.ok());
        CHECK(r.message.contains(QStringLiteral("1 to 5")));
    }
    CHECK(readValue(f.complaints().find(id))->state == S::Resolved);
    CHECK(f.count("complaint_events") == events);
    CHECK(FollowUpRepository(f.db()).find(taskId)->status == TaskStatus::Open);

    f.t.clock().set(at(6, 16, 15, 0));
    REQUIRE(f.complaints().recordCallback(id, 5, QStringLiteral("满意"), f.manager).ok());
    task = FollowUpRepository(f.db()).find(taskId);
    CHECK(task->status == TaskStatus::Done);
    CHECK(task->outcome == TaskOutcome::Reached);
    CHECK(task->doneAt == at(6, 16, 15, 0));
    CHECK(task->doneBy == std::optional<StaffId>(f.manager));
    // The call-back's score counts in the satisfaction figures, in the same transaction (issue 24): one
    // score of the occasion complaint, about whoever made the call-back, on its day.
    CHECK(f.count("satisfaction_scores") == 1);
    QSqlQuery score = sql::run(f.db(),
        QStringLiteral("SELECT customer_id, score, occasion, complaint_id, staff_id, scored_on "
                       "FROM satisfaction_scores"));
    REQUIRE(score.next());
    CHECK(score.value(0).toLongLong() == f.customer);
    CHECK(score.value(1).toInt() == 5);
    CHECK(score.value(2).toString() == QStringLiteral("complaint"));
    CHECK(score.value(3).toLongLong() == id);
    CHECK(score.value(4).toLongLong() == f.manager);
    CHECK(score.value(5).toString() == QStringLiteral("2026-06-16"));
    REQUIRE(f.complaints().close(id, f.manager).ok());
    CHECK(f.count("satisfaction_scores") == 1);
}

TEST_CASE("A complaint without a customer gets no call-back task; the nightly catch-up finds a missing one",
    "[services][complaints]")
{
    Fixture f;
    const ComplaintId anonymous = f.complaintIn(S::ResolutionOffered, std::nullopt, true);
    const ComplaintResult r = f.complaints().resolve(anonymous);
    REQUIRE(r.ok());
    CHECK_FALSE(r.callbackTaskCreated);
    CHECK(f.count("follow_up_tasks") == 0);
    CHECK(readValue(f.complaints().resolvedAwaitingCallback()).isEmpty());

    const ComplaintId id = f.complaintIn(S::Resolved, f.customer);
    sql::run(f.db(), QStringLiteral("DELETE FROM follow_up_tasks"));
    const QList<Complaint> missing = readValue(f.complaints().resolvedAwaitingCallback());
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().id == id);
}

TEST_CASE("The nightly run makes a missing call-back once", "[services][complaints][nightly]")
{
    Fixture f;
    const ComplaintId id = f.complaintIn(S::Resolved, f.customer);
    sql::run(f.db(), QStringLiteral("DELETE FROM follow_up_tasks"));

    NightlyJob job(f.t.store().database(), f.t.clock());
    const NightlyRun first = job.run(QDate(2026, 6, 14), NightlyRun::StartedBy::Cli);
    REQUIRE(first.result == NightlyRun::Result::Ok);
    CHECK(first.tasksCreated == 1);
    const QVariant key = sql::scalar(f.db(),
        QStringLiteral("SELECT generated_key FROM follow_up_tasks WHERE complaint_id = ? AND run_id = ?"),
        {qlonglong(id), first.id});
    CHECK(key.toString() == QStringLiteral("complaint_callback:%1").arg(id));
    CHECK(readValue(f.complaints().resolvedAwaitingCallback()).isEmpty());

    const NightlyRun second = job.run(QDate(2026, 6, 14), NightlyRun::StartedBy::Cli);
    CHECK(second.tasksCreated == 0);
    CHECK(f.count("follow_up_tasks") == 1);
}

TEST_CASE("A complaint's call-back is not done or cancelled from the calendar", "[services][complaints]")
{
    Fixture f;
    const ComplaintId id = f.complaintIn(S::Resolved, f.customer);
    const QVariant task = sql::scalar(
        f.db(), QStringLiteral("SELECT id FROM follow_up_tasks WHERE complaint_id = ?"), {qlonglong(id)});
    REQUIRE(task.isValid());
    FollowUpService &tasks = f.t.store().followUps();
    const TaskResult done = tasks.markDone(task.toLongLong(), TaskOutcome::Reached, {}, {}, f.clerk);
    CHECK_FALSE(done.ok());
    CHECK(done.message == FollowUpService::callbackOnComplaint());
    CHECK_FALSE(tasks.cancel(task.toLongLong()).ok());
    CHECK(readValue(tasks.find(task.toLongLong()))->status == TaskStatus::Open);
    CHECK(readValue(f.complaints().find(id))->state == S::Resolved);

    // Recorded on the complaint, with its score, the call-back is done in the calendar too.
    REQUIRE(f.complaints().recordCallback(id, 5, {}, f.clerk).ok());
    CHECK(readValue(tasks.find(task.toLongLong()))->status == TaskStatus::Done);
}

TEST_CASE("Open complaints come most urgent first", "[services][complaints]")
{
    Fixture f;
    const ComplaintId received = f.complaintIn(S::Received); // due 10:15 today
    const ComplaintId acknowledged = f.complaintIn(S::Acknowledged); // due in 2 days
    const ComplaintId closed = f.complaintIn(S::Closed);
    f.t.clock().set(at(6, 15, 9, 0));
    const ComplaintId early = f.complaintIn(S::Received); // 9:00, due 10:15 too, received earlier
    QList<ComplaintId> order;
    for (const ComplaintRow &row : readValue(f.complaints().openByUrgency()))
        order << row.complaint.id;
    CHECK(order == QList<ComplaintId>{early, received, acknowledged});
    CHECK_FALSE(order.contains(closed));
    CHECK(readValue(f.complaints().openByUrgency()).first().customerName == QStringLiteral("李娜"));
}

TEST_CASE("The analysis counts, medians and satisfaction of a hand-made set", "[services][complaints]")
{
    Fixture f;
    ComplaintService &s = f.complaints();
    const auto take = [&](const QDateTime &when, ComplaintCategory category, const QString &style) {
        f.t.clock().set(when);
        ComplaintDraft d = f.draft();
        d.category = category;
        d.styleNumber = style;
        const ComplaintResult r = s.intake(d);
        REQUIRE(r.ok());
        return r.complaint->id;
    };
    const auto moveAt = [&](const QDateTime &when, const std::function<ComplaintResult()> &step) {
        f.t.clock().set(when);
        REQUIRE(step().ok());
    };
    // A: 10 minutes to respond, closed 28 h after intake, score 5, responsible the manager.
    const ComplaintId a = take(at(5, 4, 10), ComplaintCategory::Quality, QStringLiteral("X1"));
    moveAt(at(5, 4, 10, 10), [&] { return s.acknowledge(a, f.manager, at(5, 6, 10)); });
    moveAt(at(5, 4, 11), [&] { return s.offerResolution(a, Resolution::Refund, Money::fromYuan(100)); });
    moveAt(at(5, 4, 12), [&] { return s.resolve(a); });
    moveAt(at(5, 5, 12), [&] { return s.recordCallback(a, 5); });
    moveAt(at(5, 5, 14), [&] { return s.close(a); });
    // B: 30 minutes to respond, closed 49 h after intake, score 3.
    const ComplaintId b = take(at(5, 10, 11), ComplaintCategory::Size, QStringLiteral("X1"));
    moveAt(at(5, 10, 11, 30), [&] { return s.acknowledge(b, f.clerk, at(5, 12, 11)); });
    moveAt(at(5, 10, 12), [&] { return s.offerResolution(b, Resolution::Exchange, Money()); });
    moveAt(at(5, 11, 11), [&] { return s.resolve(b); });
    moveAt(at(5, 12, 11), [&] { return s.recordCallback(b, 3); });
    moveAt(at(5, 12, 12), [&] { return s.close(b); });
    // C: 20 minutes to respond, still open. D: not acknowledged.
    const ComplaintId c = take(at(6, 1, 10), ComplaintCategory::Quality, QString());
    moveAt(at(6, 1, 10, 20), [&] { return s.acknowledge(c, f.clerk, at(6, 3, 10)); });
    take(at(6, 2, 10), ComplaintCategory::Service, QString());
    // Outside the period.
    take(at(4, 30, 10), ComplaintCategory::Price, QStringLiteral("X9"));

    const ComplaintFigures fig
        = readValue(ComplaintAnalysis(f.t.store().database()).run(QDate(2026, 5, 1), QDate(2026, 6, 15)));
    CHECK(fig.complaints == 4);
    REQUIRE(fig.medianMinutesToRespond);
    CHECK(*fig.medianMinutesToRespond == Approx(20));
    REQUIRE(fig.medianMinutesToClose);
    CHECK(*fig.medianMinutesToClose == Approx((28 * 60 + 49 * 60) / 2.0));
    REQUIRE(fig.averageSatisfaction);
    CHECK(*fig.averageSatisfaction == Approx(4.0));
    CHECK(fig.satisfaction == std::array<int, 5>{0, 0, 1, 0, 1});
    REQUIRE(fig.byCategory.size() == 3);
    CHECK(fig.byCategory.first().key == QStringLiteral("quality"));
    CHECK(fig.byCategory.first().count == 2);
    REQUIRE(fig.byStyle.size() == 1);
    CHECK(fig.byStyle.first().key == QStringLiteral("X1"));
    CHECK(fig.byStyle.first().count == 2);
    REQUIRE(fig.byClerk.size() == 2);
    CHECK(fig.byClerk.first().name == QStringLiteral("小王"));
    CHECK(fig.byClerk.first().count == 3);
    CHECK(fig.byClerk.last().name == QStringLiteral("陈经理"));
    REQUIRE(fig.byMonth.size() == 2);
    CHECK(fig.byMonth.first().key == QStringLiteral("2026-05"));
    CHECK(fig.byMonth.first().count == 2);
    REQUIRE(fig.trend.size() == 12);
    CHECK(fig.trend.first().key == QStringLiteral("2025-07"));
    CHECK(fig.trend.at(9).count == 1); // April, before the period but in the trend
    CHECK(fig.trend.at(10).count == 2);
    CHECK(fig.trend.last().count == 2);
    CHECK(ComplaintAnalysis::median({}) == std::nullopt);
    CHECK(*ComplaintAnalysis::median({3, 1, 2}) == Approx(2));
}

TEST_CASE("Two windows on the same store cannot take a complaint through the same step twice",
    "[services][complaints]")
{
    Fixture f;
    const ComplaintId id = f.complaintIn(S::Acknowledged);
    // A second connection, as a second window or another counter PC would have.
    Store other(&f.t.clock());
    REQUIRE(other.open(f.t.path()));
    REQUIRE(readValue(other.complaints().find(id))->state == S::Acknowledged);
    REQUIRE(f.complaints().offerResolution(id, Resolution::Refund, Money::fromYuan(20)).ok());
    // The other window still shows "acknowledged" and offers again: the step is re-read and refused.
    const ComplaintResult late
        = other.complaints().offerResolution(id, Resolution::Coupon, Money::fromYuan(50));
    CHECK_FALSE(late.ok());
    CHECK(late.message.contains(QStringLiteral("cannot move")));
    CHECK(readValue(f.complaints().find(id))->resolution == Resolution::Refund);
    CHECK(readValue(f.complaints().events(id)).size() == 3);
}

TEST_CASE("A complaint read that fails gives its reason, not an empty answer", "[services][complaints]")
{
    Fixture f;
    const ComplaintResult r = f.complaints().intake(f.draft(QStringLiteral("洗了一次就起球")));
    REQUIRE(r.ok());
    atelier::testing::dropTable(f.t.store(), QStringLiteral("complaint_events"));
    const ReadResult<QList<ComplaintEvent>> events = f.complaints().events(r.complaint->id);
    CHECK_FALSE(events.ok());
    CHECK_FALSE(events.error.isEmpty());
    atelier::testing::dropTable(f.t.store(), QStringLiteral("complaints"));
    for (const ReadResult<QList<ComplaintRow>> &rows :
        {f.complaints().list({}), f.complaints().openByUrgency(), f.complaints().forCustomer(f.customer)}) {
        CHECK_FALSE(rows.ok());
        CHECK_FALSE(rows.error.isEmpty());
    }
    const ReadResult<std::optional<Complaint>> found = f.complaints().find(r.complaint->id);
    CHECK_FALSE(found.ok());
    CHECK_FALSE(found.error.isEmpty());
}

TEST_CASE("An analysis that cannot be read says so instead of a period without complaints",
    "[services][complaints]")
{
    Fixture f;
    REQUIRE(f.complaints().intake(f.draft(QStringLiteral("洗了一次就起球"))).ok());
    ComplaintAnalysis analysis(f.t.store().database());
    const QDate from(2026, 1, 1);
    const QDate to(2026, 12, 31);
    REQUIRE(readValue(analysis.run(from, to)).complaints == 1);
    atelier::testing::dropTable(f.t.store(), QStringLiteral("complaints"));
    const ReadResult<ComplaintFigures> failed = analysis.run(from, to);
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(failed.error.isEmpty());
}

namespace {

ComplaintDraft callerDraft(const QString &name, const QString &phone)
{
    ComplaintDraft d;
    d.channel = ComplaintChannel::Phone;
    d.content = QStringLiteral("快递三天还没到");
    d.callerName = name;
    d.callerPhoneText = phone;
    return d;
}

} // namespace

TEST_CASE("A caller's complaint keeps the name and phone she left; a customer's keeps none",
    "[services][complaints][callers]")
{
    Fixture f;
    const ComplaintResult r
        = f.complaints().intake(callerDraft(QStringLiteral("  王  女士 "), QStringLiteral("138-0013 8000")));
    REQUIRE(r.ok());
    const std::optional<Complaint> c = readValue(f.complaints().find(r.complaint->id));
    REQUIRE(c);
    CHECK_FALSE(c->customer.has_value());
    CHECK(c->callerName == QStringLiteral("王 女士"));
    CHECK(c->callerPhone.digits() == QStringLiteral("13800138000"));
    const QList<ComplaintRow> rows = readValue(f.complaints().list(ComplaintFilter{}));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().complaint.callerPhone.digits() == QStringLiteral("13800138000"));

    // Both are optional.
    const ComplaintResult anonymous = f.complaints().intake(callerDraft({}, QStringLiteral("  ")));
    REQUIRE(anonymous.ok());
    CHECK(readValue(f.complaints().find(anonymous.complaint->id))->callerName.isEmpty());
    CHECK_FALSE(readValue(f.complaints().find(anonymous.complaint->id))->callerPhone.isValid());

    // A customer's own name and phone are on her record, not on the complaint.
    ComplaintDraft customers = f.draft();
    customers.callerName = QStringLiteral("别人");
    customers.callerPhoneText = QStringLiteral("13900000000");
    const ComplaintResult own = f.complaints().intake(customers);
    REQUIRE(own.ok());
    CHECK(readValue(f.complaints().find(own.complaint->id))->callerName.isEmpty());
    CHECK_FALSE(readValue(f.complaints().find(own.complaint->id))->callerPhone.isValid());
}

TEST_CASE("A caller's malformed phone is refused with the registration's words and nothing is written",
    "[services][complaints][callers]")
{
    Fixture f;
    for (const QString &phone : {QStringLiteral("1380013800"), QStringLiteral("138abc00000"),
             QStringLiteral("12800138000"), QStringLiteral("5712345")}) {
        INFO(phone.toStdString());
        const ComplaintResult r = f.complaints().intake(callerDraft(QStringLiteral("王女士"), phone));
        CHECK_FALSE(r.ok());
        // The same sentence the registration gives for the same number.
        const SaveResult registration
            = f.t.store().customers().registerCustomer(QStringLiteral("王女士"), phone);
        REQUIRE(registration.errors.size() == 1);
        CHECK(registration.errors.first().field == QStringLiteral("phone"));
        CHECK(r.message == registration.errors.first().message);
    }
    CHECK(f.count("complaints") == 0);
    CHECK(f.count("complaint_events") == 0);
}

TEST_CASE(
    "A clerk sees a caller's phone masked, the manager sees it whole", "[services][complaints][callers]")
{
    Fixture f;
    const ComplaintResult r
        = f.complaints().intake(callerDraft(QStringLiteral("王女士"), QStringLiteral("13800138000")));
    REQUIRE(r.ok());
    REQUIRE(f.t.store().shift().begin(Session{f.clerk, QStringLiteral("小王"), Role::Clerk}));
    CHECK(f.complaints().callerPhoneShown(*r.complaint) == QStringLiteral("138****8000"));
    REQUIRE(f.t.store().shift().begin(Session{f.manager, QStringLiteral("陈经理"), Role::Manager}));
    CHECK(f.complaints().callerPhoneShown(*r.complaint) == QStringLiteral("138 0013 8000"));
    const ComplaintResult none = f.complaints().intake(callerDraft(QStringLiteral("王女士"), {}));
    CHECK(f.complaints().callerPhoneShown(*none.complaint).isEmpty());
}

TEST_CASE("A registered caller's complaint becomes hers, her call-back planned if resolved",
    "[services][complaints][callers]")
{
    Fixture f;
    const ComplaintResult r
        = f.complaints().intake(callerDraft(QStringLiteral("王女士"), QStringLiteral("13800138000")));
    REQUIRE(r.ok());
    const ComplaintId id = r.complaint->id;
    const QDateTime now = f.t.clock().now();
    REQUIRE(f.complaints().acknowledge(id, f.clerk, now.addDays(2), f.clerk).ok());
    REQUIRE(f.complaints().offerResolution(id, Resolution::Repair, Money(), {}, f.clerk).ok());
    const ComplaintResult resolved = f.complaints().resolve(id, f.clerk);
    REQUIRE(resolved.ok());
    CHECK_FALSE(resolved.callbackTaskCreated); // nobody to call in the archive yet

    const CustomerId caller
        = *f.t.store().customers().registerCustomer(QStringLiteral("王丽"), QStringLiteral("13800138000")).id;
    const ComplaintResult linked = f.complaints().linkCaller(id, caller);
    REQUIRE(linked.ok());
    CHECK(linked.callbackTaskCreated);
    const std::optional<Complaint> c = readValue(f.complaints().find(id));
    CHECK(c->customer == std::optional<CustomerId>(caller));
    // Her record holds them now, where her erasure would reach them.
    CHECK(c->callerName.isEmpty());
    CHECK(sql::scalar(
        f.db(), QStringLiteral("SELECT caller_phone FROM complaints WHERE id = ?"), {qlonglong(id)})
              .toString()
              .isEmpty());
    CHECK(FollowUpRepository(f.db()).forCustomer(caller).size() == 1);
    CHECK(readValue(f.complaints().forCustomer(caller)).size() == 1);

    // Once only: it has a customer now.
    const ComplaintResult again = f.complaints().linkCaller(id, f.customer);
    CHECK_FALSE(again.ok());
    CHECK(readValue(f.complaints().find(id))->customer == std::optional<CustomerId>(caller));
    CHECK_FALSE(f.complaints().linkCaller(99999, caller).ok());
}
