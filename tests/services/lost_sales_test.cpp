#include "core/audit.h"
#include "core/lost_sale.h"
#include "services/audit_trail.h"
#include "services/customer_erasure.h"
#include "services/customer_merge.h"
#include "services/customer_service.h"
#include "services/follow_up_service.h"
#include "services/lost_sales.h"
#include "storage/database.h"
#include "storage/lost_sale_repository.h"
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

// Today is 2026-06-15 (TempStore).
struct Fixture
{
    TempStore t;
    StaffId clerk = 0;
    CustomerId anna = 0;
    CustomerId bella = 0;
    CustomerId carla = 0;

    Fixture()
    {
        clerk = StaffRepository(db()).insert(QStringLiteral("小王"), false);
        t.store().setActor(AuditActor::staff(clerk, QStringLiteral("小王")));
        anna = customer("安娜", "13700000011");
        bella = customer("贝拉", "13700000012");
        carla = customer("卡拉", "13700000013");
    }

    CustomerId customer(const char *name, const char *phone)
    {
        CustomerArchive archive;
        archive.customer.name = QString::fromUtf8(name);
        archive.phoneText = QLatin1String(phone);
        const SaveResult saved = t.store().customers().save(archive);
        REQUIRE(saved.ok());
        return *saved.id;
    }

    QSqlDatabase db() { return t.store().database().connection(); }
    LostSales &lostSales() { return t.store().lostSales(); }

    LostSaleId wish(std::optional<CustomerId> who, const QString &style, const QString &size,
        LostSaleReason reason = LostSaleReason::SizeOutOfStock, const QString &category = {})
    {
        LostSale sale;
        sale.customer = who;
        sale.styleNumber = style;
        sale.category = category;
        sale.size = size;
        sale.reason = reason;
        const LostSaleResult recorded = lostSales().record(sale);
        INFO(recorded.message.toStdString());
        REQUIRE(recorded.ok());
        return recorded.sale->id;
    }

    QList<FollowUpTask> arrivalTasks(CustomerId who)
    {
        QList<FollowUpTask> tasks;
        for (const TaskRow &row : readValue(t.store().followUps().forCustomer(who)))
            if (row.task.purpose == TaskPurpose::Arrival)
                tasks << row.task;
        return tasks;
    }

    int count(const QString &statement) { return sql::scalar(db(), statement).toInt(); }
};

} // namespace

TEST_CASE("Lost sale, arrived, tasks for exactly those who asked", "[services][lost_sales]")
{
    Fixture f;
    f.t.clock().set(QDateTime(QDate(2026, 5, 3), QTime(11, 0), QTimeZone(8 * 3600)));
    const LostSaleId first = f.wish(f.anna, QStringLiteral("2601-blk"), QStringLiteral("m"));
    f.wish(f.anna, QStringLiteral("2601-BLK"), QStringLiteral("M")); // she asked twice
    f.wish(f.bella, QStringLiteral("2601-BLK"), QString()); // any size of it
    f.wish(std::nullopt, QStringLiteral("2601-BLK"), QStringLiteral("M")); // a passer-by
    f.wish(f.carla, QStringLiteral("2601-BLK"), QStringLiteral("L")); // another size
    f.wish(f.carla, QStringLiteral("2602-RED"), QStringLiteral("M")); // another style
    // It was in stock for her: too dear, or it did not fit. Nothing to tell her when more arrive.
    f.wish(f.carla, QStringLiteral("2601-BLK"), QStringLiteral("M"), LostSaleReason::Price);
    f.wish(f.carla, QStringLiteral("2601-BLK"), QStringLiteral("M"), LostSaleReason::Fit);
    f.t.clock().set(QDateTime(QDate(2026, 6, 15), QTime(10, 0), QTimeZone(8 * 3600)));

    const Arrival arrival{QStringLiteral("2601-BLK"), {}, QStringLiteral("M")};
    const ArrivalPreview preview = readValue(f.lostSales().preview(arrival));
    CHECK(preview.wishes == 4);
    CHECK(preview.customers == 2);

    const ArrivalResult done = f.lostSales().markArrived(arrival);
    INFO(done.message.toStdString());
    REQUIRE(done.ok());
    CHECK(done.wishes == 4);
    CHECK(done.tasks == 2);

    const QList<FollowUpTask> annas = f.arrivalTasks(f.anna);
    REQUIRE(annas.size() == 1);
    CHECK(annas.first().dueOn == QDate(2026, 6, 15));
    CHECK(annas.first().generatedKey == LostSales::taskKey(first));
    CHECK(annas.first().noteWords.kind == QStringLiteral("arrival"));
    CHECK(annas.first().noteWords.args
        == QStringList{QStringLiteral("2601-BLK"), QStringLiteral("M"), QStringLiteral("2026-05-03")});
    CHECK(annas.first().assignee == f.clerk);
    CHECK(annas.first().note.contains(QStringLiteral("2601-BLK size M")));
    CHECK(f.arrivalTasks(f.bella).size() == 1);
    CHECK(f.arrivalTasks(f.carla).isEmpty());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM lost_sales WHERE arrived_at IS NULL")) == 4);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM lost_sales WHERE arrived_by = %1").arg(f.clerk)) == 4);

    AuditFilter filter;
    filter.action = AuditAction::LostSalesArrived;
    const QList<AuditEntry> entries = f.t.store().auditTrail().entries(filter, 10);
    REQUIRE(entries.size() == 1);
    CHECK(AuditTrail::describe(entries.first()).contains(QStringLiteral("2601-BLK size M")));
    filter.action = AuditAction::LostSaleRecorded;
    CHECK(f.t.store().auditTrail().entries(filter, 10).size() == 8);
}

