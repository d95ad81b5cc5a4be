#pragma once

#include <QSqlDatabase>

namespace atelier {

// A unit of work that rolls back unless commit() is called: a thrown StorageError or an early
// return can never leave half a sale or half a customer in the database.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace atelier
