#include "storage/tag_repository.h"

#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

namespace {

Tag readTag(const QSqlQuery &query)
{
    return Tag{query.value(0).toLongLong(), query.value(1).toString(),
        tagCategoryFromCode(query.value(2).toString())};
}

} // namespace

TagRepository::TagRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Tag> TagRepository::all(bool includeArchived)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT id, name, category FROM tags WHERE archived = 0 OR ? = 1 ORDER BY category, name"),
        {includeArchived ? 1 : 0});
    QList<Tag> tags;
    while (query.next())
        tags.append(readTag(query));
    return tags;
}

std::optional<Tag> TagRepository::findByName(const QString &name)
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("SELECT id, name, category FROM tags WHERE name = ?"), {name});
    if (!query.next())
        return std::nullopt;
    return readTag(query);
}

TagId TagRepository::insert(const QString &name, Tag::Category category)
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("INSERT INTO tags (name, category) VALUES (?, ?) RETURNING id"),
            {name, toCode(category)});
    return sql::insertedId(query);
}

QList<Tag> TagRepository::topTagsOf(CustomerId customer, Tag::Category category, int limit)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT t.id, t.name, t.category FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = ? AND t.category = ? ORDER BY ct.added_at DESC, t.name LIMIT ?"),
        {customer, toCode(category), limit});
    QList<Tag> tags;
    while (query.next())
        tags.append(readTag(query));
    return tags;
}

} // namespace atelier
