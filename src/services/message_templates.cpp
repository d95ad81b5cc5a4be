#include "services/message_templates.h"

#include "core/clock.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/message_values.h"
#include "services/try_read.h"
#include "storage/database.h"
#include "storage/follow_up_repository.h"
#include "storage/sms_audience_query.h"
#include "storage/storage_error.h"
#include "storage/template_repository.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

namespace atelier {

namespace {

// A template as the audit trail lists it: what a manager would compare.
QList<FieldChange> templateChanges(
    const std::optional<MessageTemplate> &before, const std::optional<MessageTemplate> &after)
{
    const auto values = [](const std::optional<MessageTemplate> &t) -> QStringList {
        if (!t)
            return {QString(), QString(), QString(), QString(), QString()};
        return {
            t->name, t->purpose ? toCode(*t->purpose) : QString(), toCode(t->language), t->body, t->coupon};
    };
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("purpose"),
        QStringLiteral("language"), QStringLiteral("body"), QStringLiteral("coupon")};
    const QStringList old = values(before);
    const QStringList now = values(after);
    QList<FieldChange> changes;
    for (int i = 0; i < fields.size(); ++i) {
        if (old.at(i) != now.at(i))
            changes.append({fields.at(i), old.at(i), now.at(i)});
    }
    return changes;
}

// The oldest template for the purpose in the language, else the oldest for any purpose in it.
std::optional<MessageTemplate> firstFor(
    TemplateRepository &repository, TaskPurpose purpose, MessageLanguage language)
{
    if (auto found = repository.firstFor(toCode(purpose), language))
        return found;
    return repository.firstFor(QString(), language);
}

} // namespace

MessageTemplates::MessageTemplates(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

ReadResult<QList<MessageTemplate>> MessageTemplates::list(std::optional<MessageLanguage> language)
{
    return tryRead<QList<MessageTemplate>>(
        "message templates", [&] { return TemplateRepository(m_db.connection()).all(language); });
}

ReadResult<std::optional<MessageTemplate>> MessageTemplates::find(TemplateId id)
{
    return tryRead<std::optional<MessageTemplate>>(
        "message template", [&] { return TemplateRepository(m_db.connection()).find(id); });
}

ReadResult<std::optional<MessageTemplate>> MessageTemplates::defaultFor(
    TaskPurpose purpose, MessageLanguage language)
{
    return tryRead<std::optional<MessageTemplate>>("default message template", [&] {
        TemplateRepository repository(m_db.connection());
        return firstFor(repository, purpose, language);
    });
}

ReadResult<std::optional<MessageTemplate>> MessageTemplates::defaultForTask(
    std::optional<TaskId> task, MessageLanguage language)
{
    return tryRead<std::optional<MessageTemplate>>(
        "default message template for a task", [&]() -> std::optional<MessageTemplate> {
            const QSqlDatabase db = m_db.connection();
            TemplateRepository repository(db);
            if (const std::optional<FollowUpTask> found
                = task ? FollowUpRepository(db).find(*task) : std::nullopt)
                return firstFor(repository, found->purpose, language);
            const QList<MessageTemplate> inLanguage = repository.all(language);
            return inLanguage.isEmpty() ? std::nullopt : std::optional(inLanguage.first());
        });
}

TemplateSaveResult MessageTemplates::save(const MessageTemplate &messageTemplate)
{
    TemplateSaveResult result;
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    MessageTemplate t = messageTemplate;
    t.name = t.name.trimmed();
    t.coupon = t.coupon.trimmed();
    if (const auto problem = MessageTemplateRules::check(t)) {
        result.field = problem->field;
        result.message = problem->message;
        return result;
    }
    t.updatedAt = m_clock.now();
    try {
        Transaction transaction(m_db.connection());
        TemplateRepository repository(m_db.connection());
        const std::optional<TemplateId> sameName = repository.idOfName(t.name);
        if (sameName && *sameName != t.id) {
            result.field = QStringLiteral("name");
            result.message = tr("A template named “%1” exists already: choose another name.").arg(t.name);
            return result;
        }
        const std::optional<MessageTemplate> before = t.id == 0 ? std::nullopt : repository.find(t.id);
        if (t.id == 0) {
            t.id = repository.insert(t);
        } else if (!repository.update(t)) {
            result.message = tr("This template was deleted meanwhile. Nothing was saved.");
            return result;
        }
        AuditTrail(m_db, m_clock)
            .recordRulesChanged(m_db.auditActor(), QStringLiteral("templates"), templateChanges(before, t));
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("message template not saved: {}", error.detail().toStdString());
        result.message = error.userMessage();
        return result;
    }
    spdlog::info("message template {} saved", t.id);
    result.id = t.id;
    emit templatesChanged();
    return result;
}

WriteResult MessageTemplates::remove(TemplateId id)
{
    if (const QString refused = Access::refusal(m_db, Permission::ChangeRules); !refused.isEmpty())
        return WriteResult::failure(refused);
    try {
        Transaction transaction(m_db.connection());
        TemplateRepository repository(m_db.connection());
        const std::optional<MessageTemplate> before = repository.find(id);
        if (!repository.remove(id))
            return WriteResult::failure(tr("This template was deleted meanwhile."));
        AuditTrail(m_db, m_clock)
            .recordRulesChanged(
                m_db.auditActor(), QStringLiteral("templates"), templateChanges(before, std::nullopt));
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("message template not removed: {}", error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    spdlog::info("message template {} removed", id);
    emit templatesChanged();
    return WriteResult::success();
}

ReadResult<MessageValues> MessageTemplates::valuesFor(
    const MessageTemplate &messageTemplate, CustomerId customer, std::optional<TaskId> task)
{
    return tryRead<MessageValues>("message values", [&] {
        const QSqlDatabase db = m_db.connection();
        SmsAudienceQuery audience(db);
        const std::optional<AudienceMember> member = audience.find(customer);
        if (!member)
            return MessageValues{};
        MessageValues values = messageValuesOf(*member, messageTemplate);
        // A call-back about a complaint talks about the piece complained about, not the latest buy.
        if (task) {
            const std::optional<FollowUpTask> found = FollowUpRepository(db).find(*task);
            if (found && found->purpose == TaskPurpose::ComplaintCallback && found->complaint)
                values.style = audience.complaintStyle(*found->complaint);
        }
        return values;
    });
}

ReadResult<FilledMessage> MessageTemplates::fillFor(
    const MessageTemplate &messageTemplate, CustomerId customer, std::optional<TaskId> task)
{
    const ReadResult<MessageValues> values = valuesFor(messageTemplate, customer, task);
    if (!values.ok())
        return {std::nullopt, values.error};
    return {MessageTemplateRules::fill(messageTemplate, *values.value), {}};
}

} // namespace atelier
