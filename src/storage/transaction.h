#pragma once

#include <QSqlDatabase>

namespace atelier {

// A unit of work that rolls back unless commit() is called: a thrown StorageError or an early
// return can never leave half a sale or half a customer in the database.
class Transaction
{
public:
    enum class Mode
    {
        Deferred,
        // Takes the write lock at once: for work that reads, decides and writes (the nightly job),
        // so that no other writer can change what was read before the writes land.
        Immediate
    };
    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    Mode m_mode;
    bool m_done = false;
};

} // namespace atelier
