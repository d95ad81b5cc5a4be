#pragma once

#include "core/customer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// A merge as recorded in customer_merges (see resources/sql/014_merges.sql).
struct MergeRecord
{
    qint64 id = 0;
    QDateTime mergedAt;
    QString mergedBy;
    CustomerId survivorId = 0;
    CustomerId absorbedId = 0;
    QJsonObject absorbedRow;
    QJsonObject survivorBefore;
    QJsonObject survivorAfter;
    QStringList filled;
    QJsonObject moved; // table -> [ids]
    QJsonObject removed; // table -> [rows]
    QDateTime undoneAt;
    QString undoneBy;
    QString survivorName; // read back for lists; empty once the survivor is gone
};

// Where a customer's rows live, as the merge moves them. `key` names each row within the customer
// (its id, or the tag / note for link tables whose key is the pair).
struct CustomerTable
{
    const char *table;
    const char *customerColumn;
    const char *key;
    bool link; // keyed by (customer, key): the survivor may already have the same key
};

// A generated birthday task, keyed 'birthday:<customer>:<year>' by TaskPlan: one per customer and year.
struct BirthdayTask
{
    qint64 id = 0;
    int year = 0;
    bool open = false;
};

// The SQL of a merge and its undo: whole rows as JSON (column → value), moves of rows by key from
// one customer to another, and the customer_merges records. Table and column names come only from
// the fixed list below; every value is bound. Callers wrap the work in a Transaction.
class MergeRepository
{
public:
    explicit MergeRepository(QSqlDatabase db);

    // Every table whose rows follow a customer in a merge.
    static const QList<CustomerTable> &movedTables();
    // Tables of a customer's computed results, removed with the absorbed customer and put back by undo.
    static QStringList resultTables();

    QJsonObject customerRow(CustomerId id);
    // Inserts a customer row as read by customerRow() (same id).
    void insertCustomerRow(const QJsonObject &row);
    void setCustomerColumns(CustomerId id, const QJsonObject &columns);
    void deleteCustomer(CustomerId id);
    bool customerExists(CustomerId id);
    std::optional<CustomerId> customerWith(const QString &column, const QVariant &value);

    QList<qint64> keysOf(const CustomerTable &table, CustomerId customer);
    // Moves the rows with these keys from one customer to the other; returns how many moved.
    int move(const CustomerTable &table, const QList<qint64> &keys, CustomerId from, CustomerId to);
    // Whole rows of a table that belong to a customer, for the record; and putting them back.
    QJsonArray rowsOf(const QString &table, const QString &customerColumn, CustomerId customer,
        const QList<qint64> &onlyKeys = {}, const QString &keyColumn = {});
    void insertRows(const QString &table, const QJsonArray &rows);
    QList<BirthdayTask> birthdayTasksOf(CustomerId customer);
    // The birthday tasks among these that are keyed for `from` take the key they would have had if
    // planned for `to` (the nightly run then plans no second one for that year); the others keep theirs.
    void rekeyBirthdayTasks(const QList<qint64> &taskIds, CustomerId from, CustomerId to);
    // The referral reward granted for `from` as the customer referred becomes `to`'s (its key is the
    // referred customer: it cannot move by key like the tables above).
    void moveReferralReward(CustomerId from, CustomerId to);
    qint64 pointsBalance(CustomerId customer);
    qint64 pointsOf(const QList<qint64> &ledgerIds);

    qint64 insert(const MergeRecord &record);
    std::optional<MergeRecord> find(qint64 id);
    // Newest first.
    QList<MergeRecord> recent(int limit);
    void markUndone(qint64 id, const QDateTime &at, const QString &by);
    // The rows (as customerRow() gave them) of every customer merged into this one and not undone,
    // and of those merged into them before (a chain of merges), so that their old phone and name
    // keep finding the customer. A merge into an id counts only until that customer was merged away
    // in turn: SQLite gives a freed id to the next new customer, who must not inherit them.
    QList<QJsonObject> absorbedRowsOf(CustomerId survivor);

private:
    QSqlDatabase m_db;
};

} // namespace atelier
