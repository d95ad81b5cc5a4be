#include "storage/batch_write.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "support/test_location.h"

#include <QTemporaryDir>

#include <memory>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

struct Rows
{
    QTemporaryDir dir;
    const testing::TestLocation location{dir.path()};
    Database db;
    QSqlDatabase c;

    Rows()
    {
        REQUIRE(db.open(location.text()));
        c = db.connection();
        sql::execute(c,
            QStringLiteral("CREATE TABLE batch_rows (id BIGINT PRIMARY KEY, label TEXT NOT NULL, "
                           "share DOUBLE PRECISION, note TEXT, CHECK (label <> 'refused'))"));
    }

    std::unique_ptr<BatchWrite> batch(BatchWrite::Kind kind)
    {
        return std::make_unique<BatchWrite>(
            c, QStringLiteral("batch_rows"), QStringLiteral("id, label, share, note"), kind);
    }

    static void add(BatchWrite &write, qint64 id, const QString &label, std::optional<double> share,
        std::optional<QString> note)
    {
        write.bind(1, id);
        write.bindUtf8(2, label);
        if (share)
            write.bindReal(3, *share);
        else
            write.bindNull(3);
        if (note)
            write.bindUtf8(4, *note);
        else
            write.bindNull(4);
        write.add();
    }

    // Every row as text, in key order: `id|label|share|note`, NULL as <null>.
    QStringList all()
    {
        QSqlQuery query
            = sql::run(c, QStringLiteral("SELECT id, label, share, note FROM batch_rows ORDER BY id"));
        QStringList rows;
        while (query.next()) {
            const auto text = [&](int column) {
                return query.value(column).isNull() ? QStringLiteral("<null>")
                                                    : query.value(column).toString();
            };
            rows << QStringList{text(0), text(1),
                query.value(2).isNull() ? QStringLiteral("<null>")
                                        : QString::number(query.value(2).toDouble(), 'g', 17),
                text(3)}
                        .join(u'|');
        }
        return rows;
    }
};

} // namespace

TEST_CASE("A batch inserts every row with its nulls, its exact doubles and text COPY would escape",
    "[storage][batch]")
{
    Rows f;
    {
        Transaction transaction(f.c);
        const auto batch = f.batch(BatchWrite::Kind::Insert);
        BatchWrite &write = *batch;
        Rows::add(write, 2, QStringLiteral("tab\there"), 0.1 + 0.2, std::nullopt);
        Rows::add(
            write, 1, QStringLiteral("王芳\\N"), std::nullopt, QStringLiteral("line\nbreak\rback\\slash"));
        Rows::add(write, 3, QString(), 1e-300, QStringLiteral(""));
        write.flush();
        CHECK(write.rows() == 3);
        transaction.commit();
    }
    CHECK(f.all()
        == QStringList{QStringLiteral("1|王芳\\N|<null>|line\nbreak\rback\\slash"),
            QStringLiteral("2|tab\there|0.30000000000000004|<null>"), QStringLiteral("3||1e-300|")});
}

TEST_CASE("A batch upsert writes new rows whole and replaces the rows with their keys", "[storage][batch]")
{
    Rows f;
    sql::execute(
        f.c, QStringLiteral("INSERT INTO batch_rows VALUES (1, 'old', 0.5, 'kept?'), (2, 'two', 2, NULL)"));
    {
        Transaction transaction(f.c);
        const auto batch = f.batch(BatchWrite::Kind::Upsert);
        BatchWrite &write = *batch;
        Rows::add(write, 1, QStringLiteral("new"), std::nullopt, std::nullopt);
        Rows::add(write, 3, QStringLiteral("three"), 3, QStringLiteral("n"));
        write.flush();
        transaction.commit();
    }
    CHECK(f.all()
        == QStringList{QStringLiteral("1|new|<null>|<null>"), QStringLiteral("2|two|2|<null>"),
            QStringLiteral("3|three|3|n")});
}