TEST_CASE("A second arrival plans nothing new", "[services][lost_sales]")
{
    Fixture f;
    f.wish(f.anna, QStringLiteral("2601-BLK"), QStringLiteral("M"));
    const Arrival arrival{QStringLiteral("2601-BLK"), {}, QStringLiteral("M")};
    REQUIRE(f.lostSales().markArrived(arrival).tasks == 1);

    const ArrivalResult again = f.lostSales().markArrived(arrival);
    REQUIRE(again.ok());
    CHECK(again.wishes == 0);
    CHECK(again.tasks == 0);
    CHECK(f.arrivalTasks(f.anna).size() == 1);
    CHECK(readValue(f.lostSales().preview(arrival)).customers == 0);

    // A wish taken down after the arrival waits for the next one.
    f.wish(f.anna, QStringLiteral("2601-BLK"), QStringLiteral("M"));
    CHECK(f.lostSales().markArrived(arrival).tasks == 1);
    CHECK(f.arrivalTasks(f.anna).size() == 2);
}

TEST_CASE("A category arrival tells those who named only the category", "[services][lost_sales]")
{
    Fixture f;
    f.wish(f.anna, QString(), QStringLiteral("M"), LostSaleReason::SizeOutOfStock, QStringLiteral("连衣裙"));
    f.wish(f.bella, QStringLiteral("2601-BLK"), QStringLiteral("M"), LostSaleReason::SizeOutOfStock,
        QStringLiteral("连衣裙"));
    const ArrivalResult done = f.lostSales().markArrived(Arrival{{}, QStringLiteral(" 连衣裙 "), QString()});
    REQUIRE(done.ok());
    CHECK(done.tasks == 1);
    REQUIRE(f.arrivalTasks(f.anna).size() == 1);
    // An arrival without a size names the size she asked for.
    CHECK(f.arrivalTasks(f.anna).first().noteWords.args.at(1) == QStringLiteral("M"));
    CHECK(f.arrivalTasks(f.bella).isEmpty());
}

