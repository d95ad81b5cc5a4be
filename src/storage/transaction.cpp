#include "storage/transaction.h"

#include "storage/storage_error.h"

#include <QSqlError>

namespace atelier {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw StorageError::fromSqlError(m_db.lastError());
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_done = true;
        throw StorageError::fromSqlError(error);
    }
    m_done = true;
}

} // namespace atelier
