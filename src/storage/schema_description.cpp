#include "storage/schema_description.h"

#include "storage/dialect.h"
#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace atelier {

namespace {

QString kindOf(QString type)
{
    type = type.toLower();
    if (type.contains(QLatin1String("int")))
        return QStringLiteral("integer");
    if (type.contains(QLatin1String("real")) || type.contains(QLatin1String("double")))
        return QStringLiteral("real");
    return QStringLiteral("text");
}

// A default as both write it: PostgreSQL adds a cast ('' ::text) and names its sequences.
QString defaultOf(QString value)
{
    value = value.trimmed();
    if (value.isEmpty() || value.startsWith(QLatin1String("nextval(")))
        return QString();
    value.remove(QRegularExpression(QStringLiteral("::[a-z ]+$")));
    if (value.startsWith(u'(') && value.endsWith(u')'))
        value = value.mid(1, value.size() - 2);
    return value;
}

QString columnWords(const QString &name, const QString &type, bool notNull, const QString &defaultValue)
{
    QString words = name + u' ' + kindOf(type);
    if (notNull)
        words += QStringLiteral(" not null");
    if (const QString value = defaultOf(defaultValue); !value.isEmpty())
        words += QStringLiteral(" default ") + value;
    return words;
}

QString deleteAction(QString action)
{
    action = action.toUpper();
    return action == QLatin1String("NO ACTION") || action.isEmpty() ? QStringLiteral("NO ACTION") : action;
}

void describeOnSqlite(const QSqlDatabase &db, const QString &table, TableDescription &out)
{
    QSqlQuery columns = sql::run(db,
        QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"), {table});
    std::map<int, QString> keyOrder;
    while (columns.next()) {
        const bool key = columns.value(4).toInt() > 0;
        // INTEGER PRIMARY KEY is the rowid: never NULL, whatever the pragma says.
        out.columns.append(columnWords(columns.value(0).toString(), columns.value(1).toString(),
            columns.value(2).toInt() != 0 || key, columns.value(3).toString()));
        if (key)
            keyOrder[columns.value(4).toInt()] = columns.value(0).toString();
    }
    for (const auto &[position, name] : keyOrder)
        out.primaryKey.append(name);
    QSqlQuery keys = sql::run(db,
        QStringLiteral("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?)"),
        {table});
    while (keys.next()) {
        const QString to = keys.value(2).isNull() ? QStringLiteral("id") : keys.value(2).toString();
        out.foreignKeys.append(QStringLiteral("%1 -> %2.%3 on delete %4")
                                   .arg(keys.value(0).toString(), keys.value(1).toString(), to,
                                       deleteAction(keys.value(3).toString())));
    }
    QSqlQuery indexes = sql::run(
        db, QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"), {table});
    QList<std::pair<QString, bool>> unique;
    while (indexes.next()) {
        if (indexes.value(1).toInt() == 1 && indexes.value(2).toString() != QLatin1String("pk"))
            unique.append({indexes.value(0).toString(), indexes.value(3).toInt() == 1});
    }
    for (const auto &[index, partial] : unique) {
        QSqlQuery parts
            = sql::run(db, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {index});
        QStringList names;
        while (parts.next())
            names.append(parts.value(0).toString());
        out.uniques.append(names.join(u',') + (partial ? QStringLiteral(" where") : QString()));
    }
    // SQLite keeps CHECK constraints only in the table's text: count them, comments left out.
    QString text = sql::scalar(
        db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {table})
                       .toString();
    text.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
    out.checks = static_cast<int>(text.count(QRegularExpression(QStringLiteral("\\bCHECK\\s*\\("))));
}

void describeOnServer(const QSqlDatabase &db, const QString &table, TableDescription &out)
{
    QSqlQuery columns = sql::run(db,
        QStringLiteral(
            "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"),
        {table});
    while (columns.next())
        out.columns.append(columnWords(columns.value(0).toString(), columns.value(1).toString(),
            columns.value(2).toString() == QLatin1String("NO"), columns.value(3).toString()));
    QSqlQuery key = sql::run(db,
        QStringLiteral(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY (i.indkey) WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary "
            "ORDER BY array_position(i.indkey, a.attnum)"),
        {table});
    while (key.next())
        out.primaryKey.append(key.value(0).toString());
    QSqlQuery keys = sql::run(db,
        QStringLiteral("SELECT a.attname, r.relname, ra.attname, c.confdeltype FROM pg_constraint c "
                       "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                       "JOIN pg_class r ON r.oid = c.confrelid "
                       "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] "
                       "WHERE c.conrelid = CAST(? AS regclass) AND c.contype = 'f'"),
        {table});
    while (keys.next()) {
        const QString code = keys.value(3).toString();
        const QString action = code == QLatin1String("c") ? QStringLiteral("CASCADE")
            : code == QLatin1String("n")                  ? QStringLiteral("SET NULL")
            : code == QLatin1String("r")                  ? QStringLiteral("RESTRICT")
            : code == QLatin1String("d")                  ? QStringLiteral("SET DEFAULT")
                                                          : QStringLiteral("NO ACTION");
        out.foreignKeys.append(
            QStringLiteral("%1 -> %2.%3 on delete %4")
                .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString(), action));
    }
    // Unique indexes on plain columns (an index on an expression, lower(login), is PostgreSQL's way of
    // SQLite's COLLATE NOCASE and has no column list).
    QSqlQuery unique = sql::run(db,
        QStringLiteral("SELECT i.indexrelid, i.indpred IS NOT NULL, "
                       "(SELECT string_agg(a.attname, ',' ORDER BY array_position(i.indkey, a.attnum)) "
                       " FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) "
                       "FROM pg_index i WHERE i.indrelid = CAST(? AS regclass) AND i.indisunique "
                       "AND NOT i.indisprimary AND i.indexprs IS NULL"),
        {table});
    while (unique.next())
        out.uniques.append(
            unique.value(2).toString() + (unique.value(1).toBool() ? QStringLiteral(" where") : QString()));
    out.checks = sql::scalar(db,
        QStringLiteral(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = CAST(? AS regclass) AND contype = 'c'"),
        {table})
                     .toInt();
}

} // namespace

SchemaDescription describeSchema(const QSqlDatabase &db)
{
    SchemaDescription schema;
    const bool server = backendOf(db) == Backend::PostgreSQL;
    for (const QString &table : dialect::tableNames(db)) {
        TableDescription &out = schema[table];
        if (server)
            describeOnServer(db, table, out);
        else
            describeOnSqlite(db, table, out);
        out.foreignKeys.sort();
        out.uniques.sort();
    }
    return schema;
}

} // namespace atelier
