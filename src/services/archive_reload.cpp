#include "services/archive_reload.h"

#include <algorithm>

namespace atelier {

namespace {

// Lays the fields the clerk changed over the stored record, one field at a time.
class Overlay
{
public:
    Overlay(const Customer &loaded, const Customer &typed, ReloadedArchive &result)
        : m_loaded(loaded)
        , m_typed(typed)
        , m_result(result)
    {
    }

    template <typename T> void field(const char *name, T Customer::*member)
    {
        if (m_typed.*member == m_loaded.*member)
            return; // hers is what she loaded: the stored value stands
        T &now = m_result.archive.customer.*member;
        if (now != m_loaded.*member && now != m_typed.*member)
            m_result.changedByBoth << QString::fromLatin1(name);
        now = m_typed.*member;
    }

private:
    const Customer &m_loaded;
    const Customer &m_typed;
    ReloadedArchive &m_result;
};

QString phoneDigits(const QString &text)
{
    return PhoneNumber::fromParsed(PhoneNumber::parse(text)).digits();
}

} // namespace

ReloadedArchive ReloadedArchive::of(
    const CustomerArchive &loaded, const CustomerArchive &typed, const CustomerArchive &now)
{
    ReloadedArchive result{now, {}};
    const Customer &mine = typed.customer;
    Overlay overlay(loaded.customer, mine, result);
    overlay.field("name", &Customer::name);
    overlay.field("gender", &Customer::gender);
    overlay.field("ethnicity", &Customer::ethnicity);
    overlay.field("birthday", &Customer::birthday);
    overlay.field("birth_year", &Customer::birthYear);
    overlay.field("wechat_id", &Customer::wechatId);
    overlay.field("email", &Customer::email);
    overlay.field("address", &Customer::address);
    overlay.field("size_top", &Customer::sizeTop);
    overlay.field("size_bottom", &Customer::sizeBottom);
    overlay.field("size_shoe", &Customer::sizeShoe);
    overlay.field("body_type", &Customer::bodyType);
    overlay.field("occupation", &Customer::occupation);
    overlay.field("work_family", &Customer::workAndFamily);
    overlay.field("personality", &Customer::personality);
    overlay.field("consumption_habits", &Customer::consumptionHabits);
    overlay.field("dress_preferences", &Customer::dressPreferences);
    overlay.field("hobbies", &Customer::hobbies);
    overlay.field("lifestyle", &Customer::lifestyle);
    overlay.field("service_style", &Customer::serviceStyle);
    overlay.field("preferred_channel", &Customer::preferredChannel);
    overlay.field("promotion_receptiveness", &Customer::promotionReceptiveness);
    overlay.field("personal_values", &Customer::values);
    overlay.field("notes", &Customer::notes);
    overlay.field("source", &Customer::source);
    overlay.field("referrer_id", &Customer::referrerId);
    overlay.field("stylist_id", &Customer::stylistId);
    overlay.field("card_no", &Customer::cardNo);
    overlay.field("consent_profile", &Customer::consentProfile);
    overlay.field("consent_marketing", &Customer::consentMarketing);

    // The phone as typed (the form holds text, perhaps not yet a valid number).
    result.archive.phoneText = now.customer.phone.digits();
    const QString typedDigits = phoneDigits(typed.phoneText);
    if (typedDigits != loaded.customer.phone.digits()) {
        const QString stored = now.customer.phone.digits();
        if (stored != loaded.customer.phone.digits() && stored != typedDigits)
            result.changedByBoth << QStringLiteral("phone");
        result.archive.phoneText = typed.phoneText;
        result.archive.customer.phone = PhoneNumber::fromParsed(PhoneNumber::parse(typed.phoneText));
    }

    // Tags and life events as sets: what she added and removed, applied to what is stored now.
    QList<TagId> tags = now.tagIds;
    for (const TagId tag : typed.tagIds)
        if (!loaded.tagIds.contains(tag) && !tags.contains(tag))
            tags << tag;
    for (const TagId tag : loaded.tagIds)
        if (!typed.tagIds.contains(tag))
            tags.removeAll(tag);
    result.archive.tagIds = tags;

    // The form adds events (id 0) and removes stored ones; it does not edit them.
    QList<LifeEvent> events;
    for (const LifeEvent &event : now.lifeEvents) {
        const auto kept = [&](const LifeEvent &e) {
            return e.id == event.id;
        };
        const bool removed = std::any_of(loaded.lifeEvents.begin(), loaded.lifeEvents.end(), kept)
            && std::none_of(typed.lifeEvents.begin(), typed.lifeEvents.end(), kept);
        if (!removed)
            events << event;
    }
    for (const LifeEvent &event : typed.lifeEvents)
        if (event.id == 0)
            events << event;
    result.archive.lifeEvents = events;
    return result;
}

} // namespace atelier
