#include "services/demo_complaints.h"

#include "core/complaint_callback.h"
#include "core/complaint_workflow.h"
#include "core/response_deadline.h"
#include "services/complaint_service.h"
#include "services/demo_catalog.h"
#include "services/demo_random.h"
#include "storage/complaint_repository.h"
#include "storage/coupon_repository.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace atelier {

namespace {

struct Grievance
{
    ComplaintCategory category;
    const char16_t *text; // demo data a clerk would type; not UI text
    bool aboutProduct;
};

const Grievance grievances[] = {
    {ComplaintCategory::Quality, u"洗了一次就起球了", true},
    {ComplaintCategory::Quality, u"拉链坏了，拉不上", true},
    {ComplaintCategory::Quality, u"线头很多，有一处开线", true},
    {ComplaintCategory::Quality, u"纽扣掉了一颗", true},
    {ComplaintCategory::Quality, u"洗后褪色，染到别的衣服", true},
    {ComplaintCategory::Size, u"尺码偏小，想换大一码", true},
    {ComplaintCategory::Size, u"裤长不合适，要求免费修改", true},
    {ComplaintCategory::Service, u"店员态度冷淡，等了很久没人招呼", false},
    {ComplaintCategory::Service, u"试衣间排队太久", false},
    {ComplaintCategory::Delivery, u"快递三天还没到", false},
    {ComplaintCategory::Delivery, u"收到的颜色发错了", true},
    {ComplaintCategory::Price, u"刚买完第二天就降价了", true},
    {ComplaintCategory::Other, u"会员积分没有到账", false},
};
constexpr int grievanceWeights[] = {14, 8, 8, 5, 6, 12, 8, 7, 3, 6, 4, 9, 4};
constexpr int channelWeights[] = {55, 25, 15, 5}; // in store, phone, WeChat, online
constexpr int severityWeights[] = {45, 40, 15};
constexpr int satisfactionWeights[] = {4, 6, 18, 37, 35};
constexpr int resolutionWeights[] = {0, 15, 30, 20, 20, 10, 5}; // by Resolution, None never

// Someone not in the archive who rang: most give a surname and a number to call back ("王女士"),
// some only the number, a few neither. Drawn from their own stream so the rest of the demo stays
// as it was.
void fillCaller(Complaint &c, DemoRandom &random)
{
    static const QList<int> surnameWeights = [] {
        QList<int> weights;
        for (const demo::Weighted &s : demo::surnames())
            weights << s.weight;
        return weights;
    }();
    if (random.chance(800))
        c.channel = ComplaintChannel::Phone;
    const int leaves = random.between(0, 99);
    if (leaves < 5)
        return;
    if (leaves >= 15) {
        c.callerName = demo::surnames().at(random.weighted(surnameWeights)).text
            + (random.chance(880) ? QStringLiteral("女士") : QStringLiteral("先生"));
    }
    static const char *const prefixes[] = {"135", "138", "139", "150", "158", "186", "187", "199"};
    c.callerPhone = PhoneNumber::fromStoredDigits(QString::fromLatin1(prefixes[random.between(0, 7)])
        + QStringLiteral("%1").arg(random.between(0, 99999999), 8, 10, QLatin1Char('0')));
}

// Moves the complaint one step at `at` and writes the step's event.
void step(ComplaintRepository &repo, Complaint &c, ComplaintState to, const TransitionInput &input,
    const QDateTime &at)
{
    const ComplaintState from = c.state;
    c = ComplaintWorkflow::apply(c, to, input, at);
    repo.insertEvent({0, c.id, at, from, to, c.responsible ? c.responsible : c.takenBy, input.note});
}

} // namespace

