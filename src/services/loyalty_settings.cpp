#include "services/loyalty_settings.h"

#include "storage/database.h"
#include "storage/settings_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <spdlog/spdlog.h>

#include <functional>
#include <vector>

namespace atelier {

namespace {

// One row per stored number: its key and where it lives in LoyaltyRules.
struct Field
{
    const char *key;
    std::function<std::int64_t(const LoyaltyRules &)> get;
    std::function<void(LoyaltyRules &, std::int64_t)> set;
};

template <typename Member> Field intField(const char *key, Member member)
{
    return {key, [member](const LoyaltyRules &r) -> std::int64_t { return std::invoke(member, r); },
        [member](LoyaltyRules &r, std::int64_t v) {
            std::invoke(member, r) = int(v);
        }};
}

template <typename Member> Field moneyField(const char *key, Member member)
{
    return {key, [member](const LoyaltyRules &r) { return std::invoke(member, r).fen(); },
        [member](LoyaltyRules &r, std::int64_t v) {
            std::invoke(member, r) = Money::fromFen(v);
        }};
}

const std::vector<Field> &fields()
{
    static const std::vector<Field> all = {
        intField(
            "segments.frequency_window_days",
            [](auto &r) -> auto & { return r.segments.frequencyWindowDays; }),
        intField(
            "segments.vip_recency_days", [](auto &r) -> auto & { return r.segments.vipRecencyDays; }),
        intField(
            "segments.vip_min_purchases", [](auto &r) -> auto & { return r.segments.vipMinPurchases; }),
        moneyField(
            "segments.vip_min_spend", [](auto &r) -> auto & { return r.segments.vipMinSpend; }),
        intField(
            "segments.active_recency_days", [](auto &r) -> auto & { return r.segments.activeRecencyDays; }),
        intField(
            "segments.active_min_purchases", [](auto &r) -> auto & { return r.segments.activeMinPurchases; }),
        intField(
            "segments.dormant_after_days", [](auto &r) -> auto & { return r.segments.dormantAfterDays; }),
        intField(
            "tiers.spend_window_months", [](auto &r) -> auto & { return r.tiers.spendWindowMonths; }),
        moneyField(
            "tiers.silver", [](auto &r) -> auto & { return r.tiers.silver; }),
        moneyField(
            "tiers.gold", [](auto &r) -> auto & { return r.tiers.gold; }),
        moneyField(
            "tiers.black", [](auto &r) -> auto & { return r.tiers.black; }),
        intField(
            "tiers.keep_months", [](auto &r) -> auto & { return r.tiers.keepMonths; }),
        intField(
            "points.per_yuan", [](auto &r) -> auto & { return r.points.pointsPerYuan; }),
        intField(
            "points.member_percent", [](auto &r) -> auto & { return r.points.memberPercent; }),
        intField(
            "points.silver_percent", [](auto &r) -> auto & { return r.points.silverPercent; }),
        intField(
            "points.gold_percent", [](auto &r) -> auto & { return r.points.goldPercent; }),
        intField(
            "points.black_percent", [](auto &r) -> auto & { return r.points.blackPercent; }),
        intField(
            "points.redeem_points", [](auto &r) -> auto & { return r.points.redeemPoints; }),
        moneyField(
            "points.redeem_value", [](auto &r) -> auto & { return r.points.redeemValue; }),
        intField(
            "points.expiry_months", [](auto &r) -> auto & { return r.points.expiryMonths; }),
        intField(
            "nightly.hour", [](auto &r) -> auto & { return r.nightlyHour; }),
    };
    return all;
}

QString settingsKey(const Field &field)
{
    return QStringLiteral("loyalty.") + QString::fromLatin1(field.key);
}

} // namespace

LoyaltySettings::LoyaltySettings(Database &db)
    : m_db(db)
{
}

LoyaltyRules LoyaltySettings::rules() const
{
    LoyaltyRules rules;
    try {
        SettingsRepository settings(m_db.connection());
        for (const Field &field : fields()) {
            bool ok = false;
            const qlonglong value = settings.value(settingsKey(field)).value_or(QString()).toLongLong(&ok);
            if (ok)
                field.set(rules, value);
        }
    } catch (const StorageError &error) {
        spdlog::error("loyalty rules not read: {}", error.detail().toStdString());
        return LoyaltyRules();
    }
    if (const auto problem = rules.check()) {
        spdlog::warn("stored loyalty rules refused ({}), using the defaults", problem->field.toStdString());
        return LoyaltyRules();
    }
    return rules;
}

QString LoyaltySettings::save(const LoyaltyRules &rules)
{
    if (const auto problem = rules.check())
        return problem->message;
    try {
        Transaction transaction(m_db.connection());
        SettingsRepository settings(m_db.connection());
        for (const Field &field : fields())
            settings.setValue(settingsKey(field), QString::number(field.get(rules)));
        transaction.commit();
    } catch (const StorageError &error) {
        spdlog::error("loyalty rules not saved: {}", error.detail().toStdString());
        return error.userMessage();
    }
    spdlog::info("loyalty rules saved");
    return QString();
}

} // namespace atelier
