#include "core/audit.h"
#include "core/sale.h"
#include "core/satisfaction.h"
#include "services/audit_trail.h"
#include "services/complaint_service.h"
#include "services/customer_erasure.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/sale_service.h"
#include "services/satisfaction.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sql.h"
#include "storage/staff_repository.h"
#include "support/read_checks.h"
#include "support/temp_store.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace atelier;
using atelier::testing::readValue;
using atelier::testing::TempStore;

namespace {

QDateTime at(int month, int day, int hour = 11)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

// Today is 2026-06-15 (TempStore); 小王 is at the counter, 小李 is the other clerk.
struct Fixture
{
    TempStore t;
    StaffId wang = 0;
    StaffId li = 0;
    CustomerId anna = 0;
    CustomerId bella = 0;

    Fixture()
    {
        wang = StaffRepository(db()).insert(QStringLiteral("小王"), false);
        li = StaffRepository(db()).insert(QStringLiteral("小李"), false);
        t.store().setActor(AuditActor::staff(wang, QStringLiteral("小王")));
        anna = customer("安娜", "13700000011");
        bella = customer("贝拉", "13700000012");
    }

    CustomerId customer(const char *name, const char *phone)
    {
        return *t.store()
                    .customers()
                    .registerCustomer(QString::fromUtf8(name), QString::fromLatin1(phone))
                    .id;
    }

    qint64 sale(CustomerId who, StaffId clerk, const QDateTime &when)
    {
        Sale s;
        s.customerId = who;
        s.clerkId = clerk;
        s.soldAt = when;
        SaleLine line;
        line.styleNumber = QStringLiteral("A1001");
        line.listPrice = line.paidPrice = Money::fromYuan(300);
        s.lines << line;
        const SaleResult recorded = t.store().sales().recordSale(s);
        REQUIRE(recorded.ok());
        return *recorded.id;
    }

    QSqlDatabase db() { return t.store().database().connection(); }
    Satisfaction &satisfaction() { return t.store().satisfaction(); }
    qint64 count(const QString &statement) { return sql::scalar(db(), statement).toLongLong(); }
};

} // namespace

TEST_CASE("A score after a visit is about the sale's clerk, audited without the comment",
    "[services][satisfaction]")
{
    Fixture f;
    const qint64 sale = f.sale(f.anna, f.li, at(6, 15, 9));
    CHECK(readValue(f.satisfaction().saleToday(f.anna)) == sale);
    CHECK_FALSE(readValue(f.satisfaction().saleToday(f.bella)).has_value());

    const SatisfactionResult recorded
        = f.satisfaction().recordVisit(f.anna, 5, QStringLiteral("  试衣很耐心 "), sale);
    REQUIRE(recorded.ok());
    CHECK(recorded.score->staff == f.li);
    CHECK(recorded.score->recordedBy == f.wang);
    CHECK(recorded.score->scoredOn == QDate(2026, 6, 15));
    CHECK(recorded.score->comment == QStringLiteral("试衣很耐心"));
    const QList<SatisfactionScore> hers = readValue(f.satisfaction().scoresOf(f.anna));
    REQUIRE(hers.size() == 1);
    CHECK(hers.first().occasion == SatisfactionOccasion::Visit);
    CHECK(hers.first().sale == sale);

    // Without a sale: about whoever records it.
    const SatisfactionResult noSale = f.satisfaction().recordVisit(f.bella, 4, {});
    REQUIRE(noSale.ok());
    CHECK(noSale.score->staff == f.wang);

    AuditFilter filter;
    filter.action = AuditAction::SatisfactionRecorded;
    const QList<AuditEntry> entries = f.t.store().auditTrail().entries(filter, 10);
    REQUIRE(entries.size() == 2);
    for (const AuditEntry &entry : entries)
        CHECK_FALSE(entry.details.contains(QStringLiteral("试衣")));
    CHECK(AuditTrail::describe(entries.last()).contains(QStringLiteral("5 of 5")));
}

