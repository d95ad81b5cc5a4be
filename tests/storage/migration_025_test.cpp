#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace atelier;

// 025 adds sales.client_key, the counter's key for a sale being saved, to a store of 024.
TEST_CASE(
    "025 keeps the sales without a key and stores each key at most once", "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.openAtVersion(dir.filePath(QStringLiteral("store.sqlite")), 24));
    const QSqlDatabase c = db.connection();
    sql::execute(c,
        QStringLiteral("INSERT INTO sales (id, customer_id, sold_at, total_fen, note) VALUES "
                       "(1, NULL, '2026-01-01T10:00:00+08:00', 79800, ''), "
                       "(2, NULL, '2026-01-02T10:00:00+08:00', 1000, '')"));
    REQUIRE(Migrator(c).migrateTo(25) == QStringList{QStringLiteral("025_sale_keys")});
    const auto number = [&](const QString &statement) {
        return sql::scalar(c, statement).toLongLong();
    };
    CHECK(number(QStringLiteral("SELECT count(*) FROM sales WHERE client_key IS NULL")) == 2);
    CHECK(number(QStringLiteral("SELECT total_fen FROM sales WHERE id = 1")) == 79800);

    // Any number of sales without a key (imports, the demo), one sale per key.
    const auto insert = [&](int id, const char *key) {
        sql::run(c,
            QStringLiteral("INSERT INTO sales (id, sold_at, total_fen, note, client_key) VALUES "
                           "(?, '2026-01-03T10:00:00+08:00', 100, '', ?)"),
            {id, key ? QVariant(QString::fromLatin1(key)) : QVariant()});
    };
    insert(3, nullptr);
    insert(4, "5b0c6a3e-8f1d-4c2a-9e7b-1d2f3a4b5c6d");
    CHECK_THROWS(insert(5, "5b0c6a3e-8f1d-4c2a-9e7b-1d2f3a4b5c6d"));
    CHECK(number(QStringLiteral("SELECT count(*) FROM sales WHERE client_key IS NOT NULL")) == 1);
    CHECK(number(QStringLiteral("SELECT count(*) FROM sales")) == 4);
}
