#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "support/test_location.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace atelier;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

TEST_CASE("a new database is created at the newest schema", "[storage][migrations]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    Database db;
    const bool opened = db.open(location.text());
    INFO(db.errorString().toStdString());
    REQUIRE(opened);
    CHECK(db.schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 3);
    CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt()
        == Migrator::latestVersion());
}

TEST_CASE("a new SQLite file uses WAL and foreign keys", "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("new.sqlite"))));
    CHECK(sql::scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString()
        == QStringLiteral("wal"));
    CHECK(sql::scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

TEST_CASE("an empty file is migrated like a new one", "[storage][migrations][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    Database db;
    REQUIRE(db.open(path));
    CHECK(db.schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("a database at every earlier version is brought up to date, keeping its data",
    "[storage][migrations][sqlite]")
{
    for (int version = 1; version < Migrator::latestVersion(); ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database old;
            REQUIRE(old.openAtVersion(path, version));
            CHECK(old.schemaVersion() == version);
            sql::run(old.connection(),
                QStringLiteral(
                    "INSERT INTO customers (name, phone, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                {QStringLiteral("曾小贤"), QStringLiteral("13912345678"),
                    QStringLiteral("2026-01-01T10:00:00+08:00"),
                    QStringLiteral("2026-01-01T10:00:00+08:00")});
            if (version >= 2) {
                for (const char *statement : {"INSERT INTO sales (id, customer_id, sold_at, total_fen) "
                                              "VALUES (1, 1, '2026-01-02T10:00:00+08:00', 500)",
                         "INSERT INTO sale_lines (id, sale_id, style_no, quantity, list_price_fen, "
                         "paid_price_fen) "
                         "VALUES (1, 1, 'A1', 1, 500, 500)",
                         "INSERT INTO returns (sale_line_id, returned_at, quantity, refund_fen) "
                         "VALUES (1, '2026-01-03T10:00:00+08:00', 1, 500)"})
                    sql::execute(old.connection(), QString::fromLatin1(statement));
            }
        }
        Database db;
        REQUIRE(db.open(path));
        CHECK(db.schemaVersion() == Migrator::latestVersion());
        CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT name FROM customers")).toString()
            == QStringLiteral("曾小贤"));
        // The search index introduced by 003 was filled from the rows that existed before it.
        if (version < 3)
            CHECK(
                sql::scalar(db.connection(),
                    QStringLiteral("SELECT count(*) FROM search_keys WHERE kind = 4 AND search_key = 'zxx'"))
                    .toInt()
                == 1);
        // …and the pinyin sort key introduced by 004.
        if (version < 4)
            CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT name_sort FROM customers")).toString()
                == QStringLiteral("zeng xiao xian / 曾小贤"));
        // …and the returns marker on sales introduced by 005.
        if (version >= 2)
            CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT has_returns FROM sales")).toInt() == 1);
    }
}

TEST_CASE("a database written by a newer program is refused and left alone", "[storage][migrations]")
{
    QTemporaryDir dir;
    const testing::TestLocation location(dir.path());
    const QString &path = location.text();
    {
        Database db;
        REQUIRE(db.open(path));
        sql::run(db.connection(),
            QStringLiteral(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"));
    }
    Database db;
    CHECK_FALSE(db.open(path));
    CHECK(db.problem() == Database::Problem::TooNew);
    CHECK(db.errorString().contains(QStringLiteral("999")));
}

TEST_CASE("a file that is not SQLite is refused and not modified", "[storage][open][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("These are not the customers you are looking for.\n");
    file.close();
    const QByteArray before = readAll(path);

    Database db;
    CHECK_FALSE(db.open(path));
    CHECK(db.problem() == Database::Problem::NotADatabase);
    CHECK_FALSE(db.errorString().isEmpty());
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a read-only database file gets a clear message", "[storage][open][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    // Root writes files whatever their mode; the immutable attribute stops it too.
    const bool immutable = QFileInfo(path).isWritable()
        && QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    REQUIRE_FALSE(QFileInfo(path).isWritable());
    Database db;
    const bool opened = db.open(path);
    if (immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    CHECK_FALSE(opened);
    CHECK(db.problem() == Database::Problem::ReadOnly);
    CHECK(db.errorString().contains(QStringLiteral("read-only")));
}

TEST_CASE("a database locked by another program gets a clear message", "[storage][open][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path));
    }
    // Another program holds an exclusive lock (the raw SQLite API stands in for it).
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(
        sqlite3_exec(other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr)
        == SQLITE_OK);

    Database db;
    const bool opened = db.open(path);
    sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK_FALSE(opened);
    CHECK(db.problem() == Database::Problem::Locked);
    CHECK(db.errorString().contains(QStringLiteral("locked")));
}

TEST_CASE("a new database and the folder made for it are the owner's only", "[storage][open][sqlite]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("atelier-data"));
    const QString path = folder + QStringLiteral("/store.sqlite");
    Database db;
    REQUIRE(db.open(path));
    const auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(path) & ownerOnlyFile) == ownerOnlyFile);
    CHECK((QFile::permissions(path) & others) == 0);
    CHECK((QFile::permissions(folder) & others) == 0);
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK((QFile::permissions(path + QStringLiteral("-wal")) & others) == 0);
}
