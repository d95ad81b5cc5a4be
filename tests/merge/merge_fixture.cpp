#include "merge_fixture.h"

#include "services/customer_service.h"
#include "services/store.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "support/loyalty_store.h"
#include "support/read_checks.h"

#include <QSqlRecord>

#include <catch2/catch.hpp>

namespace atelier::testing {

CustomerId addCustomer(Store &store, const QString &name, const QString &phone,
    const std::function<void(CustomerArchive &)> &edit)
{
    CustomerArchive archive;
    archive.customer.name = name;
    archive.phoneText = phone;
    if (edit)
        edit(archive);
    const SaveResult saved = store.customers().save(archive);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    return *saved.id;
}

void changePhone(Store &store, CustomerId id, const QString &phone)
{
    std::optional<CustomerArchive> archive = readValue(store.customers().load(id));
    REQUIRE(archive);
    archive->phoneText = phone;
    const SaveResult saved = store.customers().save(*archive);
    REQUIRE(saved.ok());
}

void giveEverything(Store &store, CustomerId id, const QString &tag, int yuan)
{
    recordPurchase(store, id, 30, Money::fromYuan(yuan));
    recordPurchase(store, id, 10, Money::fromYuan(yuan * 2));
    const QSqlDatabase db = store.database().connection();
    const QString when = QStringLiteral("2026-06-01T10:00:00+08:00");
    sql::run(db,
        QStringLiteral(
            "INSERT INTO complaints (customer_id, channel, category, severity, content, received_at, "
            "respond_by, updated_at) VALUES (?, 'phone', 'quality', 'low', 'loose button', ?, ?, ?)"),
        {id, when, when, when});
    sql::run(db,
        QStringLiteral("INSERT INTO follow_up_tasks (customer_id, due_on, channel, purpose, created_at) "
                       "VALUES (?, '2026-06-20', 'phone', 'planned', ?)"),
        {id, when});
    sql::run(db,
        QStringLiteral(
            "INSERT INTO contacts (customer_id, contacted_at, channel, source) VALUES (?, ?, 'sms', "
            "'sms_export')"),
        {id, when});
    sql::run(db,
        QStringLiteral(
            "INSERT INTO life_events (customer_id, event_date, kind) VALUES (?, '2026-05-01', 'wedding')"),
        {id});
    const std::optional<TagId> tagId = store.customers().addTag(tag, Tag::Category::Style).id;
    REQUIRE(tagId);
    sql::run(db, QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, added_at) VALUES (?, ?, ?)"),
        {id, *tagId, when});
    sql::run(
        db, QStringLiteral("INSERT INTO handover_notes (written_at, body) VALUES (?, 'call back')"), {when});
    sql::run(db,
        QStringLiteral("INSERT INTO handover_note_customers (note_id, customer_id) "
                       "VALUES ((SELECT max(id) FROM handover_notes), ?)"),
        {id});
    sql::run(db,
        QStringLiteral(
            "INSERT INTO customer_scores (customer_id, purchases, recent_purchases, spend_fen, "
            "tier_spend_fen, r, f, m, segment, named_segment) "
            "SELECT CAST(? AS BIGINT), 2, 2, CAST(? AS BIGINT), CAST(? AS BIGINT), 3, 2, 2, 'active', "
            "'potential' WHERE NOT EXISTS (SELECT 1 FROM customer_scores WHERE customer_id = ?)"),
        {id, yuan * 300, yuan * 300, id});
    sql::run(db,
        QStringLiteral("INSERT INTO customer_tiers (customer_id, tier, reached_on) "
                       "SELECT CAST(? AS BIGINT), 'silver', '2026-06-01' "
                       "WHERE NOT EXISTS (SELECT 1 FROM customer_tiers WHERE customer_id = ?)"),
        {id, id});
    sql::run(db,
        QStringLiteral(
            "INSERT INTO tier_history (customer_id, changed_on, old_tier, new_tier, reason, spend_fen, "
            "threshold_fen) VALUES (?, '2026-06-01', '', 'silver', 'spend_reached', 1, 1)"),
        {id});
    // Someone they brought in: a name without digits (the archive's rule).
    static int friends = 0;
    ++friends;
    const CustomerId referred = addCustomer(store, QStringLiteral("朋友"),
        QStringLiteral("1590000%1").arg(friends, 4, 10, QChar(u'0')),
        [id](CustomerArchive &a) { a.customer.referrerId = id; });
    Q_UNUSED(referred);
}

QStringList dump(Store &store, const QList<CustomerId> &ids)
{
    const QSqlDatabase db = store.database().connection();
    const QList<std::pair<QString, QString>> tables{{QStringLiteral("customers"), QStringLiteral("id")},
        {QStringLiteral("customers"), QStringLiteral("referrer_id")},
        {QStringLiteral("sales"), QStringLiteral("customer_id")},
        {QStringLiteral("points_ledger"), QStringLiteral("customer_id")},
        {QStringLiteral("complaints"), QStringLiteral("customer_id")},
        {QStringLiteral("follow_up_tasks"), QStringLiteral("customer_id")},
        {QStringLiteral("contacts"), QStringLiteral("customer_id")},
        {QStringLiteral("life_events"), QStringLiteral("customer_id")},
        {QStringLiteral("customer_tags"), QStringLiteral("customer_id")},
        {QStringLiteral("handover_note_customers"), QStringLiteral("customer_id")},
        {QStringLiteral("customer_scores"), QStringLiteral("customer_id")},
        {QStringLiteral("customer_tiers"), QStringLiteral("customer_id")},
        {QStringLiteral("tier_history"), QStringLiteral("customer_id")},
        {QStringLiteral("search_keys"), QStringLiteral("customer_id")}};
    QStringList rows;
    for (const auto &[table, column] : tables) {
        for (const CustomerId id : ids) {
            QSqlQuery query
                = sql::run(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column), {id});
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    // A row's version only moves on (issue 25): an undo restores her fields, not it.
                    if (query.record().fieldName(i) == QStringLiteral("row_version"))
                        continue;
                    const QVariant v = query.value(i);
                    values << query.record().fieldName(i) + u'='
                            + (v.isNull() ? QStringLiteral("NULL")
                                          : QStringLiteral("%1:%2").arg(
                                              QString::fromLatin1(v.typeName()), v.toString()));
                }
                rows << table + u' ' + values.join(u'|');
            }
        }
    }
    rows.sort();
    return rows;
}

int rowsOf(Store &store, const QString &table, CustomerId id, const QString &column)
{
    return sql::scalar(store.database().connection(),
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {id})
        .toInt();
}

} // namespace atelier::testing
