#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "support/test_location.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

int count(const QSqlDatabase &db, const char *statement)
{
    return sql::scalar(db, QString::fromLatin1(statement)).toInt();
}

} // namespace

// 021 rebuilds campaigns, which members, coupons and contacts name. With foreign keys enforced the
// DROP inside the rebuild would delete every member (ON DELETE CASCADE) and unlink every coupon: the
// migrator turns enforcement off for the step and checks every key before it commits.
TEST_CASE("021 rebuilds campaigns and follow-up tasks keeping everything that names them",
    "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database old;
        REQUIRE(old.openAtVersion(path, 20));
        for (const char *statement :
            {"INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
             "(1, '王芳', '13912345678', '2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00')",
                "INSERT INTO campaigns (id, name, kind, first_day, last_day, holdout_percent, seed, "
                "created_at) "
                "VALUES (7, '会员日', 'member_day', '2026-03-01', '2026-03-03', 20, 42, "
                "'2026-02-20T10:00:00+08:00')",
                "INSERT INTO campaign_members (campaign_id, customer_id, member_group) VALUES (7, 1, "
                "'invited')",
                "INSERT INTO coupons (code, customer_id, kind, value, valid_from, valid_to, reason, "
                "issued_at, "
                "campaign_id) VALUES ('KGRYETK6', 1, 'amount', 2000, '2026-03-01', '2026-03-03', 'campaign', "
                "'2026-02-20T10:00:00+08:00', 7)",
                "INSERT INTO contacts (customer_id, contacted_at, channel, source, campaign_id) VALUES "
                "(1, '2026-02-20T10:00:00+08:00', 'sms', 'campaign', 7)",
                "INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, generated_key, "
                "created_at, "
                "note_kind, note_args) VALUES (1, '2026-03-05', 'wechat', 'birthday', 'birthday:1:2026', "
                "'2026-02-28T03:00:00+08:00', 'birthday', '[\"2026-03-05\"]')"})
            sql::execute(old.connection(), QString::fromLatin1(statement));
    }
    Database db;
    REQUIRE(db.open(path));
    REQUIRE(db.schemaVersion() == Migrator::latestVersion());
    const QSqlDatabase c = db.connection();
    CHECK(count(c, "SELECT count(*) FROM campaigns WHERE id = 7 AND kind = 'member_day'") == 1);
    CHECK(count(c, "SELECT count(*) FROM campaign_members WHERE campaign_id = 7 AND rsvp IS NULL") == 1);
    CHECK(count(c, "SELECT count(*) FROM coupons WHERE campaign_id = 7") == 1);
    CHECK(count(c, "SELECT count(*) FROM contacts WHERE campaign_id = 7") == 1);
    CHECK(count(c, "SELECT count(*) FROM follow_up_tasks WHERE note_kind = 'birthday' AND coupon_id IS NULL")
        == 1);
    CHECK(count(c, "PRAGMA foreign_keys") == 1); // enforcement is back on after the step
    // The rebuilt tables keep every index they had (dropping a table drops its indexes).
    CHECK(count(c,
              "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'follow_up_tasks' "
              "AND name IN ('follow_up_tasks_due', 'follow_up_tasks_customer', 'follow_up_tasks_open')")
        == 3);

    // The wider CHECKs: a fashion show, an activation task.
    sql::execute(c,
        QStringLiteral(
            "INSERT INTO campaigns (name, kind, first_day, last_day, holdout_percent, seed, created_at) "
            "VALUES ('秋季秀', 'fashion_show', '2026-09-01', '2026-09-01', 0, 1, "
            "'2026-08-01T10:00:00+08:00')"));
    sql::execute(c,
        QStringLiteral("INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, created_at) "
                       "VALUES (1, '2026-03-10', 'wechat', 'activation', '2026-03-09T03:00:00+08:00')"));
    // Deleting a campaign still removes its members: the rebuilt table is the parent they name.
    sql::execute(c, QStringLiteral("DELETE FROM campaigns WHERE id = 7"));
    CHECK(count(c, "SELECT count(*) FROM campaign_members") == 0);
    CHECK(count(c, "SELECT count(*) FROM coupons WHERE campaign_id IS NULL") == 1);
}

TEST_CASE(
    "021 seeds the seed's tier benefits and eight holidays a year for 2026 to 2031", "[storage][migrations]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    REQUIRE(db.open(location.text()));
    const QSqlDatabase c = db.connection();
    CHECK(count(c, "SELECT count(*) FROM tier_benefits WHERE tier = 'silver'") == 1);
    CHECK(count(c, "SELECT count(*) FROM tier_benefits WHERE tier = 'gold'") == 2);
    CHECK(count(c, "SELECT count(*) FROM tier_benefits WHERE tier = 'black'") == 3);
    CHECK(count(c, "SELECT count(*) FROM tier_benefits WHERE coupon_kind IS NOT NULL") == 2);
    for (int year = 2026; year <= 2031; ++year) {
        INFO("year " << year);
        CHECK(sql::scalar(c, QStringLiteral("SELECT count(DISTINCT code) FROM holidays WHERE day LIKE ?"),
                  {QStringLiteral("%1-%").arg(year)})
                  .toInt()
            == 8);
        CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM holidays WHERE day LIKE ?"),
                  {QStringLiteral("%1-%").arg(year)})
                  .toInt()
            == 8);
    }
    // The published lunar dates, where ICU's Chinese calendar is a day early.
    CHECK(count(c,
              "SELECT count(*) FROM holidays WHERE code = 'spring_festival' AND day IN ('2027-02-06', "
              "'2030-02-03')")
        == 2);
}