int addDemoComplaints(Database &db, const QList<CustomerId> &customers, const QList<StaffId> &staff,
    const QDateTime &now, std::uint64_t seed)
{
    if (customers.isEmpty() || staff.isEmpty())
        return 0;
    QElapsedTimer timer;
    timer.start();
    DemoRandom random(seed ^ 0xc0ffee15c0ffee15ULL);
    DemoRandom callers(seed ^ 0xca11e25ca11e25ULL);
    const ServiceRules rules; // a new store's rulebook
    const int count = std::max<int>(1, int(customers.size() / 300));
    const QDate firstDay = now.date().addMonths(-18);
    const int spanDays = int(firstDay.daysTo(now.date()));
    const QList<demo::CategorySpec> &catalogue = demo::categories();

    Transaction transaction(db.connection());
    ComplaintRepository repo(db.connection());
    FollowUpRepository tasks(db.connection());
    CouponRepository coupons(db.connection());
    // When they came in, drawn first and in order so that ids follow time. Spread over the period,
    // a little denser lately (more customers, more complaints).
    QList<QDateTime> arrivals;
    for (int i = 0; i < count; ++i) {
        const int day = std::max(random.between(0, spanDays), random.between(0, spanDays));
        QDateTime received(
            firstDay.addDays(day), QTime(random.between(10, 21), random.between(0, 59)), now.timeZone());
        arrivals << (received > now ? now.addSecs(-random.between(5, 600) * 60) : received);
    }
    std::sort(arrivals.begin(), arrivals.end());
    constexpr ComplaintState stalls[] = {ComplaintState::Received, ComplaintState::Acknowledged,
        ComplaintState::Investigating, ComplaintState::ResolutionOffered, ComplaintState::Resolved};
    for (const QDateTime &received : std::as_const(arrivals)) {
        const Grievance &g = grievances[random.weighted(grievanceWeights, int(std::size(grievanceWeights)))];
        Complaint c;
        // About one in twelve comes from someone not in the archive.
        c.customer = random.chance(920) ? std::optional<CustomerId>(random.pick(customers)) : std::nullopt;
        c.channel = ComplaintChannel(random.weighted(channelWeights, 4));
        if (!c.customer)
            fillCaller(c, callers);
        c.category = g.category;
        c.severity = ComplaintSeverity(random.weighted(severityWeights, 3));
        c.content = QString::fromUtf16(g.text);
        if (g.aboutProduct) {
            const demo::CategorySpec &spec = random.pick(catalogue);
            c.styleNumber
                = QStringLiteral("A%1-%2%3")
                      .arg(received.date().year() % 100 - random.between(0, 1), 2, 10, QLatin1Char(u'0'))
                      .arg(spec.code, 2, 10, QLatin1Char('0'))
                      .arg(random.between(1, 40), 2, 10, QLatin1Char('0'));
        }
        c.takenBy = random.pick(staff);
        c.receivedAt = received;
        c.respondBy = respondBy(c.receivedAt, rules.minutesFor(c.channel), rules);
        c.updatedAt = c.receivedAt;
        c.id = repo.insert(c);
        repo.insertEvent({0, c.id, c.receivedAt, std::nullopt, ComplaintState::Received, c.takenBy, {}});

        // The steps as they would have happened; the ones still in the future have not, and most of
        // the last three weeks' complaints are still being worked on (some overdue).
        const qint64 age = c.receivedAt.daysTo(now);
        ComplaintState stall = age < 21 && random.chance(600)
            ? stalls[random.between(0, int(std::size(stalls)) - 1)]
            : ComplaintState::Closed;
        if (stall == ComplaintState::Received && age > 2)
            stall = ComplaintState::Acknowledged; // nobody leaves one unanswered for days

        QDateTime at = c.receivedAt.addSecs(random.between(3, 90) * 60);
        const auto goesOn = [&]() {
            return at <= now && c.state != stall;
        };
        if (!goesOn()) {
            repo.updateWorkflow(c);
            continue; // still waiting for a response (overdue when respondBy has passed)
        }
        TransitionInput input;
        input.responsible = random.chance(700) ? c.takenBy : std::optional<StaffId>(random.pick(staff));
        input.deadline = at.addDays(random.between(2, 10));
        step(repo, c, ComplaintState::Acknowledged, input, at);
        at = at.addSecs(random.between(1, 30) * 3600);
        if (goesOn() && random.chance(550)) {
            step(repo, c, ComplaintState::Investigating, {}, at);
            at = at.addSecs(random.between(1, 24) * 3600);
        }
        if (goesOn()) {
            input.resolution = Resolution(random.weighted(resolutionWeights, 7));
            const bool valued
                = input.resolution == Resolution::Refund || input.resolution == Resolution::Coupon;
            input.resolutionValue = Money::fromYuan(valued ? random.between(2, 40) * 10 : 0);
            step(repo, c, ComplaintState::ResolutionOffered, input, at);
            at = at.addSecs(random.between(1, 48) * 3600);
        }
        if (goesOn() && c.state == ComplaintState::ResolutionOffered) {
            step(repo, c, ComplaintState::Resolved, {}, at);
            if (c.customer)
                tasks.insertGenerated(callbackTaskFor(c, rules, at));
            // The seed's compensation coupon, as the complaint service issues it with a resolution.
            if (std::optional<Coupon> coupon = ComplaintService::compensationFor(c, rules, at))
                coupons.issue(*coupon);
            at = at.addSecs(qint64(rules.callbackAfterHours) * 3600 + random.between(0, 6) * 3600);
        }
        if (goesOn() && c.state == ComplaintState::Resolved) {
            TransitionInput callback;
            callback.satisfaction = 1 + random.weighted(satisfactionWeights, 5);
            step(repo, c, ComplaintState::CalledBack, callback, at);
            repo.completeCallbackTask(c.id, at, c.responsible, {});
            at = at.addSecs(random.between(5, 180) * 60);
            if (at <= now)
                step(repo, c, ComplaintState::Closed, {}, at);
        }
        repo.updateWorkflow(c);
    }
    transaction.commit();
    spdlog::info("demo store: {} complaints in {} ms", count, timer.elapsed());
    return count;
}

} // namespace atelier