TEST_CASE("Scores after a follow-up, a campaign and a complaint call-back name the right clerk",
    "[services][satisfaction]")
{
    Fixture f;
    SECTION("follow-up: who did it")
    {
        FollowUpTask task;
        task.customer = f.anna;
        task.dueOn = QDate(2026, 6, 15);
        task.channel = TaskChannel::Phone;
        task.purpose = TaskPurpose::Planned;
        const TaskResult planned = f.t.store().followUps().create(task);
        REQUIRE(planned.ok());
        REQUIRE(f.t.store().followUps().markDone(*planned.id, TaskOutcome::Reached, {}, {}, f.li).ok());
        const SatisfactionResult recorded = f.satisfaction().recordFollowUp(f.anna, *planned.id, 3, {});
        REQUIRE(recorded.ok());
        CHECK(recorded.score->staff == f.li);
        CHECK(recorded.score->followUp == *planned.id);
        // Not her task: refused naming the occasion.
        const SatisfactionResult other = f.satisfaction().recordFollowUp(f.bella, *planned.id, 3, {});
        CHECK_FALSE(other.ok());
        CHECK(other.field == QStringLiteral("occasion"));
    }
    SECTION("campaign: only one she answered or attended; about no clerk")
    {
        sql::run(f.db(),
            QStringLiteral(
                "INSERT INTO campaigns (id, name, kind, first_day, last_day, holdout_percent, seed, "
                "created_at) VALUES (1, ?, 'member_day', '2026-06-01', '2026-06-10', 0, 1, ?)"),
            {QStringLiteral("会员日"), QStringLiteral("2026-05-20T10:00:00+08:00")});
        dialect::followIdSequence(f.db(), QStringLiteral("campaigns"));
        sql::run(f.db(),
            QStringLiteral(
                "INSERT INTO campaign_members (campaign_id, customer_id, member_group, invited_at, rsvp) "
                "VALUES (1, ?, 'invited', '2026-05-21', 'yes'), (1, ?, 'invited', '2026-05-21', NULL)"),
            {f.anna, f.bella});
        const SatisfactionResult answered
            = f.satisfaction().recordCampaign(f.anna, 1, 5, QStringLiteral("好玩"));
        REQUIRE(answered.ok());
        CHECK_FALSE(answered.score->staff.has_value());
        const SatisfactionResult silent = f.satisfaction().recordCampaign(f.bella, 1, 5, {});
        CHECK_FALSE(silent.ok());
        CHECK(silent.field == QStringLiteral("occasion"));
    }
    SECTION("complaint call-back: whoever records it")
    {
        ComplaintDraft draft;
        draft.customer = f.anna;
        draft.content = QStringLiteral("扣子掉了");
        draft.takenBy = f.li;
        const ComplaintResult taken = f.t.store().complaints().intake(draft);
        REQUIRE(taken.complaint.has_value());
        const SatisfactionResult recorded
            = f.satisfaction().recordComplaint(f.anna, taken.complaint->id, 2, QStringLiteral("太慢"));
        REQUIRE(recorded.ok());
        CHECK(recorded.score->staff == f.wang);
        CHECK(recorded.score->complaint == taken.complaint->id);
    }
}

