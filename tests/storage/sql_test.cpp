#include "storage/database.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "support/test_location.h"

#include <QTemporaryDir>
#include <QVariantList>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

// A table of its own, so that the test depends on no part of the schema.
QSqlDatabase openScratch(Database &db, const testing::TestLocation &location)
{
    REQUIRE(db.open(location.text()));
    sql::execute(db.connection(), QStringLiteral("CREATE TABLE scratch (a INTEGER, b TEXT, c TEXT)"));
    return db.connection();
}

} // namespace

TEST_CASE("sql::run binds a list of values gathered at run time, in order", "[storage][sql]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    const QSqlDatabase connection = openScratch(db, location);

    QVariantList values{qlonglong(7), QString(), QVariant(QMetaType::fromType<QString>())};
    sql::run(connection, QStringLiteral("INSERT INTO scratch (a, b, c) VALUES (?, ?, ?)"), values);

    QVariantList filter{qlonglong(7), QStringLiteral("")};
    QSqlQuery query = sql::run(
        connection, QStringLiteral("SELECT a, b, c IS NULL FROM scratch WHERE a = ? AND b = ?"), filter);
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 7);
    CHECK(query.value(1).toString() == QStringLiteral("")); // a null QString is ''
    CHECK(query.value(2).toInt() == 1); // a null QVariant is NULL
    CHECK_FALSE(query.next());
}

TEST_CASE("sql::run with a list refuses a value count that does not match the placeholders", "[storage][sql]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    const QSqlDatabase connection = openScratch(db, location);
    const QString insert = QStringLiteral("INSERT INTO scratch (a, b) VALUES (?, ?)");

    CHECK_THROWS_AS(sql::run(connection, insert, QVariantList{qlonglong(1)}), StorageError);
    CHECK_THROWS_AS(
        sql::run(connection, insert, QVariantList{qlonglong(1), QStringLiteral("x"), qlonglong(3)}),
        StorageError);
    CHECK_THROWS_AS(sql::run(connection, insert, QVariantList{}), StorageError);
    CHECK(sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM scratch")).toInt() == 0);
}

TEST_CASE("a refused row's values stay out of the error's text, which goes to the log", "[storage][sql]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    const QSqlDatabase connection = openScratch(db, location);
    sql::execute(connection, QStringLiteral("CREATE UNIQUE INDEX scratch_b ON scratch (b)"));
    const QString insert = QStringLiteral("INSERT INTO scratch (a, b) VALUES (?, ?)");
    sql::run(connection, insert, {qlonglong(1), QStringLiteral("13912345678")});

    // A server's standard error adds "DETAIL: Key (b)=(13912345678) already exists."
    try {
        sql::run(connection, insert, {qlonglong(2), QStringLiteral("13912345678")});
        FAIL("the duplicate was accepted");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Constraint);
        CHECK_FALSE(error.detail().contains(QStringLiteral("13912345678")));
        CHECK_FALSE(QString::fromUtf8(error.what()).contains(QStringLiteral("13912345678")));
    }
}
