#include "storage/server_connection.h"

#include "storage/server_statement.h"
#include "storage/sql.h"
#include "storage/storage_error.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace atelier {

pg_conn *serverHandleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt hands the handle over as a QVariant holding a PGconn*, whose type it may name after the struct.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        throw StorageError(StorageError::Kind::Other, QStringLiteral("not a PostgreSQL connection"));
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection)
        throw StorageError(StorageError::Kind::ConnectionLost, QStringLiteral("the connection is closed"));
    return connection;
}

void keepValuesOutOfErrors(const QSqlDatabase &db)
{
    PQsetErrorVerbosity(serverHandleOf(db), PQERRORS_TERSE);
}

void turnOffJit(const QSqlDatabase &db)
{
    sql::execute(db, QStringLiteral("SET jit = off"));
}

StorageError failureOn(const QSqlDriver *driver, const QSqlError &error)
{
    StorageError failure = StorageError::fromSqlError(error);
    if (failure.kind() != StorageError::Kind::Other || !driver)
        return failure;
    const QVariant handle = driver->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return failure;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return StorageError(StorageError::Kind::ConnectionLost, failure.detail());
    return failure;
}

void sendQueuedRows(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return;
    const QVariant handle = driver->handle();
    if (!handle.isValid())
        return;
    if (PGconn *connection = *static_cast<PGconn *const *>(handle.constData()))
        ServerStatement::flushPipeline(connection);
}

} // namespace atelier
