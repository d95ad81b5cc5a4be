#pragma once

#include <QSqlDatabase>

struct pg_conn;

namespace atelier {

// libpq's connection under a QPSQL connection (QSqlDriver::handle()), for the bulk paths that Qt SQL
// makes slow: COPY, pipelined statements. Throws StorageError when the connection is not QPSQL.
pg_conn *serverHandleOf(const QSqlDatabase &db);

} // namespace atelier
