#pragma once

#include "core/moved_table.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atelier {

struct MoveResult
{
    enum class Outcome
    {
        Moved, // every table copied and matching: committed
        BadInput, // not a file to move, not a server location, a password in it
        Refused, // the target is not an empty new store, or the schemas differ: nothing was written
        Different, // copied but some table did not match: rolled back, nothing was written
        Failed, // the copy failed (the server, the file): rolled back, nothing was written
    };
    Outcome outcome = Outcome::Failed;
    QString message; // a sentence for people when not Moved
    QList<MovedTable> tables;
};

// Moving a store from its SQLite file to a PostgreSQL database (docs/postgresql.md): the database
// must be empty (made with createdb, or holding only what Atelier's migration of a new store wrote);
// the file is only read. Nothing is kept half done: either the whole store is on the server and
// checked table by table, or the server is as it was.
class StoreMove
{
    Q_DECLARE_TR_FUNCTIONS(StoreMove)
public:
    static MoveResult run(const QString &sourcePath, const QString &serverLocation);
};

} // namespace atelier
