#pragma once

#include <QSqlDatabase>
#include <QString>

namespace atelier {

// The one place where SQLite and PostgreSQL are told apart. Statements are written once so that both
// run them (see docs/postgresql.md and the portable-SQL rules); what no single spelling can serve
// lives here, named for what it does, so that a third backend would be one more case in this file.
enum class Backend
{
    SQLite,
    PostgreSQL,
};

Backend backendOf(const QSqlDatabase &db);

} // namespace atelier