TEST_CASE("A score outside 1-5, a long comment or a survey occasion is refused naming the field",
    "[services][satisfaction]")
{
    Fixture f;
    for (const int bad : {0, 6, -1}) {
        const SatisfactionResult refused = f.satisfaction().recordVisit(f.anna, bad, {});
        CHECK_FALSE(refused.ok());
        CHECK(refused.field == QStringLiteral("score"));
    }
    const SatisfactionResult tooLong
        = f.satisfaction().recordVisit(f.anna, 4, QString(SatisfactionScore::maxCommentLength + 1, u'好'));
    CHECK(tooLong.field == QStringLiteral("comment"));
    SatisfactionScore survey;
    survey.customer = f.anna;
    survey.score = 4;
    survey.occasion = SatisfactionOccasion::Survey;
    CHECK(f.satisfaction().record(survey).field == QStringLiteral("occasion"));
    const SatisfactionResult nobody = f.satisfaction().recordVisit(0, 4, {});
    CHECK(nobody.field == QStringLiteral("customer"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores")) == 0);
}

TEST_CASE("The satisfaction report on a hand-computed store: month by month and per clerk",
    "[services][satisfaction]")
{
    Fixture f;
    // May: 小李's sale to Anna scored 5 and 4; June: 小王 (no sale) 2, 小李's sale to Bella 4 and 3.
    const qint64 annaSale = f.sale(f.anna, f.li, at(5, 10));
    f.t.clock().set(at(5, 10, 15));
    REQUIRE(f.satisfaction().recordVisit(f.anna, 5, {}, annaSale).ok());
    f.t.clock().set(at(5, 20, 15));
    REQUIRE(f.satisfaction().recordVisit(f.anna, 4, {}, annaSale).ok());
    f.t.clock().set(at(6, 2, 15));
    REQUIRE(f.satisfaction().recordVisit(f.bella, 2, {}).ok());
    const qint64 bellaSale = f.sale(f.bella, f.li, at(6, 5));
    f.t.clock().set(at(6, 5, 15));
    REQUIRE(f.satisfaction().recordVisit(f.bella, 4, {}, bellaSale).ok());
    REQUIRE(f.satisfaction().recordVisit(f.bella, 3, {}, bellaSale).ok());
    // Outside the period: April.
    f.t.clock().set(at(4, 30, 15));
    REQUIRE(f.satisfaction().recordVisit(f.anna, 1, {}).ok());

    const SatisfactionReport report
        = readValue(f.satisfaction().report(ReportPeriod{QDate(2026, 5, 1), QDate(2026, 6, 30)}));
    REQUIRE(report.months.size() == 2);
    CHECK(report.months.at(0).month == QStringLiteral("2026-05"));
    CHECK(report.months.at(0).figures == SatisfactionFigures{2, 9, 2});
    CHECK(report.months.at(0).figures.average() == Approx(4.5));
    CHECK(report.months.at(0).figures.rate() == Approx(1.0));
    CHECK(report.months.at(1).figures == SatisfactionFigures{3, 9, 1});
    CHECK(report.months.at(1).figures.rate() == Approx(1.0 / 3));
    CHECK(report.total == SatisfactionFigures{5, 18, 3});
    CHECK(report.total.rate() == Approx(0.6));
    REQUIRE(report.clerks.size() == 2);
    CHECK(report.clerks.at(0).name == QStringLiteral("小李")); // by name: 小李 before 小王
    CHECK(report.clerks.at(0).figures == SatisfactionFigures{4, 16, 3});
    CHECK(report.clerks.at(1).staff == f.wang);
    CHECK(report.clerks.at(1).figures == SatisfactionFigures{1, 2, 0});

    f.t.store().database().setRole(Role::Clerk);
    CHECK_FALSE(f.satisfaction().report(ReportPeriod{QDate(2026, 5, 1), QDate(2026, 6, 30)}).ok());
}

TEST_CASE("A merge moves her scores to the survivor and back on undo; erasure blanks the comments",
    "[services][satisfaction]")
{
    Fixture f;
    REQUIRE(f.satisfaction().recordVisit(f.bella, 4, QStringLiteral("她喜欢新款")).ok());
    const auto merged = f.t.store().merge().merge(f.anna, f.bella);
    REQUIRE(merged.ok());
    CHECK(
        f.count(QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE customer_id = %1").arg(f.anna))
        == 1);
    REQUIRE(f.t.store().merge().undo(*merged.mergeId).ok());
    CHECK(f.count(
              QStringLiteral("SELECT COUNT(*) FROM satisfaction_scores WHERE customer_id = %1").arg(f.bella))
        == 1);

    REQUIRE(f.t.store().erasure().erase(f.bella).ok());
    CHECK(f.count(QStringLiteral(
              "SELECT COUNT(*) FROM satisfaction_scores WHERE customer_id = %1 AND comment = ''")
                      .arg(f.bella))
        == 1);
}
