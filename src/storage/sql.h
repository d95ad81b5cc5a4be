#pragma once

#include "storage/storage_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace atelier::sql {

// Small wrappers that turn a failed prepare/exec into a StorageError, so repositories read as
// straight-line code and every failure unwinds the surrounding Transaction.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
// Prepare, bind positionally, execute.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
// The single value of a one-row, one-column query (invalid QVariant when there is no row).
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});

// NULL for empty optionals / empty text where the column allows NULL.
QVariant nullIfEmpty(const QString &text);

} // namespace atelier::sql
