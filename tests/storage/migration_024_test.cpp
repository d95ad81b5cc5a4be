#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

int count(const QSqlDatabase &db, const char *statement)
{
    return sql::scalar(db, QString::fromUtf8(statement)).toInt();
}

void run(const QSqlDatabase &db, const char *statement)
{
    sql::execute(db, QString::fromUtf8(statement));
}

} // namespace

// 024 adds customers.row_version, the optimistic edit check's version, to a store of 023.
TEST_CASE("024 keeps the customers and gives each row version 0, never negative or empty",
    "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database old;
        REQUIRE(old.openAtVersion(path, 23));
        run(old.connection(),
            "INSERT INTO customers (id, name, phone, created_at, updated_at, card_no) VALUES "
            "(1, '王芳', '13912345678', '2026-01-01T10:00:00+08:00', '2026-01-01T10:00:00+08:00', "
            "'AT000001'), "
            "(2, '李娜', '13912345679', '2026-01-02T10:00:00+08:00', '2026-01-02T10:00:00+08:00', NULL)");
    }
    Database db;
    REQUIRE(db.open(path));
    REQUIRE(db.schemaVersion() == Migrator::latestVersion());
    const QSqlDatabase c = db.connection();
    CHECK(count(c, "SELECT count(*) FROM customers WHERE row_version = 0") == 2);
    CHECK(count(c, "SELECT count(*) FROM customers WHERE id = 1 AND name = '王芳' AND card_no = 'AT000001'")
        == 1);

    // A row written without naming the column starts at 0, as the editor's first load expects.
    run(c,
        "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
        "(3, '张敏', '13912345670', '2026-01-03T10:00:00+08:00', '2026-01-03T10:00:00+08:00')");
    CHECK(count(c, "SELECT row_version FROM customers WHERE id = 3") == 0);
    run(c, "UPDATE customers SET row_version = row_version + 1 WHERE id = 3");
    CHECK(count(c, "SELECT row_version FROM customers WHERE id = 3") == 1);
    CHECK_THROWS(run(c, "UPDATE customers SET row_version = -1 WHERE id = 1"));
    CHECK_THROWS(run(c, "UPDATE customers SET row_version = NULL WHERE id = 1"));
}
