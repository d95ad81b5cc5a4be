#pragma once

#include <QString>
#include <QStringList>

namespace atelier::sql {

// "INSERT INTO table (columns) VALUES (?, …) ON CONFLICT (key) DO UPDATE SET column = excluded.column, …"
// for a comma-separated column list that starts with the key: a row written whole, over the one with its
// key if there is one. INSERT OR REPLACE is SQLite's own (and deletes before it inserts); ON CONFLICT
// serves both backends. Built from fixed column names only, never from input.
inline QString upsert(const QString &table, const QString &columns)
{
    QStringList names = columns.split(u',');
    QStringList marks, updates;
    for (qsizetype i = 0; i < names.size(); ++i) {
        names[i] = names[i].trimmed();
        marks << QStringLiteral("?");
        if (i > 0)
            updates << QStringLiteral("%1 = excluded.%1").arg(names[i]);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")), names.first(),
            updates.join(QStringLiteral(", ")));
}

} // namespace atelier::sql
