#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

int count(const QSqlDatabase &db, const QString &statement)
{
    return sql::scalar(db, statement).toInt();
}

void run(const QSqlDatabase &db, const char *statement)
{
    sql::execute(db, QString::fromUtf8(statement));
}

} // namespace

// 023 adds satisfaction_scores, staff_targets, archive_checks and customers.card_no to a store of 022.
TEST_CASE("023 keeps the customers and adds scores, targets, spot checks and card numbers with their checks",
    "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database old;
        REQUIRE(old.openAtVersion(path, 22));
        run(old.connection(),
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
            "(1, '王芳', '13912345678', '2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00'), "
            "(2, '李娜', '13912345679', '2026-01-02T10:00:00+08:00', '2026-01-02T10:00:00+08:00')");
        run(old.connection(), "INSERT INTO staff (id, name) VALUES (7, '小王')");
        // A call-back's score from before 023, and a complaint still open (no score).
        run(old.connection(),
            "INSERT INTO complaints (id, customer_id, channel, category, severity, content, taken_by, "
            "received_at, respond_by, state, responsible_id, called_back_at, satisfaction, updated_at) "
            "VALUES "
            "(1, 2, 'phone', 'quality', 'low', '扣子掉了', 7, '2026-03-01T10:00:00+08:00', "
            "'2026-03-02T10:00:00+08:00', 'called_back', NULL, '2026-03-05T23:30:00+08:00', 2, "
            "'2026-03-05T23:30:00+08:00'), "
            "(2, 1, 'phone', 'quality', 'low', '线头', 7, '2026-03-01T10:00:00+08:00', "
            "'2026-03-02T10:00:00+08:00', 'received', NULL, NULL, NULL, '2026-03-01T10:00:00+08:00')");
    }
    Database db;
    REQUIRE(db.open(path));
    REQUIRE(db.schemaVersion() == Migrator::latestVersion());
    const QSqlDatabase c = db.connection();
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM customers WHERE card_no IS NULL")) == 2);
    // The call-back's score counts in the satisfaction figures: on its local day, about who took it.
    CHECK(count(c,
              QStringLiteral("SELECT count(*) FROM satisfaction_scores WHERE customer_id = 2 AND score = 2 "
                             "AND occasion = 'complaint' AND complaint_id = 1 AND staff_id = 7 "
                             "AND scored_on = '2026-03-05'"))
        == 1);
    run(c, "DELETE FROM satisfaction_scores");
    CHECK(count(c,
              QStringLiteral(
                  "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                  "('satisfaction_scores_customer', 'satisfaction_scores_scored', 'customers_card_no')"))
        == 3);

    SECTION("satisfaction scores: 1 to 5, a known occasion, one row per import key")
    {
        run(c,
            "INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, staff_id, "
            "recorded_at, "
            "import_key) VALUES (1, '2026-06-01', 5, 'survey', 7, '2026-06-02T10:00:00+08:00', "
            "'survey:1:a')");
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM satisfaction_scores WHERE comment = ''")) == 1);
        for (const char *bad :
            {"INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, recorded_at) VALUES "
             "(1, '2026-06-01', 0, 'visit', '2026-06-02T10:00:00+08:00')",
                "INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, recorded_at) "
                "VALUES "
                "(1, '2026-06-01', 6, 'visit', '2026-06-02T10:00:00+08:00')",
                "INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, recorded_at) "
                "VALUES "
                "(1, '2026-06-01', 4, 'phone_call', '2026-06-02T10:00:00+08:00')",
                "INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, recorded_at, "
                "import_key) "
                "VALUES (2, '2026-06-01', 4, 'survey', '2026-06-02T10:00:00+08:00', 'survey:1:a')"})
            CHECK_THROWS(run(c, bad));
        // A re-import's row meets its key and adds nothing.
        run(c,
            "INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, recorded_at, "
            "import_key) "
            "VALUES (1, '2026-06-01', 5, 'survey', '2026-06-03T10:00:00+08:00', 'survey:1:a') "
            "ON CONFLICT (import_key) DO NOTHING");
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM satisfaction_scores")) == 1);
        // Shop scores have no key: any number of them.
        run(c,
            "INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, recorded_at) VALUES "
            "(1, '2026-06-01', 4, 'visit', '2026-06-02T10:00:00+08:00'), "
            "(1, '2026-06-01', 4, 'visit', '2026-06-02T10:00:00+08:00')");
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM satisfaction_scores")) == 3);
    }
    SECTION("staff targets: one row per clerk and month, no negative target")
    {
        run(c,
            "INSERT INTO staff_targets (staff_id, month, sales_fen, new_archives, set_at) VALUES "
            "(7, '2026-06', 5000000, 20, '2026-06-01T09:00:00+08:00')");
        CHECK_THROWS(run(c,
            "INSERT INTO staff_targets (staff_id, month, set_at) VALUES (7, '2026-06', "
            "'2026-06-02T09:00:00+08:00')"));
        CHECK_THROWS(run(c,
            "INSERT INTO staff_targets (staff_id, month, follow_ups_done, set_at) VALUES (7, '2026-07', -1, "
            "'2026-06-02T09:00:00+08:00')"));
        CHECK_THROWS(run(c,
            "INSERT INTO staff_targets (staff_id, month, set_at) VALUES (7, '2026-7', "
            "'2026-06-02T09:00:00+08:00')"));
    }
    SECTION("archive checks: valid or not, the last verdict per customer")
    {
        run(c,
            "INSERT INTO archive_checks (customer_id, valid, checked_on, checked_by) VALUES (1, 1, "
            "'2026-06-01', 7)");
        CHECK_THROWS(run(
            c, "INSERT INTO archive_checks (customer_id, valid, checked_on) VALUES (1, 0, '2026-06-02')"));
        CHECK_THROWS(run(
            c, "INSERT INTO archive_checks (customer_id, valid, checked_on) VALUES (2, 2, '2026-06-02')"));
    }
    SECTION("card numbers: unique when given, any number of customers without one")
    {
        run(c, "UPDATE customers SET card_no = 'AT000001' WHERE id = 1");
        CHECK_THROWS(run(c, "UPDATE customers SET card_no = 'AT000001' WHERE id = 2"));
        run(c,
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
            "(3, '张敏', '13912345670', '2026-01-03T10:00:00+08:00', '2026-01-03T10:00:00+08:00')");
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM customers WHERE card_no IS NULL")) == 2);
    }
    SECTION("a customer's scores and spot check go with her row")
    {
        run(c,
            "INSERT INTO satisfaction_scores (customer_id, scored_on, score, occasion, recorded_at) VALUES "
            "(2, '2026-06-01', 3, 'visit', '2026-06-02T10:00:00+08:00')");
        run(c, "INSERT INTO archive_checks (customer_id, valid, checked_on) VALUES (2, 0, '2026-06-02')");
        run(c, "PRAGMA foreign_keys = ON");
        run(c, "DELETE FROM customers WHERE id = 2");
        CHECK(
            count(c, QStringLiteral("SELECT count(*) FROM satisfaction_scores WHERE customer_id = 2")) == 0);
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM archive_checks WHERE customer_id = 2")) == 0);
    }
}
