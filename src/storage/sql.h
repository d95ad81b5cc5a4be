#pragma once

#include "storage/storage_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <QDate>
#include <QDateTime>

#include <initializer_list>
#include <optional>

namespace atelier::sql {

// Small wrappers that turn a failed prepare/exec into a StorageError, so repositories read as
// straight-line code and every failure unwinds the surrounding Transaction.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
// Binds a value; a null QString binds as '' (the archive's text columns are NOT NULL DEFAULT ''),
// while a QVariant that is itself null binds as NULL.
void bind(QSqlQuery &query, int index, const QVariant &value);
// Prepare, bind positionally, execute.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
// The same for values gathered at run time (filters that add a condition and its value); a count that
// does not match the statement's placeholders is a StorageError like any failed statement.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
// "?, ?, ?" for a list of `count` values (placeholders only: the values are bound).
QString placeholders(qsizetype count);
// Executes a statement with no parameters as it is (no placeholder parsing: migration scripts
// contain text like "HH:MM" in comments that Qt would take for named placeholders).
void execute(const QSqlDatabase &db, const QString &statement);
// SQL NULL when absent: an optional id (sale to a walk-in, no clerk), an invalid date ('' would
// not be NULL and would sort before every real date).
QVariant optionalId(const std::optional<qint64> &id);
QVariant optionalDate(const QDate &date);
QVariant optionalTime(const QDateTime &time); // NULL for a time not reached yet
// The other way: a nullable id column of a result row (NULL gives nothing).
std::optional<qint64> idAt(const QSqlQuery &query, int column);
// The single value of a one-row, one-column query (invalid QVariant when there is no row).
QVariant scalar(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

} // namespace atelier::sql
