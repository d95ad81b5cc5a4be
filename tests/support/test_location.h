#pragma once

#include <QString>

namespace atelier::testing {

// The storage, service and CLI suites run on both backends: SQLite, or PostgreSQL when CTest's
// `pg_server` fixture has set ATELIER_TEST_POSTGRES to the throw-away server's base location
// (tools/pg-test-server). Tests that only make sense on SQLite (WAL, file locks, the online backup
// API, the file's permissions) are tagged [sqlite] and left out of the PostgreSQL run.
bool onPostgres();

// A new store's location for one test: a file in `folder`, or on PostgreSQL a database of its own
// made from the migrated template, dropped again when this object goes.
class TestLocation
{
public:
    explicit TestLocation(const QString &folder, const QString &fileName = QStringLiteral("store.sqlite"));
    ~TestLocation();
    TestLocation(const TestLocation &) = delete;
    TestLocation &operator=(const TestLocation &) = delete;

    const QString &text() const { return m_text; }

private:
    QString m_text;
    QString m_database; // PostgreSQL: the database to drop
};

} // namespace atelier::testing
