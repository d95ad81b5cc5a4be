#pragma once

#include "storage/storage_error.h"

#include <QSqlDatabase>

class QSqlDriver;

class QSqlDriver;
class QSqlError;
struct pg_conn;

namespace atelier {

// libpq's connection under a QPSQL connection (QSqlDriver::handle()), for the bulk paths that Qt SQL
// makes slow: COPY, pipelined statements. Throws StorageError when the connection is not QPSQL.
pg_conn *serverHandleOf(const QSqlDatabase &db);

// The server's errors without their DETAIL and CONTEXT lines, which quote the refused row's values
// (`Key (phone)=(139…) already exists`): an error's text goes to the log, which never holds personal
// data. The primary message (which constraint, which table) stays.
void keepValuesOutOfErrors(const QSqlDatabase &db);

// No JIT compilation in this session. The server compiles a query whose estimated cost is high (the
// nightly run's reads of every sale) before running it: about 0.3 s a query on the 100 000-customer
// store, for queries that take 1–2 s without it and no faster with it. Throws StorageError.
void turnOffJit(const QSqlDatabase &db);

// Rows a bulk path queued in libpq's pipeline (RawStatement::Writes::Pipelined) go to the server, and
// their errors are thrown, before Qt SQL speaks on the same connection: libpq refuses Qt's synchronous
// calls while a pipeline is open. Nothing to do on SQLite or when nothing is queued (a cheap check).
void sendQueuedRows(const QSqlDriver *driver);

// The error of a failed statement: Qt's, or ConnectionLost when the connection is QPSQL's and libpq
// says it broke (the server stopped, the backend was ended): such a failure comes without an SQLSTATE.
StorageError failureOn(const QSqlDriver *driver, const QSqlError &error);

} // namespace atelier
