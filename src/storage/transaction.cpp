#include "storage/transaction.h"

#include "storage/dialect.h"
#include "storage/server_connection.h"
#include "storage/server_statement.h"
#include "storage/storage_error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace atelier {

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
    , m_mode(mode)
{
    if (m_mode == Mode::Immediate) {
        // Qt's transaction() only knows BEGIN, so the whole immediate transaction goes through SQL.
        QSqlQuery begin(m_db);
        if (!begin.exec(dialect::beginWriting(backendOf(m_db))))
            throw failureOn(begin.driver(), begin.lastError());
    } else if (!m_db.transaction()) {
        throw failureOn(m_db.driver(), m_db.lastError());
    }
}

namespace {

// Rows a bulk path queued in libpq's pipeline go to the server before the transaction ends, and their
// errors with them (see ServerStatement).
void sendQueuedRows(const QSqlDatabase &db)
{
    if (backendOf(db) == Backend::PostgreSQL)
        ServerStatement::flushPipeline(serverHandleOf(db));
}

} // namespace

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        sendQueuedRows(m_db);
    } catch (const StorageError &) {
        // rolled back below all the same
    }
    if (m_mode == Mode::Immediate)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollback();
}

void Transaction::commit()
{
    sendQueuedRows(m_db);
    if (m_mode == Mode::Immediate) {
        QSqlQuery end(m_db);
        if (!end.exec(QStringLiteral("COMMIT"))) {
            const QSqlError error = end.lastError();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_done = true;
            throw failureOn(m_db.driver(), error);
        }
        m_done = true;
        return;
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_done = true;
        throw failureOn(m_db.driver(), error);
    }
    m_done = true;
}

} // namespace atelier
