#pragma once

#include <QSqlDatabase>

namespace atelier {

// While it lives, SQLite does not check the foreign keys of the rows this connection writes (nor
// carry out ON DELETE actions), then checks them again. For the nightly run only: it writes a few
// hundred thousand derived rows (scores, tiers, tier history, forecasts, expiries) that name the
// customers it read inside the same write transaction, so every parent exists and nobody can delete
// one meanwhile, and it deletes no parent row. Checking each key again was a seventh of a first
// night. Made outside a transaction: SQLite ignores the pragma inside one. The nightly tests run
// SQLite's foreign_key_check after runs on a demo store and on the edge cases. On PostgreSQL it does
// nothing: only a superuser may turn the checks off there, and counters write while the run runs.
class ForeignKeyChecksOff
{
public:
    explicit ForeignKeyChecksOff(QSqlDatabase db);
    ~ForeignKeyChecksOff();
    ForeignKeyChecksOff(const ForeignKeyChecksOff &) = delete;
    ForeignKeyChecksOff &operator=(const ForeignKeyChecksOff &) = delete;

private:
    QSqlDatabase m_db;
    bool m_sqlite;
};

} // namespace atelier
