#include "services/loyalty_settings.h"

#include "services/settings_fields.h"

#include "core/stored_time.h"

namespace atelier {

namespace {

// Not rules: what the nightly run measured or did, kept beside them.
const QString bandLowKey = QStringLiteral("loyalty.measured.potential_min_spend");
const QString bandHighKey = QStringLiteral("loyalty.measured.potential_max_spend");
const QString bandAsOfKey = QStringLiteral("loyalty.measured.potential_band_as_of");
const QString dormantNoticeKey = QStringLiteral("loyalty.notices.dormant_rule_as_of");

// The band's mode as a number in the settings table: 0 off, 1 automatic, 2 fixed.
SettingsField<LoyaltyRules> bandModeField()
{
    return {"segments.potential_band",
        [](const LoyaltyRules &r) -> std::int64_t {
            return static_cast<std::int64_t>(r.segments.potentialBand);
        },
        [](LoyaltyRules &r, std::int64_t v) {
            // Anything else is kept as it is for check() to refuse.
            r.segments.potentialBand = static_cast<SpendBandMode>(v >= 0 && v <= 2 ? v : -1);
        }};
}

// 1 on, 0 off; anything but 0 reads as on, the default.
SettingsField<LoyaltyRules> redeemFromSilverField()
{
    return {"points.redeem_from_silver",
        [](const LoyaltyRules &r) -> std::int64_t { return r.points.redeemFromSilver ? 1 : 0; },
        [](LoyaltyRules &r, std::int64_t v) {
            r.points.redeemFromSilver = v != 0;
        }};
}

const std::vector<SettingsField<LoyaltyRules>> &fields()
{
    static const std::vector<SettingsField<LoyaltyRules>> all = {
        intField<LoyaltyRules>(
            "segments.frequency_window_days",
            [](auto &r) -> auto & { return r.segments.frequencyWindowDays; }),
        intField<LoyaltyRules>(
            "segments.vip_recency_days", [](auto &r) -> auto & { return r.segments.vipRecencyDays; }),
        intField<LoyaltyRules>(
            "segments.vip_min_purchases", [](auto &r) -> auto & { return r.segments.vipMinPurchases; }),
        moneyField<LoyaltyRules>(
            "segments.vip_min_spend", [](auto &r) -> auto & { return r.segments.vipMinSpend; }),
        intField<LoyaltyRules>(
            "segments.active_recency_days", [](auto &r) -> auto & { return r.segments.activeRecencyDays; }),
        intField<LoyaltyRules>(
            "segments.active_min_purchases", [](auto &r) -> auto & { return r.segments.activeMinPurchases; }),
        intField<LoyaltyRules>(
            "segments.dormant_after_days", [](auto &r) -> auto & { return r.segments.dormantAfterDays; }),
        intField<LoyaltyRules>(
            "segments.dormant_max_purchases",
            [](auto &r) -> auto & { return r.segments.dormantMaxPurchases; }),
        bandModeField(),
        moneyField<LoyaltyRules>(
            "segments.potential_min_spend", [](auto &r) -> auto & { return r.segments.potentialMinSpend; }),
        moneyField<LoyaltyRules>(
            "segments.potential_max_spend", [](auto &r) -> auto & { return r.segments.potentialMaxSpend; }),
        intField<LoyaltyRules>(
            "tiers.spend_window_months", [](auto &r) -> auto & { return r.tiers.spendWindowMonths; }),
        moneyField<LoyaltyRules>(
            "tiers.silver", [](auto &r) -> auto & { return r.tiers.silver; }),
        moneyField<LoyaltyRules>(
            "tiers.gold", [](auto &r) -> auto & { return r.tiers.gold; }),
        moneyField<LoyaltyRules>(
            "tiers.black", [](auto &r) -> auto & { return r.tiers.black; }),
        intField<LoyaltyRules>(
            "tiers.keep_months", [](auto &r) -> auto & { return r.tiers.keepMonths; }),
        intField<LoyaltyRules>(
            "points.per_yuan", [](auto &r) -> auto & { return r.points.pointsPerYuan; }),
        intField<LoyaltyRules>(
            "points.member_percent", [](auto &r) -> auto & { return r.points.memberPercent; }),
        intField<LoyaltyRules>(
            "points.silver_percent", [](auto &r) -> auto & { return r.points.silverPercent; }),
        intField<LoyaltyRules>(
            "points.gold_percent", [](auto &r) -> auto & { return r.points.goldPercent; }),
        intField<LoyaltyRules>(
            "points.black_percent", [](auto &r) -> auto & { return r.points.blackPercent; }),
        intField<LoyaltyRules>(
            "points.redeem_points", [](auto &r) -> auto & { return r.points.redeemPoints; }),
        moneyField<LoyaltyRules>(
            "points.redeem_value", [](auto &r) -> auto & { return r.points.redeemValue; }),
        intField<LoyaltyRules>(
            "points.expiry_months", [](auto &r) -> auto & { return r.points.expiryMonths; }),
        redeemFromSilverField(),
        intField<LoyaltyRules>(
            "nightly.hour", [](auto &r) -> auto & { return r.nightlyHour; }),
    };
    return all;
}

} // namespace

LoyaltySettings::LoyaltySettings(Database &db)
    : m_db(db)
{
}

LoyaltyRules LoyaltySettings::rules() const
{
    return readSettingsFields(m_db, "loyalty", fields());
}

WriteResult LoyaltySettings::save(const LoyaltyRules &rules)
{
    return writeSettingsFields(m_db, "loyalty", fields(), rules);
}

std::optional<LoyaltySettings::MeasuredBand> LoyaltySettings::automaticBand() const
{
    SettingsRepository settings(m_db.connection());
    bool lowOk = false;
    bool highOk = false;
    const qint64 low = settings.value(bandLowKey).value_or(QString()).toLongLong(&lowOk);
    const qint64 high = settings.value(bandHighKey).value_or(QString()).toLongLong(&highOk);
    const QDate asOf = dateFromStoredText(settings.value(bandAsOfKey).value_or(QString()));
    if (!asOf.isValid())
        return std::nullopt;
    MeasuredBand measured{std::nullopt, asOf};
    if (lowOk && highOk && low <= high)
        measured.band = SpendBand{Money::fromFen(low), Money::fromFen(high)};
    return measured;
}

void LoyaltySettings::storeAutomaticBand(const std::optional<SpendBand> &band, const QDate &asOf)
{
    SettingsRepository settings(m_db.connection());
    // Only what changed: a second run for the same night writes nothing of its own results.
    const auto put = [&settings](const QString &key, const QString &value) {
        if (settings.value(key) != value)
            settings.setValue(key, value);
    };
    // Nobody recent: empty amounts, read back as "no band".
    put(bandLowKey, band ? QString::number(band->low.fen()) : QString());
    put(bandHighKey, band ? QString::number(band->high.fen()) : QString());
    put(bandAsOfKey, toStoredText(asOf));
}

bool LoyaltySettings::dormantNoticeGiven() const
{
    return !SettingsRepository(m_db.connection()).value(dormantNoticeKey).value_or(QString()).isEmpty();
}

void LoyaltySettings::recordDormantNotice(const QDate &asOf)
{
    SettingsRepository(m_db.connection()).setValue(dormantNoticeKey, toStoredText(asOf));
}

} // namespace atelier
