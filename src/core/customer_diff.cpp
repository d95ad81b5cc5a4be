#include "core/customer_diff.h"

#include <utility>

namespace atelier {

namespace {

QString dateText(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

QString numberText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

using Values = QList<std::pair<const char *, QString>>;

// Every archive field with its stored text, in the customers table's order.
Values valuesOf(const Customer &c)
{
    return {
        {"name", c.name},
        {"phone", c.phone.digits()},
        {"gender", toCode(c.gender)},
        {"ethnicity", c.ethnicity},
        {"birthday", dateText(c.birthday)},
        {"birth_year", c.birthYear ? QString::number(*c.birthYear) : QString()},
        {"wechat_id", c.wechatId},
        {"email", c.email},
        {"address", c.address},
        {"size_top", c.sizeTop},
        {"size_bottom", c.sizeBottom},
        {"size_shoe", c.sizeShoe},
        {"body_type", toCode(c.bodyType)},
        {"occupation", c.occupation},
        {"work_family", c.workAndFamily},
        {"personality", c.personality},
        {"consumption_habits", c.consumptionHabits},
        {"dress_preferences", c.dressPreferences},
        {"hobbies", c.hobbies},
        {"lifestyle", c.lifestyle},
        {"service_style", c.serviceStyle},
        {"preferred_channel", toCode(c.preferredChannel)},
        {"promotion_receptiveness", toCode(c.promotionReceptiveness)},
        {"personal_values", c.values},
        {"notes", c.notes},
        {"source", toCode(c.source)},
        {"referrer_id", numberText(c.referrerId)},
        {"stylist_id", numberText(c.stylistId)},
        {"card_no", c.cardNo},
        {"consent_profile", flag(c.consentProfile)},
        {"consent_marketing", flag(c.consentMarketing)},
    };
}

} // namespace

QList<FieldChange> CustomerDiff::between(const Customer &before, const Customer &after)
{
    const Values old = valuesOf(before);
    const Values now = valuesOf(after);
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (old.at(i).second != now.at(i).second)
            changes.append({QString::fromLatin1(old.at(i).first), old.at(i).second, now.at(i).second});
    }
    return changes;
}

std::optional<FieldChange> CustomerDiff::ofList(const QString &field, QStringList before, QStringList after)
{
    before.sort();
    after.sort();
    if (before == after)
        return std::nullopt;
    return FieldChange{field, before.join(QStringLiteral(", ")), after.join(QStringLiteral(", "))};
}

} // namespace atelier
