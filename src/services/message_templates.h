#pragma once

#include "core/follow_up.h"
#include "core/message_template.h"
#include "core/read_result.h"
#include "core/write_result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

struct TemplateSaveResult
{
    std::optional<TemplateId> id; // set when saved
    QString field; // what the refusal is about: "name", "body" or "coupon" (empty: storage)
    QString message; // why nothing was saved
    bool ok() const { return id.has_value(); }
};

// Message templates for WeChat/SMS: the list the Settings editor edits, and the text a clerk copies
// for one customer. Every write is one transaction; templatesChanged goes out after commit.
class MessageTemplates : public QObject
{
    Q_OBJECT
public:
    MessageTemplates(Database &db, const Clock &clock, QObject *parent = nullptr);

    // By language (Chinese first), purpose and name; nullopt: every language.
    ReadResult<QList<MessageTemplate>> list(std::optional<MessageLanguage> language = std::nullopt);
    ReadResult<std::optional<MessageTemplate>> find(TemplateId id);
    // The template a task of this purpose starts with: the oldest for the purpose in the language,
    // else the oldest for any purpose in it.
    ReadResult<std::optional<MessageTemplate>> defaultFor(TaskPurpose purpose, MessageLanguage language);
    // The default for the task's purpose; without a task (or with one not found) the first template
    // in the language.
    ReadResult<std::optional<MessageTemplate>> defaultForTask(
        std::optional<TaskId> task, MessageLanguage language);

    // Inserts when id == 0, updates otherwise. Refuses a template that does not check (an unknown
    // placeholder, an empty body) or whose name another template has; nothing is stored then.
    TemplateSaveResult save(const MessageTemplate &messageTemplate);
    WriteResult remove(TemplateId id);

    // The template filled for the customer. {style}: the complaint's style number when the task is a
    // complaint call-back about one, else the style of the customer's latest purchase.
    ReadResult<FilledMessage> fillFor(const MessageTemplate &messageTemplate, CustomerId customer,
        std::optional<TaskId> task = std::nullopt);
    ReadResult<MessageValues> valuesFor(const MessageTemplate &messageTemplate, CustomerId customer,
        std::optional<TaskId> task = std::nullopt);

signals:
    void templatesChanged();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
