#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

int count(const QSqlDatabase &db, const char *statement)
{
    return sql::scalar(db, QString::fromLatin1(statement)).toInt();
}

} // namespace

// 022 rebuilds follow_up_tasks for the purposes arrival and prospect, and starts the segment history
// with each scored customer's last move, which customer_scores kept.
TEST_CASE(
    "022 keeps the follow-up tasks and their coupons, and seeds the segment history from the last moves",
    "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database old;
        REQUIRE(old.openAtVersion(path, 21));
        for (const char *statement :
            {"INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
             "(1, '王芳', '13912345678', '2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00'), "
             "(2, '李娜', '13912345679', '2026-01-02T10:00:00+08:00', '2026-01-02T10:00:00+08:00'), "
             "(3, '张敏', '13912345670', '2026-01-03T10:00:00+08:00', '2026-01-03T10:00:00+08:00')",
                "INSERT INTO coupons (id, code, customer_id, kind, value, valid_from, valid_to, reason, "
                "issued_at) VALUES (5, 'KGRYETK6', 1, 'amount', 2000, '2026-03-01', '2026-03-31', "
                "'activation', "
                "'2026-03-01T03:00:00+08:00')",
                "INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, generated_key, "
                "created_at, "
                "coupon_id) VALUES (1, '2026-03-01', 'wechat', 'activation', 'activation:1', "
                "'2026-03-01T03:00:00+08:00', 5)",
                // moved from active to lapsing on 1 June; never moved; scored for the first time
                "INSERT INTO customer_scores (customer_id, last_purchase, purchases, recent_purchases, "
                "spend_fen, "
                "tier_spend_fen, r, f, m, segment, named_segment, previous_segment, segment_since) VALUES "
                "(1, '2026-02-01', 2, 0, 50000, 50000, 2, 2, 2, 'lapsing', 'need_attention', 'active', "
                "'2026-06-01'), "
                "(2, '2026-05-01', 1, 1, 10000, 10000, 4, 1, 1, 'active', 'new', 'active', '2026-05-02'), "
                "(3, '2026-05-01', 1, 1, 10000, 10000, 4, 1, 1, 'active', 'new', '', '2026-05-02')"})
            sql::execute(old.connection(), QString::fromLatin1(statement));
    }
    Database db;
    REQUIRE(db.open(path));
    REQUIRE(db.schemaVersion() == Migrator::latestVersion());
    const QSqlDatabase c = db.connection();
    CHECK(
        count(c, "SELECT count(*) FROM follow_up_tasks WHERE purpose = 'activation' AND coupon_id = 5") == 1);
    CHECK(count(c,
              "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'follow_up_tasks' "
              "AND name IN ('follow_up_tasks_due', 'follow_up_tasks_customer', 'follow_up_tasks_open')")
        == 3);
    CHECK(count(c, "SELECT count(*) FROM segment_history") == 1);
    CHECK(count(c,
              "SELECT count(*) FROM segment_history WHERE customer_id = 1 AND changed_on = '2026-06-01' "
              "AND old_segment = 'active' AND new_segment = 'lapsing'")
        == 1);

    // The wider CHECK takes the new purposes; a lost sale must name what was wanted.
    sql::execute(c,
        QStringLiteral(
            "INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, created_at) VALUES "
            "(2, '2026-06-02', 'wechat', 'arrival', '2026-06-01T10:00:00+08:00'), "
            "(3, '2026-06-04', 'phone', 'prospect', '2026-06-01T03:00:00+08:00')"));
    CHECK(count(c, "SELECT count(*) FROM follow_up_tasks WHERE purpose IN ('arrival', 'prospect')") == 2);
    CHECK_THROWS(sql::execute(c,
        QStringLiteral("INSERT INTO lost_sales (recorded_at, reason) VALUES ('2026-06-01T10:00:00+08:00', "
                       "'size_out_of_stock')")));
    CHECK_THROWS(sql::execute(c,
        QStringLiteral("INSERT INTO lost_sales (recorded_at, style_no, reason) VALUES "
                       "('2026-06-01T10:00:00+08:00', '2601', 'too_dear')")));
    // One reward per referred customer.
    sql::execute(c,
        QStringLiteral("INSERT INTO referral_rewards (referred_id, referrer_id, granted_on, points) "
                       "VALUES (2, 1, '2026-06-10', 200)"));
    CHECK_THROWS(sql::execute(c,
        QStringLiteral("INSERT INTO referral_rewards (referred_id, referrer_id, granted_on, points) "
                       "VALUES (2, 1, '2026-06-11', 200)")));
}