TEST_CASE("A lost sale with nothing wanted is refused naming the field", "[services][lost_sales]")
{
    Fixture f;
    LostSale sale;
    sale.customer = f.anna;
    sale.styleNumber = QStringLiteral("   ");
    sale.size = QStringLiteral("M");
    const LostSaleResult refused = f.lostSales().record(sale);
    CHECK_FALSE(refused.ok());
    CHECK(refused.field == QStringLiteral("wanted"));
    CHECK_FALSE(refused.message.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM lost_sales")) == 0);

    sale.styleNumber = QString(41, u'X');
    CHECK(f.lostSales().record(sale).field == QStringLiteral("style_no"));
    sale.styleNumber = QStringLiteral("2601");
    sale.note = QString(501, u'x');
    CHECK(f.lostSales().record(sale).field == QStringLiteral("note"));
}

TEST_CASE("Lost sales are trimmed, and a clerk records but neither reads the report nor marks arrivals",
    "[services][lost_sales]")
{
    Fixture f;
    LostSale sale;
    sale.styleNumber = QStringLiteral("  2601-blk ");
    sale.colour = QStringLiteral(" 黑 ");
    sale.size = QStringLiteral(" xl");
    sale.note = QStringLiteral("  下周再来 ");
    f.t.store().database().setRole(Role::Clerk);
    const LostSaleResult recorded = f.lostSales().record(sale);
    REQUIRE(recorded.ok());
    const std::optional<LostSale> stored = LostSaleRepository(f.db()).find(recorded.sale->id);
    REQUIRE(stored);
    CHECK(stored->styleNumber == QStringLiteral("2601-BLK"));
    CHECK(stored->colour == QStringLiteral("黑"));
    CHECK(stored->size == QStringLiteral("XL"));
    CHECK(stored->note == QStringLiteral("下周再来"));
    CHECK(stored->recordedBy == f.clerk);
    CHECK(stored->recordedAt == f.t.clock().now());

    CHECK_FALSE(f.lostSales().report(ReportPeriod::month(2026, 6)).ok());
    CHECK_FALSE(f.lostSales().preview(Arrival{QStringLiteral("2601-BLK"), {}, {}}).ok());
    const ArrivalResult refused = f.lostSales().markArrived(Arrival{QStringLiteral("2601-BLK"), {}, {}});
    CHECK_FALSE(refused.ok());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM lost_sales WHERE arrived_at IS NOT NULL")) == 0);
}

TEST_CASE("The report counts by style or category, size and reason, most first", "[services][lost_sales]")
{
    Fixture f;
    f.wish(f.anna, QStringLiteral("2601-BLK"), QStringLiteral("M"));
    f.wish(f.bella, QStringLiteral("2601-BLK"), QStringLiteral("M"));
    f.wish(std::nullopt, QStringLiteral("2601-BLK"), QStringLiteral("M"), LostSaleReason::Price);
    f.wish(std::nullopt, QString(), QString(), LostSaleReason::Fit, QStringLiteral("连衣裙"));
    f.wish(std::nullopt, QStringLiteral("1001"), QStringLiteral("S"), LostSaleReason::Colour);
    f.t.clock().set(QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone(8 * 3600)));
    f.wish(std::nullopt, QStringLiteral("2601-BLK"), QStringLiteral("M")); // next month

    const QList<LostSaleCount> rows = readValue(f.lostSales().report(ReportPeriod::month(2026, 6)));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0)
        == LostSaleCount{
            QStringLiteral("2601-BLK"), false, QStringLiteral("M"), LostSaleReason::SizeOutOfStock, 2, 2});
    CHECK(rows.at(1).wanted == QStringLiteral("1001"));
    CHECK(rows.at(2).wanted == QStringLiteral("2601-BLK"));
    CHECK(rows.at(2).reason == LostSaleReason::Price);
    CHECK(rows.at(2).open == 0); // it was in stock for her: nothing to wait for
    CHECK(rows.at(3).wanted == QStringLiteral("连衣裙"));
    CHECK(rows.at(3).isCategory);
    CHECK(rows.at(3).size.isEmpty());

    const QList<LostSaleCount> fit
        = readValue(f.lostSales().report(ReportPeriod::month(2026, 6), LostSaleReason::Fit));
    REQUIRE(fit.size() == 1);
    CHECK(fit.first().count == 1);
}

TEST_CASE("A merge moves lost sales to the survivor; erasure unlinks them", "[services][lost_sales]")
{
    Fixture f;
    LostSale sale;
    sale.customer = f.bella;
    sale.styleNumber = QStringLiteral("2601-BLK");
    sale.note = QStringLiteral("她说周末来");
    REQUIRE(f.lostSales().record(sale).ok());
    REQUIRE(f.t.store().merge().merge(f.anna, f.bella).ok());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM lost_sales WHERE customer_id = %1").arg(f.anna)) == 1);

    REQUIRE(f.t.store().erasure().erase(f.anna).ok());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM lost_sales WHERE customer_id IS NULL AND note = ''"))
        == 1);
    // Her wish still counts for buying, and plans no task.
    const ArrivalResult done = f.lostSales().markArrived(Arrival{QStringLiteral("2601-BLK"), {}, {}});
    CHECK(done.wishes == 1);
    CHECK(done.tasks == 0);
}
