#pragma once

#include "storage/dialect.h"
#include "storage/sql.h"

namespace atelier::testing {

// Stand-in for a write that fails in storage (a full disk): every insert into `table` is refused from
// now on. A trigger is the one way both backends have, and each spells it differently.
inline void failWritesTo(const QSqlDatabase &db, const QString &table)
{
    if (backendOf(db) == Backend::SQLite) {
        sql::execute(db,
            QStringLiteral(
                "CREATE TRIGGER test_no_%1 BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                .arg(table));
        return;
    }
    sql::execute(db,
        QStringLiteral("CREATE OR REPLACE FUNCTION test_disk_full() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'disk full'; END $$"));
    sql::execute(db,
        QStringLiteral(
            "CREATE TRIGGER test_no_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION test_disk_full()")
            .arg(table));
}

} // namespace atelier::testing
