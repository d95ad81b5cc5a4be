#include "support/report_store.h"

#include "services/store.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace atelier::testing {

namespace {

void exec(Store &store, const QString &statement)
{
    QSqlQuery query(store.database().connection());
    const bool ok = query.exec(statement);
    INFO(statement.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

ReportStore fillReportStore(Store &store)
{
    const char *statements[] = {
        "INSERT INTO staff (id, name, role) VALUES (101, '小王', 'clerk'), (102, '小李', 'clerk')",
        // customers: id, gender, birthday / birth year, source, registered by, registered at
        "INSERT INTO customers (id, name, phone, gender, birthday, birth_month, birth_year, wechat_id, "
        "source, "
        "created_by, created_at, updated_at) VALUES "
        "(1, '王芳', '13800000001', 'female', '1990-05-01', 5, NULL, '', 'walk_in', 101, "
        "'2026-03-10T10:00:00+08:00', '2026-03-10T10:00:00+08:00'),"
        "(2, '李静', '13800000002', 'female', NULL, NULL, 1980, '', 'wechat', 101, "
        "'2026-04-05T10:00:00+08:00', '2026-04-05T10:00:00+08:00'),"
        "(3, '张伟', '13800000003', 'male', NULL, NULL, NULL, '', 'douyin', 102, "
        "'2026-04-20T10:00:00+08:00', '2026-04-20T10:00:00+08:00'),"
        "(4, '刘敏', '13800000004', 'female', '2003-02-02', 2, NULL, 'liumin', 'wechat', 101, "
        "'2026-05-03T10:00:00+08:00', '2026-05-03T10:00:00+08:00'),"
        "(5, '陈婷', '13800000005', '', NULL, NULL, 1960, '', 'referral', 102, "
        "'2026-05-18T10:00:00+08:00', '2026-05-18T10:00:00+08:00'),"
        "(6, '杨雪', '13800000006', 'other', NULL, NULL, NULL, '', 'walk_in', NULL, "
        "'2026-05-31T23:00:00+08:00', '2026-05-31T23:00:00+08:00'),"
        "(7, '赵燕', '13800000007', 'female', NULL, NULL, NULL, '', 'event', 101, "
        "'2026-06-01T09:00:00+08:00', '2026-06-01T09:00:00+08:00')",
        "INSERT INTO tags (id, name) VALUES (1, '通勤'), (2, '简约'), (3, '真丝')",
        "INSERT INTO customer_tags (customer_id, tag_id, added_at) VALUES (4, 1, '2026-05-03'), "
        "(4, 2, '2026-05-03'), (4, 3, '2026-05-03')",
        "INSERT INTO life_events (customer_id, event_date, kind) VALUES (5, '2026-09-01', 'wedding')",
        // sales and their lines; sale 8 is the replacement side of an exchange
        "INSERT INTO sales (id, customer_id, sold_at, clerk_id, total_fen) VALUES "
        "(1, 1, '2025-12-10T12:00:00+08:00', 101, 10000),"
        "(2, 1, '2026-04-10T12:00:00+08:00', 101, 30000),"
        "(3, 2, '2026-04-12T12:00:00+08:00', 102, 8000),"
        "(4, 1, '2026-05-02T12:00:00+08:00', 101, 20000),"
        "(5, 1, '2026-05-20T12:00:00+08:00', 101, 5000),"
        "(6, 4, '2026-05-21T12:00:00+08:00', 102, 12000),"
        "(7, NULL, '2026-05-25T12:00:00+08:00', 101, 3000),"
        "(8, 4, '2026-05-26T12:00:00+08:00', 102, 6000),"
        "(9, 4, '2026-06-02T12:00:00+08:00', 102, 9000)",
        "INSERT INTO sale_lines (id, sale_id, style_no, category, size, quantity, list_price_fen, "
        "paid_price_fen) "
        "VALUES (1, 1, 'T100', '上衣', 'M', 1, 10000, 10000),"
        "(2, 2, 'D200', '连衣裙', 'M', 2, 15000, 15000),"
        "(3, 3, 'P300', '裤子', 'L', 1, 8000, 8000),"
        "(4, 4, 'D201', '连衣裙', 'S', 1, 12000, 12000),"
        "(5, 4, 'T101', '上衣', 'M', 1, 8000, 8000),"
        "(6, 5, 'T102', '上衣', 'M', 1, 5000, 5000),"
        "(7, 6, 'P301', '裤子', 'L', 2, 6000, 6000),"
        "(8, 7, 'A400', '配饰', '', 1, 3000, 3000),"
        "(9, 8, 'P301', '裤子', 'M', 1, 6000, 6000),"
        "(10, 9, 'T103', '上衣', 'S', 1, 9000, 9000)",
        "INSERT INTO returns (id, sale_line_id, kind, returned_at, quantity, refund_fen, reason, "
        "replacement_line_id, clerk_id) VALUES "
        "(1, 5, 'return', '2026-05-10T15:00:00+08:00', 1, 8000, '质量问题', NULL, 101),"
        "(2, 7, 'exchange', '2026-05-26T12:00:00+08:00', 1, 0, '尺码不合适', 9, 102)",
        "INSERT INTO points_ledger (customer_id, happened_at, kind, points) VALUES "
        "(1, '2026-04-10T12:00:00+08:00', 'earn', 300),"
        "(2, '2026-04-12T12:00:00+08:00', 'earn', 80),"
        "(1, '2026-05-02T12:00:00+08:00', 'earn', 200),"
        "(1, '2026-05-10T15:00:00+08:00', 'reverse', -80),"
        "(1, '2026-05-15T12:00:00+08:00', 'redeem', -100),"
        "(2, '2026-05-20T03:00:00+08:00', 'expire', -80),"
        "(4, '2026-05-21T12:00:00+08:00', 'adjust', 50),"
        "(4, '2026-06-02T12:00:00+08:00', 'earn', 120)",
        "INSERT INTO tier_history (customer_id, changed_on, old_tier, new_tier, reason, spend_fen, "
        "threshold_fen) "
        "VALUES (1, '2026-04-11', '', 'silver', 'spend_reached', 40000, 100000),"
        "(2, '2026-04-13', '', 'silver', 'spend_reached', 8000, 100000),"
        "(1, '2026-05-03', 'silver', 'gold', 'spend_reached', 60000, 300000),"
        "(2, '2026-05-15', 'silver', '', 'spend_fell', 0, 100000)",
        "INSERT INTO customer_scores (customer_id, last_purchase, purchases, recent_purchases, spend_fen, "
        "tier_spend_fen, r, f, m, segment, named_segment, previous_segment, segment_since) VALUES "
        "(1, '2026-05-20', 4, 3, 57000, 57000, 5, 4, 5, 'active', 'loyal', 'potential', '2026-05-03'),"
        "(2, '2026-04-12', 1, 0, 8000, 8000, 2, 1, 2, 'dormant', 'hibernating', 'active', '2026-04-20'),"
        "(4, '2026-05-26', 2, 2, 18000, 18000, 5, 2, 3, 'potential', 'promising', '', '2026-05-22')",
        // every move of the nightly runs; customer 1 also moved in April, before her last move
        "INSERT INTO segment_history (customer_id, changed_on, old_segment, new_segment) VALUES "
        "(1, '2026-04-15', 'lapsing', 'potential'), (2, '2026-04-20', 'active', 'dormant'), "
        "(1, '2026-05-03', 'potential', 'active')",
        "INSERT INTO complaints (customer_id, channel, category, severity, content, received_at, respond_by, "
        "state, updated_at) VALUES "
        "(1, 'in_store', 'quality', 'medium', '开线', '2026-05-05T11:00:00+08:00', "
        "'2026-05-05T13:00:00+08:00', 'resolved', '2026-05-06T11:00:00+08:00'),"
        "(4, 'phone', 'size', 'low', '偏小', '2026-05-22T11:00:00+08:00', '2026-05-22T13:00:00+08:00', "
        "'received', '2026-05-22T11:00:00+08:00'),"
        "(2, 'wechat', 'quality', 'high', '掉色', '2026-04-02T11:00:00+08:00', '2026-04-02T13:00:00+08:00', "
        "'received', '2026-04-02T11:00:00+08:00')",
        "INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, status, done_at, done_by, "
        "created_at) "
        "VALUES (1, '2026-05-05', 'phone', 'planned', 'done', '2026-05-05T15:00:00+08:00', 101, "
        "'2026-05-01T10:00:00+08:00'),"
        "(2, '2026-05-10', 'wechat', 'dormant', 'open', NULL, NULL, '2026-05-01T10:00:00+08:00'),"
        "(3, '2026-05-12', 'phone', 'planned', 'cancelled', NULL, NULL, '2026-05-01T10:00:00+08:00'),"
        "(4, '2026-05-28', 'visit', 'planned', 'done', '2026-05-29T10:00:00+08:00', 102, "
        "'2026-05-01T10:00:00+08:00'),"
        "(1, '2026-04-20', 'phone', 'planned', 'done', '2026-05-02T10:00:00+08:00', 101, "
        "'2026-04-01T10:00:00+08:00')",
    };
    for (const char *statement : statements)
        exec(store, QString::fromUtf8(statement));
    // The rows above name their ids; what the tests add next gets the ids after them.
    for (const char *table : {"staff", "customers", "tags", "sales", "sale_lines", "returns"})
        dialect::followIdSequence(store.database().connection(), QString::fromLatin1(table));
    return {};
}

} // namespace atelier::testing
