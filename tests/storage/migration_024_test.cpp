#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

// 024 adds customers.row_version, the optimistic edit check's version, to a store of 023.
TEST_CASE("024 keeps the customers and gives each row version 0, never negative or empty",
    "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.openAtVersion(dir.filePath(QStringLiteral("store.sqlite")), 23));
    const QSqlDatabase c = db.connection();
    sql::execute(c,
        QStringLiteral("INSERT INTO customers (id, name, phone, created_at, updated_at, card_no) VALUES "
                       "(1, '王芳', '13912345678', '2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00', "
                       "'AT000001'), "
                       "(2, '李娜', '13912345679', '2026-01-02T10:00:00+08:00', '2026-01-02T10:00:00+08:00', "
                       "NULL)"));
    REQUIRE(Migrator(c).migrateTo(24) == QStringList{QStringLiteral("024_customer_version")});
    const auto number = [&](const QString &statement) {
        return sql::scalar(c, statement).toLongLong();
    };
    CHECK(number(QStringLiteral("SELECT count(*) FROM customers WHERE row_version = 0")) == 2);
    CHECK(number(QStringLiteral(
              "SELECT count(*) FROM customers WHERE id = 1 AND name = '王芳' AND card_no = 'AT000001'"))
        == 1);

    // A row written without naming the column starts at 0, as the editor's first load expects.
    sql::execute(c,
        QStringLiteral(
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
            "(3, '张敏', '13912345670', '2026-01-03T10:00:00+08:00', '2026-01-03T10:00:00+08:00')"));
    CHECK(number(QStringLiteral("SELECT row_version FROM customers WHERE id = 3")) == 0);
    sql::execute(c, QStringLiteral("UPDATE customers SET row_version = row_version + 1 WHERE id = 3"));
    CHECK(number(QStringLiteral("SELECT row_version FROM customers WHERE id = 3")) == 1);
    CHECK_THROWS(sql::execute(c, QStringLiteral("UPDATE customers SET row_version = -1 WHERE id = 1")));
    CHECK_THROWS(sql::execute(c, QStringLiteral("UPDATE customers SET row_version = NULL WHERE id = 1")));
}
