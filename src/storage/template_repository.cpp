#include "storage/template_repository.h"

#include "core/stored_time.h"
#include "storage/inserted_id.h"
#include "storage/sql.h"

namespace atelier {

namespace {

const QString templateColumns = QStringLiteral("id, name, purpose, language, body, coupon, updated_at");

MessageTemplate readTemplate(const QSqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.purpose = taskPurposeFromCode(q.value(2).toString());
    // The table's CHECK allows only the two codes.
    t.language = messageLanguageFromCode(q.value(3).toString()).value_or(MessageLanguage::Chinese);
    t.body = q.value(4).toString();
    t.coupon = q.value(5).toString();
    t.updatedAt = timeFromStoredText(q.value(6).toString());
    return t;
}

QString purposeCode(const MessageTemplate &t)
{
    return t.purpose ? toCode(*t.purpose) : QString();
}

} // namespace

TemplateRepository::TemplateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<MessageTemplate> TemplateRepository::read(const QString &where, std::initializer_list<QVariant> values)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT ") + templateColumns + QStringLiteral(" FROM message_templates ") + where,
        values);
    QList<MessageTemplate> rows;
    while (query.next())
        rows << readTemplate(query);
    return rows;
}

QList<MessageTemplate> TemplateRepository::all(std::optional<MessageLanguage> language)
{
    const QString order = QStringLiteral(" ORDER BY language DESC, purpose, name");
    if (language)
        return read(QStringLiteral("WHERE language = ?") + order, {toCode(*language)});
    return read(order, {});
}

std::optional<MessageTemplate> TemplateRepository::find(TemplateId id)
{
    const QList<MessageTemplate> rows = read(QStringLiteral("WHERE id = ?"), {qlonglong(id)});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<TemplateId> TemplateRepository::idOfName(const QString &name)
{
    const QVariant id
        = sql::scalar(m_db, QStringLiteral("SELECT id FROM message_templates WHERE name = ?"), {name});
    return id.isValid() ? std::optional<TemplateId>(id.toLongLong()) : std::nullopt;
}

std::optional<MessageTemplate> TemplateRepository::firstFor(
    const QString &purposeCode, MessageLanguage language)
{
    const QList<MessageTemplate> rows
        = read(QStringLiteral("WHERE purpose = ? AND language = ? ORDER BY id LIMIT 1"),
            {purposeCode, toCode(language)});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

TemplateId TemplateRepository::insert(const MessageTemplate &t)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO message_templates (name, purpose, language, body, coupon, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {t.name, purposeCode(t), toCode(t.language), t.body, t.coupon, toStoredText(t.updatedAt)});
    return sql::insertedId(query);
}

bool TemplateRepository::update(const MessageTemplate &t)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "UPDATE message_templates SET name = ?, purpose = ?, language = ?, body = ?, coupon = ?, "
            "updated_at = ? WHERE id = ?"),
        {t.name, purposeCode(t), toCode(t.language), t.body, t.coupon, toStoredText(t.updatedAt),
            qlonglong(t.id)});
    return query.numRowsAffected() > 0;
}

bool TemplateRepository::remove(TemplateId id)
{
    QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM message_templates WHERE id = ?"), {qlonglong(id)});
    return query.numRowsAffected() > 0;
}

} // namespace atelier