TEST_CASE("A batch delete removes the rows with the given keys and no other", "[storage][batch]")
{
    Rows f;
    sql::execute(f.c,
        QStringLiteral("INSERT INTO batch_rows VALUES (1, 'a', NULL, NULL), (2, 'b', NULL, NULL), "
                       "(3, 'c', NULL, NULL)"));
    Transaction transaction(f.c);
    BatchWrite remove(f.c, QStringLiteral("batch_rows"), QStringLiteral("id"), BatchWrite::Kind::Delete);
    for (const qint64 id : {3, 1, 7}) {
        remove.bind(1, id);
        remove.add();
    }
    remove.flush();
    transaction.commit();
    CHECK(f.all() == QStringList{QStringLiteral("2|b|<null>|<null>")});
}

TEST_CASE("Batches flushed twice in one transaction write both; flushing nothing writes nothing",
    "[storage][batch]")
{
    Rows f;
    Transaction transaction(f.c);
    const auto batch = f.batch(BatchWrite::Kind::Insert);
    BatchWrite &write = *batch;
    write.flush();
    Rows::add(write, 1, QStringLiteral("first"), std::nullopt, std::nullopt);
    write.flush();
    Rows::add(write, 2, QStringLiteral("second"), std::nullopt, std::nullopt);
    write.flush();
    write.flush();
    transaction.commit();
    CHECK(f.all().size() == 2);
}

TEST_CASE("A refused row fails the batch as a constraint error and the transaction keeps none of it",
    "[storage][batch]")
{
    Rows f;
    {
        Transaction transaction(f.c);
        const auto batch = f.batch(BatchWrite::Kind::Insert);
        BatchWrite &write = *batch;
        Rows::add(write, 1, QStringLiteral("fine"), std::nullopt, std::nullopt);
        try {
            Rows::add(write, 2, QStringLiteral("refused"), std::nullopt, std::nullopt); // SQLite: here
            write.flush(); // a server: here
            FAIL("the refused row was written");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Constraint);
        }
    }
    CHECK(f.all().isEmpty());
    // The connection is usable afterwards, and a batch made anew works (no staging table is left over).
    Transaction again(f.c);
    const auto batch = f.batch(BatchWrite::Kind::Insert);
    BatchWrite &write = *batch;
    Rows::add(write, 1, QStringLiteral("fine"), std::nullopt, std::nullopt);
    write.flush();
    again.commit();
    CHECK(f.all().size() == 1);
}

TEST_CASE("A batch's rows get their ids in the order they were added", "[storage][batch]")
{
    Rows f;
    sql::execute(f.c,
        QStringLiteral("CREATE TABLE batch_log (id %1, label TEXT NOT NULL)")
            .arg(f.db.isServer() ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                 : QStringLiteral("INTEGER PRIMARY KEY")));
    Transaction transaction(f.c);
    BatchWrite write(f.c, QStringLiteral("batch_log"), QStringLiteral("label"), BatchWrite::Kind::Insert);
    QStringList labels;
    for (int i = 0; i < 2000; ++i) {
        labels << QString::number((i * 7919) % 2000);
        write.bindUtf8(1, labels.back());
        write.add();
    }
    write.flush();
    transaction.commit();
    QSqlQuery query = sql::run(f.c, QStringLiteral("SELECT label FROM batch_log ORDER BY id"));
    QStringList stored;
    while (query.next())
        stored << query.value(0).toString();
    CHECK(stored == labels);
}

