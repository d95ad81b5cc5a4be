#include "core/customer_diff.h"

#include <functional>
#include <vector>

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

struct Field
{
    const char *name;
    std::function<QString(const Customer &)> value;
};

const std::vector<Field> &fields()
{
    static const std::vector<Field> all = {
        {"name", [](const Customer &c) { return c.name; }},
        {"phone", [](const Customer &c) { return c.phone.digits(); }},
        {"gender", [](const Customer &c) { return toCode(c.gender); }},
        {"ethnicity", [](const Customer &c) { return c.ethnicity; }},
        {"birthday", [](const Customer &c) { return dateText(c.birthday); }},
        {"birth_year",
            [](const Customer &c) {
                return c.birthYear ? QString::number(*c.birthYear) : QString();
            }},
        {"wechat_id", [](const Customer &c) { return c.wechatId; }},
        {"email", [](const Customer &c) { return c.email; }},
        {"address", [](const Customer &c) { return c.address; }},
        {"size_top", [](const Customer &c) { return c.sizeTop; }},
        {"size_bottom", [](const Customer &c) { return c.sizeBottom; }},
        {"size_shoe", [](const Customer &c) { return c.sizeShoe; }},
        {"body_type", [](const Customer &c) { return toCode(c.bodyType); }},
        {"occupation", [](const Customer &c) { return c.occupation; }},
        {"work_family", [](const Customer &c) { return c.workAndFamily; }},
        {"personality", [](const Customer &c) { return c.personality; }},
        {"consumption_habits", [](const Customer &c) { return c.consumptionHabits; }},
        {"dress_preferences", [](const Customer &c) { return c.dressPreferences; }},
        {"hobbies", [](const Customer &c) { return c.hobbies; }},
        {"lifestyle", [](const Customer &c) { return c.lifestyle; }},
        {"service_style", [](const Customer &c) { return c.serviceStyle; }},
        {"preferred_channel", [](const Customer &c) { return toCode(c.preferredChannel); }},
        {"promotion_receptiveness", [](const Customer &c) { return toCode(c.promotionReceptiveness); }},
        {"personal_values", [](const Customer &c) { return c.values; }},
        {"notes", [](const Customer &c) { return c.notes; }},
        {"source", [](const Customer &c) { return toCode(c.source); }},
        {"referrer_id", [](const Customer &c) { return numberText(c.referrerId); }},
        {"consent_profile", [](const Customer &c) { return flag(c.consentProfile); }},
        {"consent_marketing", [](const Customer &c) { return flag(c.consentMarketing); }},
        {"consent_date", [](const Customer &c) { return dateText(c.consentDate); }},
    };
    return all;
}

} // namespace

QList<FieldChange> CustomerDiff::between(const Customer &before, const Customer &after)
{
    QList<FieldChange> changes;
    for (const Field &field : fields()) {
        const QString old = field.value(before);
        const QString now = field.value(after);
        if (old != now)
            changes.append({QString::fromLatin1(field.name), old, now});
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
