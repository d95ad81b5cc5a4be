#pragma once

#include "storage/dialect.h"
#include "storage/sql.h"

namespace atelier::testing {

// Stand-in for a write that fails in storage (a full disk): every insert into `table` is refused from
// now on, while its rows can still be read. A trigger is the one way both backends have, and each
// spells it differently. On PostgreSQL the app's role may not add triggers to the audit log (only
// insert into and read it, as in a store): the owner moves the table aside and puts a view of the same
// name in its place, whose trigger refuses the inserts; the log's own rules and privileges stay as
// they are.
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
    if (!sql::scalar(db, QStringLiteral("SELECT has_table_privilege(CAST(? AS TEXT), 'TRIGGER')"), {table})
             .toBool()) {
        sql::execute(db, QStringLiteral("ALTER TABLE %1 RENAME TO test_aside_%1").arg(table));
        sql::execute(db, QStringLiteral("CREATE VIEW %1 AS SELECT * FROM test_aside_%1").arg(table));
        sql::execute(db,
            QStringLiteral("CREATE TRIGGER test_no_%1 INSTEAD OF INSERT ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION test_disk_full()")
                .arg(table));
        return;
    }
    sql::execute(db,
        QStringLiteral(
            "CREATE TRIGGER test_no_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION test_disk_full()")
            .arg(table));
}

} // namespace atelier::testing