TEST_CASE("A batch of new rows leaves out the ones whose key is taken and says how many it wrote",
    "[storage][batch]")
{
    Rows f;
    sql::execute(f.c, QStringLiteral("INSERT INTO batch_rows VALUES (2, 'there already', NULL, NULL)"));
    Transaction transaction(f.c);
    const auto batch = f.batch(BatchWrite::Kind::InsertNew);
    BatchWrite &write = *batch;
    for (const qint64 id : {1, 2, 3}) {
        // Values as QVariant: an integer, text, a typed null, and a null QString (stored as '').
        write.bind(1, QVariant(id));
        write.bind(2, QVariant(QStringLiteral("new")));
        write.bind(3, QVariant(QMetaType::fromType<double>()));
        write.bind(4, QVariant(QString()));
        write.add();
    }
    CHECK(write.flush() == 2);
    CHECK(write.flush() == 0);
    transaction.commit();
    CHECK(f.all()
        == QStringList{QStringLiteral("1|new|<null>|"), QStringLiteral("2|there already|<null>|<null>"),
            QStringLiteral("3|new|<null>|")});
}

TEST_CASE("A batch update and delete go by a key of two columns and touch no other row", "[storage][batch]")
{
    Rows f;
    sql::execute(f.c,
        QStringLiteral("CREATE TABLE batch_pairs (campaign BIGINT NOT NULL, customer BIGINT NOT NULL, "
                       "answer TEXT, PRIMARY KEY (campaign, customer))"));
    sql::execute(f.c,
        QStringLiteral("INSERT INTO batch_pairs VALUES (1, 10, NULL), (1, 11, NULL), (2, 10, NULL), (2, 11, "
                       "'kept')"));
    Transaction transaction(f.c);
    BatchWrite update(f.c, QStringLiteral("batch_pairs"), QStringLiteral("campaign, customer, answer"),
        BatchWrite::Kind::Update, 2);
    for (const auto &[campaign, customer] : {std::pair{1, 10}, {2, 10}, {3, 10}}) {
        update.bind(1, qint64(campaign));
        update.bind(2, qint64(customer));
        update.bindUtf8(3, QStringLiteral("yes %1").arg(campaign));
        update.add();
    }
    CHECK(update.flush() == 2);
    BatchWrite remove(f.c, QStringLiteral("batch_pairs"), QStringLiteral("campaign, customer"),
        BatchWrite::Kind::Delete, 2);
    remove.bind(1, 1);
    remove.bind(2, 11);
    remove.add();
    CHECK(remove.flush() == 1);
    transaction.commit();
    QSqlQuery query = sql::run(f.c,
        QStringLiteral(
            "SELECT campaign, customer, COALESCE(answer, '-') FROM batch_pairs ORDER BY campaign, customer"));
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1/%2 %3")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    CHECK(rows
        == QStringList{
            QStringLiteral("1/10 yes 1"), QStringLiteral("2/10 yes 2"), QStringLiteral("2/11 kept")});
}

TEST_CASE("A batch update applies its one fixed assignment to every row it updates", "[storage][batch]")
{
    Rows f;
    sql::execute(f.c,
        QStringLiteral("CREATE TABLE batch_versions (id BIGINT PRIMARY KEY, card TEXT, "
                       "row_version BIGINT NOT NULL DEFAULT 1)"));
    sql::execute(
        f.c, QStringLiteral("INSERT INTO batch_versions (id, card) VALUES (1, NULL), (2, 'old'), (3, NULL)"));
    Transaction transaction(f.c);
    BatchWrite set(f.c, QStringLiteral("batch_versions"), QStringLiteral("id, card"),
        BatchWrite::Kind::Update, 1, QStringLiteral("row_version = row_version + 1"));
    set.bind(1, 1);
    set.bindUtf8(2, QStringLiteral("8800001"));
    set.add();
    set.bind(1, 2);
    set.bindNull(2);
    set.add();
    CHECK(set.flush() == 2);
    transaction.commit();
    QSqlQuery query = sql::run(
        f.c, QStringLiteral("SELECT id, COALESCE(card, '-'), row_version FROM batch_versions ORDER BY id"));
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1 %2 v%3")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    CHECK(rows
        == QStringList{QStringLiteral("1 8800001 v2"), QStringLiteral("2 - v2"), QStringLiteral("3 - v1")});
}
