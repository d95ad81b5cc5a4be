#include "cli_runner.h"

#include "core/clock.h"
#include "services/complaint_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/staff_repository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QTimeZone storeZone(8 * 3600);

// Three complaints of 2026-06: one closed, one waiting for its first response (long overdue by
// the time the test runs), one resolved by a caller who is not in the archive, with a comma in its
// style number.
class ComplaintStore
{
public:
    ComplaintStore()
        : m_clock(QDateTime(QDate(2026, 6, 1), QTime(11, 0), storeZone))
    {
        Store store(&m_clock);
        REQUIRE(store.open(database()));
        const CustomerId customer
            = *store.customers().registerCustomer(QStringLiteral("王芳"), QStringLiteral("13700000001")).id;
        const StaffId clerk
            = StaffRepository(store.database().connection()).insert(QStringLiteral("小王"), false);
        ComplaintService &s = store.complaints();
        ComplaintDraft d;
        d.customer = customer;
        d.content = QStringLiteral("起球");
        d.styleNumber = QStringLiteral("A26-1031");
        d.takenBy = clerk;
        const ComplaintId closed = s.intake(d).complaint->id;
        REQUIRE(s.acknowledge(closed, clerk, m_clock.now().addDays(1)).ok());
        REQUIRE(s.offerResolution(closed, Resolution::Refund, Money::fromYuan(120)).ok());
        REQUIRE(s.resolve(closed).ok());
        m_clock.set(QDateTime(QDate(2026, 6, 2), QTime(12, 0), storeZone));
        REQUIRE(s.recordCallback(closed, 4).ok());
        REQUIRE(s.close(closed).ok());

        m_clock.set(QDateTime(QDate(2026, 6, 3), QTime(21, 55), storeZone));
        d.channel = ComplaintChannel::Phone;
        d.category = ComplaintCategory::Service;
        d.styleNumber.clear();
        REQUIRE(s.intake(d).ok());

        m_clock.set(QDateTime(QDate(2026, 6, 4), QTime(10, 0), storeZone));
        d.customer.reset();
        d.channel = ComplaintChannel::Online;
        d.category = ComplaintCategory::Delivery;
        d.styleNumber = QStringLiteral("B,2");
        const ComplaintId anonymous = s.intake(d).complaint->id;
        REQUIRE(s.acknowledge(anonymous, clerk, m_clock.now().addDays(1)).ok());
        REQUIRE(s.offerResolution(anonymous, Resolution::Coupon, Money::fromYuan(30)).ok());
        REQUIRE(s.resolve(anonymous).ok());
    }

    QString database() const { return m_location.text(); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    TestLocation m_location{m_dir.path(), QStringLiteral("complaints.sqlite")};
    FixedClock m_clock;
};

} // namespace

TEST_CASE("complaints prints every complaint as CSV; --open only the ones not closed, most urgent first",
    "[cli][complaints]")
{
    ComplaintStore store;
    const CliRun all
        = runCli({QStringLiteral("--db"), store.database(), QStringLiteral("complaints")}, store.folder());
    REQUIRE(all.exitCode == 0);
    CHECK(all.out
        == QStringLiteral(
            "id,received_at,customer_id,channel,category,severity,state,responsible_id,due_at,overdue,"
            "style_number,resolution,resolution_fen,satisfaction,closed_at\n"
            "3,2026-06-04T10:00:00+08:00,,online,delivery,medium,resolved,1,2026-06-05T10:00:00+08:00,1,"
            "\"B,2\",coupon,3000,,\n"
            "2,2026-06-03T21:55:00+08:00,1,phone,service,medium,received,,2026-06-04T10:10:00+08:00,1,,,0,,\n"
            "1,2026-06-01T11:00:00+08:00,1,in_store,quality,medium,closed,1,,0,A26-1031,refund,12000,4,"
            "2026-06-02T12:00:00+08:00\n"));

    const CliRun open = runCli(
        {QStringLiteral("--db"), store.database(), QStringLiteral("complaints"), QStringLiteral("--open")},
        store.folder());
    REQUIRE(open.exitCode == 0);
    const QStringList lines = open.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1).startsWith(QStringLiteral("2,"))); // due 06-04 10:10, before 3's 06-05 10:00
    CHECK(lines.at(2).startsWith(QStringLiteral("3,")));
}

TEST_CASE("complaints refuses an unknown option with exit code 2", "[cli][complaints]")
{
    ComplaintStore store;
    const CliRun bad = runCli(
        {QStringLiteral("--db"), store.database(), QStringLiteral("complaints"), QStringLiteral("--closed")},
        store.folder());
    CHECK(bad.exitCode == 2);
    CHECK_FALSE(bad.err.isEmpty());
    CHECK(bad.out.isEmpty());
}
