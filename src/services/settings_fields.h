#pragma once

#include "core/money.h"
#include "core/write_result.h"
#include "services/access.h"
#include "services/audit_trail.h"
#include "services/change_notifier.h"
#include "storage/database.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <QString>

#include <spdlog/spdlog.h>

#include <cstdint>
#include <functional>
#include <vector>

namespace atelier {

// A rulebook kept as numbers in the settings table: one row per field, "<prefix>.<key>".
// Shared by the loyalty and the service rulebooks, which differ only in their fields and checks.
template <typename Rules> struct SettingsField
{
    const char *key;
    std::function<std::int64_t(const Rules &)> get;
    std::function<void(Rules &, std::int64_t)> set;
};

template <typename Rules, typename Member> SettingsField<Rules> intField(const char *key, Member member)
{
    return {key, [member](const Rules &r) -> std::int64_t { return std::invoke(member, r); },
        [member](Rules &r, std::int64_t v) {
            std::invoke(member, r) = int(v);
        }};
}

template <typename Rules, typename Member> SettingsField<Rules> moneyField(const char *key, Member member)
{
    return {key, [member](const Rules &r) { return std::invoke(member, r).fen(); },
        [member](Rules &r, std::int64_t v) {
            std::invoke(member, r) = Money::fromFen(v);
        }};
}

// The stored rulebook, or the defaults when it cannot be read or does not pass Rules::check().
template <typename Rules>
Rules readSettingsFields(Database &db, const char *prefix, const std::vector<SettingsField<Rules>> &fields)
{
    Rules rules;
    try {
        SettingsRepository settings(db.connection());
        for (const SettingsField<Rules> &field : fields) {
            bool ok = false;
            const QString key = QString::fromLatin1(prefix) + u'.' + QString::fromLatin1(field.key);
            const qlonglong value = settings.value(key).value_or(QString()).toLongLong(&ok);
            if (ok)
                field.set(rules, value);
        }
    } catch (const StorageError &error) {
        spdlog::error("{} rules not read: {}", prefix, error.detail().toStdString());
        return Rules();
    }
    if (const auto problem = rules.check()) {
        spdlog::warn(
            "stored {} rules refused ({}), using the defaults", prefix, problem->field.toStdString());
        return Rules();
    }
    return rules;
}

// Checks the whole rulebook, then writes every field in one transaction: all or nothing.
template <typename Rules>
WriteResult writeSettingsFields(
    Database &db, const char *prefix, const std::vector<SettingsField<Rules>> &fields, const Rules &rules)
{
    if (const QString refused = Access::refusal(db, Permission::ChangeRules); !refused.isEmpty())
        return WriteResult::failure(refused);
    if (const auto problem = rules.check())
        return WriteResult::failure(problem->message);
    try {
        Transaction transaction(db.connection());
        SettingsRepository settings(db.connection());
        const Rules defaults;
        QList<FieldChange> changes; // for the audit trail, in the same transaction
        for (const SettingsField<Rules> &field : fields) {
            const QString key = QString::fromLatin1(prefix) + u'.' + QString::fromLatin1(field.key);
            const QString old = settings.value(key).value_or(QString::number(field.get(defaults)));
            const QString now = QString::number(field.get(rules));
            if (old != now)
                changes.append({QString::fromLatin1(field.key), old, now});
            settings.setValue(key, now);
        }
        AuditTrail(db).recordRulesChanged(db.auditActor(), QString::fromLatin1(prefix), changes);
        transaction.commit();
        ChangeNotifier::post(Change::What::Settings);
    } catch (const StorageError &error) {
        spdlog::error("{} rules not saved: {}", prefix, error.detail().toStdString());
        return WriteResult::failure(error.userMessage());
    }
    spdlog::info("{} rules saved", prefix);
    return WriteResult::success();
}

} // namespace atelier
