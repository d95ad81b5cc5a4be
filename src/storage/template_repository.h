#pragma once

#include "core/message_template.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace atelier {

// Message templates (message_templates). The name is unique; callers check it first for a clear
// message, the UNIQUE constraint is the last word. Callers wrap writes in a Transaction.
class TemplateRepository
{
public:
    explicit TemplateRepository(QSqlDatabase db);

    // By language, then purpose, then name; nullopt: every language.
    QList<MessageTemplate> all(std::optional<MessageLanguage> language = std::nullopt);
    std::optional<MessageTemplate> find(TemplateId id);
    std::optional<TemplateId> idOfName(const QString &name);
    // The oldest template for the purpose in the language.
    std::optional<MessageTemplate> firstFor(const QString &purposeCode, MessageLanguage language);

    TemplateId insert(const MessageTemplate &messageTemplate);
    // False when there is no template with that id.
    bool update(const MessageTemplate &messageTemplate);
    bool remove(TemplateId id);

private:
    QList<MessageTemplate> read(const QString &where, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
};

} // namespace atelier
