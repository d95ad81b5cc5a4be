// The same store migrated on SQLite and on PostgreSQL describes the same tables, columns, keys,
// unique constraints and CHECK counts (issue 25): the PostgreSQL baseline and every later migration
// keep the two in step. Run in the pg/ pass, where a server is at hand; the plain pass checks that the
// description reads what the SQLite schema says.
#include "storage/database.h"
#include "storage/schema_description.h"
#include "support/test_location.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

namespace {

QString described(const TableDescription &table)
{
    return QStringLiteral("columns: %1\nkey: %2\nforeign keys: %3\nunique: %4\nchecks: %5")
        .arg(table.columns.join(QStringLiteral("; ")), table.primaryKey.join(u','),
            table.foreignKeys.join(QStringLiteral("; ")), table.uniques.join(QStringLiteral("; ")))
        .arg(table.checks);
}

} // namespace

TEST_CASE("The SQLite schema is described as its migrations wrote it", "[schema]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("store.sqlite"))));
    const SchemaDescription schema = describeSchema(db.connection());
    REQUIRE(schema.count(QStringLiteral("customers")) == 1);
    const TableDescription &customers = schema.at(QStringLiteral("customers"));
    CHECK(customers.primaryKey == QStringList{QStringLiteral("id")});
    CHECK(customers.columns.first() == QStringLiteral("id integer not null"));
    CHECK(customers.columns.contains(QStringLiteral("phone_kind text not null default 'mobile'")));
    CHECK(customers.foreignKeys.contains(QStringLiteral("referrer_id -> customers.id on delete SET NULL")));
    CHECK(customers.uniques.contains(QStringLiteral("phone")));
    CHECK(customers.uniques.contains(QStringLiteral("card_no where")));
    CHECK(customers.checks >= 8);
    CHECK(schema.at(QStringLiteral("customer_tags")).primaryKey
        == QStringList{QStringLiteral("customer_id"), QStringLiteral("tag_id")});
}

TEST_CASE("Both backends describe the same schema after every migration", "[schema]")
{
    if (!testing::onPostgres()) {
        WARN("no PostgreSQL test server in this pass: compared in the pg/ pass");
        return;
    }
    QTemporaryDir dir;
    Database file;
    REQUIRE(file.open(dir.filePath(QStringLiteral("store.sqlite"))));
    const testing::TestLocation location(dir.path());
    Database server;
    REQUIRE(server.open(location.text()));
    REQUIRE(server.isServer());
    CHECK(server.schemaVersion() == file.schemaVersion());

    const SchemaDescription onFile = describeSchema(file.connection());
    const SchemaDescription onServer = describeSchema(server.connection());
    QStringList fileTables;
    QStringList serverTables;
    for (const auto &[name, table] : onFile)
        fileTables.append(name);
    for (const auto &[name, table] : onServer)
        serverTables.append(name);
    CHECK(serverTables == fileTables);
    for (const auto &[name, table] : onFile) {
        if (onServer.count(name) == 0)
            continue;
        INFO("table " << name.toStdString());
        CHECK(described(onServer.at(name)).toStdString() == described(table).toStdString());
    }
}
