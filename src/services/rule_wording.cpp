#include "services/rule_wording.h"

#include "core/money.h"

#include <QHash>
#include <QTime>

namespace atelier {

namespace {

// Keys are "rules/key", as services/loyalty_settings and services/service_settings write them.
const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("loyalty/segments.vip_recency_days"),
            QT_TRANSLATE_NOOP("RuleWording", "VIP: bought within (days)")},
        {QStringLiteral("loyalty/segments.vip_min_purchases"),
            QT_TRANSLATE_NOOP("RuleWording", "VIP: at least (purchases)")},
        {QStringLiteral("loyalty/segments.vip_min_spend"),
            QT_TRANSLATE_NOOP("RuleWording", "VIP: spend at least")},
        {QStringLiteral("loyalty/segments.active_recency_days"),
            QT_TRANSLATE_NOOP("RuleWording", "Active: bought within (days)")},
        {QStringLiteral("loyalty/segments.active_min_purchases"),
            QT_TRANSLATE_NOOP("RuleWording", "Active: at least (purchases)")},
        {QStringLiteral("loyalty/segments.dormant_after_days"),
            QT_TRANSLATE_NOOP("RuleWording", "Dormant after (days)")},
        {QStringLiteral("loyalty/tiers.spend_window_months"),
            QT_TRANSLATE_NOOP("RuleWording", "Tier spend counted over (months)")},
        {QStringLiteral("loyalty/tiers.silver"), QT_TRANSLATE_NOOP("RuleWording", "Silver tier from")},
        {QStringLiteral("loyalty/tiers.gold"), QT_TRANSLATE_NOOP("RuleWording", "Gold tier from")},
        {QStringLiteral("loyalty/tiers.black"), QT_TRANSLATE_NOOP("RuleWording", "Black tier from")},
        {QStringLiteral("loyalty/tiers.keep_months"),
            QT_TRANSLATE_NOOP("RuleWording", "A tier is kept for (months)")},
        {QStringLiteral("loyalty/points.per_yuan"), QT_TRANSLATE_NOOP("RuleWording", "Points per yuan")},
        {QStringLiteral("loyalty/points.member_percent"),
            QT_TRANSLATE_NOOP("RuleWording", "Points rate, member (%)")},
        {QStringLiteral("loyalty/points.silver_percent"),
            QT_TRANSLATE_NOOP("RuleWording", "Points rate, silver (%)")},
        {QStringLiteral("loyalty/points.gold_percent"),
            QT_TRANSLATE_NOOP("RuleWording", "Points rate, gold (%)")},
        {QStringLiteral("loyalty/points.black_percent"),
            QT_TRANSLATE_NOOP("RuleWording", "Points rate, black (%)")},
        {QStringLiteral("loyalty/points.redeem_points"),
            QT_TRANSLATE_NOOP("RuleWording", "Points per redemption step")},
        {QStringLiteral("loyalty/points.redeem_value"),
            QT_TRANSLATE_NOOP("RuleWording", "Value of a redemption step")},
        {QStringLiteral("loyalty/points.expiry_months"),
            QT_TRANSLATE_NOOP("RuleWording", "Points expire after (months)")},
        {QStringLiteral("loyalty/nightly.hour"), QT_TRANSLATE_NOOP("RuleWording", "Nightly run at (hour)")},
        {QStringLiteral("service/sla.in_store_minutes"),
            QT_TRANSLATE_NOOP("RuleWording", "Answer an in-store complaint within (minutes)")},
        {QStringLiteral("service/sla.phone_minutes"),
            QT_TRANSLATE_NOOP("RuleWording", "Answer a phone complaint within (minutes)")},
        {QStringLiteral("service/sla.wechat_minutes"),
            QT_TRANSLATE_NOOP("RuleWording", "Answer a WeChat complaint within (minutes)")},
        {QStringLiteral("service/sla.online_minutes"),
            QT_TRANSLATE_NOOP("RuleWording", "Answer an online complaint within (minutes)")},
        {QStringLiteral("service/hours.opens_at"), QT_TRANSLATE_NOOP("RuleWording", "Opens at")},
        {QStringLiteral("service/hours.closes_at"), QT_TRANSLATE_NOOP("RuleWording", "Closes at")},
        {QStringLiteral("service/callback_after_hours"),
            QT_TRANSLATE_NOOP("RuleWording", "Call back after resolution (hours)")},
        {QStringLiteral("service/follow_up.quiet_days"),
            QT_TRANSLATE_NOOP("RuleWording", "Quiet days after a contact")},
        {QStringLiteral("service/follow_up.birthday_lookahead_days"),
            QT_TRANSLATE_NOOP("RuleWording", "Birthday call planned ahead (days)")},
        {QStringLiteral("service/follow_up.wake_up_lead_days"),
            QT_TRANSLATE_NOOP("RuleWording", "Wake-up call ahead of the due date (days)")},
    };
    return table;
}

bool isMoney(const QString &rules, const QString &key)
{
    if (rules != QStringLiteral("loyalty"))
        return false;
    const bool tierThreshold
        = key.startsWith(QStringLiteral("tiers.")) && !key.endsWith(QStringLiteral("_months"));
    return tierThreshold || key == QStringLiteral("segments.vip_min_spend")
        || key == QStringLiteral("points.redeem_value");
}

} // namespace

QString RuleWording::label(const QString &rules, const QString &key)
{
    const auto found = labels().constFind(rules + u'/' + key);
    return found == labels().constEnd() ? key : tr(found.value());
}

QString RuleWording::value(const QString &rules, const QString &key, const QString &stored)
{
    bool number = false;
    const qint64 fen = stored.toLongLong(&number);
    if (number && isMoney(rules, key))
        return Money::fromFen(fen).toDisplayString();
    // Opening hours are stored as minutes after midnight.
    if (number && rules == QStringLiteral("service") && key.startsWith(QStringLiteral("hours.")))
        return QTime(0, 0).addSecs(int(fen) * 60).toString(QStringLiteral("HH:mm"));
    return stored;
}

} // namespace atelier
